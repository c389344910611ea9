import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dataset, RangeFact, Route, TextFact } from '../data/types.js';
import { parseList } from '../shared/attributes.js';
import { renderFooter } from '../shared/footer.js';
import { provenanceNote } from '../shared/sources.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { routeTableStyles } from './route-table.styles.js';
import { bundledSlice } from '../data/bundled.js';
import { routes, sources } from '../../data/ketamine.json';

/** The columns a table can show, in their default order. The route name is always the first column. */
export const ROUTE_COLUMNS = ['bioavailability', 'onset', 'duration', 'setting', 'supervision', 'products', 'cost'] as const;
export type RouteColumn = (typeof ROUTE_COLUMNS)[number];

/** Columns with a meaningful order: the route name (alphabetical) and bioavailability (by the range's midpoint). */
type SortKey = 'name' | 'bioavailability';
type SortDirection = 'ascending' | 'descending';

const textColumns = ['onset', 'duration', 'setting', 'supervision', 'cost'] as const;

const midpoint = (range?: RangeFact) => (range ? (range.low + range.high) / 2 : undefined);

/**
 * A comparison table of the routes by which ketamine and esketamine are given: bioavailability
 * (with a range bar on a 0-100% scale), onset, duration, setting, supervision, FDA-approved
 * products and quoted costs. Every figure has a footnote to its source.
 *
 * In a container narrower than 40rem each row becomes a card with every value labelled by its column heading.
 *
 * @tagname ketamine-route-table
 * @summary Comparison table of the routes of ketamine and esketamine.
 *
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption.
 * @csspart header - A column header cell.
 * @csspart sort-button - The button in a sortable column header (`sortable`).
 * @csspart row - A route's row; also `row highlighted` for the `highlight` route.
 * @csspart route-name - The row header with the route's name.
 * @csspart highlight-label - The visible "Highlighted" label of the highlighted row.
 * @csspart cell - A value cell.
 * @csspart range - The bioavailability range bar (decorative: the text carries the figure).
 * @csspart footnote - A footnote marker linking to its source.
 * @csspart confidence - The note on a figure backed only by secondary sources or marketing pages.
 * @csspart footer - Sources, "Last reviewed" and the disclaimer.
 * @csspart sources - The numbered list of sources.
 * @csspart reviewed - The "Last reviewed" line.
 * @csspart disclaimer - The disclaimer.
 * @csspart error - The error message box.
 *
 * @cssprop --ketamine-route-table-header-background - Background of header cells (default: --ketamine-color-surface).
 * @cssprop --ketamine-route-table-highlight-color - Colour marking the highlighted row (default: --ketamine-color-accent).
 * @cssprop --ketamine-route-table-bar-color - Colour of the bioavailability bars (default: --ketamine-color-accent).
 * @cssprop --ketamine-route-table-font-size - Text size of the table (default: 0.9375em).
 *
 * @fires ketamine-error - A route id, column or `highlight` is unknown, or the dataset could not be loaded.
 */
export class KetamineRouteTable extends KetamineElement {
  static override styles = [KetamineElement.styles, routeTableStyles];
  static override bundledData = bundledSlice({ routes, sources });

  /** Comma-separated route ids, shown in this order, e.g. `iv,intranasal-esketamine,oral`. Default: every route. */
  @property() routes?: string;

  /** Comma-separated columns, in this order: `bioavailability,onset,duration,setting,supervision,products,cost`. Default: all. */
  @property() columns?: string;

  /** Id of a route whose row is marked, visibly and for screen readers. */
  @property({ reflect: true }) highlight?: string;

  /** Header buttons sort the rows by route name or bioavailability. */
  @property({ type: Boolean, reflect: true }) sortable = false;

  @state() private sortKey?: SortKey;
  @state() private sortDirection: SortDirection = 'ascending';

  private rows: Route[] = [];
  private shownColumns: RouteColumn[] = [];

