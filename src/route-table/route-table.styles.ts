import { css } from 'lit';

export const routeTableStyles = css`
  :host {
    display: block;
    /* Each surface gets its own background and text colour, so a brand colour set for one cannot leave the other unreadable. */
    --_header-background: var(--ketamine-route-table-header-background, var(--_surface));
    /* No fallback: unset, these are invalid and color inherits (a keyword fallback would let a page's --_* through). */
    --_header-color: var(--ketamine-route-table-header-color);
    --_card-title-background: var(--ketamine-route-table-card-title-background, var(--_header-background));
    --_card-title-color: var(--ketamine-route-table-card-title-color, var(--ketamine-route-table-header-color));
    --_highlight: var(--ketamine-route-table-highlight-color, var(--_accent));
    --_bar: var(--ketamine-route-table-bar-color, var(--_accent));
  }

  /*
   * The card layout below follows the space the host gives us, not the viewport. The container is
   * inside the shadow root, where a page's reset of the host element cannot undo it.
   *
   * Breakpoints come from the content, in em of the widget's text (a page with larger text gets the cards
   * sooner). With the default routes and columns, at 16px, the table's narrowest layout (bars above their
   * figures, every cell wrapped to its longest unbreakable piece, e.g. "established[1,2]") is 892px wide in
   * DejaVu Sans (55.75em; Verdana is as wide), 792px with Arial's metrics, 753px in DejaVu Serif; with bars
   * beside their figures, 948px (59.25em). So: cards up to 58em (928px), then the table with each bar above
   * its figure, then from 64em (1024px) beside it. Nothing in between scrolls sideways (the test
   * "every container width" checks 320-1280px); a dataset with longer words may still need the scroller.
   */
  .root {
    container-type: inline-size;
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--ketamine-route-table-font-size, 0.9375em);
  }
  caption {
    margin-bottom: 0.5rem;
    font-weight: 600;
    font-size: 1.0625em;
  }
  /* Left, or right in a right-to-left page: the shared rule in theme.styles.ts (a th would centre). */
  th,
  td {
    padding: 0.5rem 0.375rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  thead th {
    background: var(--_header-background);
    color: var(--_header-color);
    border-bottom-width: 2px;
    vertical-align: bottom;
  }
  tbody th {
    font-weight: 600;
    width: 11rem;
  }
  /* Room for the bar and the value beside it, where the table has room for both (see the breakpoints above). */
  @container (width > 64em) {
    td[data-column='bioavailability'] {
      width: 10rem;
    }
  }

  [part='sort-button'] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.15rem 0.25rem;
    margin: -0.15rem -0.25rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [part='sort-button']:hover {
    text-decoration: underline;
  }
  .sort-icon {
    width: 0.8em;
    height: 0.8em;
  }
  .sort-label {
    display: none;
  }

  /* The route name opens the route's details (APG disclosure). */
  [part='details-toggle'] {
    display: flex;
    align-items: flex-start;
    gap: 0.35em;
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [part='details-toggle']:hover .route-name-text {
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    margin-top: 0.35em;
    transition: transform var(--_transition);
  }
  .chevron:dir(rtl) {
    transform: scaleX(-1);
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(90deg);
  }

  .highlighted > tr > * {
    background: color-mix(in srgb, var(--_highlight) 12%, transparent);
  }
  [part~='highlighted'] > th {
    box-shadow: inset 0.3rem 0 0 var(--_highlight);
  }
  [part~='highlighted'] > th:dir(rtl) {
    box-shadow: inset -0.3rem 0 0 var(--_highlight);
  }
  [part='highlight-label'] {
    display: inline-block;
    margin-top: 0.25em;
    margin-inline-start: 1.1em;
    padding: 0 0.4em;
    border: 1px solid var(--_highlight);
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
  }

  /* The bar, then its value beside it; the value wraps in its own box. */
  .figure {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
  }
  .figure > [part='value'] {
    flex: 1;
    min-width: 0;
  }
  [part='range'] {
    display: block;
    flex: none;
    width: 3rem;
    height: 0.6rem;
    border-radius: 0.3rem;
    /* Level with the value's first line (at the widgets' line height, 1.5). */
    align-self: flex-start;
    margin-top: calc((1.5em - 0.6rem) / 2);
  }
  [part='range']:dir(rtl) {
    transform: scaleX(-1);
  }
  /*
   * Short of the room for both (see the breakpoints above), the table puts each bar above its figure
   * (a card's cell has the room beside it).
   */
  @container (58em < width <= 64em) {
    .figure {
      flex-direction: column;
      gap: 0.25rem;
    }
    .figure > [part='range'] {
      margin-top: 0.35em;
    }
  }
  [part='range'] .track {
    fill: color-mix(in srgb, currentColor 12%, transparent);
  }
  [part='range'] .fill {
    fill: var(--_bar);
  }
  [part='range'] .extension {
    fill: color-mix(in srgb, var(--_bar) 40%, transparent);
  }
  .legend {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend-swatch {
    flex: none;
    width: 1.5rem;
    height: 0.6rem;
    border-radius: 0.3rem;
    background: linear-gradient(to right, var(--_bar) 50%, color-mix(in srgb, var(--_bar) 40%, transparent) 50%);
  }
  .legend-swatch:dir(rtl) {
    transform: scaleX(-1);
  }
  .muted {
    color: var(--_muted);
  }
  .nowrap {
    white-space: nowrap;
  }

  /*
   * Reference numbers: the shared style sets line-height 0 on the group (so it does not open up the line),
   * which gave each inline-block number a height of 0 and a flat focus ring. Give the numbers their own height.
   */
  [part='ref'] {
    line-height: 1.2;
  }
  /* In cells, numbers take their own width only (and no space after the comma): they set the narrowest a column can be. */
  .refs [part='ref'] {
    min-width: 0.8em;
  }

  /* A route's details: a row under it spanning the table. */
  .details-row > td {
    padding: 0.25rem 0.5rem 0.75rem;
  }
  .details-panel {
    max-width: 60rem;
    padding-inline-start: 1.1em;
  }
  [part='notes'] {
    margin: 0 0 0.5rem;
  }
  .details-panel dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.35rem 1rem;
    margin: 0;
  }
  .explanation {
    display: contents;
  }
  .details-panel dt {
    font-weight: 600;
  }
  .details-panel dd {
    margin: 0;
  }
  .estimates {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
    font-size: 0.9375em;
  }
  .details-row[hidden] {
    display: none;
  }

  .cell-label {
    display: none;
  }

  /*
   * Narrow containers: each route becomes a card and every value is labelled by its column heading.
   * The table keeps explicit ARIA roles (see the template), so screen readers still read a table,
   * and the visible labels are aria-hidden to avoid reading each heading twice.
   */
  @container (max-width: 58em) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    /* Column headers stay for assistive technology, out of sight... */
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* ...except the sort buttons (sortable), which become a visible, labelled bar above the cards: nothing focusable is hidden. */
    .sortable thead {
      position: static;
      display: block;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
      margin-bottom: 0.75rem;
    }
    .sortable thead tr {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .sortable thead th {
      display: contents;
    }
    .sortable thead th:not(.sortable) {
      display: block;
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .sort-label {
      display: inline;
      font-weight: 600;
    }
    .sortable [part='sort-button'] {
      margin: 0;
      padding: 0.3rem 0.6rem;
      border: 1px solid var(--_border);
      background: var(--_header-background);
      color: var(--_header-color);
    }
    tbody {
      margin-bottom: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .details-row[hidden] {
      display: none;
    }
    /*
     * A card: the route's name across the top, then its values two (or, with room, three) to a line, each
     * under its label. Inline blocks rather than a grid keep the row a plain block (no whitespace separates
     * the cells in the template, so nothing adds gaps between them).
     */
    tbody th {
      width: auto;
      min-width: 0;
      border-radius: var(--_radius) var(--_radius) 0 0;
      background: var(--_card-title-background);
      color: var(--_card-title-color);
    }
    th,
    td {
      border-bottom: 0;
    }
    td {
      display: inline-block;
      width: 50%;
      vertical-align: top;
      padding: 0.35rem 0.5rem;
      border-top: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    }
    @container (min-width: 30em) {
      td {
        width: 33.333%;
      }
    }
    @container (max-width: 15em) {
      td {
        width: 100%;
      }
    }
    .cell-label {
      display: block;
      font-size: 0.8125em;
      font-weight: 600;
      color: var(--_muted);
    }
    .details-row > td {
      display: block;
      width: auto;
      padding: 0.5rem;
    }
    .details-panel {
      padding-inline-start: 0;
    }
    .details-panel dl {
      grid-template-columns: 1fr;
      gap: 0.1rem;
    }
    .details-panel dd {
      margin-bottom: 0.4rem;
    }
    /* The card carries the tint: cells of a line can differ in height. */
    .highlighted {
      border-color: var(--_highlight);
      border-width: 2px;
      background: color-mix(in srgb, var(--_highlight) 12%, transparent);
    }
    .highlighted > tr > td {
      background: none;
    }
    [part~='highlighted'] > th,
    [part~='highlighted'] > th:dir(rtl) {
      box-shadow: inset 0 0.3rem 0 var(--_highlight);
    }
  }

  @media (forced-colors: active) {
    [part='range'] .fill {
      fill: CanvasText;
    }
    /* Solid, then a see-through tint of the same colour, then the empty (outlined) track. */
    [part='range'] .extension {
      fill: CanvasText;
      fill-opacity: 0.4;
    }
    [part='range'] .track {
      fill: Canvas;
      stroke: CanvasText;
      vector-effect: non-scaling-stroke;
    }
    .legend-swatch {
      forced-color-adjust: none;
      background: linear-gradient(to right, CanvasText 50%, color-mix(in srgb, CanvasText 40%, Canvas) 50%);
      border: 1px solid CanvasText;
    }
    [part~='highlighted'] > th {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
  }

  @media print {
    [part='sort-button'] .sort-icon {
      display: none;
    }
  }
  /* Paper, and a server-rendered page without JavaScript, cannot open a disclosure: show every route's details. */
  @media print, (scripting: none) {
    .chevron {
      display: none;
    }
    .details-row[hidden] {
      display: table-row;
    }
    @container (max-width: 58em) {
      .details-row[hidden] {
        display: block;
      }
    }
  }
`;
