import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import { warningIcon } from './icons.js';
import { formatDate, renderSourceList } from './sources.js';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Last reviewed", "Next review due" and the disclaimer: every widget that shows content ends with
 * them. Past `meta.nextReview` a notice says the information may be out of date.
 */
export function renderReviewAndDisclaimer(dataset: Dataset, locale: string, t: Translate): TemplateResult {
  const { lastReviewed, nextReview, disclaimer } = dataset.meta;
  const stale = nextReview !== undefined && today() > nextReview;
  return html`${stale
      ? html`<p class="stale" part="stale-notice">${warningIcon}<span>${t('stale', { date: formatDate(nextReview, locale) })}</span></p>`
      : nothing}
    <p class="reviewed" part="reviewed">${t('lastReviewed', { date: formatDate(lastReviewed, locale) })}</p>
    ${nextReview ? html`<p class="next-review" part="next-review">${t('nextReview', { date: formatDate(nextReview, locale) })}</p>` : nothing}
    <p class="disclaimer" part="disclaimer">${disclaimer}</p>`;
}

/** The footer of a content widget: the sources it cites (numbered where cells point at them), then review date and disclaimer. */
export function renderFooter(dataset: Dataset, cited: readonly string[], locale: string, t: Translate, { numbered = false } = {}): TemplateResult {
  return html`<footer part="footer">
    ${cited.length ? html`<p class="sources-heading">${t('sources')}</p>${renderSourceList(dataset, cited, t, { numbered })}` : nothing}
    ${renderReviewAndDisclaimer(dataset, locale, t)}
  </footer>`;
}
