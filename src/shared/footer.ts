import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import { formatDate, renderSourceList } from './sources.js';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** "Last reviewed" and the disclaimer: every widget that shows content ends with them. */
export function renderReviewAndDisclaimer(dataset: Dataset, locale: string, t: Translate): TemplateResult {
  return html`<p class="reviewed" part="reviewed">${t('lastReviewed', { date: formatDate(dataset.meta.lastReviewed, locale) })}</p>
    <p class="disclaimer" part="disclaimer">${dataset.meta.disclaimer}</p>`;
}

/** The footer of a content widget: the sources it cites (numbered where cells point at them), then review date and disclaimer. */
export function renderFooter(dataset: Dataset, cited: readonly string[], locale: string, t: Translate, { numbered = false } = {}): TemplateResult {
  return html`<footer part="footer">
    ${cited.length ? html`<p class="sources-heading">${t('sources')}</p>${renderSourceList(dataset, cited, t, { numbered })}` : nothing}
    ${renderReviewAndDisclaimer(dataset, locale, t)}
  </footer>`;
}
