import { html, svg, type TemplateResult } from 'lit';
import type { ApprovalStatus, Drug, DrugStatus, Use } from '../data/types.js';

/** What a badge shows: a drug's own status, or "approved for esketamine only" where only esketamine is approved. */
export type BadgeStatus = ApprovalStatus | 'esketamine-only';

export interface ResolvedStatus {
  status: BadgeStatus;
  drug: Drug;
  entry: DrugStatus;
}

const rank: Record<ApprovalStatus, number> = { approved: 3, 'off-label': 2, investigational: 1, 'not-approved': 0 };

/**
 * The status to show for a use. With a drug: that drug's status. Without: the more favourable of
 * the two (ketamine on a tie), except that esketamine approved while ketamine is not reads as
 * "approved for esketamine only", so that nobody takes it for an approval of ketamine.
 */
export function resolveStatus(use: Use, drug?: Drug): ResolvedStatus {
  if (drug) return { status: use[drug].status, drug, entry: use[drug] };
  const { ketamine, esketamine } = use;
  if (esketamine.status === 'approved' && ketamine.status !== 'approved') {
    return { status: 'esketamine-only', drug: 'esketamine', entry: esketamine };
  }
  return rank[esketamine.status] > rank[ketamine.status]
    ? { status: esketamine.status, drug: 'esketamine', entry: esketamine }
    : { status: ketamine.status, drug: 'ketamine', entry: ketamine };
}

// One distinct shape per status, so that colour is never the only cue.
const icons: Record<BadgeStatus, TemplateResult> = {
  approved: svg`<circle cx="10" cy="10" r="9" fill="currentColor"/><path d="m5.5 10.5 3 3 6-6.5" fill="none" stroke="Canvas" stroke-width="2.2"/>`,
  'esketamine-only': svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="m5.8 10.3 2.8 2.8 5.6-6" fill="none" stroke="currentColor" stroke-width="2.2"/>`,
  'off-label': svg`<path d="M10 1 19 10 10 19 1 10Z" fill="currentColor"/><path d="M6 10h8" stroke="Canvas" stroke-width="2.2"/>`,
  investigational: svg`<path d="M7 1.5h6M8 2v6L3 17.5h14L12 8V2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><path d="M5.2 13h9.6l2.2 4.5H3Z" fill="currentColor"/>`,
  'not-approved': svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="m4.5 15.5 11-11" stroke="currentColor" stroke-width="2"/>`,
};


export { sentenceCount, SHORT_NOTE_SENTENCES } from './sentences.js';

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/**
 * "Ketamine: Off-label", "Esketamine: FDA-approved (2019)", "Approved for esketamine only (2019)";
 * with `hideDrug`, "Off-label", for a sentence that already names the drug.
 */
export function statusLabel(status: BadgeStatus, drug: Drug, year: number | undefined, t: Translate, { hideDrug = false } = {}): string {
  const withYear = year && (status === 'approved' || status === 'esketamine-only');
  const statusText = t(withYear ? `badge.status.${status}.year` : `badge.status.${status}`, { year: year ?? '' });
  return status === 'esketamine-only' || hideDrug ? statusText : t('badge.label', { drug: t(`drug.${drug}`), status: statusText });
}

/**
 * The status pill: an icon (decorative) and the label, styled by `statusStyles`. Its parts are
 * `base`, `icon` and `label`, prefixed with `partPrefix` where the pill sits inside a larger widget.
 */
export function renderStatus(
  status: BadgeStatus,
  drug: Drug,
  year: number | undefined,
  t: Translate,
  partPrefix = '',
  { hideDrug = false, slotted = false } = {},
): TemplateResult {
  const text = statusLabel(status, drug, year, t, { hideDrug });
  return html`<span part=${`${partPrefix}base`} class="status ${status}">
    <span part=${`${partPrefix}icon`} class="status-icon"><svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">${icons[status]}</svg></span>
    <span part=${`${partPrefix}label`}>${slotted ? html`<slot name="label">${text}</slot>` : text}</span>
  </span>`;
}
