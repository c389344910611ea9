import { html, nothing, type TemplateResult } from 'lit';
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
  type SideEffectCare,
  type Source,
  type UseContext,
} from '../data/types.js';
import { clampHeadingLevel, parseList } from '../shared/attributes.js';
import { cssProperties } from '../shared/css-properties.js';
import { warningIcon } from '../shared/icons.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { renderConfidence } from '../shared/sources.js';
import { sideEffectsStyles } from './side-effects.styles.js';
import { frequencyInWords, peakOf, spanOf } from './frequency.js';
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

/** The care an effect needs: `care` when given, else `urgent: true` means emergency (the data contract). */
export function careOf(item: SideEffect): SideEffectCare | undefined {
  if (item.care === 'emergency' || item.care === 'urgent') return item.care;
  return item.urgent ? 'emergency' : undefined;
}

/** A shown side effect: its position in the dataset (for stable ids), the figures the filters leave, its care. */
interface ShownEffect {
  item: SideEffect;
  index: number;
  figures: Frequency[];
  care?: SideEffectCare;
}

interface Group {
  key: Severity | BodySystem;
  effects: ShownEffect[];
}

const unknownIn = (values: string[], known: readonly string[]) => values.filter((value) => !known.includes(value));

/** As many decimals as the data gives: a figure is never shown more precise than its source. */
const decimalsOf = (value: number) => Math.min(20, /\.(\d+)$/.exec(String(value))?.[1].length ?? 0);

/** Figures shown per effect before a "Show all N figures" button. */
const FIGURE_LIMIT = 50;

/** Kinds that are not evidence in themselves (as in shared/sources.ts): a figure resting only on these is not summed up in words. */
const SECONDARY_KINDS = new Set<string>(['article', 'marketing']);

/** Formatters cost more than a render: one per locale and style. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** Source lookups by id, built once per dataset (a `find` per reference is quadratic at 10,000 items). */
const sourceIndexes = new WeakMap<Dataset, Map<string, Source>>();
function sourceIndex(dataset: Dataset): Map<string, Source> {
  let index = sourceIndexes.get(dataset);
  if (!index) sourceIndexes.set(dataset, (index = new Map(dataset.sources.map((s) => [s.id, s]))));
  return index;
}

