import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset, Drug, DrugStatus, Use } from '../data/types.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { renderConfidence } from '../shared/sources.js';
import { approvalBadgeStyles, statusStyles } from './approval-badge.styles.js';
import { renderStatus, resolveStatus, sentenceCount, SHORT_NOTE_SENTENCES, type BadgeStatus } from './approval-status.js';
import { bundledSlice } from '../data/bundled.js';
import { uses, sources } from '../../data/ketamine.json';

const closeIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="m5 5 10 10M15 5 5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`;
const infoIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M10 8.5v6" stroke="currentColor" stroke-width="2"/><circle cx="10" cy="5.8" r="1.2" fill="currentColor"/></svg>`;

/**
 * The regulatory status (US FDA) of ketamine or esketamine for one use, as text and an icon,
 * with a toggletip that says in a sentence or two what the status means for this use, and a way to its sources.
 *
 * Without `drug` it shows the more favourable status of the two drugs and names the drug;
 * where only esketamine is approved it reads "Approved for esketamine only". Inside a sentence that
 * already names the drug, `hide-drug` drops the prefix ("FDA-approved (1970)"), or the default slot
 * replaces the label text. The
 * `strings` property changes any label of the dataset (e.g. `{"badge.status.off-label": "Used off-label"}`).
 *
 * For a use that touches suicide the crisis line shows under the badge, without opening anything.
 *
 * @tagname ketamine-approval-badge
 * @summary Regulatory status badge for a use of ketamine or esketamine.
 *
 * @slot label - Text to show instead of the status label, e.g. `<span slot="label">approved since 1970</span>`; the icon and explanation stay.
 *
 * @csspart base - The badge: icon and label.
 * @csspart icon - The status icon (decorative; the label carries the meaning).
 * @csspart label - The status text.
 * @csspart info-button - The button that shows and hides the explanation (`variant="compact"`).
 * @csspart explanation - The explanation: what the status means for this use, then the footer with its sources.
 * @csspart close-button - The toggletip's close button.
 * @csspart confidence - The note shown when a status rests on secondary or unverified sources.
 * @csspart crisis - The crisis-line callout, for uses that touch suicide.
 * @csspart footer - "Last reviewed · Sources (n) · About this information" (see the `footer` attribute).
 * @csspart sources - The list of sources the footer opens.
 * @csspart error - "This information could not be loaded.", inline.
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
  /** Reactive properties and their attributes (instead of decorators: no decorator code to ship). */
  static override properties = {
    use: {},
    drug: {},
    variant: {},
    hideDrug: { type: Boolean, attribute: 'hide-drug' },
    open: { state: true, attribute: false },
  };

  static override styles = [KetamineElement.styles, statusStyles, approvalBadgeStyles];
  static override bundledData = bundledSlice({ uses, sources });

  // Not reflected: reflecting would write attributes before a framework hydrates the server's HTML.

  /** Id of the use in the dataset, e.g. `treatment-resistant-depression`. */
  use = '';

  /** Which drug's status to show. Unset: the more favourable of ketamine and esketamine, with the drug named. */
  drug?: Drug;

  /** `compact` (default) puts the explanation behind a button (a toggletip); `detail` shows it under the badge. */
  variant: 'compact' | 'detail' = 'compact';

  /** Leaves the drug out of the label ("FDA-approved (1970)"), for a sentence that already names it. */
  hideDrug = false;

  private open = false;

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

  /** Focus leaving the badge closes the toggletip, so that it never covers what gets focus next (WCAG 2.4.11). */
  private onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !this.contains(next) && !this.renderRoot.contains(next)) this.open = false;
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

  private close(returnFocus: boolean) {
    this.open = false;
    if (returnFocus) this.renderRoot.querySelector<HTMLButtonElement>('[part="info-button"]')?.focus();
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.close(true);
    }
  }

  /**
   * What the status means for this use, in one or two sentences (a toggletip, not an article): the entry's
   * own note where it is that short, else what the status means in general. The full note is in `<ketamine-uses>`.
   */
  private meaning(status: BadgeStatus, drug: Drug, entry: DrugStatus): string {
    const general = this.t(`badge.explain.${status}`, { drug: this.t(`drug.${drug}`) });
    return status !== 'esketamine-only' && entry.note && sentenceCount(entry.note) <= SHORT_NOTE_SENTENCES ? entry.note : general;
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    const use = this.useItem!;
    const { status, drug, entry } = resolveStatus(use, this.drug);
    const compact = this.variant !== 'detail';
    const explanation = html`<div
      id="explanation"
      part="explanation"
      class=${compact ? 'toggletip' : 'detail'}
      ?hidden=${compact && !this.open}
    >
      ${compact
        ? html`<button part="close-button" class="close" type="button" aria-label=${t('badge.close')} @click=${() => this.close(true)}>
            ${closeIcon}
          </button>`
        : nothing}
      <p class="meaning">${this.meaning(status, drug, entry)}</p>
      ${renderConfidence(entry, dataset, t)} ${compact ? this.renderCrisis(dataset, use.crisis) : nothing}
      ${this.renderFooter(dataset, { cited: entry.sources })}
    </div>`;

    return html`<span class="root" lang=${dataset.meta.locale} @keydown=${this.onKeydown} @focusout=${this.onFocusOut}>
      <span class="badge-row">
        ${renderStatus(status, drug, entry.year, t, '', { hideDrug: this.hideDrug, slotted: true })}
        ${compact
          ? html`<button
              part="info-button"
              type="button"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls="explanation"
              @click=${() => (this.open = !this.open)}
            >
              ${infoIcon}<span class="visually-hidden">${t('badge.about', { use: use.name })}</span>
            </button>`
          : nothing}
        ${compact ? explanation : nothing}
      </span>
      ${compact ? nothing : html`${explanation} ${this.renderCrisis(dataset, use.crisis)}`}
    </span>`;
  }
}
