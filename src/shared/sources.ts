import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset, Sourced } from '../data/types.js';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Only http(s) links: a dataset from `src` must not be able to plant a `javascript:` URL. */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** "Based on secondary sources only" etc. for items that are not verified against a primary source. */
export function renderConfidence(item: Sourced, t: Translate): TemplateResult | typeof nothing {
  if (!item.confidence || item.confidence === 'verified') return nothing;
  return html`<p class="confidence" part="confidence">${t(`confidence.${item.confidence}`)}</p>`;
}

/**
 * The sources an item names, as a list of links with each source's kind. `numbered` makes it an
 * ordered list whose entries are footnote targets (`id="ref-<source id>"`, focusable by script).
 */
export function renderSourceList(dataset: Dataset, ids: readonly string[], t: Translate, { numbered = false } = {}): TemplateResult {
  const sources = ids.map((id) => dataset.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const items = sources.map((source) => {
    const url = safeUrl(source.url);
    const title = url ? html`<a href=${url}>${source.title}</a>` : source.title;
    const published = source.published ? ` (${source.published})` : '';
    const entry = html`${title}, ${source.publisher}${published}. <span class="kind">${t(`sourceKind.${source.kind}`)}</span>`;
    return numbered ? html`<li id=${`ref-${source.id}`} tabindex="-1">${entry}</li>` : html`<li>${entry}</li>`;
  });
  return numbered ? html`<ol part="sources">${items}</ol>` : html`<ul part="sources">${items}</ul>`;
}

/** "Title A; Title B." as one text, for an item's own sources line (the links are in the footer list). */
export function sourceTitles(dataset: Dataset, ids: readonly string[]): string {
  return `${ids.map((id) => dataset.sources.find((s) => s.id === id)?.title ?? id).join('; ')}.`;
}

/** A date from the dataset in the dataset's language, e.g. "Nov 22, 2026". Formatters are cached: making one costs more than a render. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function formatDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  return format.format(parsed);
}