  protected override findProblem(dataset: Dataset): string | undefined {
    const ids = new Set(dataset.routes.map((r) => r.id));
    const unknownRoutes = [...parseList(this.routes), ...(this.highlight ? [this.highlight] : [])].filter((id) => !ids.has(id));
    if (unknownRoutes.length) return this.t('error.unknownRoute', { ids: unknownRoutes.join(', '), known: [...ids].join(', ') });
    const unknownColumns = parseList(this.columns).filter((c) => !ROUTE_COLUMNS.includes(c as RouteColumn));
    if (unknownColumns.length) return this.t('error.unknownColumn', { columns: unknownColumns.join(', '), known: ROUTE_COLUMNS.join(', ') });
    return undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.activeDataset;
    if (!dataset || this.error) return;
    const ids = parseList(this.routes);
    const chosen = ids.length ? ids.map((id) => dataset.routes.find((r) => r.id === id)!) : dataset.routes;
    this.rows = this.sorted(chosen);
    const columns = parseList(this.columns) as RouteColumn[];
    this.shownColumns = columns.length ? columns : [...ROUTE_COLUMNS];
  }

  private sorted(routes: Route[]): Route[] {
    if (!this.sortKey) return routes;
    const sign = this.sortDirection === 'ascending' ? 1 : -1;
    const collator = new Intl.Collator(this.locale);
    return [...routes].sort((a, b) => {
      if (this.sortKey === 'name') return sign * collator.compare(a.name, b.name);
      const [x, y] = [midpoint(a.bioavailability), midpoint(b.bioavailability)];
      if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1; // unknown figures last
      return sign * (x - y);
    });
  }

  private sortBy(key: SortKey) {
    this.sortDirection = this.sortKey === key && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortKey = key;
  }

  // ---- footnotes -----------------------------------------------------------------------------

  /** Numbers sources by first citation in reading order (row by row), as footnotes are numbered in print. */
  private footnoteNumbers(): Map<string, number> {
    const numbers = new Map<string, number>();
    const cite = (ids: string[]) => ids.forEach((id) => numbers.has(id) || numbers.set(id, numbers.size + 1));
    for (const route of this.rows) {
      for (const column of this.shownColumns) {
        const fact = this.factFor(route, column);
        if (fact) cite(fact.sources);
        if (column === 'bioavailability') route.bioavailability?.estimates?.forEach((e) => cite(e.sources));
        if (column === 'products') cite(route.sources);
      }
    }
    return numbers;
  }

  private factFor(route: Route, column: RouteColumn): TextFact | RangeFact | undefined {
    return column === 'products' ? undefined : route[column];
  }

  /** In-widget footnote links: a `#fragment` cannot reach into a shadow root, so move focus ourselves. */
  private onFootnoteClick(event: MouseEvent, id: string) {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#ref-${CSS.escape(id)}`);
    target?.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    target?.focus({ preventScroll: true });
  }

  private renderFootnotes(ids: string[], numbers: Map<string, number>): TemplateResult {
    return html`${ids.map((id) => {
      const n = numbers.get(id)!;
      return html`<a part="footnote" href=${`#ref-${id}`} aria-label=${this.t('routeTable.footnote', { n })} @click=${(e: MouseEvent) => this.onFootnoteClick(e, id)}
        >[${n}]</a
      >`;
    })}`;
  }

  // ---- cells ---------------------------------------------------------------------------------

  private renderRange(range: RangeFact): TemplateResult {
    // SVG attributes, not inline styles: works under a strict Content-Security-Policy and when server-rendered.
    const width = Math.max(range.high - range.low, 1.5);
    const x = Math.min(range.low, 100 - width);
    return html`<svg part="range" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${svg`<rect class="track" x="0" y="0" width="100" height="6" rx="3"/><rect class="fill" x=${x} y="0" width=${width} height="6" rx="3"/>`}
    </svg>`;
  }

  /** "(Backed only by a marketing page ...)" etc. where a figure rests on less than a label, guideline or study. */
  private renderProvenance(fact: TextFact | RangeFact, dataset: Dataset): TemplateResult | typeof nothing {
    const note = provenanceNote(fact, dataset);
    return note ? html`<span class="muted" part="confidence">(${this.t(note)})</span>` : nothing;
  }