/**
 * The side effects of ketamine and esketamine, laid out as a medicine page does: common effects as a
 * short list with how often they happen in words ("about 3 in 10 people"); serious ones under care
 * cards that say what to do (get emergency help now / get medical help now, in the dataset's words);
 * each effect's description, figures (text and bars), where it was seen and its sources behind a
 * disclosure button. Effect names are headings, one level below their group's (or card's) heading.
 *
 * An effect's details are rendered when it is first opened (or the page is printed), so 10,000
 * effects render in one pass of short rows.
 *
 * `drug` and `context` select effects seen in those contexts; the figures shown are then only those
 * measured in them (no esketamine-trial figure under `drug="ketamine"`).
 *
 * @tagname ketamine-side-effects
 * @summary Sourced list of the side effects of ketamine and esketamine.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart group - One severity or body-system group: its heading, care cards and list.
 * @csspart heading - The heading of a group.
 * @csspart group-note - Under a group's heading: the population "how often" is for, named once for the group.
 * @csspart legend - The key to the frequency bars (with `show-frequency`, once per group; else in each opened effect that has figures).
 * @csspart care-card - A care card: `care-card emergency` ("Get emergency help now") or `care-card urgent` ("Get medical help now"), holding its effects.
 * @csspart care-heading - The heading of a care card.
 * @csspart care-advice - What to do, in the dataset's words (`meta.emergencyAdvice`, `meta.urgentAdvice`).
 * @csspart emergency - With `group-by="system"`: the callout before the groups saying what the care markers mean.
 * @csspart emergency-icon - The warning icon of the callout and of emergency cards (decorative).
 * @csspart list - A list of effects (a `<ul>`).
 * @csspart item - One effect; also `item urgent` when it needs care (emergency or urgent), and `item open` when opened.
 * @csspart item-heading - The heading holding an effect's button.
 * @csspart toggle - The button that opens and closes an effect's details (its name and frequency in words); its chevron is `::part(toggle)::before`.
 * @csspart name - The effect's name.
 * @csspart frequency - How often, in words ("about 3 in 10 people"), from the figures shown.
 * @csspart severity - The effect's severity ("Serious"), shown when grouped by system.
 * @csspart urgent-marker - With `group-by="system"`: "Emergency" or "Urgent" with a warning icon, on effects that need care.
 * @csspart crisis - The crisis-line note on effects that touch suicide (always shown, never inside the details).
 * @csspart details - An effect's details: description, figures, where seen, sources.
 * @csspart description - What the effect is.
 * @csspart applies-to - Where the effect was seen ("Seen with ..."), shown only when the widget covers more than one context.
 * @csspart figures - The figures of an effect (text and bars).
 * @csspart figure-context - The context a run of figures was measured in ("With esketamine nasal spray (Spravato)"), once per context.
 * @csspart figure - One figure: its text and bars.
 * @csspart figure-text - A figure as one short line: "41% vs 9% with placebo — adults with ...".
 * @csspart figure-value - The numbers of a figure ("41% vs 9% with placebo").
 * @csspart population - Who was measured.
 * @csspart bars - The bars of one figure (decorative: the text carries the figure).
 * @csspart bar-track - The 0-100% track behind a bar.
 * @csspart bar - The figure's bar; its width is the percentage (the upper end of a range, the lower end drawn solid).
 * @csspart comparator-bar - The bar of what the figure was compared with (e.g. placebo), hatched.
 * @csspart swatch - A sample of a bar style in the legend (decorative).
 * @csspart confidence - The note on effects or figures backed only by secondary or unverified sources.
 * @csspart item-sources - The sources of an effect.
 * @csspart show-more - The "Show N more" / "Show fewer" button after a list with held-back effects (see `collapse-after`), and "Show all N figures" after an effect's first 50 figures.
 * @csspart empty - The text shown when no effect matches the filters.
 * @csspart footer - "Last reviewed · Sources (n) · About this information" (see the `footer` attribute): the sources of every shown effect and figure, the disclaimer.
 * @csspart error - The error message ("This information could not be loaded."); the reason is in `ketamine-error`.
 *
 * @cssprop --ketamine-side-effects-padding - Padding around the whole widget (default: 0).
 * @cssprop --ketamine-side-effects-border-color - Lines between effects (default: --ketamine-color-border).
 * @cssprop --ketamine-side-effects-heading-font-size - Size of group headings (default: 1.125em).
 * @cssprop --ketamine-side-effects-urgent-color - Border, band and icon colour of care cards and markers (default: --ketamine-color-danger).
 * @cssprop --ketamine-side-effects-urgent-text-color - Text on the emergency card's coloured band (default: Canvas, the page's background colour).
 * @cssprop --ketamine-side-effects-bar-color - Colour of figure bars (default: --ketamine-color-accent).
 * @cssprop --ketamine-side-effects-comparator-bar-color - Colour of comparator (placebo) bars (default: --ketamine-color-muted).
 * @cssprop --ketamine-side-effects-bar-height - Height of a bar (default: 0.5rem).
 * @cssprop --ketamine-side-effects-bar-max-width - Width of the 0-100% track (default: 16rem, or the item's width if narrower).
 *
 * @fires ketamine-error - A value of `group-by`, `sort`, `severity`, `drug` or `context` is unknown, or the dataset could not be loaded.
 */
export class KetamineSideEffects extends KetamineElement {
  /** Reactive properties and their attributes (instead of decorators: no decorator code to ship). */
  static override properties = {
    groupBy: { attribute: 'group-by' },
    severity: {},
    drug: {},
    context: {},
    showFrequency: { type: Boolean, attribute: 'show-frequency' },
    sort: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    collapseAfter: { type: Number, attribute: 'collapse-after' },
    openEffects: { state: true, attribute: false },
    expandedLists: { state: true, attribute: false },
    allFiguresShown: { state: true, attribute: false },
    printing: { state: true, attribute: false },
  };

  static override styles = [KetamineElement.styles, sideEffectsStyles];
  static override bundledData = bundledSlice({ sideEffects, sources });

  /** `severity` (default: common, serious, long-term, other) or `system` (body systems, e.g. heart, breathing). */
  groupBy: SideEffectGrouping = 'severity';

  /** Comma-separated severities to show: `common`, `serious`, `long-term`, `other`. Default: all. */
  severity?: string;

