import { LitElement, html, isServer, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { bundledMeta, bundledStrings } from '../data/bundled.js';
import { DEFAULT_LOAD_TIMEOUT_MS, DatasetError } from '../data/errors.js';
import { parseDataset } from '../data/parse.js';
import type { Dataset, UiStrings } from '../data/types.js';
import { renderCrisisLine } from './crisis.js';
import type { KetamineErrorDetail } from './events.js';
import { warningIcon } from './icons.js';
import { checkDisclaimerPlaced, reportCitations } from './page-citations.js';
import {
  Citations,
  FOOTER_MODES,
  isoToday,
  renderItemSources,
  renderProvenanceFooter,
  sourcesOf,
  type FooterMode,
  type FooterPanel,
  type ItemSourcesForm,
} from './provenance.js';
import { loadSourceDetails, sourceDetailsState } from './source-details.js';
import { translate } from './strings.js';
import { themeStyles } from './theme.styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/** A JSON attribute that never throws into the page: invalid JSON or a non-object is ignored (with a warning). */
const stringsConverter = {
  fromAttribute(value: string | null): Partial<UiStrings> | undefined {
    if (!value) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Partial<UiStrings>;
      }
    } catch {
      /* warned below */
    }
    console.warn('ketamine-widgets: the `strings` attribute is not a JSON object of labels; ignored.');
    return undefined;
  },
};

/**
 * What every widget shares: where its data comes from (bundled, `src`, or `data`), the error
 * state, the theme attribute and UI labels. Subclasses implement `renderContent(dataset)`.
 *
 * Nothing is thrown into the host page: a bad dataset or a widget-specific problem (see `fail()`)
 * renders a visible message in the widget and fires `ketamine-error`.
 *
 * Provenance: each widget ends with one footer (`footer` attribute: `compact`, `full`, `none`), cites
 * per-item sources through `renderItemSources` (numbers or a "Sources (n)" disclosure), reports what it
 * cites to the page for `<ketamine-sources for="page">`, and shows the crisis line through `renderCrisis`.
 * See /work/shared-api.md and README "Provenance".
 *
 * @fires ketamine-error - The widget shows its error state. `detail`: `{ reason: 'fetch' | 'parse' | 'schema' | 'not-found', message, issues }`.
 * @csspart error - The error message ("This information could not be loaded."), announced politely; the technical reason is in the event.
 * @csspart loading - The text shown while a `src` dataset loads.
 * @csspart footer - The end of the widget: review date, source list, disclaimer (see the `footer` attribute).
 * @csspart reviewed - The "Last reviewed" date.
 * @csspart footer-toggle - The footer's buttons (`footer="compact"`); also `sources-toggle` and `about-toggle`.
 * @csspart footer-panel - A panel the footer's buttons open; also `sources-panel` and `about-panel`.
 * @csspart sources - A list of sources (the footer's, or an item's "Sources (n)").
 * @csspart disclaimer - The disclaimer.
 * @csspart provenance-note - A note in "About this information".
 * @csspart stale-notice - The notice shown once the dataset is past its next review date.
 * @csspart refs - An item's numbered source references, "[1, 3]".
 * @csspart ref - One reference number (a link to the footer's list).
 * @csspart item-sources - An item's "Sources (n)" disclosure.
 * @csspart crisis - The crisis-line callout on content about suicide.
 *
 * @cssprop --ketamine-font-family - Font of every widget (default: inherited from the page).
 * @cssprop --ketamine-font-size - Base text size (default: inherited).
 * @cssprop --ketamine-line-height - Line height (default: 1.5).
 * @cssprop --ketamine-color-text - Text colour (default: inherited, or the `theme` palette's).
 * @cssprop --ketamine-color-background - Widget background (default: transparent, or the `theme` palette's).
 * @cssprop --ketamine-color-surface - Background of boxes and panels (default: a tint of the text colour).
 * @cssprop --ketamine-color-border - Borders (default: the text colour at 45%).
 * @cssprop --ketamine-color-muted - Secondary text such as dates and source kinds.
 * @cssprop --ketamine-color-accent - Accent for links and highlights (default: the text colour, or the palette's blue).
 * @cssprop --ketamine-color-link - Link colour (default: a link blue that reads on the page, light or dark; with a `theme`, the accent).
 * @cssprop --ketamine-color-focus - Focus ring colour (default: the text colour, or the palette's blue).
 * @cssprop --ketamine-color-danger - Error and urgent-care colour.
 * @cssprop --ketamine-radius - Corner radius (default: 0.375rem).
 * @cssprop --ketamine-space - Base spacing unit (default: 0.75rem).
 * @cssprop --ketamine-transition-duration - Length of open/close animations (default: 150ms; 0 under prefers-reduced-motion).
 */
