import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import { phoneIcon } from './icons.js';

/**
 * The crisis line (`meta.crisisLine`) as one callout, styled alike in every widget (`.crisis` in
 * theme.styles.ts): shown in the open, never inside a disclosure, wherever content touches suicide.
 * `role="note"`, not a live region: it is static text. `show` is the content's `crisis` flag.
 */
export function renderCrisisLine(dataset: Dataset, show: boolean | undefined): TemplateResult | typeof nothing {
  if (!show || !dataset.meta.crisisLine) return nothing;
  return html`<p part="crisis" class="crisis" role="note">${phoneIcon}<span>${dataset.meta.crisisLine}</span></p>`;
}
