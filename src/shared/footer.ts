import { html, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import { formatDate } from './sources.js';
import { isoToday, renderProvenanceFooter, renderStaleNotice } from './provenance.js';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * @deprecated Use `this.renderFooter(dataset, ...)` of KetamineElement (honours the `footer` attribute and
 * `today`). Kept while widgets switch: the stale notice, "Last reviewed" and the disclaimer, shown.
 */
export function renderReviewAndDisclaimer(dataset: Dataset, locale: string, t: Translate): TemplateResult {
  return html`${renderStaleNotice(dataset, locale, t, isoToday())}
    <p class="reviewed" part="reviewed">${t('lastReviewed', { date: formatDate(dataset.meta.lastReviewed, locale) })}</p>
    <p class="disclaimer" part="disclaimer">${dataset.meta.disclaimer}</p>`;
}

/**
 * @deprecated Use `this.renderFooter(dataset, { cited, numbered })` of KetamineElement. Kept while widgets
 * switch: forwards to the shared footer in its `full` form.
 */
export function renderFooter(dataset: Dataset, cited: readonly string[], locale: string, t: Translate, { numbered = false } = {}) {
  return renderProvenanceFooter({ dataset, cited, locale, t, numbered, mode: 'full', today: isoToday() });
}
