import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset, FaqItem } from '../data/types.js';
import { clampHeadingLevel, parseList } from '../shared/attributes.js';
import type { SearchIndex, SearchQuery } from '../shared/highlight.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { renderConfidence } from '../shared/sources.js';
import { sourceDetailsState } from '../shared/source-details.js';
import { faqStyles } from './faq.styles.js';
import { bundledSlice } from '../data/bundled.js';
import { faq, sources } from '../../data/ketamine.json';

export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'ketamine-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}

/**
 * The search code (stems, index, highlighting, snippets) loads when a reader first focuses the search box
 * or a query arrives: most FAQs are read, not searched, and pages without `searchable` never need it.
 */
type SearchCode = typeof import('../shared/highlight.js') & { bundledSynonyms: string[][] };
let searchCode: SearchCode | undefined;
let searchCodeLoading: Promise<SearchCode> | undefined;
const loadSearchCode = () =>
  (searchCodeLoading ??= Promise.all([import('../shared/highlight.js'), import('./search-synonyms.js')]).then(
    ([code, synonyms]) => (searchCode = { ...code, bundledSynonyms: synonyms.default }),
  ));
const NO_QUERY: SearchQuery = { text: '', terms: [] };
/** The text with the query's matches marked, once the search code is here (a query needs it first). */
const highlight = (text: string, query: SearchQuery) => (searchCode && query.terms.length ? searchCode.highlight(text, query) : text);

/** The APG advises against a region per panel when more than about six can be open at once: they flood the landmark list. */
const MAX_REGIONS = 6;

/** Up to this many questions, collapsed answers are rendered just after the first paint: ready when clicked, and reachable by find-in-page. */
const IDLE_RENDER_LIMIT = 100;


/**
 * Just after the next paint (a task queued from the frame's callback): the reader sees the questions first.
 * A hidden page paints no frames, hence the timer as well; the callback runs once.
 */
function afterPaint(callback: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 500);
}