export abstract class KetamineElement extends LitElement {
  /** Reactive properties and their attributes (instead of decorators: no decorator code to ship). */
  static override properties: PropertyDeclarations = {
    footer: {},
    today: {},
    strings: { converter: stringsConverter },
    theme: { reflect: true },
    src: {},
    data: { attribute: false },
    timeout: { type: Number },
    activeDataset: { state: true, attribute: false },
    error: { state: true, attribute: false },
    footerOpen: { state: true, attribute: false },
  };

  static override styles: CSSResultGroup = [themeStyles];

  /**
   * How much provenance the widget ends with: `compact` (default) one line, "Last reviewed ... · Sources (n) ·
   * About this information", whose buttons open the source list and the disclaimer; `full` all of it shown;
   * `none` nothing (put `<ketamine-sources for="page">` on the page: it lists what every widget cites and
   * carries the disclaimer). The crisis line shows on content about suicide whatever this says.
   */
  footer: FooterMode = 'compact';

  /**
   * Today's date (ISO, `2026-12-02`) for the "may be out of date" notice. Unset, the browser's clock is read
   * once when the widget connects (never during render); a server render without it shows no notice, so the
   * server's HTML equals the client's first render.
   */
  today?: string;

  /**
   * Labels to use instead of the dataset's, by key (see the `strings` of data/ketamine.json): a partial
   * object merged over the dataset's labels. As an attribute, a JSON object.
   */
  strings?: Partial<UiStrings>;

  /** Colour scheme: none inherits the host page's colours; `light`/`dark` force our palette; `auto` follows `prefers-color-scheme`. */
  theme?: Theme;

  /** The widget's slice of the bundled dataset (`bundledSlice()` with the sections it shows). */
  static bundledData: Dataset;

  /** URL of a dataset JSON file to use instead of the bundled one (validated against the schema). */
  src?: string;

  /** A dataset object to use instead of the bundled one or `src` (validated against the schema). */
  data?: unknown;

  /** How long a `src` load may take (milliseconds) before the widget shows its error state. */
  timeout = DEFAULT_LOAD_TIMEOUT_MS;

  /** The dataset in use, once loaded and valid. */
  protected activeDataset?: Dataset;

  /** Why nothing but an error can be shown, if so. */
  protected error?: DatasetError;

  /** Which panels of the compact footer are open. */
  protected footerOpen: ReadonlySet<FooterPanel> = new Set();

  /** The sources this render cites, in citation order: a fresh tracker per render. */
  protected citations = new Citations();

  /** Cites sources for `<ketamine-sources for="page">` (the bibliography widget itself does not). */
  protected static citesForPage = true;

