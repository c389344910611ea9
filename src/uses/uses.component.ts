import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { renderStatus } from '../approval-badge/approval-status.js';
import { statusStyles } from '../approval-badge/approval-badge.styles.js';
import { APPROVAL_STATUSES, DRUGS, USE_CATEGORIES, type ApprovalStatus, type Dataset, type Drug, type Use, type UseCategory } from '../data/types.js';
import { clampHeadingLevel, parseList } from '../shared/attributes.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { renderConfidence } from '../shared/sources.js';
import { usesStyles } from './uses.styles.js';
import { bundledSlice } from '../data/bundled.js';
import { uses, sources } from '../../data/ketamine.json';

/**
 * An overview of what ketamine and esketamine are used for: every use with the regulatory status
 * of both drugs and a plain summary, grouped by category; each use's evidence (what each status rests
 * on, with numbered references to the sources) behind a disclosure button. Uses that touch suicide show
 * the crisis line in the open. Ends with one footer (see the `footer` attribute) listing the sources of
 * the uses shown. Labels: the `strings` property (e.g. `{"uses.evidence": "Why?"}`).
 *
 * @tagname ketamine-uses
 * @summary Overview of the uses of ketamine and esketamine with their approval status.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart group - One category: its heading and list.
 * @csspart group-heading - The heading of a category.
 * @csspart list - The list of uses in a category.
 * @csspart use - One use; also `use open` while its evidence is shown.
 * @csspart use-heading - The name of a use (a heading one level below the category's).
 * @csspart statuses - The two status pills of a use.
 * @csspart status-base - A status pill.
 * @csspart status-icon - A status pill's icon (decorative).
 * @csspart status-label - A status pill's text.
 * @csspart summary - The use's one-sentence summary.
 * @csspart evidence-toggle - The button that shows and hides the evidence.
 * @csspart evidence - The evidence: notes on each drug's status with numbered source references, provenance.
 * @csspart refs - A group of numbered source references, "[1, 3]"; each number is a `ref`.
 * @csspart crisis - The crisis-line callout on uses that touch suicide (always shown).
 * @csspart confidence - The note on evidence backed only by secondary sources or marketing pages.
 * @csspart empty - The text shown when the filters leave no use.
 * @csspart footer - "Last reviewed · Sources (n) · About this information" (see the `footer` attribute).
 * @csspart sources - The numbered list of sources in the footer.
 * @csspart reviewed - The "Last reviewed" date.
 * @csspart stale-notice - The notice shown once the dataset is past its next review date.
 * @csspart disclaimer - The disclaimer.
 * @csspart error - "This information could not be loaded."
 *
 * @cssprop --ketamine-uses-heading-font-size - Size of the category headings (default: 1.125em).
 *
 * @fires ketamine-error - A status, drug or category in the attributes is unknown, or the dataset could not be loaded.
 */
export class KetamineUses extends KetamineElement {
  /** Reactive properties and their attributes (instead of decorators: no decorator code to ship). */
  static override properties = {
    status: {},
    drug: {},
    categories: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    openIds: { state: true, attribute: false },
  };

  static override styles = [KetamineElement.styles, statusStyles, usesStyles];
  static override bundledData = bundledSlice({ uses, sources });

  /** Comma-separated statuses: shows uses where a drug has one of them (`approved`, `off-label`, `investigational`, `not-approved`). */
  status?: string;

  /** Applies the `status` filter to this drug only: `ketamine` or `esketamine`. */
  drug?: Drug;

  /** Comma-separated categories to show: `anesthesia`, `mental-health`, `pain`, `other`. */
  categories?: string;

  /** Level of the category headings, 2-5 (default 3); each use's name is one level below. */
  headingLevel = 3;

  private openIds = new Set<string>();

  private shown: Use[] = [];

  protected override findProblem(): string | undefined {
    const unknownStatuses = parseList(this.status).filter((s) => !APPROVAL_STATUSES.includes(s as ApprovalStatus));
    if (unknownStatuses.length) return this.t('error.unknownStatus', { values: unknownStatuses.join(', '), known: APPROVAL_STATUSES.join(', ') });
    if (this.drug && !DRUGS.includes(this.drug)) return this.t('error.unknownDrug', { drug: this.drug });
    const unknownCategories = parseList(this.categories).filter((c) => !USE_CATEGORIES.includes(c as UseCategory));
    if (unknownCategories.length) return this.t('error.unknownCategory', { values: unknownCategories.join(', '), known: USE_CATEGORIES.join(', ') });
    return undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.activeDataset;
    if (!dataset || this.error) return;
    const statuses = parseList(this.status);
    const categories = parseList(this.categories);
    const drugs = this.drug ? [this.drug] : DRUGS;
    this.shown = dataset.uses.filter(
      (use) => (!categories.length || categories.includes(use.category)) && (!statuses.length || drugs.some((d) => statuses.includes(use[d].status))),
    );
  }

  private toggle(id: string) {
    const next = new Set(this.openIds);
    if (!next.delete(id)) next.add(id);
    this.openIds = next;
  }

  private renderUse(use: Use, dataset: Dataset, level: number): TemplateResult {
    const t = this.t.bind(this);
    const open = this.openIds.has(use.id);
    return html`<li part=${open ? 'use open' : 'use'} data-use=${use.id}>
      <div part="use-heading" role="heading" aria-level=${Math.min(level + 1, 6)} id=${`use-${use.id}`}>${use.name}</div>
      <div part="statuses">${DRUGS.map((drug) => renderStatus(use[drug].status, drug, use[drug].year, t, 'status-'))}</div>
      <p part="summary">${use.summary}</p>
      ${this.renderCrisis(dataset, use.crisis)}
      <button
        class="link-button"
        part="evidence-toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`evidence-${use.id}`}
        aria-describedby=${`use-${use.id}`}
        @click=${() => this.toggle(use.id)}
      >
        ${t('uses.evidence')}
      </button>
      <div part="evidence" id=${`evidence-${use.id}`} ?hidden=${!open}>
        ${DRUGS.map(
          (drug) => html`<p>
              <strong>${t(`drug.${drug}`)}:</strong> ${use[drug].note ?? t(`badge.explain.${use[drug].status}`, { drug: t(`drug.${drug}`) })}${this.renderItemSources(
                dataset,
                use[drug].sources,
                'numbers',
              )}
            </p>
            ${renderConfidence(use[drug], dataset, t)}`,
        )}
        ${use.sources.length ? html`<p>${t('uses.summarySources')}${this.renderItemSources(dataset, use.sources, 'numbers')}</p>` : nothing}
      </div>
    </li>`;
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    const level = Math.min(clampHeadingLevel(this.headingLevel), 5);
    const groups = USE_CATEGORIES.map((category) => ({ category, uses: this.shown.filter((u) => u.category === category) })).filter((g) => g.uses.length);
    return html`<section part="base" lang=${dataset.meta.locale} aria-label=${t('uses.label')}>
      ${groups.length
        ? groups.map(
            ({ category, uses }) => html`<div part="group" data-category=${category}>
              <div part="group-heading" role="heading" aria-level=${level}>${t(`uses.category.${category}`)}</div>
              <ul part="list">
                ${uses.map((use) => this.renderUse(use, dataset, level))}
              </ul>
            </div>`,
          )
        : html`<p part="empty">${t('uses.none')}</p>`}
      ${this.renderFooter(dataset, { numbered: true })}
    </section>`;
  }
}
