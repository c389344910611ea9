import type { Meta, Source } from '../data/types.js';

/**
 * What the widgets on a page cite right now, for `<ketamine-sources for="page">`: one bibliography and
 * one disclaimer for the page. Each widget reports its cited sources after every render that changes
 * them, and withdraws them when it leaves the page.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key, so two copies of the library on one page
 * (a plugin and a theme, say) share it. Every change fires `ketamine-page-sources-change` on `document`.
 */
export interface PageCitation {
  /** The sources, in the widget's citation order. */
  sources: readonly Source[];
  /** The `meta` of the widget's dataset: review dates and disclaimer. */
  meta: Meta;
}

export const PAGE_SOURCES_EVENT = 'ketamine-page-sources-change';

const key = Symbol.for('ketamine-widgets.page-citations');
const bibliographiesKey = Symbol.for('ketamine-widgets.page-bibliographies');
type Registry = Map<Element, PageCitation>;

function registry(): Registry {
  const scope = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (scope[key] ??= new Map());
}

function bibliographies(): Set<Element> {
  const scope = globalThis as unknown as Record<symbol, Set<Element> | undefined>;
  return (scope[bibliographiesKey] ??= new Set());
}

/** A `<ketamine-sources for="page">` arrives on (or leaves) the page. */
export function registerBibliography(el: Element, present: boolean): void {
  if (present) bibliographies().add(el);
  else bibliographies().delete(el);
}

/** Whether the page has a `<ketamine-sources for="page">`, i.e. a disclaimer for widgets with `footer="none"`. */
export function hasPageBibliography(): boolean {
  return [...bibliographies()].some((el) => el.isConnected);
}

let warnedNoBibliography = false;
/** For tests: warn again. */
export function resetDisclaimerWarning(): void {
  warnedNoBibliography = false;
}
export const DISCLAIMER_CHECK_DELAY_MS = 2000;
/**
 * With `footer="none"` the disclaimer must be somewhere else on the page: says so once in the console when,
 * a few seconds after such a widget appears, no `<ketamine-sources for="page">` has (it may load later).
 */
export function checkDisclaimerPlaced(widget: Element): void {
  if (warnedNoBibliography || typeof setTimeout === 'undefined') return;
  setTimeout(() => {
    if (warnedNoBibliography || !widget.isConnected || widget.getAttribute('footer') !== 'none' || hasPageBibliography()) return;
    warnedNoBibliography = true;
    console.warn(
      `<${widget.localName} footer="none">: no <ketamine-sources for="page"> on this page, so readers see no disclaimer or review date. Add one, or show the disclaimer yourself.`,
    );
  }, DISCLAIMER_CHECK_DELAY_MS);
}

function changed(): void {
  if (typeof document !== 'undefined') document.dispatchEvent(new CustomEvent(PAGE_SOURCES_EVENT));
}

/** A widget's current citations (an empty list withdraws them). */
export function reportCitations(widget: Element, citation: PageCitation | undefined): void {
  const entries = registry();
  if (!citation || !citation.sources.length) {
    if (entries.delete(widget)) changed();
    return;
  }
  entries.set(widget, citation);
  changed();
}

/**
 * Every source cited by widgets on the page, in document order of the widgets, each once; and the
 * `meta` of the first citing widget (for the review date and disclaimer), if any.
 */
export function pageCitations(): { sources: Source[]; meta?: Meta } {
  const widgets = [...registry().entries()]
    .filter(([el]) => el.isConnected)
    .sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const seen = new Map<string, Source>();
  for (const [, { sources }] of widgets) for (const s of sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return { sources: [...seen.values()], meta: widgets[0]?.[1].meta };
}
