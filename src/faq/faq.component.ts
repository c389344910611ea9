import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dataset, FaqItem } from '../data/types.js';
import { clampHeadingLevel, parseList } from '../shared/attributes.js';
import { renderFooter } from '../shared/footer.js';
import { highlight, includesQuery } from '../shared/highlight.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { renderConfidence, renderSourceLinks } from '../shared/sources.js';
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

/** Where the engine supports it, collapsed answers stay findable with the browser's find-in-page. */
const supportsUntilFound = typeof document !== 'undefined' && 'onbeforematch' in document.documentElement;

/**
 * Paragraphs in one template instance for the usual 1-3 (instead of one per paragraph): the largest
 * share of the first render's script time. More than three fall back to one template each.
 */
function renderParagraphs([a, b, c, ...rest]: Array<string | TemplateResult>): TemplateResult {
  if (rest.length) return html`${[a, b, c, ...rest].map((p) => html`<p>${p}</p>`)}`;
  if (c !== undefined) return html`<p>${a}</p><p>${b}</p><p>${c}</p>`;
  if (b !== undefined) return html`<p>${a}</p><p>${b}</p>`;
  return html`<p>${a}</p>`;
}

/**
 * An accessible FAQ accordion of the dataset's questions, each answer sourced, with a footer of the
 * sources cited, the review date and the disclaimer. Follows the WAI-ARIA accordion pattern:
 * each question is a button inside a heading, each answer a region labelled by its question.
 *
 * Keyboard: Tab between questions, Enter or Space opens and closes, Up/Down/Home/End move between questions.
 * A URL hash `#<question-id>` opens and scrolls to that question.
 *
 * @tagname ketamine-faq
 * @summary FAQ accordion about ketamine and esketamine.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart toolbar - Holds the search box and the Show all button.
 * @csspart search - The search field wrapper (`searchable`).
 * @csspart search-label - The search field's label.
 * @csspart search-input - The search field.
 * @csspart search-status - "4 questions match" (a polite live region).
 * @csspart toggle-all - The "Show all answers" / "Hide all answers" button.
 * @csspart list - The list of questions.
 * @csspart item - One question and its answer; also `item open` when open.
 * @csspart heading - The heading around a question button.
 * @csspart question - The question button.
 * @csspart question-text - The question's text.
 * @csspart indicator - The open/closed chevron, drawn with CSS (decorative: the button's `aria-expanded` carries the state).
 * @csspart answer - The answer region.
 * @csspart crisis - The crisis-line note on answers about suicide.
 * @csspart confidence - The note on answers backed only by secondary or unverified sources.
 * @csspart permalink - The link to a question.
 * @csspart match - A search match (a `<mark>`).
 * @csspart empty - The text shown when nothing matches.
 * @csspart footer - Sources, "Last reviewed" and the disclaimer.
 * @csspart sources - The list of sources in the footer.
 * @csspart reviewed - The "Last reviewed" line.
 * @csspart disclaimer - The disclaimer.
 * @csspart error - The error message box.
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
  static override styles = [KetamineElement.styles, faqStyles];
  static override bundledData = bundledSlice({ faq, sources });

  /** Level of the question headings, 2-6 (default 3), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** One answer open at a time. */
  @property({ type: Boolean, reflect: true }) single = false;

  /** Comma-separated topics; shows questions with any of them, e.g. `depression,cost`. */
  @property() topics?: string;

  /** Comma-separated question ids, shown in this order. */
  @property() questions?: string;

  /** Show at most this many questions. */
  @property({ type: Number }) limit?: number;

  /** Adds a search box that filters questions and answers as you type. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Adds schema.org `FAQPage` JSON-LD for the shown questions to the page (light DOM). */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  @state() private openIds = new Set<string>();
  @state() private query = '';

  /**
   * True between `beforeprint` and `afterprint`. The sources line and link of a collapsed answer
   * are rendered only when it opens or the page is printed: that halves the first render, and the
   * answer text itself is always there for find-in-page.
   */
  @state() private printing = false;

  /**
   * Server-rendered HTML carries every answer's sources line (readable without JavaScript), so a
   * hydrating element keeps rendering them all: hydration needs the same template as the server's.
   */
  private readonly serverRendered = isServer || (typeof this.shadowRoot === 'object' && this.shadowRoot !== null);

  /** The questions chosen by `questions`, `topics` and `limit`, before search. */
  private chosen: FaqItem[] = [];
  private jsonLd?: HTMLScriptElement;
  private hashHandledFor?: Dataset;
  private scrollTarget?: string;

  /** Ids of the questions currently shown (after `questions`, `topics`, `limit` and search). */
  get shownIds(): string[] {
    return this.visibleItems().map((item) => item.id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
    this.jsonLd?.remove();
    this.jsonLd = undefined;
  }

  protected override findProblem(dataset: Dataset): string | undefined {
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
      return;
    }
    const ids = parseList(this.questions);
    const topics = parseList(this.topics);
    let items = ids.length ? ids.map((id) => dataset.faq.find((q) => q.id === id)!) : dataset.faq;
    if (topics.length) items = items.filter((q) => q.topics.some((topic) => topics.includes(topic)));
    if (this.limit !== undefined && this.limit >= 0) items = items.slice(0, Math.floor(this.limit));
    this.chosen = items;
    // A deep link is honoured once per dataset, before the first render, so it causes no second update.
    if (this.hashHandledFor !== dataset) {
      this.hashHandledFor = dataset;
      this.openHashTarget();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncStructuredData();
    if (this.scrollTarget) this.revealQuestion(this.scrollTarget);
    this.scrollTarget = undefined;
  }

  // ---- opening and closing -------------------------------------------------------------------

  /** Opens or closes one answer, as a click would: fires the cancelable `ketamine-faq-toggle` first. Returns whether it changed. */
  toggle(id: string, open = !this.openIds.has(id)): boolean {
    if (this.openIds.has(id) === open || !this.chosen.some((q) => q.id === id)) return false;
    if (!this.announce(id, open)) return false;
    const next = new Set(this.openIds);
    if (open) {
      if (this.single) for (const other of next) if (this.announce(other, false, false)) next.delete(other);
      next.add(id);
    } else next.delete(id);
    this.openIds = next;
    return true;
  }

  /** Opens every shown answer (not in `single` mode). */
  showAll(): void {
    if (this.single) return;
    for (const item of this.visibleItems()) this.toggle(item.id, true);
  }

  /** Closes every answer. */
  hideAll(): void {
    for (const id of [...this.openIds]) this.toggle(id, false);
  }

  private announce(id: string, open: boolean, cancelable = true): boolean {
    const event = new CustomEvent<FaqToggleDetail>('ketamine-faq-toggle', { detail: { id, open }, bubbles: true, composed: true, cancelable });
    return this.dispatchEvent(event);
  }

  private allOpen(items: FaqItem[]): boolean {
    return items.length > 0 && items.every((q) => this.openIds.has(q.id));
  }

  private onToggleAll(items: FaqItem[]) {
    if (this.allOpen(items)) this.hideAll();
    else this.showAll();
  }

  // One listener per event on the list rather than per question: fewer bindings, faster first render.
  private onListClick(event: MouseEvent) {
    const button = (event.target as Element).closest('[part="question"]');
    if (button) this.toggle(button.id.slice(2)); // "q-<id>"
  }

  // Capture phase: it reaches the list whether or not the engine lets beforematch bubble.
  private beforeMatchListener = { handleEvent: (event: Event) => this.onBeforeMatch(event), capture: true };

  /** The browser found text in a collapsed answer (`hidden="until-found"`): open it for real. */
  private onBeforeMatch(event: Event) {
    const id = (event.target as Element).closest('[part="answer"]')?.id.slice(2); // "a-<id>"
    if (id && !this.openIds.has(id)) this.openIds = new Set(this.single ? [id] : [...this.openIds, id]);
  }

  // ---- keyboard and deep links ---------------------------------------------------------------

  private onQuestionKeydown(event: KeyboardEvent) {
    if (!(event.target as Element).matches('[part="question"]')) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="question"]')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (target === undefined || index === -1) return;
    event.preventDefault();
    buttons[(target + buttons.length) % buttons.length].focus();
  }

  private onPrint = (event: Event) => (this.printing = event.type === 'beforeprint');

  private onHashChange = () => {
    this.openHashTarget();
    this.requestUpdate(); // scroll to it even if it was open already
  };

  /** Opens the question that `location.hash` names, if it is one of ours, and marks it to scroll to. */
  private openHashTarget() {
    if (isServer) return; // no URL on the server: the client opens it after hydration
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || !this.chosen.some((q) => q.id === id)) return;
    if (this.query && !this.visibleItems().some((q) => q.id === id)) this.query = '';
    this.toggle(id, true);
    this.scrollTarget = id;
  }

  private revealQuestion(id: string) {
    const button = this.renderRoot.querySelector<HTMLElement>(`#q-${CSS.escape(id)}`);
    if (!button) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    button.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    button.focus({ preventScroll: true });
  }

  // ---- search --------------------------------------------------------------------------------

  private visibleItems(): FaqItem[] {
    const query = this.query.trim();
    if (!query) return this.chosen;
    return this.chosen.filter((q) => includesQuery(q.question, query) || q.answer.some((p) => includesQuery(p, query)));
  }

  private onSearch(event: InputEvent) {
    this.query = (event.target as HTMLInputElement).value;
  }

  // ---- structured data -----------------------------------------------------------------------

  /** Keeps one JSON-LD script, in the light DOM where search engines read it, matching the chosen questions. */
  private syncStructuredData() {
    if (!this.structuredData || !this.chosen.length) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    const json = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: this.locale,
      mainEntity: this.chosen.map((q) => ({
        '@type': 'Question',
        name: q.question,
        acceptedAnswer: { '@type': 'Answer', text: q.answer.join('\n\n') },
      })),
    }).replace(/</g, '\\u003c'); // so that no text can close the script element if the page is serialised
    if (!this.jsonLd) {
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
      this.jsonLd.dataset.ketamineFaq = '';
      this.append(this.jsonLd);
    }
    if (this.jsonLd.textContent !== json) this.jsonLd.textContent = json;
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** Everything an item needs that is the same for every item, worked out once per render. */
  private itemContext(dataset: Dataset, query: string) {
    const t = this.t.bind(this);
    return { dataset, query, t, level: clampHeadingLevel(this.headingLevel), sourcesLabel: t('itemSources'), linkLabel: t('faq.link') };
  }

  private renderItem(item: FaqItem, { dataset, query, t, level, sourcesLabel, linkLabel }: ReturnType<KetamineFaq['itemContext']>): TemplateResult {
    const open = this.openIds.has(item.id);
    const hidden = open ? nothing : supportsUntilFound ? 'until-found' : '';
    return html`<div part=${open ? 'item open' : 'item'}>
      <div part="heading" role="heading" aria-level=${level}>
        <button
          part="question"
          id=${`q-${item.id}`}
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`a-${item.id}`}
        >
          <span part="question-text">${highlight(item.question, query)}</span>
          <span part="indicator" aria-hidden="true"></span>
        </button>
      </div>
      <div
        part="answer"
        id=${`a-${item.id}`}
        role="region"
        aria-labelledby=${`q-${item.id}`}
        hidden=${hidden}
      >
        ${renderParagraphs(item.answer.map((paragraph) => highlight(paragraph, query)))}
        ${item.crisis ? html`<p part="crisis">${dataset.meta.crisisLine}</p>` : nothing}
        ${open || this.printing || this.serverRendered
          ? html`${renderConfidence(item, dataset, t)}
              <p class="answer-meta">
                ${sourcesLabel} ${renderSourceLinks(dataset, item.sources, t)}
                <a part="permalink" href=${`#${item.id}`} aria-label=${`${linkLabel}: ${item.question}`}>${linkLabel}</a>
              </p>`
          : nothing}
      </div>
    </div>`;
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const query = this.query.trim();
    const items = this.visibleItems();
    const context = this.itemContext(dataset, query);
    const allOpen = this.allOpen(items);
    const cited = [...new Set(this.chosen.flatMap((q) => q.sources))];
    const t = this.t.bind(this);

    return html`<section part="base" lang=${dataset.meta.locale} aria-label=${t('faq.label')}>
      <div part="toolbar">
        ${this.searchable
          ? html`<div part="search">
              <label part="search-label" for="search">${t('faq.search')}</label>
              <input part="search-input" id="search" type="search" autocomplete="off" .value=${this.query} @input=${this.onSearch} />
            </div>`
          : nothing}
        ${this.single || !items.length
          ? nothing
          : html`<button part="toggle-all" type="button" aria-expanded=${allOpen ? 'true' : 'false'} @click=${() => this.onToggleAll(items)}>
              ${t(allOpen ? 'faq.hideAll' : 'faq.showAll')}
            </button>`}
      </div>
      ${this.searchable
        ? html`<p part="search-status" role="status">${query ? t('faq.matches', { count: items.length }) : ''}</p>`
        : nothing}
      ${items.length
        ? html`<div part="list" @click=${this.onListClick} @keydown=${this.onQuestionKeydown} @beforematch=${this.beforeMatchListener}>
            ${items.map((item) => this.renderItem(item, context))}
          </div>`
        : html`<p part="empty">${query ? t('faq.noMatches', { query }) : t('faq.none')}</p>`}
      ${renderFooter(dataset, cited, this.locale, t)}
    </section>`;
  }
}