  /** Only effects seen with this drug: `esketamine` (nasal spray) or `ketamine` (anesthesia, infusions, misuse). */
  drug?: Drug;

  /** Comma-separated contexts: `anesthetic-ketamine`, `subanesthetic-infusion`, `esketamine-nasal-spray`, `chronic-misuse`. */
  context?: string;

  /** Shows every effect's figures (text and bars beside the comparator's, with a key) without opening it; the rest of the details stay one click away. */
  showFrequency = false;

  /** `dataset` (default) keeps the dataset's order; `frequency` puts the highest figure (among those the filters leave) first in each group, effects without figures last. */
  sort: SideEffectSort = 'dataset';

  /** Level of the group headings, 2-6 (default 3), to fit the host page's outline; effect names are one level below. */
  headingLevel = 3;

  /**
   * Lists of effects that need no urgent care (common, long-term, ...) show this many effects, then a
   * "Show N more" button, so that the default view stays short (default 5; 0 shows every effect).
   * Effects that need care are never held back. Printing and server-rendered HTML without scripts show all.
   */
  collapseAfter = 5;

  /** The effects whose details are open (objects of the dataset in use: a new dataset starts all closed). */
  private openEffects: ReadonlySet<SideEffect> = new Set();

  /** Keys of the lists whose held-back effects are shown ("Show N more" activated). */
  private expandedLists: ReadonlySet<string> = new Set();

  /** Effects with more than FIGURE_LIMIT figures whose every figure is shown. */
  private allFiguresShown: ReadonlySet<SideEffect> = new Set();

  /** The population the group being rendered names in its note (see renderGroup); its rows leave it out. */
  private groupContext?: UseContext;

  /** True between `beforeprint` and `afterprint`: every effect's details are rendered so that paper shows them. */
  private printing = false;

  /** Opens or closes the details of the effect with this id (the first, if ids repeat). */
  toggleEffect(id: string, open?: boolean): void {
    const item = this.activeDataset?.sideEffects.find((e) => e.id === id);
    if (item) this.setOpen(item, open ?? !this.openEffects.has(item));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
  }

  private onPrint = (event: Event) => (this.printing = event.type === 'beforeprint');

  private setOpen(item: SideEffect, open: boolean): void {
    if (open === this.openEffects.has(item)) return;
    const next = new Set(this.openEffects);
    if (open) next.add(item);
    else next.delete(item);
    this.openEffects = next;
  }

  private get limit(): number {
    const n = Math.floor(Number(this.collapseAfter ?? 5));
    return Number.isFinite(n) && n > 0 ? n : Infinity;
  }

  /** Shows or holds back a list's extra effects; on showing, focus moves to the first effect revealed. */
  private async toggleList(key: string, firstHidden: number | undefined): Promise<void> {
    const next = new Set(this.expandedLists);
    const expand = !next.delete(key);
    if (expand) next.add(key);
    this.expandedLists = next;
    if (!expand || firstHidden === undefined) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#t-${firstHidden}`)?.focus();
  }

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

  /** One pass over the effects into their groups: no per-group filtering, so 10,000 effects stay linear. */
  private groups(dataset: Dataset, allowed: ReadonlySet<UseContext> | undefined): Group[] {
    const severities = new Set(parseList(this.severity));
    const grouping = this.grouping;
    const keys: ReadonlyArray<Severity | BodySystem> = grouping === 'severity' ? SEVERITIES : BODY_SYSTEMS;
    const byKey = new Map<Severity | BodySystem, ShownEffect[]>(keys.map((key) => [key, []]));
    dataset.sideEffects.forEach((item, index) => {
      if (severities.size && !severities.has(item.severity)) return;
      if (allowed && !item.appliesTo.some((c) => allowed.has(c))) return;
      const figures = allowed ? (item.frequencies ?? []).filter((f) => allowed.has(f.context)) : (item.frequencies ?? []);
      byKey.get(item[grouping])?.push({ item, index, figures, care: careOf(item) });
    });
    return keys
      .map((key) => {
        const effects = byKey.get(key)!;
        if (this.order !== 'frequency') return { key, effects };
        // Peaks worked out once per effect; Array.prototype.sort is stable, so ties keep the dataset's order.
        const peaks = new Map(effects.map((e) => [e, peakOf(e.figures)]));
        return { key, effects: [...effects].sort((a, b) => peaks.get(b)! - peaks.get(a)!) };
      })
      .filter((g) => g.effects.length);
  }

