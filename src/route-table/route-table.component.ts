import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import type { Dataset, RangeFact, Route, Sourced, TextFact } from '../data/types.js';
import { parseList } from '../shared/attributes.js';
import { sourcesOf } from '../shared/provenance.js';
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

type FactColumn = Exclude<RouteColumn, 'products'>;

const midpoint = (range?: RangeFact) => (range ? (range.low + range.high) / 2 : undefined);

/**
 * Browsers may break a line after the hyphen of "17-23%" or "5-10 minutes": in a narrow cell the figure
 * would split in two. Words holding a number range go in a `nowrap` span (as text: data is never HTML).
 */
function keepRangesTogether(text: string): string | TemplateResult {
  const pieces = text.split(/(\S*\d[-\u2013]\d\S*)/);
  if (pieces.length === 1) return text;
  return html`${pieces.map((piece, i) => (i % 2 ? html`<span class="nowrap">${piece}</span>` : piece))}`;
}

/**
 * A comparison table of the routes by which ketamine and esketamine are given: bioavailability
 * (a bar from 0 to the figure, lighter where sources give a range), onset, duration, setting,
 * supervision, FDA-approved products and cost where a source gives one. Cells hold short values that
 * compare across rows; each route's explanations, estimates and notes open from its name (a disclosure
 * button in the row header). Every value has numbered references to the sources listed in the footer.
 * The numbers in the cells are links out of the Tab order: the keyboard passes the table in one stop per
 * route (and the sort buttons), and reaches each reference as a link in the route's details.
 * Printed, or server-rendered and read without JavaScript, every route's details show.
 *
 * In a container narrower than 58em (928px at 16px) each route becomes a card with every value labelled
 * by its column heading; with `sortable`, the sort buttons show above the cards as a labelled "Sort by"
 * bar. Up to 64em the table puts each bioavailability bar above its figure.
 *
 * The default columns leave out a column that none of the chosen routes has data for (e.g. cost);
 * `columns` shows it anyway.
 *
 * @tagname ketamine-route-table
 * @summary Comparison table of the routes of ketamine and esketamine.
 *
 * @slot caption - Replaces the table caption ("Ways of giving ketamine and esketamine, compared"; also the `routeTable.caption` label).
 *
 * @csspart table - The `<table>`.
 * @csspart caption - The table caption.
 * @csspart header - A column header cell.
 * @csspart sort-label - The "Sort by" label of the sort buttons, shown in the card layout.
 * @csspart sort-button - The button in a sortable column header (`sortable`); above the cards in the card layout.
 * @csspart route - A route's row group (its row and its details row); the card in the card layout. Also `route highlighted`.
 * @csspart row - A route's row; also `row highlighted` for the `highlight` route.
 * @csspart route-name - The row header with the route's name.
 * @csspart details-toggle - The button in the row header that shows or hides the route's details.
 * @csspart highlight-label - The visible "Highlighted" label of the highlighted row.
 * @csspart cell - A value cell.
 * @csspart value - The short value inside a cell.
 * @csspart range - The bioavailability bar (decorative: the text beside it carries the figure).
 * @csspart legend - The line under the table that says what the lighter part of a bar means.
 * @csspart details-row - The row under a route's row that holds its details (hidden until opened).
 * @csspart details - The details panel: notes, and each value's explanation.
 * @csspart notes - The route's notes in its details panel.
 * @csspart refs - A value's numbered references, "[1,3]" in a cell, "[1, 3]" in the details (each number `part="ref"`, a link to the footer's list; out of the Tab order in a cell).
 * @csspart confidence - In the details, the note on a figure backed only by secondary sources or marketing pages.
 * @csspart footer - The footer (`footer` attribute): "Last reviewed", the numbered sources, the disclaimer.
 * @csspart error - The error message.
 *
 * @cssprop --ketamine-route-table-header-background - Background of the column headers in the table layout (default: --ketamine-color-surface).
 * @cssprop --ketamine-route-table-header-color - Text colour of the column headers; set it with the background above (default: the text colour).
 * @cssprop --ketamine-route-table-card-title-background - Background of a route's title in the card layout (default: --ketamine-route-table-header-background).
 * @cssprop --ketamine-route-table-card-title-color - Text colour of a route's title in the card layout (default: --ketamine-route-table-header-color).
 * @cssprop --ketamine-route-table-highlight-color - Colour marking the highlighted row (default: --ketamine-color-accent).
 * @cssprop --ketamine-route-table-bar-color - Colour of the bioavailability bars; the range part is a lighter mix of it (default: --ketamine-color-accent).
 * @cssprop --ketamine-route-table-font-size - Text size of the table (default: 0.9375em).
 *
 * @fires ketamine-error - A route id, column or `highlight` is unknown, or the dataset could not be loaded.
 */
