import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Source } from '../data/types.js';
import { warningIcon } from './icons.js';
import { sourceDetailsState } from './source-details.js';
import { formatDate, formatPartialDate, safeUrl } from './sources.js';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** How much provenance a widget shows at its end (the `footer` attribute). */
export type FooterMode = 'compact' | 'full' | 'none';
export const FOOTER_MODES: readonly FooterMode[] = ['compact', 'full', 'none'];

/** Today's date as an ISO day (UTC), read from the clock: only outside render (see KetamineElement). */
export const isoToday = (): string => new Date().toISOString().slice(0, 10);

/** `today` is past `meta.nextReview`. Without a known `today` (server rendering with no `today` input) nothing is stale. */
export function isStale(dataset: Dataset, today: string | undefined): boolean {
  const { nextReview } = dataset.meta;
  return today !== undefined && nextReview !== undefined && today > nextReview;
}

/**
 * The sources a widget cites in one render, numbered in the order they are first cited (as footnotes
 * are numbered in print). A widget gets a fresh one for every render; what it records is what the
 * footer lists and what the page's `<ketamine-sources for="page">` collects.
 */
export class Citations {
  private readonly numbers = new Map<string, number>();

  /** Records `ids` (repeats ignored) and returns their numbers. */
  cite(ids: readonly string[]): number[] {
    return ids.map((id) => {
      let n = this.numbers.get(id);
      if (n === undefined) this.numbers.set(id, (n = this.numbers.size + 1));
      return n;
    });
  }