  // ---- text ----------------------------------------------------------------------------------

  private formatter(digits: number, unit: boolean): Intl.NumberFormat {
    const key = `${this.locale}|${digits}|${unit}`;
    let format = numberFormats.get(key);
    if (!format) {
      const options: Intl.NumberFormatOptions = { minimumFractionDigits: digits, maximumFractionDigits: digits };
      numberFormats.set(key, (format = new Intl.NumberFormat(this.locale, unit ? { ...options, style: 'unit', unit: 'percent' } : options)));
    }
    return format;
  }

  private number(value: number, unit: boolean): string {
    return this.formatter(decimalsOf(value), unit).format(value);
  }

  /** "41%" or "48–61%". */
  private percent(low: number, high?: number): string {
    return high === undefined ? this.number(low, true) : this.t('sideEffects.range', { low: this.number(low, false), high: this.number(high, true) });
  }

  private contextName(context: UseContext): string {
    return this.t(`sideEffects.context.${context}`);
  }

  private list(items: string[]): string {
    let format = listFormats.get(this.locale);
    if (!format) listFormats.set(this.locale, (format = new Intl.ListFormat(this.locale, { type: 'conjunction' })));
    return format.format(items);
  }

  /** A figure backed well enough to be summed up in words: not marked secondary or unverified, not resting only on articles. */
  private isFirmFigure(figure: Frequency, sourcesById: Map<string, Source>): boolean {
    if (figure.confidence && figure.confidence !== 'verified') return false;
    return !figure.sources.length || !figure.sources.every((id) => SECONDARY_KINDS.has(sourcesById.get(id)?.kind ?? ''));
  }

  /** The figures an effect is summed up from: the firm ones where there are any, of the first one's population. */
  private summaryFigures(figures: readonly Frequency[], dataset: Dataset): Frequency[] {
    if (!figures.length) return [];
    const sourcesById = sourceIndex(dataset);
    const firm = figures.filter((f) => this.isFirmFigure(f, sourcesById));
    const pool = firm.length ? firm : figures;
    return pool.filter((f) => f.context === pool[0].context);
  }

  /**
   * The population a group's effects are mostly summed up for, named once under its heading instead of on
   * every line; undefined where the widget covers one context (nothing to say) or fewer than two effects share one.
   */
  private groupPopulation(effects: readonly ShownEffect[], dataset: Dataset, allowed: ReadonlySet<UseContext> | undefined): UseContext | undefined {
    if (allowed?.size === 1) return undefined;
    const counts = new Map<UseContext, number>();
    for (const { figures } of effects) {
      const context = this.summaryFigures(figures, dataset)[0]?.context;
      if (context) counts.set(context, (counts.get(context) ?? 0) + 1);
    }
    let best: UseContext | undefined;
    for (const [context, count] of counts) if (count >= 2 && count > (best ? counts.get(best)! : 0)) best = context;
    return best;
  }

  /**
   * "about 4 to 8 in 10 people" (+ "who misuse ketamine long term"): the span of one population's figures
   * in words, never a span across populations (26.6% of people who misuse ketamine is not "3 in 10 people").
   * The population is named unless the widget covers one context only or the group's note names it.
   */
  private frequencyWords(figures: readonly Frequency[], dataset: Dataset, allowed: ReadonlySet<UseContext> | undefined): string | undefined {
    const summary = this.summaryFigures(figures, dataset);
    const span = spanOf(summary);
    const words = span && frequencyInWords(span.low, span.high);
    if (!words) return undefined;
    const count = (n: number | undefined) => (n === undefined ? '' : this.formatter(0, false).format(n));
    const text = this.t(`sideEffects.frequency.${words.key}`, { count: count(words.low), low: count(words.low), high: count(words.high), total: count(words.total) });
    const context = summary[0].context;
    if (allowed?.size === 1 || context === this.groupContext) return text;
    return this.t('sideEffects.frequency.inContext', { frequency: text, who: this.t(`sideEffects.frequency.who.${context}`) });
  }

  private figureValue(figure: Frequency): string {
    const value = this.percent(figure.low, figure.high);
    const { comparator } = figure;
    if (!comparator) return this.t('sideEffects.figure', { value });
    return this.t('sideEffects.figure.compared', { value, comparatorValue: this.percent(comparator.low, comparator.high), comparator: comparator.label });
  }

