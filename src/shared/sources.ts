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
const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function formatDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format.format(parsed);
}