export class KetamineRouteTable extends KetamineElement {
  /** Reactive properties and their attributes (instead of decorators: no decorator code to ship). */
  static override properties = {
    routes: {},
    columns: {},
    highlight: { reflect: true },
    sortable: { type: Boolean, reflect: true },
    expanded: {},
    sortKey: { state: true, attribute: false },
    sortDirection: { state: true, attribute: false },
    openRoutes: { state: true, attribute: false },
  };

  static override styles = [KetamineElement.styles, routeTableStyles];
  static override bundledData = bundledSlice({ routes, sources });

  /** Comma-separated route ids, shown in this order, e.g. `iv,intranasal-esketamine,oral`. Default: every route. */
  routes?: string;

  /**
   * Comma-separated columns, in this order: `bioavailability,onset,duration,setting,supervision,products,cost`.
   * Default: all of them that the chosen routes have data for.
   */
  columns?: string;

  /** Id of a route whose row is marked, visibly and for screen readers. */
  highlight?: string;

  /** Buttons sort the rows by route name or bioavailability: in the column headers, or above the cards. */
  sortable = false;

  /**
   * Comma-separated route ids whose details (explanations, estimates, notes) start open, or `all`. The reader
   * opens and closes them with the route's name; setting the attribute again resets them.
   */
  expanded?: string;

  private sortKey?: SortKey;
  private sortDirection: SortDirection = 'ascending';
  /** Routes whose details are shown. */
  private openRoutes: ReadonlySet<string> = new Set();

  private rows: Route[] = [];
  private shownColumns: RouteColumn[] = [];

