import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  BODY_SYSTEMS,
  DRUGS,
  SEVERITIES,
  USE_CONTEXTS,
  type BodySystem,
  type Dataset,
  type Drug,
  type Frequency,
  type Severity,
  type SideEffect,
  type UseContext,
} from '../data/types.js';
import { clampHeadingLevel, parseList } from '../shared/attributes.js';
import { cssProperties } from '../shared/css-properties.js';
import { renderFooter } from '../shared/footer.js';
import { warningIcon } from '../shared/icons.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { renderConfidence, renderSourceLinks } from '../shared/sources.js';
import { sideEffectsStyles } from './side-effects.styles.js';
import { bundledSlice } from '../data/bundled.js';
import { sideEffects, sources } from '../../data/ketamine.json';

export const SIDE_EFFECT_GROUPINGS = ['severity', 'system'] as const;
export type SideEffectGrouping = (typeof SIDE_EFFECT_GROUPINGS)[number];

export const SIDE_EFFECT_SORTS = ['dataset', 'frequency'] as const;
export type SideEffectSort = (typeof SIDE_EFFECT_SORTS)[number];

/** The contexts each `drug` stands for: the dataset records where an effect was seen, not which molecule. */
export const DRUG_CONTEXTS: Record<Drug, readonly UseContext[]> = {
  ketamine: ['anesthetic-ketamine', 'subanesthetic-infusion', 'chronic-misuse'],
  esketamine: ['esketamine-nasal-spray'],
};

/** A shown side effect with the figures that fit the filters. */
interface ShownEffect {
  item: SideEffect;
  figures: Frequency[];
}

interface Group {
  key: Severity | BodySystem;
  effects: ShownEffect[];
}

const unknownIn = (values: string[], known: readonly string[]) => values.filter((value) => !known.includes(value));

/** The highest shown figure of an effect; -1 (below any figure) when it has none, so those sort last. */
const peak = (effect: ShownEffect) => Math.max(-1, ...effect.figures.map((f) => f.high ?? f.low));

/** As many decimals as the data gives: a figure is never shown more precise than its source. */
const decimalsOf = (value: number) => Math.min(20, /\.(\d+)$/.exec(String(value))?.[1].length ?? 0);

// One shape for "urgent" in the callout and on every urgent item, so that colour is never the only cue.
/**
 * The side effects of ketamine and esketamine, grouped by severity or by body system, each with
 * what it is, where it was seen, its sources and, optionally, how often it happened (text and bars).
 * Effects that need urgent care are marked with text and an icon, and the dataset's emergency advice
 * is shown above the list whenever one of them is.
 *
 * `drug` and `context` select effects seen in those contexts; the figures shown are then only those
 * measured in them (no esketamine-trial figure under `drug="ketamine"`).
 *
 * @tagname ketamine-side-effects
 * @summary Sourced list of the side effects of ketamine and esketamine.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart emergency - The emergency-advice callout, shown when any urgent effect is shown.
 * @csspart emergency-icon - The warning icon of the callout (decorative).
 * @csspart group - One severity or body-system group: its heading and list.
 * @csspart heading - The heading of a group.
 * @csspart list - The list of effects in a group (a `<ul>`).
 * @csspart item - One effect; also `item urgent` when it needs urgent care.
 * @csspart name - The effect's name.
 * @csspart severity - The effect's severity ("Serious"), shown when grouped by system.
 * @csspart urgent-marker - "Seek emergency care" with a warning icon, on effects that need urgent care.
 * @csspart crisis - The crisis-line note on effects that touch suicide.
 * @csspart description - What the effect is.
 * @csspart applies-to - Where the effect was seen ("Applies to: ...").
 * @csspart figures - The list of figures (`show-frequency`).
 * @csspart figure - One figure: its text and bars.
 * @csspart figure-text - A figure as text, e.g. "41% with esketamine nasal spray (Spravato) vs 9% with placebo — adults with ...".
 * @csspart bars - The bars of one figure (decorative: the text carries the figure).
 * @csspart bar-track - The 0-100% track behind a bar.
 * @csspart bar - The figure's bar; its width is the percentage (the upper end of a range, the lower end drawn solid).
 * @csspart comparator-bar - The bar of what the figure was compared with (e.g. placebo), hatched.
 * @csspart confidence - The note on effects or figures backed only by secondary or unverified sources.
 * @csspart item-sources - The "Sources: ..." line of an effect.
 * @csspart empty - The text shown when no effect matches the filters.
 * @csspart footer - Sources, "Last reviewed" and the disclaimer.
 * @csspart sources - The list of sources in the footer.
 * @csspart reviewed - The "Last reviewed" line.
 * @csspart disclaimer - The disclaimer.
 * @csspart error - The error message box.
 *
 * @cssprop --ketamine-side-effects-padding - Padding around the whole widget (default: 0).
 * @cssprop --ketamine-side-effects-border-color - Lines between effects (default: --ketamine-color-border).
 * @cssprop --ketamine-side-effects-heading-font-size - Size of group headings (default: 1.125em).
 * @cssprop --ketamine-side-effects-urgent-color - Border and icon colour of urgent markers and the emergency callout (default: --ketamine-color-danger).
 * @cssprop --ketamine-side-effects-bar-color - Colour of figure bars (default: --ketamine-color-accent).
 * @cssprop --ketamine-side-effects-comparator-bar-color - Colour of comparator (placebo) bars (default: --ketamine-color-muted).
 * @cssprop --ketamine-side-effects-bar-height - Height of a bar (default: 0.5rem).
 * @cssprop --ketamine-side-effects-bar-max-width - Width of the 0-100% track (default: 16rem, or the item's width if narrower).
 *
 * @fires ketamine-error - A value of `group-by`, `sort`, `severity`, `drug` or `context` is unknown, or the dataset could not be loaded.
 */
