import { css } from 'lit';

export const routeTableStyles = css`
  :host {
    display: block;
    --_header-background: var(--ketamine-route-table-header-background, var(--_surface));
    --_highlight: var(--ketamine-route-table-highlight-color, var(--_accent));
    --_bar: var(--ketamine-route-table-bar-color, var(--_accent));
  }

  /*
   * The card layout below follows the space the host gives us, not the viewport. The container is
   * inside the shadow root, where a page's reset of the host element cannot undo it.
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
    text-align: match-parent;
  }
  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: match-parent;
    vertical-align: top;
  }
  thead th {
    background: var(--_header-background);
    border-bottom-width: 2px;
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
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

  [part~='highlighted'] > * {
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
    margin-inline-start: 0.4em;
    padding: 0 0.4em;
    border: 1px solid var(--_highlight);
    border-radius: 999px;
    font-size: 0.8em;
    font-weight: 600;
  }

  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 8rem;
  }
  [part='range'] {
    display: block;
    width: 100%;
    max-width: 10rem;
    height: 0.6rem;
  }
  [part='range'] .track {
    fill: color-mix(in srgb, currentColor 12%, transparent);
  }
  [part='range'] .fill {
    fill: var(--_bar);
  }
  .estimates {
    margin: 0;
    padding-inline-start: 1rem;
    font-size: 0.875em;
  }
  .muted {
    color: var(--_muted);
  }

  [part='footnote'] {
    font-size: 0.75em;
    vertical-align: super;
    line-height: 0;
    margin-inline-start: 0.1em;
    text-decoration: none;
  }
  [part='footnote']:hover {
    text-decoration: underline;
  }

  .cell-label {
    display: none;
  }

  /*
   * Narrow containers: each row becomes a card and every value is labelled by its column heading.
   * The table keeps explicit ARIA roles (see the template), so screen readers still read a table,
   * and the visible labels are aria-hidden to avoid reading each heading twice.
   */
  @container (max-width: 40rem) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      margin-bottom: 0.75rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    tbody th {
      background: var(--_header-background);
    }
    td {
      border-bottom: 0;
      border-top: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    }
    .cell-label {
      display: block;
      font-weight: 600;
      font-size: 0.875em;
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
    [part='range'] .track {
      fill: Canvas;
      stroke: CanvasText;
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
`;