  private pendingLoad?: Promise<void>;
  private loadController?: AbortController;
  private reportedError?: DatasetError;
  /** The clock's date, read once per connection (see `today`). */
  private clockToday?: string;
  private hydrating = false;
  /**
   * Rendered on the server, or upgraded with the server's HTML (a declarative shadow root, there before the
   * element was constructed): content the browser would render only when needed (closed source lists,
   * collapsed answers and details) is in that HTML, and stays.
   */
  protected readonly serverRendered = isServer || (typeof this.shadowRoot === 'object' && this.shadowRoot !== null);
  private reportedCitations = '';
  private mergedStrings?: { base: UiStrings; overrides: Partial<UiStrings>; merged: UiStrings };

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || (!this.activeDataset && !this.pendingLoad && !this.error)) this.loadData();
    if (this.activeDataset) {
      // Re-checked on every update, so fixing the attribute clears the error.
      const problem = this.findProblem(this.activeDataset);
      if (problem && this.error?.message !== problem) this.error = new DatasetError('not-found', problem);
      else if (!problem && this.error?.reason === 'not-found') this.error = undefined;
    }
  }

  /** A subclass returns a message when its attributes ask for something the dataset lacks (e.g. an unknown id). */
  protected findProblem(_dataset: Dataset): string | undefined {
    return undefined;
  }

  override updated(_changed: PropertyValues<this>): void {
    // Report each error once, after it is on screen: the event carries the technical reason, as does one console line.
    if (this.error && this.error !== this.reportedError) {
      this.reportedError = this.error;
      const detail: KetamineErrorDetail = { reason: this.error.reason, message: this.error.message, issues: this.error.issues };
      console.warn(`<${this.localName}>: ${this.error.message}`);
      this.dispatchEvent(new CustomEvent('ketamine-error', { detail, bubbles: true, composed: true }));
    }
    this.reportPageCitations();
  }

  override connectedCallback(): void {
    // A server-rendered widget arrives with its shadow root: its first render must reproduce the server's
    // HTML, which could not know the reader's date, so the clock is read after hydration instead.
    this.hydrating = !this.hasUpdated && this.shadowRoot !== null;
    this.clockToday = this.hydrating ? undefined : isoToday();
    super.connectedCallback();
    if (typeof window !== 'undefined') window.addEventListener('beforeprint', this.onBeforePrint);
    // A load cut short by a move or a removal starts again: frameworks move and re-insert elements.
    if (this.loadController?.signal.aborted && !this.activeDataset && !this.error) this.loadData();
    // Back on the page after a move: report again what it cites (no render follows a plain reconnection).
    this.reportedCitations = '';
    if (this.hasUpdated) this.reportPageCitations();
  }

  override firstUpdated(): void {
    if (this.footerMode === 'none' && (this.constructor as typeof KetamineElement).citesForPage) checkDisclaimerPlaced(this);
    if (this.hydrating) {
      this.hydrating = false;
      // After this update has finished: a new update requested from inside one is flagged by Lit.
      queueMicrotask(() => {
        this.clockToday = isoToday();
        this.requestUpdate();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    this.loadController?.abort();
    reportCitations(this, undefined);
  }

  /** Tells `<ketamine-sources for="page">` what this widget cites now, when that changed. */
  private reportPageCitations(): void {
    if (!(this.constructor as typeof KetamineElement).citesForPage) return;
    const dataset = this.error ? undefined : this.activeDataset;
    const ids = dataset ? this.citations.ids : [];
    const key = ids.join(' ');
    if (key === this.reportedCitations) return;
    this.reportedCitations = key;
    reportCitations(this, dataset && ids.length ? { sources: sourcesOf(dataset, ids), meta: dataset.meta } : undefined);
  }

  /** The day the stale notice is judged by: the `today` attribute, else the clock read at connection. */
  protected get reviewToday(): string | undefined {
    return this.today || this.clockToday;
  }

  /** The `footer` attribute, an unknown value read as the default. */
  protected get footerMode(): FooterMode {
    return FOOTER_MODES.includes(this.footer) ? this.footer : 'compact';
  }

  /**
   * The widget's footer (see `renderProvenanceFooter`): the sources cited so far in this render (through
   * `renderItemSources` / `cite`) unless `cited` is given, the review date, disclaimer and `notes`.
   * Call it after the items, in the same render. `numbered` when items cite with numbers.
   */
  protected renderFooter(
    dataset: Dataset,
    { cited, numbered = false, notes }: { cited?: readonly string[]; numbered?: boolean; notes?: readonly string[] } = {},
  ) {
    if (cited) this.citations.cite(cited);
    return renderProvenanceFooter({
      dataset,
      t: this.t.bind(this),
      locale: this.locale,
      mode: this.footerMode,
      cited: cited ?? this.citations.ids,
      numbered,
      notes,
      today: this.reviewToday,
      open: this.footerOpen,
      onToggle: (panel) => this.toggleFooterPanel(panel),
      requestDetails: this.requestSourceDetails,
      // The lists of closed panels: in the server's HTML (no-JavaScript readers, and hydration matches it; kept
      // after hydration rather than removed) and for print.
      closedLists: this.serverRendered || this.printingLists,
    });
  }

  /** An item's sources as numbered references ("[1, 3]", `form: 'numbers'`) or a "Sources (n)" disclosure. */
  protected renderItemSources(dataset: Dataset, ids: readonly string[], form: ItemSourcesForm = 'disclosure') {
    return renderItemSources(ids, {
      dataset,
      citations: this.citations,
      t: this.t.bind(this),
      locale: this.locale,
      form,
      onShowSource: (id) => void this.showSource(id),
      requestDetails: this.requestSourceDetails,
    });
  }

  /** Records sources as cited by this render without rendering anything (e.g. a collapsed item's). */
  protected cite(ids: readonly string[]): void {
    this.citations.cite(ids);
  }

  /** The crisis-line callout where `show` (the item's `crisis` flag); shown whatever the `footer` attribute. */
  protected renderCrisis(dataset: Dataset, show: boolean | undefined) {
    return renderCrisisLine(dataset, show);
  }

  /**
   * Fetches the full entries of stub sources (the CDN build's, see source-details.ts) and renders again,
   * showing them or, if the fetch failed, the error sentence in the list's place.
   */
  private readonly requestSourceDetails = (): void => {
    const dataset = this.activeDataset;
    const state = dataset && sourceDetailsState(dataset);
    if (!dataset || state === 'ready' || state === 'loading') return;
    const done = () => this.requestUpdate();
    loadSourceDetails(dataset).then(done, (cause: unknown) => {
      console.warn(`<${this.localName}>: the sources' details could not be loaded: ${String(cause)}`);
      done();
    });
  };

  /**
   * The first render waits for stub sources' details where it shows the list at once: hydration (the server's
   * HTML lists every source, and the first render must match it) and `footer="full"` (no list popping in below).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const bundled = (this.constructor as typeof KetamineElement).bundledData;
    if (!this.hasUpdated && (this.hydrating || this.footerMode === 'full') && this.data === undefined && !this.src && bundled && sourceDetailsState(bundled) !== 'ready') {
      return loadSourceDetails(bundled)
        .catch(() => undefined)
        .then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  /** Set when printing starts: a printout shows the closed panels, lists and all. */
  private printingLists = false;

  /**
   * A printout lists the sources: render the closed panels' lists (the update runs before the page is laid
   * out for print), and fetch stub sources' details (usually here in time; the code-split build only).
   */
  private readonly onBeforePrint = (): void => {
    if (this.footerMode === 'none') return;
    this.printingLists = true;
    this.requestUpdate();
    this.requestSourceDetails();
  };

  private toggleFooterPanel(panel: FooterPanel): void {
    if (panel === 'sources') this.requestSourceDetails();
    const next = new Set(this.footerOpen);
    if (!next.delete(panel)) next.add(panel);
    this.footerOpen = next;
  }

  /** Opens the footer's source list and moves focus to a source's entry (a `#fragment` cannot reach into a shadow root). */
  async showSource(id: string): Promise<void> {
    // Stub sources (the code-split build) first fetch their details; complete ones open the list at once.
    if (this.activeDataset && sourceDetailsState(this.activeDataset) !== 'ready') await loadSourceDetails(this.activeDataset).catch(() => undefined);
    if (!this.footerOpen.has('sources')) {
      this.footerOpen = new Set([...this.footerOpen, 'sources']);
      await this.updateComplete;
    }
    const target = this.renderRoot.querySelector<HTMLElement>(`#ref-${CSS.escape(id)}`);
    if (!target) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
  }

  /** `await el.updateComplete` also waits for a `src` or `data` dataset to load and render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingLoad) {
      await this.pendingLoad;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private loadData(): void {
    this.loadController?.abort();
    this.error = undefined;
    if (this.data === undefined && !this.src) {
      this.activeDataset = (this.constructor as typeof KetamineElement).bundledData;
      this.pendingLoad = undefined;
      return;
    }
    const controller = (this.loadController = new AbortController());
    this.activeDataset = undefined;
    const { src, timeout } = this;
    // The fetch code loads with the first `src` only: pages on the bundled data never download it.
    const load = this.data !== undefined ? parseDataset(this.data) : import('../data/fetch.js').then((m) => m.fetchDataset(src!, controller.signal, timeout));
    const pending = (this.pendingLoad = load
      .then(
        (dataset) => {
          if (!controller.signal.aborted) this.activeDataset = dataset;
        },
        (cause: unknown) => {
          if (controller.signal.aborted) return;
          this.error = cause instanceof DatasetError ? cause : new DatasetError('parse', String(cause));
        },
      )
      .finally(() => {
        if (this.pendingLoad === pending) this.pendingLoad = undefined;
      }));
  }

  /** A UI label from the dataset in use (or the bundled English), with `{placeholders}` filled. */
  protected t(key: string, vars?: Record<string, string | number>): string {
    return translate(this.uiStrings, bundledStrings, this.locale, key, vars);
  }

  /** The dataset's labels with the `strings` property merged over them (merged once per change). */
  private get uiStrings(): UiStrings {
    const base = this.activeDataset?.strings ?? bundledStrings;
    const overrides = this.strings;
    if (!overrides || typeof overrides !== 'object') return base;
    const cached = this.mergedStrings;
    if (cached?.base === base && cached.overrides === overrides) return cached.merged;
    const merged = { ...base, ...overrides } as UiStrings;
    this.mergedStrings = { base, overrides, merged };
    return merged;
  }

  protected get locale(): string {
    return (this.activeDataset?.meta ?? bundledMeta).locale;
  }

  protected abstract renderContent(dataset: Dataset): TemplateResult;

  /**
   * Loading and error share one polite live region, which stays in place from "Loading…" to the error, so
   * that a failed load is announced (a region inserted together with its text often is not). Content has
   * none: a static widget must not be a live region.
   */
  protected override render(): TemplateResult {
    this.citations = new Citations();
    if (this.activeDataset && !this.error) return this.renderContent(this.activeDataset);
    const status = this.error ? this.renderError(this.error) : html`<span part="loading" class="loading">${this.t('loading')}</span>`;
    return html`<span class="live" role="status">${status}</span>`;
  }

  /**
   * One neutral sentence for the reader, announced politely (inside the live region of `render`); inline (spans only), so that an inline
   * widget such as the badge stays inside its sentence. The technical reason goes to `ketamine-error`
   * and the console, never to the reader.
   */
  protected renderError(_error: DatasetError): TemplateResult {
    return html`<span part="error" class="error" lang=${this.activeDataset ? this.locale : bundledMeta.locale}
      >${warningIcon}<span class="error-text">${this.t('error.title')}</span></span
    >`;
  }
}