export class KetamineSideEffects extends KetamineElement {
  static override styles = [KetamineElement.styles, sideEffectsStyles];
  static override bundledData = bundledSlice({ sideEffects, sources });

  /** `severity` (default: common, serious, long-term) or `system` (body systems, e.g. heart, breathing). */
  @property({ attribute: 'group-by' }) groupBy: SideEffectGrouping = 'severity';

  /** Comma-separated severities to show: `common`, `serious`, `long-term`. Default: all. */
  @property() severity?: string;

  /** Only effects seen with this drug: `esketamine` (nasal spray) or `ketamine` (anesthesia, infusions, misuse). */
  @property() drug?: Drug;

  /** Comma-separated contexts: `anesthetic-ketamine`, `subanesthetic-infusion`, `esketamine-nasal-spray`, `chronic-misuse`. */
  @property() context?: string;

  /** Shows how often each effect happened, as text and as bars beside the comparator's (e.g. placebo). */
  @property({ type: Boolean, attribute: 'show-frequency' }) showFrequency = false;

  /** `dataset` (default) keeps the dataset's order; `frequency` puts the highest figure (among those the filters leave) first in each group, effects without figures last. */
  @property() sort: SideEffectSort = 'dataset';

  /** Level of the group headings, 2-6 (default 3), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  // A removed attribute leaves null: read it as the default.
  private get grouping(): SideEffectGrouping {
    return this.groupBy || 'severity';
  }

  private get order(): SideEffectSort {
    return this.sort || 'dataset';
  }

  protected override findProblem(): string | undefined {
    if (!SIDE_EFFECT_GROUPINGS.includes(this.grouping)) return this.t('sideEffects.error.unknownGroupBy', { value: this.grouping });
    if (!SIDE_EFFECT_SORTS.includes(this.order)) return this.t('sideEffects.error.unknownSort', { value: this.order });
    const severities = unknownIn(parseList(this.severity), SEVERITIES);
    if (severities.length) return this.t('sideEffects.error.unknownSeverity', { values: severities.join(', '), known: SEVERITIES.join(', ') });
    if (this.drug && !DRUGS.includes(this.drug)) return this.t('error.unknownDrug', { drug: this.drug });
    const contexts = unknownIn(parseList(this.context), USE_CONTEXTS);
    if (contexts.length) return this.t('sideEffects.error.unknownContext', { values: contexts.join(', '), known: USE_CONTEXTS.join(', ') });
    return undefined;
  }

  // ---- choosing and grouping -----------------------------------------------------------------

  /** The contexts that `drug` and `context` leave (both apply), or undefined when neither is set. */
  private allowedContexts(): ReadonlySet<UseContext> | undefined {
    const contexts = parseList(this.context) as UseContext[];
    const drugContexts = this.drug ? DRUG_CONTEXTS[this.drug] : undefined;
    if (!contexts.length && !drugContexts) return undefined;
    return new Set((contexts.length ? contexts : USE_CONTEXTS).filter((c) => !drugContexts || drugContexts.includes(c)));
  }

  private groups(dataset: Dataset): Group[] {
    const severities = parseList(this.severity);
    const allowed = this.allowedContexts();
    let effects: ShownEffect[] = dataset.sideEffects
      .filter((item) => !severities.length || severities.includes(item.severity))
      .filter((item) => !allowed || item.appliesTo.some((c) => allowed.has(c)))
      .map((item) => ({ item, figures: (item.frequencies ?? []).filter((f) => !allowed || allowed.has(f.context)) }));
    // Array.prototype.sort is stable: ties and effects without figures keep the dataset's order.
    if (this.order === 'frequency') effects = [...effects].sort((a, b) => peak(b) - peak(a));
    const grouping = this.grouping;
    const keys: ReadonlyArray<Severity | BodySystem> = grouping === 'severity' ? SEVERITIES : BODY_SYSTEMS;
    return keys.map((key) => ({ key, effects: effects.filter(({ item }) => item[grouping] === key) })).filter((g) => g.effects.length);
  }