  protected override findProblem(dataset: Dataset): string | undefined {
    const ids = new Set(dataset.routes.map((r) => r.id));
    const expanded = this.expanded?.trim() === 'all' ? [] : parseList(this.expanded);
    const unknownRoutes = [...parseList(this.routes), ...(this.highlight ? [this.highlight] : []), ...expanded].filter((id) => !ids.has(id));
    if (unknownRoutes.length) return this.t('error.unknownRoute', { ids: unknownRoutes.join(', '), known: [...ids].join(', ') });
    const unknownColumns = parseList(this.columns).filter((c) => !ROUTE_COLUMNS.includes(c as RouteColumn));
    if (unknownColumns.length) return this.t('error.unknownColumn', { columns: unknownColumns.join(', '), known: ROUTE_COLUMNS.join(', ') });
    return undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.activeDataset;
    if (!dataset || this.error) return;
    // Also when a dataset arrives (`src`): `all` means its routes.
    if (changed.has('expanded') || changed.has('activeDataset' as keyof KetamineRouteTable)) {
      this.openRoutes = new Set(this.expanded?.trim() === 'all' ? dataset.routes.map((r) => r.id) : parseList(this.expanded));
    }
    const ids = parseList(this.routes);
    const chosen = ids.length ? ids.map((id) => dataset.routes.find((r) => r.id === id)!) : dataset.routes;
    this.rows = this.sorted(chosen);
    const columns = parseList(this.columns) as RouteColumn[];
    // A default column nobody has data for would be a column of "none quoted": leave it out.
    this.shownColumns = columns.length
      ? columns
      : ROUTE_COLUMNS.filter((column) => column === 'products' || chosen.some((route) => route[column] !== undefined));
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

  private toggleDetails(id: string) {
    const open = new Set(this.openRoutes);
    if (!open.delete(id)) open.add(id);
    this.openRoutes = open;
  }

  // ---- references ---------------------------------------------------------------------------

  /**
   * Numbered references to the footer's source list ("[1, 3]", ascending, never starting a line of their
   * own). Numbers follow first citation in reading order: row by row, each row's details after its cells.
   */
  private refs(dataset: Dataset, ids: readonly string[]) {
    return this.renderItemSources(dataset, ids, 'numbers');
  }

  /**
   * A cell's references: the same numbers and links, out of the Tab order. Seven routes by six columns
   * made some fifty Tab stops a keyboard reader had to pass to get beyond the table; every one of these
   * links is also in the route's details (opened from its name, see `detailColumns`), where the keyboard
   * reaches it, and in the footer's list. A mouse still follows a number in one click, and a screen
   * reader still reads it and finds it among the page's links (a link with tabindex -1 stays a link).
   */
  private cellRefs(dataset: Dataset, ids: readonly string[]): TemplateResult | typeof nothing {
    if ((globalThis as any).__probeShared) return this.refs(dataset, ids);
    const known = sourcesOf(dataset, ids);
    if (!known.length) return nothing;
    const numbers = this.citations.cite(known.map((s) => s.id));
    const refs = known.map((source, i) => ({ source, n: numbers[i] })).sort((a, b) => a.n - b.n);
    // As the shared numbers: a word joiner keeps them on the line of the word before; `.refs` is nowrap.
    return html`\u2060<span part="refs" class="refs">[${refs.map(
      ({ source, n }, i) => html`${i ? ',' : ''}<a
          part="ref"
          href=${`#ref-${source.id}`}
          tabindex="-1"
          aria-label=${this.t('sourceRef', { n, title: source.title })}
          @click=${(event: MouseEvent) => {
            event.preventDefault();
            void this.showSource(source.id);
          }}
          >${n}</a
        >`,
    )}]</span>`;
  }

  // ---- cells ---------------------------------------------------------------------------------

  /**
   * A bar from 0 to the lowest figure, then a lighter part up to the highest where sources give a range.
   * SVG attributes, not inline styles: works under a strict Content-Security-Policy and when server-rendered.
   */
  private renderBar(range: RangeFact): TemplateResult {
    const low = Math.min(range.low, range.high);
    const high = Math.max(range.low, range.high);
    return html`<svg part="range" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${svg`<rect class="track" x="0" y="0" width="100" height="6"/><rect class="fill" x="0" y="0" width=${low} height="6"/>${
        high > low ? svg`<rect class="extension" x=${low} y="0" width=${high - low} height="6"/>` : nothing
      }`}
    </svg>`;
  }

  /** The text a cell shows for a fact: its short value, else (a dataset without `short`) the whole text. */
  private shortText(fact: TextFact | RangeFact) {
    return keepRangesTogether(fact.short ?? fact.text);
  }

  private renderCell(route: Route, column: RouteColumn, dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    let content: TemplateResult;
    if (column === 'products') {
      content = route.approvedProducts.length
        ? html`<span part="value">${route.approvedProducts.join(', ')}${this.cellRefs(dataset, route.sources)}</span>`
        : html`<span part="value" class="muted">${t('routeTable.noProducts')}</span>`;
    } else if (column === 'bioavailability' && route.bioavailability) {
      const range = route.bioavailability;
      content = html`<span class="figure">${this.renderBar(range)}<span part="value">${this.shortText(range)}${this.cellRefs(dataset, range.sources)}</span></span>`;
    } else {
      const fact = route[column];
      content = fact
        ? html`<span part="value">${this.shortText(fact)}${this.cellRefs(dataset, fact.sources)}</span>`
        : html`<span part="value" class="muted">${t(column === 'cost' ? 'routeTable.noCost' : 'routeTable.notEstablished')}</span>`;
    }
    return html`<td part="cell" role="cell" data-column=${column}><span class="cell-label" aria-hidden="true">${t(`routeTable.column.${column}`)}</span>${content}</td>`;
  }

  // ---- details -------------------------------------------------------------------------------

  /** "(Backed only by a marketing page ...)" etc. where a figure rests on less than a label, guideline or study. */
  private renderProvenance(fact: Sourced, dataset: Dataset): TemplateResult | typeof nothing {
    const note = provenanceNote(fact, dataset);
    return note ? html` <span class="muted" part="confidence">(${this.t(note)})</span>` : nothing;
  }

  /**
   * The columns a route's details explain: those with more to say than the cell shows (a `short` value and
   * its explanation, or estimates), and any other with sources, so that the details hold a keyboard-reachable
   * link for every reference in the row's cells (which are out of the Tab order, see `cellRefs`).
   */
  private detailColumns(route: Route, dataset: Dataset): FactColumn[] {
    return this.shownColumns.filter((column): column is FactColumn => {
      if (column === 'products') return false;
      const fact = route[column];
      if (fact === undefined) return false;
      return fact.short !== undefined || (column === 'bioavailability' && !!route.bioavailability?.estimates?.length) || sourcesOf(dataset, fact.sources).length > 0;
    });
  }

  /** The products cell cites the route's sources; the notes cite them too, so the products need a line of their own only without notes. */
  private productsInDetails(route: Route, dataset: Dataset): boolean {
    return !route.notes && this.shownColumns.includes('products') && route.approvedProducts.length > 0 && sourcesOf(dataset, route.sources).length > 0;
  }

  private hasDetails(route: Route, dataset: Dataset): boolean {
    return !!route.notes || this.detailColumns(route, dataset).length > 0 || this.productsInDetails(route, dataset);
  }

  private renderDetails(route: Route, dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    const explain = (column: FactColumn) => {
      const fact = route[column]!;
      const estimates = column === 'bioavailability' ? route.bioavailability?.estimates : undefined;
      return html`<div class="explanation">
        <dt>${t(`routeTable.column.${column}`)}</dt>
        <dd>
          ${fact.text}${this.refs(dataset, fact.sources)}${this.renderProvenance(fact, dataset)}
          ${estimates?.length
            ? html`<ul class="estimates">
                ${estimates.map(
                  (e) =>
                    html`<li>
                      ${e.label}: ${e.low === e.high ? `${e.low}%` : `${e.low}-${e.high}%`}${this.refs(dataset, e.sources)}${this.renderProvenance(e, dataset)}
                    </li>`,
                )}
              </ul>`
            : nothing}
        </dd>
      </div>`;
    };
    const columns = this.detailColumns(route, dataset);
    const products = this.productsInDetails(route, dataset)
      ? html`<div class="explanation">
          <dt>${t('routeTable.column.products')}</dt>
          <dd>${route.approvedProducts.join(', ')}${this.refs(dataset, route.sources)}</dd>
        </div>`
      : nothing;
    return html`<div class="details-panel">
      ${route.notes ? html`<p part="notes">${route.notes}${this.refs(dataset, route.sources)}</p>` : nothing}
      ${columns.length || products !== nothing ? html`<dl>${columns.map(explain)}${products}</dl>` : nothing}
    </div>`;
  }

  // ---- headers and rows ----------------------------------------------------------------------

  private renderHeader(key: SortKey | RouteColumn, label: string): TemplateResult {
    const sortable = this.sortable && (key === 'name' || key === 'bioavailability');
    const sorted = this.sortKey === key;
    return html`<th part="header" role="columnheader" scope="col" class=${sortable ? 'sortable' : ''} aria-sort=${sorted ? this.sortDirection : nothing}>
      ${sortable
        ? html`${key === 'name' ? html`<span part="sort-label" class="sort-label" aria-hidden="true">${this.t('routeTable.sortBy')}</span>` : nothing}<button
              part="sort-button"
              type="button"
              @click=${() => this.sortBy(key as SortKey)}
            >
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

  private renderRoute(route: Route, dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    const highlighted = route.id === this.highlight;
    const details = this.hasDetails(route, dataset);
    const open = details && this.openRoutes.has(route.id);
    const detailsId = `details-${route.id}`;
    const name = details
      ? html`<button part="details-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => this.toggleDetails(route.id)}>
          <svg class="chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">${svg`<path d="M4 2l4 4-4 4" fill="none" stroke="currentColor" stroke-width="2"/>`}</svg
          ><span class="route-name-text">${route.name}</span>
        </button>`
      : html`<span class="route-name-text">${route.name}</span>`;
    return html`<tbody part=${highlighted ? 'route highlighted' : 'route'} role="rowgroup" class=${highlighted ? 'highlighted' : ''}>
      <tr part=${highlighted ? 'row highlighted' : 'row'} role="row" data-route=${route.id}>
        <th part="route-name" role="rowheader" scope="row">
          ${name}${highlighted ? html`<span part="highlight-label">${t('routeTable.highlighted')}</span>` : nothing}
        </th>
        ${this.shownColumns.map((column) => this.renderCell(route, column, dataset))}
      </tr>
      ${details
        ? html`<tr part="details-row" role="row" class="details-row" id=${detailsId} ?hidden=${!open}>
            <td part="details" role="cell" colspan=${this.shownColumns.length + 1}>${this.renderDetails(route, dataset)}</td>
          </tr>`
        : nothing}
    </tbody>`;
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    const sortNote = this.sortKey
      ? t(`routeTable.sortedBy.${this.sortDirection}`, { column: t(this.sortKey === 'name' ? 'routeTable.column.name' : 'routeTable.column.bioavailability') })
      : '';
    const ranges = this.shownColumns.includes('bioavailability') && this.rows.some((r) => r.bioavailability && r.bioavailability.high > r.bioavailability.low);

    // Explicit roles keep table semantics when the narrow layout changes `display` (browsers drop them otherwise).
    return html`<div class="root" lang=${dataset.meta.locale}>
      <div class=${this.sortable ? 'scroll sortable' : 'scroll'}>
        <table part="table" role="table">
          <caption part="caption">
            <slot name="caption">${t('routeTable.caption')}</slot>${sortNote ? html`<span class="visually-hidden">, ${sortNote}</span>` : nothing}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              ${this.renderHeader('name', t('routeTable.column.name'))}
              ${this.shownColumns.map((column) => this.renderHeader(column, t(`routeTable.column.${column}`)))}
            </tr>
          </thead>
          ${this.rows.map((route) => this.renderRoute(route, dataset))}
        </table>
      </div>
      ${ranges ? html`<p part="legend" class="legend"><span class="legend-swatch" aria-hidden="true"></span>${t('routeTable.legend')}</p>` : nothing}
      ${this.renderFooter(dataset, { numbered: true })}
    </div>`;
  }
}
