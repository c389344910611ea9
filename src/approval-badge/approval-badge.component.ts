import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dataset, Drug, Use } from '../data/types.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { formatDate, renderConfidence, renderSourceList } from '../shared/sources.js';
import { approvalBadgeStyles } from './approval-badge.styles.js';
import { resolveStatus, type BadgeStatus } from './approval-status.js';

// One distinct shape per status, so that colour is never the only cue.
const icons: Record<BadgeStatus, TemplateResult> = {
  approved: svg`<circle cx="10" cy="10" r="9" fill="currentColor"/><path d="m5.5 10.5 3 3 6-6.5" fill="none" stroke="Canvas" stroke-width="2.2"/>`,
  'esketamine-only': svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="m5.8 10.3 2.8 2.8 5.6-6" fill="none" stroke="currentColor" stroke-width="2.2"/>`,
  'off-label': svg`<path d="M10 1 19 10 10 19 1 10Z" fill="currentColor"/><path d="M6 10h8" stroke="Canvas" stroke-width="2.2"/>`,
  investigational: svg`<path d="M7 1.5h6M8 2v6L3 17.5h14L12 8V2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><path d="M5.2 13h9.6l2.2 4.5H3Z" fill="currentColor"/>`,
  'not-approved': svg`<circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" stroke-width="2"/><path d="m4.5 15.5 11-11" stroke="currentColor" stroke-width="2"/>`,
};

const infoIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M10 8.5v6" stroke="currentColor" stroke-width="2"/><circle cx="10" cy="5.8" r="1.2" fill="currentColor"/></svg>`;

/**
 * The regulatory status (US FDA) of ketamine or esketamine for one use, as text and an icon,
 * with an explanation of what the status means and the sources it comes from.
 *
 * Without `drug` it shows the more favourable status of the two drugs and names the drug;
 * where only esketamine is approved it reads "Approved for esketamine only".
 *
 * @tagname ketamine-approval-badge
 * @summary Regulatory status badge for a use of ketamine or esketamine.
 *
 * @csspart base - The badge: icon and label.
 * @csspart icon - The status icon (decorative; the label carries the meaning).
 * @csspart label - The status text.
 * @csspart info-button - The button that shows and hides the explanation (`variant="compact"`).
 * @csspart explanation - The explanation: what the status means, the use, the sources.
 * @csspart sources - The list of sources inside the explanation.
 * @csspart confidence - The note shown when a status rests on secondary or unverified sources.
 * @csspart error - The error message box.
 *
 * @cssprop --ketamine-approval-badge-background - Badge background (default: a tint of the status colour).
 * @cssprop --ketamine-approval-badge-border-color - Badge border (default: the status colour).
 * @cssprop --ketamine-approval-badge-radius - Badge corner radius (default: pill).
 * @cssprop --ketamine-approval-badge-font-size - Badge text size (default: 0.875em).
 * @cssprop --ketamine-approval-badge-z-index - Stacking order of the explanation popup (default: 10).
 * @cssprop --ketamine-color-status-approved - Colour of "FDA-approved".
 * @cssprop --ketamine-color-status-esketamine-only - Colour of "Approved for esketamine only".
 * @cssprop --ketamine-color-status-off-label - Colour of "Off-label".
 * @cssprop --ketamine-color-status-investigational - Colour of "Investigational".
 * @cssprop --ketamine-color-status-not-approved - Colour of "Not approved".
 *
 * @fires ketamine-error - The `use` id is unknown or the dataset could not be loaded; `detail.reason` says which.
 */
export class KetamineApprovalBadge extends KetamineElement {
  static override styles = [KetamineElement.styles, approvalBadgeStyles];

  /** Id of the use in the dataset, e.g. `treatment-resistant-depression`. */
  @property({ reflect: true }) use = '';

  /** Which drug's status to show. Unset: the more favourable of ketamine and esketamine, with the drug named. */
  @property({ reflect: true }) drug?: Drug;

  /** `compact` puts the explanation behind a button (a toggletip); `detail` shows it under the badge. */
  @property({ reflect: true }) variant: 'compact' | 'detail' = 'compact';

  @state() private open = false;

  private get useItem(): Use | undefined {
    return this.activeDataset?.uses.find((u) => u.id === this.use);
  }

  protected override findProblem(dataset: Dataset): string | undefined {
    if (this.drug && this.drug !== 'ketamine' && this.drug !== 'esketamine') {
      return this.t('error.unknownDrug', { drug: this.drug });
    }
    if (!dataset.uses.some((u) => u.id === this.use)) {
      return this.t('error.unknownUse', { id: this.use, ids: dataset.uses.map((u) => u.id).join(', ') });
    }
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointerDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown);
  }

  /** A click outside closes the toggletip, as one expects of a popup. */
  private onDocumentPointerDown = (event: PointerEvent) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.open = false;
      this.renderRoot.querySelector<HTMLButtonElement>('[part="info-button"]')?.focus();
    }
  }

  private label(status: BadgeStatus, drug: Drug, year?: number): string {
    const statusText = this.t(year && (status === 'approved' || status === 'esketamine-only') ? `badge.status.${status}.year` : `badge.status.${status}`, { year: year ?? '' });
    return status === 'esketamine-only' ? statusText : this.t('badge.label', { drug: this.t(`drug.${drug}`), status: statusText });
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const use = this.useItem!;
    const { status, drug, entry } = resolveStatus(use, this.drug);
    const compact = this.variant !== 'detail';
    const explanation = html`<div
      id="explanation"
      part="explanation"
      class=${compact ? 'toggletip' : 'detail'}
      ?hidden=${compact && !this.open}
    >
      <p>${this.t(`badge.explain.${status}`, { drug: this.t(`drug.${drug}`) })}</p>
      <p><strong>${use.name}:</strong> ${use.summary}</p>
      ${entry.note ? html`<p class="note">${entry.note}</p>` : nothing} ${renderConfidence(entry, this.t.bind(this))}
      <p class="sources-heading">${this.t('sources')}</p>
      ${renderSourceList(dataset, entry.sources, this.t.bind(this))}
      <p class="note">${this.t('lastReviewed', { date: formatDate(dataset.meta.lastReviewed, this.locale) })}</p>
    </div>`;

    return html`<div lang=${dataset.meta.locale} @keydown=${this.onKeydown}>
      <span class="badge-row">
        <span part="base" class=${status}>
          <span part="icon"><svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">${icons[status]}</svg></span>
          <span part="label">${this.label(status, drug, entry.year)}</span>
        </span>
        ${compact
          ? html`<button
              part="info-button"
              type="button"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls="explanation"
              @click=${() => (this.open = !this.open)}
            >
              ${infoIcon}<span class="visually-hidden">${this.t('badge.about', { use: use.name })}</span>
            </button>`
          : nothing}
      </span>
      ${explanation}
    </div>`;
  }
}