  // ---- text ----------------------------------------------------------------------------------

  private number(value: number, unit: boolean): string {
    const digits = decimalsOf(value);
    const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    return new Intl.NumberFormat(this.locale, unit ? { ...options, style: 'unit', unit: 'percent' } : options).format(value);
  }

  /** "41%" or "48–61%". */
  private percent(low: number, high?: number): string {
    return high === undefined ? this.number(low, true) : this.t('sideEffects.range', { low: this.number(low, false), high: this.number(high, true) });
  }

  private contextName(context: UseContext): string {
    return this.t(`sideEffects.context.${context}`);
  }

  private figureText(figure: Frequency): string {
    const vars = { value: this.percent(figure.low, figure.high), context: this.contextName(figure.context), population: figure.population };
    const { comparator } = figure;
    if (!comparator) return this.t('sideEffects.figure', vars);
    return this.t('sideEffects.figure.compared', { ...vars, comparatorValue: this.percent(comparator.low, comparator.high), comparator: comparator.label });
  }

  /** "ketamine anesthesia and esketamine nasal spray (Spravato)", in the schema's order of contexts. */
  private appliesTo(item: SideEffect): string {
    const contexts = USE_CONTEXTS.filter((c) => item.appliesTo.includes(c)).map((c) => this.contextName(c));
    return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(contexts);
  }

  // ---- rendering -----------------------------------------------------------------------------

  /** The figure's bar and, if it was compared with something, the comparator's bar below it. */
  private renderBars(figure: Frequency): TemplateResult {
    const bar = (part: string, low: number, high = low) =>
      html`<span part="bar-track"><span part=${part} ${cssProperties({ '--_value': `${high}%`, '--_solid': `${high ? (low / high) * 100 : 100}%` })}></span></span>`;
    return html`<div part="bars" aria-hidden="true">
      ${bar('bar', figure.low, figure.high)}${figure.comparator ? bar('comparator-bar', figure.comparator.low, figure.comparator.high) : nothing}
    </div>`;
  }

  private renderItem({ item, figures }: ShownEffect, dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    return html`<li part=${item.urgent ? 'item urgent' : 'item'} data-id=${item.id}>
      <p class="item-head">
        <span part="name">${item.name}</span>
        ${this.grouping === 'system' ? html`<span part="severity">${t(`sideEffects.severity.${item.severity}`)}</span>` : nothing}
        ${item.urgent ? html`<span part="urgent-marker">${warningIcon}${t('sideEffects.urgent')}</span>` : nothing}
      </p>
      <p part="description">${item.description}</p>
      ${item.crisis ? html`<p part="crisis">${dataset.meta.crisisLine}</p>` : nothing}
      <p part="applies-to">${t('sideEffects.appliesTo', { contexts: this.appliesTo(item) })}</p>
      ${this.showFrequency && figures.length
        ? html`<ul part="figures" role="list">
            ${figures.map(
              (figure) => html`<li part="figure">
                <p part="figure-text">${this.figureText(figure)}</p>
                ${this.renderBars(figure)} ${renderConfidence(figure, dataset, t)}
              </li>`,
            )}
          </ul>`
        : nothing}
      ${renderConfidence(item, dataset, t)}
      <p part="item-sources">${t('itemSources')} ${renderSourceLinks(dataset, item.sources, t)}</p>
    </li>`;
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    const groups = this.groups(dataset);
    const shown = groups.flatMap((g) => g.effects);
    const urgent = shown.some(({ item }) => item.urgent);
    // The figures shown name sources too; today they are among their effect's, but the footer must not depend on it.
    const cited = [
      ...new Set(shown.flatMap(({ item, figures }) => [...item.sources, ...(this.showFrequency ? figures.flatMap((f) => f.sources) : [])])),
    ];

    return html`<section part="base" lang=${dataset.meta.locale} aria-label=${t('sideEffects.label')}>
      ${urgent
        ? html`<div part="emergency">
            <span part="emergency-icon">${warningIcon}</span>
            <p>
              <strong>${t('sideEffects.emergencyIntro', { marker: t('sideEffects.urgent') })}</strong>
              ${dataset.meta.emergencyAdvice}
            </p>
          </div>`
        : nothing}
      ${groups.length
        ? groups.map(
            ({ key, effects }) => html`<div part="group" data-group=${key}>
              <div part="heading" role="heading" aria-level=${clampHeadingLevel(this.headingLevel)} id=${`g-${key}`}>${t(`sideEffects.group.${key}`)}</div>
              <ul part="list" role="list" aria-labelledby=${`g-${key}`}>
                ${effects.map((effect) => this.renderItem(effect, dataset))}
              </ul>
            </div>`,
          )
        : html`<p part="empty">${t('sideEffects.none')}</p>`}
      ${renderFooter(dataset, cited, this.locale, t)}
    </section>`;
  }
}
