import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Sourced } from '../data/types.js';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Only http(s) links: a dataset from `src` must not be able to plant a `javascript:` URL. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** Kinds that are not evidence in themselves: an item resting only on these is marked in the UI. */
const secondaryKinds = new Set<string>(['article', 'marketing']);

/**
 * How well an item is backed, when that is less than a label, guideline or study: "backed only by
 * a marketing page", "... only by articles or marketing pages" (from its sources' kinds), or its own
 * `confidence` ("based on secondary sources only", "not yet checked against a primary source").
 */
export function provenanceNote(item: Sourced, dataset: Dataset): string | undefined {
  const kinds = item.sources.map((id) => dataset.sources.find((s) => s.id === id)?.kind);
  if (kinds.length && kinds.every((k) => k === 'marketing')) return 'provenance.marketingOnly';
  if (kinds.length && kinds.every((k) => k !== undefined && secondaryKinds.has(k))) return 'provenance.secondaryOnly';
  if (item.confidence && item.confidence !== 'verified') return `confidence.${item.confidence}`;
  return undefined;
}

export function renderConfidence(item: Sourced, dataset: Dataset, t: Translate): TemplateResult | typeof nothing {
  const note = provenanceNote(item, dataset);
  return note ? html`<p class="confidence" part="confidence">${t(note)}</p>` : nothing;
}

/** The sources an item names, as a list (`part="sources"`): see provenance.ts. */
export { renderSourceList } from './provenance.js';

/** A date from the dataset in the dataset's language, e.g. "Nov 22, 2026". Formatters are cached: making one costs more than a render. */
// The bundled dataset's locale, formatted without Intl: a page's first Intl.DateTimeFormat costs about
// 20-30 ms of ICU set-up, the largest single cost of a widget's first render. The output is exactly
// en-US `dateStyle: 'medium'` ("Nov 22, 2026") and `{ month: 'short', year: 'numeric' }` ("Oct 2024");
// a test compares it with Intl. Other locales use Intl.
const EN_US_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function formatDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  if (locale === 'en-US') return `${EN_US_MONTHS[parsed.getUTCMonth()]} ${parsed.getUTCDate()}, ${parsed.getUTCFullYear()}`;
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format.format(parsed);
}

/**
 * "2019" -> "2019", "2024-10" -> "Oct 2024", "2023-10-10" -> "Oct 10, 2023": the sources' partial dates
 * in the same style as every other date (the dataset's locale, `formatDate`).
 */
const monthFormats = new Map<string, Intl.DateTimeFormat>();
export function formatPartialDate(date: string, locale: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return formatDate(date, locale);
  if (!/^\d{4}-\d{2}$/.test(date)) return date;
  const month = Number(date.slice(5, 7));
  if (month < 1 || month > 12) return date;
  if (locale === 'en-US') return `${EN_US_MONTHS[month - 1]} ${date.slice(0, 4)}`;
  let format = monthFormats.get(locale);
  if (!format) monthFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${date}-01T00:00:00Z`));
}
