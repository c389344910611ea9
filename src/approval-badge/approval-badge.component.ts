import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dataset, Drug, Use } from '../data/types.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { renderReviewAndDisclaimer } from '../shared/footer.js';
import { renderConfidence, renderSourceList } from '../shared/sources.js';
import { approvalBadgeStyles, statusStyles } from './approval-badge.styles.js';
import { renderStatus, resolveStatus } from './approval-status.js';
import { bundledSlice } from '../data/bundled.js';
import { uses, sources } from '../../data/ketamine.json';

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
  static override styles = [KetamineElement.styles, statusStyles, approvalBadgeStyles];
  static override bundledData = bundledSlice({ uses, sources });

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

  /** Keeps the opened popup inside the viewport: it is anchored at the badge's start, which may sit near the far edge. */
  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const panel = this.renderRoot.querySelector<HTMLElement>('.toggletip');
    if (!panel || !this.open) return;
    panel.style.removeProperty('left');
    panel.style.removeProperty('right');
    const { left, right } = panel.getBoundingClientRect();
    const margin = 8;
    const width = document.documentElement.clientWidth;
    const shift = right > width - margin ? Math.max(width - margin - right, margin - left) : left < margin ? margin - left : 0;
    if (!shift) return;
    // Moved with left/right, not a transform, so that the page's scrollable width follows; set through
    // the CSSOM, which a strict Content-Security-Policy allows.
    panel.style.setProperty('left', `${Math.round(panel.offsetLeft + shift)}px`);
    panel.style.setProperty('right', 'auto');
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.open = false;
      this.renderRoot.querySelector<HTMLButtonElement>('[part="info-button"]')?.focus();
    }
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
      ${entry.note ? html`<p class="note">${entry.note}</p>` : nothing} ${renderConfidence(entry, dataset, this.t.bind(this))}
      <p class="sources-heading">${this.t('sources')}</p>
      ${renderSourceList(dataset, entry.sources, this.t.bind(this))}
      ${use.crisis ? html`<p part="crisis">${dataset.meta.crisisLine}</p>` : nothing}
      ${renderReviewAndDisclaimer(dataset, this.locale, this.t.bind(this))}
    </div>`;

    return html`<div class="root" lang=${dataset.meta.locale} @keydown=${this.onKeydown}>
      <span class="badge-row">
        ${renderStatus(status, drug, entry.year, this.t.bind(this))}
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