  /** The number of a cited source, if cited. */
  number(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /** Cited source ids in citation order. */
  get ids(): string[] {
    return [...this.numbers.keys()];
  }
}

/** `ids` resolved to sources of `dataset`, unknown ids dropped. */
export function sourcesOf(dataset: Dataset, ids: readonly string[]): Source[] {
  return ids.map((id) => dataset.sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
}

/**
 * A source as one bibliography line: linked title, publisher, date, kind. `numbered` entries are
 * footnote targets (`id="ref-<source id>"`, focusable by script).
 */
function renderSourceEntry(source: Source, t: Translate, locale: string, numbered: boolean): TemplateResult {
  const url = safeUrl(source.url);
  const title = url ? html`<a href=${url}>${source.title}</a>` : source.title;
  const published = source.published ? ` (${formatPartialDate(source.published, locale)})` : '';
  const entry = html`${title}, ${source.publisher}${published}. <span class="kind">${t(`sourceKind.${source.kind}`)}</span>`;
  return numbered ? html`<li id=${`ref-${source.id}`} tabindex="-1">${entry}</li>` : html`<li>${entry}</li>`;
}

/**
 * A list of sources (`part="sources"`): an ordered list of footnote targets when `numbered`. While the
 * sources are stubs (see source-details.ts), "Loading…" in their place (or, if they could not be fetched,
 * the error sentence), and `requestDetails` is called to fetch them.
 */
export function renderSourceList(
  dataset: Dataset,
  ids: readonly string[],
  t: Translate,
  { numbered = false, locale = dataset.meta.locale, requestDetails }: { numbered?: boolean; locale?: string; requestDetails?: () => void } = {},
): TemplateResult {
  const state = sourceDetailsState(dataset);
  if (state !== 'ready') {
    if (state === 'stubs') requestDetails?.();
    return html`<p part="sources" class="sources-pending">${t(state === 'failed' ? 'error.title' : 'loading')}</p>`;
  }
  const items = sourcesOf(dataset, ids).map((source) => renderSourceEntry(source, t, locale, numbered));
  return numbered ? html`<ol part="sources">${items}</ol>` : html`<ul part="sources">${items}</ul>`;
}

/** The two forms a widget may cite an item's sources in (one helper, `renderItemSources`). */
export type ItemSourcesForm = 'numbers' | 'disclosure';

export interface ItemSourcesOptions {
  dataset: Dataset;
  citations: Citations;
  t: Translate;
  locale: string;
  /** `numbers`: "[1, 3]" links to the footer's list. `disclosure`: a "Sources (2)" `<details>` holding the list. */
  form: ItemSourcesForm;
  /** Called when a number is activated (the widget opens its footer's list and focuses the entry). */
  onShowSource?: (id: string) => void;
  /** Fetches the sources' details (see source-details.ts) and renders again. */
  requestDetails?: () => void;
}

/**
 * An item's sources, short: numbered references to the footer's list ("[1, 3]", never wrapping alone,
 * in ascending order) or a "Sources (n)" disclosure. Either way the ids are recorded in `citations`.
 */
export function renderItemSources(ids: readonly string[], options: ItemSourcesOptions): TemplateResult | typeof nothing {
  const { dataset, citations, t, locale, form, onShowSource, requestDetails } = options;
  const known = sourcesOf(dataset, ids);
  if (!known.length) return nothing;
  const numbers = citations.cite(known.map((s) => s.id));
  if (form === 'disclosure') {
    // Until the details are here the list says "Loading…"; they are fetched when the reader opens it (again after a failure).
    const ready = sourceDetailsState(dataset) === 'ready';
    return html`<details part="item-sources" class="item-sources" @toggle=${ready ? undefined : requestDetails}>
      <summary>${t('sourcesCount', { count: known.length })}</summary>
      ${renderSourceList(dataset, known.map((s) => s.id), t, { locale })}
    </details>`;
  }
  const refs = known.map((source, i) => ({ source, n: numbers[i] })).sort((a, b) => a.n - b.n);
  // A word joiner keeps the marker on the line of the word before it; `nowrap` keeps the numbers together.
  return html`\u2060<span part="refs" class="refs">[${refs.map(
    ({ source, n }, i) => html`${i ? ', ' : ''}<a
        part="ref"
        href=${`#ref-${source.id}`}
        aria-label=${t('sourceRef', { n, title: source.title })}
        @click=${(event: MouseEvent) => {
          event.preventDefault();
          onShowSource?.(source.id);
        }}
        >${n}</a
      >`,
  )}]</span>`;
}

export interface FooterOptions {
  dataset: Dataset;
  t: Translate;
  locale: string;
  mode: FooterMode;
  /** Ids of the sources of what the widget shows now, in citation order. */
  cited: readonly string[];
  /** The list is numbered (the widget cites with numbers). */
  numbered?: boolean;
  /** Extra notes for "About this information" (already translated), e.g. what a provenance mark means. */
  notes?: readonly string[];
  /** ISO day to judge staleness by; undefined = unknown (no stale notice). */
  today: string | undefined;
  /** Compact mode: which panels are open, and how to toggle one. */
  open?: ReadonlySet<FooterPanel>;
  onToggle?: (panel: FooterPanel) => void;
  /** Fetches the sources' details (see source-details.ts) and renders again. */
  requestDetails?: () => void;
  /**
   * Compact mode: also render the list of a closed panel (default). The server's HTML needs it (the panels
   * show without JavaScript, and hydration must match it), and so does a printout; a browser render of a
   * closed panel does not, so widgets leave it out there (see KetamineElement).
   */
  closedLists?: boolean;
}

export type FooterPanel = 'sources' | 'about';

/** "This information was due for review on ... and may be out of date.", past `meta.nextReview`. */
export function renderStaleNotice(dataset: Dataset, locale: string, t: Translate, today: string | undefined): TemplateResult | typeof nothing {
  return isStale(dataset, today)
    ? html`<p class="stale" part="stale-notice">${warningIcon}<span>${t('stale', { date: formatDate(dataset.meta.nextReview!, locale) })}</span></p>`
    : nothing;
}

/**
 * The end of a widget (not a `<footer>`: inside a widget that would form a page-level landmark).
 * - `compact`: one line, "Last reviewed Nov 22, 2026 · Sources (9) · About this information", whose two
 *   buttons open the source list and the disclaimer with the notes.
 * - `full`: the source list, "Last reviewed", the disclaimer and the notes, all shown.
 * - `none`: nothing (the page shows `<ketamine-sources for="page">`, which carries the disclaimer).
 * The stale notice shows in `compact` and `full`, outside any disclosure.
 */
export function renderProvenanceFooter(options: FooterOptions): TemplateResult | typeof nothing {
  const { dataset, t, locale, mode, cited, numbered = false, notes = [], today, open = new Set(), onToggle, requestDetails, closedLists = true } = options;
  if (mode === 'none') return nothing;
  const sources = sourcesOf(dataset, cited);
  const reviewed = t('lastReviewed', { date: formatDate(dataset.meta.lastReviewed, locale) });
  // A closed panel's list is left out where no one can see it (a browser render, not printing), and waits for
  // stub sources' details rather than fetch them (see source-details.ts).
  const listShown = mode === 'full' || open.has('sources') || (closedLists && sourceDetailsState(dataset) === 'ready');
  const list = sources.length && listShown ? renderSourceList(dataset, cited, t, { numbered, locale, requestDetails }) : nothing;
  const about = html`<p part="disclaimer">${dataset.meta.disclaimer}</p>${sources.length ? html`<p part="provenance-note">${t('aboutSources')}</p>` : nothing}${notes.map(
    (note) => html`<p part="provenance-note">${note}</p>`,
  )}`;
  const stale = renderStaleNotice(dataset, locale, t, today);

  if (mode === 'full') {
    return html`<div part="footer" class="footer full">
      ${stale}${sources.length ? html`<p class="sources-heading">${t('sources')}</p>${list}` : nothing}
      <p><span part="reviewed">${reviewed}</span></p>
      ${about}
    </div>`;
  }

  // Few templates: a widget's first render prepares each one from cold, and the footer is in every widget.
  const expanded = (panel: FooterPanel) => (open.has(panel) ? 'true' : 'false');
  return html`<div part="footer" class="footer compact">
    ${stale}<p class="footer-line"><span part="reviewed">${reviewed}</span>${sources.length
        ? html`<span class="footer-item"><span class="sep" aria-hidden="true">·</span><button class="link-button" part="footer-toggle sources-toggle" type="button" aria-expanded=${expanded('sources')} aria-controls="footer-sources" @click=${() => onToggle?.('sources')}>${t('sourcesCount', { count: sources.length })}</button></span>`
        : nothing}<span class="footer-item"><span class="sep" aria-hidden="true">·</span><button class="link-button" part="footer-toggle about-toggle" type="button" aria-expanded=${expanded('about')} aria-controls="footer-about" @click=${() => onToggle?.('about')}>${t('aboutInfo')}</button></span></p>
    ${sources.length ? html`<div part="footer-panel sources-panel" class="footer-panel" id="footer-sources" ?hidden=${!open.has('sources')}>${list}</div>` : nothing}
    <div part="footer-panel about-panel" class="footer-panel" id="footer-about" ?hidden=${!open.has('about')}>${about}</div>
  </div>`;
}