  private renderCell(route: Route, column: RouteColumn, numbers: Map<string, number>, dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    let content: TemplateResult | string;
    if (column === 'products') {
      content = route.approvedProducts.length
        ? html`${route.approvedProducts.join(', ')}${this.renderFootnotes(route.sources, numbers)}`
        : html`<span class="muted">${t('routeTable.noProducts')}</span>`;
    } else if (column === 'bioavailability' && route.bioavailability) {
      const range = route.bioavailability;
      content = html`<div class="figure">
        <span>${range.text}${this.renderFootnotes(range.sources, numbers)}</span>
        ${this.renderRange(range)}
        ${range.estimates?.length
          ? html`<ul class="estimates">
              ${range.estimates.map(
                (e) =>
                  html`<li>${e.label}: ${e.low === e.high ? `${e.low}%` : `${e.low}-${e.high}%`}${this.renderFootnotes(e.sources, numbers)}</li>`,
              )}
            </ul>`
          : nothing}
        ${this.renderProvenance(range, dataset)}
      </div>`;
    } else {
      const fact = route[column as (typeof textColumns)[number] | 'bioavailability'];
      content = fact
        ? html`${fact.text}${this.renderFootnotes(fact.sources, numbers)} ${this.renderProvenance(fact, dataset)}`
        : html`<span class="muted">${t(column === 'cost' ? 'routeTable.noCost' : 'routeTable.notEstablished')}</span>`;
    }
    return html`<td part="cell" role="cell"><span class="cell-label" aria-hidden="true">${t(`routeTable.column.${column}`)}</span>${content}</td>`;
  }

  private renderHeader(key: SortKey | RouteColumn, label: string): TemplateResult {
    const sortable = this.sortable && (key === 'name' || key === 'bioavailability');
    const sorted = this.sortKey === key;
    return html`<th part="header" role="columnheader" scope="col" aria-sort=${sorted ? this.sortDirection : nothing}>
      ${sortable
        ? html`<button part="sort-button" type="button" @click=${() => this.sortBy(key as SortKey)}>
            ${label}
            <svg class="sort-icon" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
              ${sorted
                ? svg`<path d=${this.sortDirection === 'ascending' ? 'M5 1 9 7H1Z' : 'M5 11 1 5h8Z'} fill="currentColor"/>`
                : svg`<path d="M5 0 9 5H1ZM5 12 1 7h8Z" fill="currentColor" opacity="0.6"/>`}
            </svg>
          </button>`
        : label}
    </th>`;
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    const numbers = this.footnoteNumbers();
    const sortNote = this.sortKey
      ? t(`routeTable.sortedBy.${this.sortDirection}`, { column: t(this.sortKey === 'name' ? 'routeTable.column.name' : 'routeTable.column.bioavailability') })
      : '';

    // Explicit roles keep table semantics when the narrow layout changes `display` (browsers drop them otherwise).
    return html`<div class="root" lang=${dataset.meta.locale}>
      <div class="scroll">
        <table part="table" role="table">
          <caption part="caption">
            ${t('routeTable.caption')}${sortNote ? html`<span class="visually-hidden">, ${sortNote}</span>` : nothing}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              ${this.renderHeader('name', t('routeTable.column.name'))}
              ${this.shownColumns.map((column) => this.renderHeader(column, t(`routeTable.column.${column}`)))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${this.rows.map((route) => {
              const highlighted = route.id === this.highlight;
              return html`<tr part=${highlighted ? 'row highlighted' : 'row'} role="row" data-route=${route.id}>
                <th part="route-name" role="rowheader" scope="row">
                  ${route.name}${highlighted ? html`<span part="highlight-label">${t('routeTable.highlighted')}</span>` : nothing}
                </th>
                ${this.shownColumns.map((column) => this.renderCell(route, column, numbers, dataset))}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${renderFooter(dataset, [...numbers.keys()], this.locale, t, { numbered: true })}
    </div>`;
  }
}