/** The id a URL hash names, or '' for a hash that is not valid percent-encoding (`#%`). */
function hashTarget(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** Paragraphs in one template instance for the usual 1-3 (instead of one per paragraph). */
function renderParagraphs([a, b, c, ...rest]: Array<string | TemplateResult>): TemplateResult {
  if (rest.length) return html`${[a, b, c, ...rest].map((p) => html`<p>${p}</p>`)}`;
  if (c !== undefined) return html`<p>${a}</p><p>${b}</p><p>${c}</p>`;
  if (b !== undefined) return html`<p>${a}</p><p>${b}</p>`;
  return html`<p>${a}</p>`;
}

interface ItemContext {
  dataset: Dataset;
  query: SearchQuery;
  level: number;
  regions: boolean;
  linkLabel: string;
}

/**
 * An accessible FAQ of the dataset's questions, each answer sourced. Each question is a native
 * `<details>`/`<summary>` disclosure (the summary holds the question as a heading), so server-rendered
 * HTML opens and closes before and without JavaScript, and hydration keeps whatever the reader opened.
 * Up to six answers are regions labelled by their question; more would flood the landmark list.
 *
 * Keyboard: Tab between questions, Enter or Space opens and closes, Up/Down/Home/End move between questions.
 * A URL hash `#<question-id>` opens and scrolls to that question.
 *
 * Search (`searchable`) matches every word in any order, tolerates plurals and simple stems, uses the
 * dataset's `searchSynonyms` ("cost" finds "price") and ignores stop words; a collapsed answer that
 * matches shows a highlighted snippet under its question.
 *
 * Answers are rendered when first opened (or, for up to 100 questions, just after the first paint, so that
 * they are ready and find-in-page reaches them); structured data is added just after the first paint.
 *
 * @tagname ketamine-faq
 * @summary FAQ accordion about ketamine and esketamine.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart toolbar - Holds the search box and the Show all button.
 * @csspart search - The search field wrapper (`searchable`).
 * @csspart search-label - The search field's label.
 * @csspart search-input - The search field.
 * @csspart search-status - "4 questions match" or "No questions match ..." (a polite live region).
 * @csspart clear-search - The "Clear search" button shown when nothing matches.
 * @csspart empty - Holds the "Clear search" button when nothing matches, or "No questions to show."
 * @csspart toggle-all - The "Show all answers" / "Hide all answers" button.
 * @csspart show-more - "Show 50 more questions" after the first `pageSize` questions (500) or matches (50).
 * @csspart list - The list of questions.
 * @csspart item - One question and its answer (a `<details>`); also `item open` when open.
 * @csspart question - The question (a `<summary>`, the control that opens the answer).
 * @csspart heading - The question's text, a heading of level `heading-level`; also `question-text`.
 * @csspart snippet - Under a collapsed question during a search: the part of its answer that matched.
 * @csspart indicator - The open/closed chevron, drawn with CSS (decorative).
 * @csspart answer - The answer.
 * @csspart crisis - The crisis-line callout on answers about suicide (and once below the list when one is shown).
 * @csspart confidence - The note on answers backed only by secondary or unverified sources.
 * @csspart item-sources - An answer's "Sources (n)" disclosure.
 * @csspart permalink - The link to a question.
 * @csspart match - A search match (a `<mark>`).
 * @csspart footer - Review date, the sources of the questions shown, disclaimer (see `footer`).
 *
 * @cssprop --ketamine-faq-border-color - Lines between questions (default: --ketamine-color-border).
 * @cssprop --ketamine-faq-question-font-size - Size of question text (default: 1.0625em).
 * @cssprop --ketamine-faq-question-hover-background - Question background on hover (default: --ketamine-color-surface).
 * @cssprop --ketamine-faq-padding - Padding around the whole widget (default: 0).
 * @cssprop --ketamine-color-highlight - Background of search matches (default: light yellow).
 *
 * @fires ketamine-faq-toggle - Before an answer opens or closes; `detail: { id, open }` (the new state). Cancelable: `preventDefault()` keeps the answer as it is.
 * @fires ketamine-error - An id in `questions` or a topic in `topics` is unknown, or the dataset could not be loaded.
 */
export class KetamineFaq extends KetamineElement {
  /** Reactive properties and their attributes (instead of decorators: no decorator code to ship). */
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    single: { type: Boolean, reflect: true },
    topics: {},
    questions: {},
    limit: { type: Number },
    searchable: { type: Boolean, reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    query: { state: true, attribute: false },
    shownCount: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  static override styles = [KetamineElement.styles, faqStyles];
  static override bundledData = bundledSlice({ faq, sources });

  /**
   * Above `above` questions, search waits for a pause in typing of `ms` milliseconds instead of running on
   * every keystroke (a subclass may tune it; the scale benchmark sets `ms` to 0 to time one keystroke's work).
   */
  static searchDebounce = { above: 300, ms: 120 };

  /**
   * Questions rendered at a time, without a search (`all`) and for a search's matches (`search`): more
   * come with a "Show more questions" button. Keeps typing, opening and "Show all" fast at thousands of questions.
   */
  static pageSize = { all: 500, search: 50 };

  /** Level of the question headings, 2-6 (default 3), to fit the host page's outline. */
  headingLevel = 3;

  /** One answer open at a time. */
  single = false;

  /** Comma-separated topics; shows questions with any of them, e.g. `depression,cost`. */
  topics?: string;

  /** Comma-separated question ids, shown in this order. */
  questions?: string;

  /** Show at most this many questions. */
  limit?: number;

  /** Adds a search box that filters questions and answers as you type. */
  searchable = false;

  /** Adds schema.org `FAQPage` JSON-LD for the shown questions to the page (light DOM), after the first paint. */
  structuredData = false;

  /** The search as applied (typing is debounced on large lists). */
  private query = '';

  /** How many of the matching questions are rendered (see `pageSize`); back to one page when the query or choice changes. */
  private shownCount = 0;

  /** True between `beforeprint` and `afterprint`: every answer is open for the printout. */
  private printing = false;

  /**
   * Open answers. Not reactive: opening one sets its `<details>` directly, as the browser would, and
   * renders only when something else has to change (a first-time answer body, the Show all label).
   */
  private openIds = new Set<string>();
  /** Answers whose body has been rendered (opened once, or rendered while idle). */
  private bodies = new Set<string>();

  /** The questions chosen by `questions`, `topics` and `limit`, before search; recomputed when those change. */
  private chosen: FaqItem[] = [];
  private chosenIds = new Set<string>();
  /** Rendered answers by question, reused while nothing they show has changed (a re-render then costs almost nothing per answer). */
  private answerCache = new WeakMap<FaqItem, { key: string; template: TemplateResult }>();
  private chosenKey?: [Dataset, string | undefined, string | undefined, number | undefined];
  private searchIndex?: SearchIndex<FaqItem>;
  private searchCache?: { chosen: FaqItem[]; text: string; parsed: SearchQuery; items: FaqItem[] };
  private searchTimer?: ReturnType<typeof setTimeout>;
  private searchSettled?: Promise<void>;
  private settleSearch?: () => void;
  private renderedAllOpen = false;
  private batching = false;
  private idleScheduled = false;
  private jsonLdScheduled = false;
  private jsonLd?: HTMLScriptElement;
  private hashHandledFor?: Dataset;
  private scrollTarget?: string;

  /** Ids of the questions currently shown (after `questions`, `topics`, `limit`, search and "Show more questions"). */
  get shownIds(): string[] {
    return this.renderedItems().map((item) => item.id);
  }

  /** Ids of the open answers, in the order shown. */
  get openQuestionIds(): string[] {
    return this.chosen.filter((q) => this.openIds.has(q.id)).map((q) => q.id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
    // Moved to another place in the page: the JSON-LD follows.
    if (this.hasUpdated) this.scheduleStructuredData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  private problemFor?: { dataset: Dataset; questions?: string; topics?: string; problem?: string };

  /** Runs on every update: worked out again only when the dataset, `questions` or `topics` change. */
  protected override findProblem(dataset: Dataset): string | undefined {
    const memo = this.problemFor;
    if (memo && memo.dataset === dataset && memo.questions === this.questions && memo.topics === this.topics) return memo.problem;
    const problem = this.checkChoice(dataset);
    this.problemFor = { dataset, questions: this.questions, topics: this.topics, problem };
    return problem;
  }

  private checkChoice(dataset: Dataset): string | undefined {
    const ids = new Set(dataset.faq.map((q) => q.id));
    const unknownIds = parseList(this.questions).filter((id) => !ids.has(id));
    if (unknownIds.length) return this.t('error.unknownQuestion', { ids: unknownIds.join(', ') });
    const topics = new Set(dataset.faq.flatMap((q) => q.topics));
    const unknownTopics = parseList(this.topics).filter((topic) => !topics.has(topic as FaqItem['topics'][number]));
    if (unknownTopics.length) return this.t('error.unknownTopic', { topics: unknownTopics.join(', '), known: [...topics].join(', ') });
    return undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.activeDataset;
    if (!dataset || this.error) {
      this.chosen = [];
      this.chosenKey = undefined;
      return;
    }
    if (!this.hasUpdated && this.serverRendered && !isServer) this.adoptServerState();
    // Labels, dataset or attributes changed: answers render afresh.
    if ([...changed.keys()].some((key) => key !== 'query' && key !== 'printing' && key !== 'shownCount')) this.answerCache = new WeakMap();
    const before = this.chosen;
    this.choose(dataset);
    if (changed.has('query' as keyof KetamineFaq) || this.chosen !== before) this.shownCount = this.pageSize;
    // A deep link is honoured once per dataset, before the first render, so it causes no second update.
    if (this.hashHandledFor !== dataset) {
      this.hashHandledFor = dataset;
      this.openHashTarget();
    }
  }

  /** What the reader opened in the server-rendered HTML before the script arrived is kept. */
  private adoptServerState() {
    for (const summary of this.shadowRoot?.querySelectorAll<HTMLElement>('details[open] > summary[part="question"]') ?? []) {
      const id = summary.id.slice(2);
      this.openIds.add(id);
      this.bodies.add(id);
    }
  }

  private choose(dataset: Dataset) {
    const key = this.chosenKey;
    if (key && key[0] === dataset && key[1] === this.questions && key[2] === this.topics && key[3] === this.limit) return;
    this.chosenKey = [dataset, this.questions, this.topics, this.limit];
    const ids = parseList(this.questions);
    const topics = parseList(this.topics);
    let items = ids.length ? ids.map((id) => dataset.faq.find((q) => q.id === id)!) : dataset.faq;
    if (topics.length) items = items.filter((q) => q.topics.some((topic) => topics.includes(topic)));
    if (this.limit !== undefined && this.limit >= 0) items = items.slice(0, Math.floor(this.limit));
    this.chosen = items;
    this.chosenIds = new Set(items.map((q) => q.id));
    this.searchIndex = undefined;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.scrollTarget) this.revealQuestion(this.scrollTarget);
    this.scrollTarget = undefined;
    this.syncOpenState();
    this.scheduleStructuredData();
    this.scheduleIdleBodies();
  }

  /** `await el.updateComplete` also waits for a debounced search to apply (and the search code to arrive). */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.searchSettled) await this.searchSettled;
    let result = await super.getUpdateComplete();
    while (this.query.trim() && !searchCode) {
      await loadSearchCode();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // ---- opening and closing -------------------------------------------------------------------

  /** Opens or closes one answer, as a click would: fires the cancelable `ketamine-faq-toggle` first. Returns whether it changed. */
  toggle(id: string, open = !this.openIds.has(id)): boolean {
    if (this.openIds.has(id) === open || !this.chosenIds.has(id)) return false;
    if (!this.announce(id, open)) return false;
    if (open && this.single) for (const other of [...this.openIds]) if (this.announce(other, false, false)) this.setOpen(other, false);
    this.setOpen(id, open);
    return true;
  }

  /** Opens every shown answer (not in `single` mode). */
  showAll(): void {
    if (this.single) return;
    this.batch(() => this.visibleItems().forEach((item) => this.toggle(item.id, true)));
  }

  /** Closes every answer. */
  hideAll(): void {
    this.batch(() => [...this.openIds].forEach((id) => this.toggle(id, false)));
  }

  private batch(work: () => void) {
    this.batching = true;
    try {
      work();
    } finally {
      this.batching = false;
    }
    this.requestUpdate();
  }

  /**
   * Each rendered `<details>` open exactly when its question is (or while printing), compared with the DOM
   * rather than with the last render: the reader or the browser may have toggled it since, and a search
   * reuses the same `<details>` for another question. Cheaper than two bindings per question.
   */
  private syncOpenState() {
    for (const details of this.renderRoot.querySelector('.list')?.children ?? []) {
      const id = details.firstElementChild?.id.slice(2);
      if (!(details instanceof HTMLDetailsElement) || !id) continue;
      const open = this.printing || this.openIds.has(id);
      if (details.open !== open) details.open = open;
      if (open !== (details.getAttribute('part') === 'item open')) details.setAttribute('part', open ? 'item open' : 'item');
    }
  }

  /** Sets one answer's state in the DOM at once (as the browser's own toggle would) and renders only what must change. */
  private setOpen(id: string, open: boolean) {
    if (open) this.openIds.add(id);
    else this.openIds.delete(id);
    const details = this.shadowRoot?.getElementById(`q-${id}`)?.parentElement as HTMLDetailsElement | null | undefined;
    if (details) {
      details.open = open;
      details.setAttribute('part', open ? 'item open' : 'item');
    }
    let render = false;
    if (open && !this.bodies.has(id)) {
      this.bodies.add(id);
      render = true;
    }
    if (this.batching) return;
    // A snippet gives way to the answer; "Show all" may now read "Hide all".
    if (render || this.query || this.allOpen(this.visibleItems()) !== this.renderedAllOpen) this.requestUpdate();
  }

  private announce(id: string, open: boolean, cancelable = true): boolean {
    const event = new CustomEvent<FaqToggleDetail>('ketamine-faq-toggle', { detail: { id, open }, bubbles: true, composed: true, cancelable });
    return this.dispatchEvent(event);
  }

  private allOpen(items: FaqItem[]): boolean {
    if (!items.length || this.openIds.size < items.length) return false;
    return items.every((q) => this.openIds.has(q.id));
  }

  private onToggleAll = () => {
    if (this.allOpen(this.visibleItems())) this.hideAll();
    else this.showAll();
  };

  // One listener per event on the list rather than per question: fewer bindings, faster first render.
  private onListClick = (event: MouseEvent) => {
    const summary = (event.target as Element).closest('summary');
    if (summary?.getAttribute('part') !== 'question') return;
    // The widget toggles the <details> itself, so that the cancelable event comes first and the state is
    // set synchronously (no frame with a half-rendered answer).
    event.preventDefault();
    this.toggle(summary.id.slice(2));
  };

  private get pageSize(): number {
    const { all, search } = (this.constructor as typeof KetamineFaq).pageSize;
    return this.query.trim() ? search : all;
  }

  private onShowMore = async () => {
    const first = this.shownCount;
    this.shownCount += this.pageSize;
    await this.updateComplete;
    // Focus the first question just added, where the reader's eyes go next.
    this.renderRoot.querySelectorAll<HTMLElement>('[part="question"]')[first]?.focus();
  };

  /** The browser opened or closed an answer by itself (find-in-page, or a click before hydration): follow it. */
  private nativeToggleListener = {
    capture: true, // toggle does not bubble
    handleEvent: (event: Event) => {
      const details = event.target as HTMLDetailsElement;
      const summary = details.firstElementChild;
      if (summary?.getAttribute('part') !== 'question') return;
      const id = summary.id.slice(2);
      if (details.open !== this.openIds.has(id)) this.setOpen(id, details.open);
    },
  };

  /** Small FAQs render their collapsed answers just after the first paint: ready when clicked, and found by find-in-page. */
  private scheduleIdleBodies() {
    if (this.idleScheduled || this.serverRendered || this.chosen.length > IDLE_RENDER_LIMIT || this.chosen.every((q) => this.bodies.has(q.id))) return;
    this.idleScheduled = true;
    afterPaint(() => {
      this.idleScheduled = false;
      for (const q of this.chosen) this.bodies.add(q.id);
      this.requestUpdate();
    });
  }

  // ---- keyboard and deep links ---------------------------------------------------------------

  private onQuestionKeydown = (event: KeyboardEvent) => {
    if ((event.target as Element).getAttribute('part') !== 'question') return;
    const questions = [...this.renderRoot.querySelectorAll<HTMLElement>('summary[part="question"]')];
    const index = questions.indexOf(event.target as HTMLElement);
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: questions.length - 1 }[event.key];
    if (target === undefined || index === -1) return;
    event.preventDefault();
    questions[(target + questions.length) % questions.length].focus();
  };

  private onPrint = (event: Event) => (this.printing = event.type === 'beforeprint');

  private onHashChange = () => {
    this.openHashTarget();
    this.requestUpdate(); // scroll to it even if it was open already
  };

  /** Opens the question that `location.hash` names, if it is one of ours, and marks it to scroll to. */
  private openHashTarget() {
    if (isServer) return; // no URL on the server: the client opens it after hydration
    const id = hashTarget();
    if (!id || !this.chosenIds.has(id)) return;
    if (this.query && !this.visibleItems().some((q) => q.id === id)) this.clearQuery();
    const index = this.visibleItems().findIndex((q) => q.id === id);
    if (index >= this.shownCount) this.shownCount = index + 1;
    this.toggle(id, true);
    this.scrollTarget = id;
  }

  private revealQuestion(id: string) {
    const question = this.shadowRoot?.getElementById(`q-${id}`);
    if (!question) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    question.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    question.focus({ preventScroll: true });
  }

  // ---- search --------------------------------------------------------------------------------

  /** Every question matching the search (all chosen ones without a query). */
  private visibleItems(): FaqItem[] {
    return this.search().items;
  }

  /** The matching questions rendered now: the first `shownCount`. */
  private renderedItems(): FaqItem[] {
    const items = this.visibleItems();
    return items.length > this.shownCount ? items.slice(0, this.shownCount) : items;
  }

  /** The parsed query and the questions it finds, cached for this query and choice of questions. */
  private search() {
    const text = this.query.trim();
    const cache = this.searchCache;
    if (cache && cache.chosen === this.chosen && cache.text === text) return cache;
    if (text && !searchCode) {
      // A query before the search code: all questions for now, filtered when it arrives (a moment later).
      void loadSearchCode().then(() => this.requestUpdate());
      return { chosen: this.chosen, text: '', parsed: NO_QUERY, items: this.chosen };
    }
    const parsed = text ? searchCode!.parseQuery(text, this.searchSynonyms(searchCode!)) : NO_QUERY;
    const items = parsed.terms.length ? this.index(searchCode!).search(parsed) : this.chosen;
    return (this.searchCache = { chosen: this.chosen, text, parsed, items });
  }

  /** The bundled data's synonyms come with the search code; a dataset of one's own brings its own (or none). */
  private searchSynonyms(code: SearchCode): string[][] | undefined {
    const dataset = this.activeDataset;
    return dataset?.searchSynonyms ?? (dataset === (this.constructor as typeof KetamineFaq).bundledData ? code.bundledSynonyms : undefined);
  }

  /** The search index, built once for the chosen questions on first use (focus or first keystroke). */
  private index(code: SearchCode): SearchIndex<FaqItem> {
    return (this.searchIndex ??= new code.SearchIndex(this.chosen, (q) => [q.question, ...q.answer]));
  }

  /** Focusing the search box fetches the search code and builds the index, ready for the first keystroke. */
  private onSearchFocus = () => void loadSearchCode().then((code) => this.index(code));

  private onSearch = (event: InputEvent) => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    const debounce = (this.constructor as typeof KetamineFaq).searchDebounce;
    if (this.chosen.length <= debounce.above || debounce.ms <= 0) {
      this.query = value;
      this.settleSearch?.();
      return;
    }
    this.searchSettled ??= new Promise<void>((resolve) => {
      this.settleSearch = () => {
        this.searchSettled = this.settleSearch = undefined;
        resolve();
      };
    });
    this.searchTimer = setTimeout(() => {
      this.query = value;
      this.settleSearch?.();
    }, debounce.ms);
  };

  private clearQuery() {
    clearTimeout(this.searchTimer);
    this.settleSearch?.();
    this.query = '';
    const input = this.renderRoot.querySelector<HTMLInputElement>('[part="search-input"]');
    if (input) input.value = '';
  }

  private onClearSearch = () => {
    this.clearQuery();
    this.renderRoot.querySelector<HTMLInputElement>('[part="search-input"]')?.focus();
  };

  // ---- structured data -----------------------------------------------------------------------

  /** After the paint: JSON-LD is for search engines, not for the reader waiting for the page. */
  private scheduleStructuredData() {
    if (this.jsonLdScheduled || isServer || (!this.structuredData && !this.jsonLd)) return;
    this.jsonLdScheduled = true;
    afterPaint(() => {
      this.jsonLdScheduled = false;
      if (this.isConnected) this.syncStructuredData();
    });
  }

  /**
   * Keeps one JSON-LD script, in the light DOM where search engines read it, matching the chosen questions.
   * Its code (structured-data.ts) loads only on pages that ask for structured data.
   */
  private syncStructuredData() {
    if (!this.structuredData || !this.chosen.length || this.error) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    void import('./structured-data.js').then(({ writeFaqJsonLd }) => {
      // The attribute, the questions or the page may have changed while the code loaded.
      if (!this.isConnected || !this.structuredData || !this.chosen.length || this.error) return;
      this.jsonLd = writeFaqJsonLd(this, this.chosen, this.locale, this.jsonLd);
    });
  }

  // ---- rendering -----------------------------------------------------------------------------

  private renderItem(item: FaqItem, context: ItemContext): TemplateResult {
    const open = this.printing || this.openIds.has(item.id);
    // Server-rendered HTML carries every answer (it must open without JavaScript), so hydration renders them all too.
    const body = open || this.serverRendered || this.bodies.has(item.id);
    const match = context.query.terms.length && !open ? searchCode?.snippet(item.answer, context.query) : undefined;
    // The open state is not a binding: syncOpenState() sets it after each render from the DOM's own state.
    return html`<details class="item" part="item"><summary class="question" part="question" id="q-${item.id}"><span class="heading" part="heading question-text" role="heading" aria-level=${context.level}>${highlight(item.question, context.query)}</span>${match ? html`<span class="snippet" part="snippet">${match}</span>` : nothing}<span class="indicator" part="indicator" aria-hidden="true"></span></summary>${body ? this.renderAnswer(item, context) : nothing}</details>`;
  }

  private renderAnswer(item: FaqItem, context: ItemContext): TemplateResult {
    // An answer's "Sources (n)" list fills in once the sources' details arrive (see source-details.ts).
    const key = `${context.regions}|${context.query.text}|${sourceDetailsState(context.dataset)}`;
    const cached = this.answerCache.get(item);
    if (cached?.key === key) return cached.template;
    const template = this.renderAnswerBody(item, context);
    this.answerCache.set(item, { key, template });
    return template;
  }

  private renderAnswerBody(item: FaqItem, { dataset, query, regions, linkLabel }: ItemContext): TemplateResult {
    return html`<div class="answer" part="answer" id="a-${item.id}" role=${regions ? 'region' : nothing} aria-labelledby=${regions ? `q-${item.id}` : nothing}>
      ${renderParagraphs(item.answer.map((paragraph) => highlight(paragraph, query)))} ${this.renderCrisis(dataset, !!item.crisis)}
      ${renderConfidence(item, dataset, this.t.bind(this))}
      <div class="answer-meta">
        ${this.renderItemSources(dataset, item.sources)}
        <a class="permalink" part="permalink" href="#${item.id}" aria-label="${linkLabel}: ${item.question}">${linkLabel}</a>
      </div>
    </div>`;
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const { parsed: query, items: matching } = this.search();
    const items = this.renderedItems();
    const more = matching.length - items.length;
    const searching = query.terms.length > 0;
    const allOpen = (this.renderedAllOpen = this.allOpen(matching));
    const t = this.t.bind(this);
    const context: ItemContext = { dataset, query, level: clampHeadingLevel(this.headingLevel), regions: items.length <= MAX_REGIONS, linkLabel: t('faq.link') };
    // The footer cites only the questions shown now, whether or not their answers have been rendered.
    const cited = [...new Set(items.flatMap((q) => q.sources))];

    return html`<section class="base" part="base" lang=${dataset.meta.locale} aria-label=${t('faq.label')}>
      <div class="toolbar" part="toolbar">
        ${this.searchable
          ? html`<div class="search" part="search">
              <label class="search-label" part="search-label" for="search">${t('faq.search')}</label>
              <input class="search-input" part="search-input" id="search" type="search" autocomplete="off" .value=${this.query} @input=${this.onSearch} @focus=${this.onSearchFocus} />
            </div>`
          : nothing}
        ${this.single || !items.length
          ? nothing
          : html`<button class="button toggle-all" part="toggle-all" type="button" aria-expanded=${allOpen ? 'true' : 'false'} @click=${this.onToggleAll}>
              ${t(allOpen ? 'faq.hideAll' : 'faq.showAll')}
            </button>`}
      </div>
      ${this.searchable
        ? html`<p class="search-status" part="search-status" role="status">
            ${searching ? (matching.length ? t('faq.matches', { count: matching.length }) : t('faq.noMatches', { query: query.text })) : ''}
          </p>`
        : nothing}
      ${items.length
        ? html`<div class="list" part="list" @click=${this.onListClick} @keydown=${this.onQuestionKeydown} @toggle=${this.nativeToggleListener}>
            ${items.map((item) => this.renderItem(item, context))}
          </div>
          ${more > 0 ? html`<button class="button show-more" part="show-more" type="button" @click=${this.onShowMore}>${t('faq.showMore', { next: Math.min(more, this.pageSize), left: more })}</button>` : nothing}`
        : searching
          ? html`<div class="empty" part="empty"><button class="button" part="clear-search" type="button" @click=${this.onClearSearch}>${t('faq.clearSearch')}</button></div>`
          : html`<p class="empty" part="empty">${t('faq.none')}</p>`}
      ${this.renderCrisis(dataset, items.some((q) => q.crisis))}
      ${this.renderFooter(dataset, { cited })}
    </section>`;
  }
}