  /** Where the effect was seen, among the contexts the widget covers. Said only when the widget covers more than one: `drug="esketamine"` needs no "Seen with". */
  private seenWith(item: SideEffect, allowed: ReadonlySet<UseContext> | undefined): string | undefined {
    if (allowed && allowed.size < 2) return undefined;
    const contexts = USE_CONTEXTS.filter((c) => item.appliesTo.includes(c) && (!allowed || allowed.has(c)));
    return contexts.length ? this.t('sideEffects.appliesTo', { contexts: this.list(contexts.map((c) => this.contextName(c))) }) : undefined;
  }

  private groupHeading(key: Severity | BodySystem): string {
    // `other` is both a severity and a body system: the severity's heading has a key of its own.
    return this.t(this.grouping === 'severity' && key === 'other' ? 'sideEffects.group.severity.other' : `sideEffects.group.${key}`);
  }

  private careAdvice(care: SideEffectCare, dataset: Dataset): string {
    if (care === 'emergency') return dataset.meta.emergencyAdvice;
    return dataset.meta.urgentAdvice || this.t('sideEffects.care.urgent.advice');
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

  /**
   * The key to the bars, naming only what the figures use: the solid bar (the drug, when the widget
   * covers one context: named here once, not on every line), the lighter end of a range, the comparator.
   */
  private renderLegend(figures: readonly Frequency[], allowed: ReadonlySet<UseContext> | undefined): TemplateResult | typeof nothing {
    if (!figures.length) return nothing;
    let range = false;
    const comparators = new Set<string>();
    for (const f of figures) {
      if (f.high !== undefined && f.high !== f.low) range = true;
      if (f.comparator) comparators.add(f.comparator.label);
    }
    const only = allowed?.size === 1 ? [...allowed][0] : undefined;
    const key = (swatch: string, text: string) => html`<span class="key"><span part="swatch" class=${swatch} aria-hidden="true"></span>${text}</span>`;
    return html`<p part="legend">
      <span class="legend-title">${this.t('sideEffects.legend')}</span>
      ${key('swatch-bar', only ? this.t('sideEffects.legend.value', { context: this.contextName(only) }) : this.t('sideEffects.legend.valueAny'))}
      ${range ? key('swatch-range', this.t('sideEffects.legend.range')) : nothing}
      ${comparators.size ? key('swatch-comparator', this.list([...comparators])) : nothing}
    </p>`;
  }

  /**
   * An effect's figures, one short line each, in runs by context: the context is named once per run
   * (and not at all when the widget covers only one context: the legend names it).
   */
  private renderFigures(item: SideEffect, allFigures: readonly Frequency[], dataset: Dataset, allowed: ReadonlySet<UseContext> | undefined, legend: boolean): TemplateResult | typeof nothing {
    if (!allFigures.length) return nothing;
    const t = this.t.bind(this);
    // A dataset may hold thousands of figures for one effect: the first FIGURE_LIMIT, then a button for the rest.
    const held = allFigures.length > FIGURE_LIMIT && !this.allFiguresShown.has(item) && !this.printing ? allFigures.length - FIGURE_LIMIT : 0;
    const figures = held ? allFigures.slice(0, FIGURE_LIMIT) : allFigures;
    const byContext = new Map<UseContext, Frequency[]>();
    for (const f of figures) {
      const run = byContext.get(f.context);
      if (run) run.push(f);
      else byContext.set(f.context, [f]);
    }
    const named = !(allowed && allowed.size === 1);
    return html`<div part="figures">
      ${legend ? this.renderLegend(allFigures, allowed) : nothing}
      ${[...byContext].map(
        ([context, run]) => html`${named ? html`<p part="figure-context">${t('sideEffects.figureContext', { context: this.contextName(context) })}</p>` : nothing}
          <ul class="figure-list" role="list">
            ${run.map(
              (figure) => html`<li part="figure">
                <p part="figure-text"><span part="figure-value">${this.figureValue(figure)}</span><span part="population"> — ${figure.population}</span></p>
                ${this.renderBars(figure)} ${renderConfidence(figure, dataset, t)}
              </li>`,
            )}
          </ul>`,
      )}
      ${held
        ? html`<button class="link-button" part="show-more" type="button" @click=${() => (this.allFiguresShown = new Set([...this.allFiguresShown, item]))}>
            ${t('sideEffects.showAllFigures', { count: this.formatter(0, false).format(allFigures.length) })}
          </button>`
        : nothing}
    </div>`;
  }

  private renderDetails(effect: ShownEffect, dataset: Dataset, allowed: ReadonlySet<UseContext> | undefined): TemplateResult {
    const t = this.t.bind(this);
    const { item, figures } = effect;
    const seenWith = this.seenWith(item, allowed);
    return html`<p part="description">${item.description}</p>
      ${this.showFrequency ? nothing : this.renderFigures(item, figures, dataset, allowed, true)}
      ${seenWith ? html`<p part="applies-to">${seenWith}</p>` : nothing} ${renderConfidence(item, dataset, t)}
      ${this.renderItemSources(dataset, item.sources)}`;
  }

  /**
   * One effect: a heading holding its button, the crisis line (never hidden), figures with `show-frequency`,
   * and the details panel. Compact on purpose (no whitespace nodes, one delegated click listener for all
   * rows): this runs for every effect, 10,000 of them in the scale benchmark.
   */
  private renderItem(effect: ShownEffect, dataset: Dataset, level: number, allowed: ReadonlySet<UseContext> | undefined, marked: boolean, held = false): TemplateResult {
    const { item, index, figures, care } = effect;
    const open = this.openEffects.has(item);
    const words = this.frequencyWords(figures, dataset, allowed);
    const parts = care ? (open ? 'item urgent open' : 'item urgent') : open ? 'item open' : 'item';
    const severity = this.grouping === 'system' ? html` <span part="severity">${this.t(`sideEffects.severity.${item.severity}`)}</span>` : nothing;
    const marker = marked && care ? html` <span part="urgent-marker">${warningIcon}${this.t(`sideEffects.care.${care}.marker`)}</span>` : nothing;
    // Server-rendered HTML carries every effect's details (readable without JavaScript), and hydration must match it.
    // prettier-ignore
    return html`<li part=${parts} data-id=${item.id} data-care=${care ?? nothing} ?hidden=${held}><div part="item-heading" role="heading" aria-level=${level}><button part="toggle" type="button" id=${`t-${index}`} data-index=${index} aria-expanded=${open ? 'true' : 'false'} aria-controls=${`d-${index}`}><span part="name">${item.name}</span>${severity}${marker}${words ? html` <span part="frequency">${words}</span>` : nothing}</button></div>${item.crisis === true ? this.renderCrisis(dataset, true) : nothing}${this.showFrequency ? this.renderFigures(item, figures, dataset, allowed, false) : nothing}<div part="details" id=${`d-${index}`} ?hidden=${!open}>${open || this.printing || this.serverRendered ? this.renderDetails(effect, dataset, allowed) : nothing}</div></li>`;
  }

  /** One listener for every effect's button (delegated: a listener per row is measurable at 10,000 rows). */
  private onClick = (event: Event) => {
    const button = (event.target as Element | null)?.closest?.('[part="toggle"]');
    const item = button && this.activeDataset?.sideEffects[Number((button as HTMLElement).dataset.index)];
    if (item) this.setOpen(item, !this.openEffects.has(item));
  };

  /**
   * A list of effects. With `key`, effects past the `collapse-after` limit are held back behind a "Show N
   * more" button (a single extra is just shown). Held-back effects are not rendered, except for printing
   * and in server-rendered HTML, where they are hidden until shown (CSS shows them on paper and without scripts).
   */
  private renderList(effects: readonly ShownEffect[], dataset: Dataset, level: number, allowed: ReadonlySet<UseContext> | undefined, marked: boolean, key?: string): TemplateResult {
    const limit = key === undefined ? Infinity : this.limit;
    const extra = effects.length > limit + 1 ? effects.length - limit : 0;
    const expanded = key !== undefined && this.expandedLists.has(key);
    const listId = key === undefined ? undefined : `l-${key}`;
    return html`<ul part="list" role="list" id=${listId ?? nothing}>
        ${(extra && !expanded && !this.printing && !this.serverRendered ? effects.slice(0, limit) : effects).map((effect, i) =>
          this.renderItem(effect, dataset, level, allowed, marked, extra > 0 && !expanded && i >= limit),
        )}
      </ul>
      ${extra
        ? html`<button
            class="link-button"
            part="show-more"
            type="button"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${listId!}
            @click=${() => this.toggleList(key!, expanded ? undefined : effects[limit].index)}
          >
            ${expanded ? this.t('sideEffects.showFewer') : this.t('sideEffects.showMore', { count: extra })}
          </button>`
        : nothing}`;
  }

  /** A care card, as on a medicine page: what to do, then the effects it applies to. */
  private renderCareCard(care: SideEffectCare, effects: readonly ShownEffect[], dataset: Dataset, level: number, allowed: ReadonlySet<UseContext> | undefined): TemplateResult {
    return html`<div part=${`care-card ${care}`} data-care=${care}>
      <div part="care-heading" role="heading" aria-level=${Math.min(6, level + 1)}>
        ${care === 'emergency' ? html`<span part="emergency-icon">${warningIcon}</span>` : nothing}${this.t(`sideEffects.care.${care}.title`)}
      </div>
      <div class="care-body">
        <p part="care-advice">${this.careAdvice(care, dataset)}</p>
        ${this.renderList(effects, dataset, Math.min(6, level + 2), allowed, false)}
      </div>
    </div>`;
  }

  private renderGroup({ key, effects }: Group, dataset: Dataset, level: number, allowed: ReadonlySet<UseContext> | undefined): TemplateResult {
    const byCare = this.grouping === 'severity';
    // Read by frequencyWords() while this group's rows are built (synchronously, below).
    const population = (this.groupContext = this.groupPopulation(effects, dataset, allowed));
    const legend = this.showFrequency ? this.renderLegend(effects.flatMap((e) => e.figures), allowed) : nothing;
    const emergency = byCare ? effects.filter((e) => e.care === 'emergency') : [];
    const urgent = byCare ? effects.filter((e) => e.care === 'urgent') : [];
    const rest = byCare ? effects.filter((e) => !e.care) : effects;
    return html`<div part="group" data-group=${key}>
      <div part="heading" role="heading" aria-level=${level}>${this.groupHeading(key)}</div>
      ${population ? html`<p part="group-note">${this.t('sideEffects.frequency.groupNote', { who: this.t(`sideEffects.frequency.who.${population}`) })}</p>` : nothing}
      ${legend}
      ${emergency.length ? this.renderCareCard('emergency', emergency, dataset, level, allowed) : nothing}
      ${urgent.length ? this.renderCareCard('urgent', urgent, dataset, level, allowed) : nothing}
      ${rest.length ? this.renderList(rest, dataset, Math.min(6, level + 1), allowed, !byCare, rest.some((e) => e.care) ? undefined : key) : nothing}
    </div>`;
  }

  /** Grouped by body system, effects that need care are marked in place; this says once what the marks mean. */
  private renderMarkerKey(shown: readonly ShownEffect[], dataset: Dataset): TemplateResult | typeof nothing {
    const levels = (['emergency', 'urgent'] as const).filter((care) => shown.some((e) => e.care === care));
    if (!levels.length) return nothing;
    return html`<div part="emergency">
      <span part="emergency-icon">${warningIcon}</span>
      <div>
        ${levels.map((care) => html`<p><strong>${this.t(`sideEffects.care.${care}.marker`)}:</strong> ${this.careAdvice(care, dataset)}</p>`)}
      </div>
    </div>`;
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    const allowed = this.allowedContexts();
    const groups = this.groups(dataset, allowed);
    const level = clampHeadingLevel(this.headingLevel);
    // Every shown effect's sources and its figures' (all reachable, opened or not), numbered in the order shown.
    for (const group of groups) {
      for (const { item, figures } of group.effects) {
        this.cite(item.sources);
        for (const figure of figures) this.cite(figure.sources);
      }
    }

    this.groupContext = undefined;
    return html`<section part="base" lang=${dataset.meta.locale} aria-label=${t('sideEffects.label')} @click=${this.onClick}>
      ${this.grouping === 'system' ? this.renderMarkerKey(groups.flatMap((g) => g.effects), dataset) : nothing}
      ${groups.length ? groups.map((group) => this.renderGroup(group, dataset, level, allowed)) : html`<p part="empty">${t('sideEffects.none')}</p>`}
      ${this.renderFooter(dataset)}
    </section>`;
  }
}
