import { html, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import { formatDate } from './sources.js';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** "Last reviewed" and the disclaimer: every widget that shows content ends with them. */
export function renderReviewAndDisclaimer(dataset: Dataset, locale: string, t: Translate): TemplateResult {
  return html`<p class="reviewed" part="reviewed">${t('lastReviewed', { date: formatDate(dataset.meta.lastReviewed, locale) })}</p>
    <p class="disclaimer" part="disclaimer">${dataset.meta.disclaimer}</p>`;
}
