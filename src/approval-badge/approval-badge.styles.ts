import { css } from 'lit';
import { signalStyles } from '../shared/theme.styles.js';

/**
 * The status colours, for light backgrounds (4.5:1 on white) and dark ones (on #121212): approved #1b7f3b /
 * #5cc77f, esketamine only #0f7c8c / #4cc3d3, off-label #b25e00 / #f0a54a, investigational #6b46c1 / #b59cf5,
 * not approved #6b7280 / #a3abb6.
 */
const statusColours = signalStyles({
  'status-approved': [
    [0.525, 0.136, 149.065],
    [0.748, 0.144, 152.073],
  ],
  'status-esketamine-only': [
    [0.539, 0.09, 210.973],
    [0.757, 0.107, 207.592],
  ],
  'status-off-label': [
    [0.57, 0.138, 57.053],
    [0.779, 0.138, 68.321],
  ],
  'status-investigational': [
    [0.503, 0.183, 292.42],
    [0.749, 0.128, 296.095],
  ],
  'status-not-approved': [
    [0.551, 0.023, 264.364],
    [0.738, 0.018, 256.303],
  ],
});

/** The status pill (`renderStatus`) and its colours: shared by the badge and the uses overview. */
export const statusStyles = css`
  ${statusColours}
  .status {
    --_status: var(--_status-not-approved);
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-width: 0;
    padding: 0.15em 0.6em 0.15em 0.45em;
    border: 1px solid var(--ketamine-approval-badge-border-color, var(--_status));
    border-radius: var(--ketamine-approval-badge-radius, 999px);
    /* The status colour tints the background only; the text keeps the page's colour and contrast. */
    background: var(--ketamine-approval-badge-background, color-mix(in srgb, var(--_status) 14%, transparent));
    font-size: var(--ketamine-approval-badge-font-size, 0.875em);
    font-weight: 600;
    line-height: 1.3;
  }
  .approved {
    --_status: var(--_status-approved);
  }
  .esketamine-only {
    --_status: var(--_status-esketamine-only);
  }
  .off-label {
    --_status: var(--_status-off-label);
  }
  .investigational {
    --_status: var(--_status-investigational);
  }

  .status-icon {
    display: inline-flex;
    flex: none;
    color: var(--_status);
  }
  .status-icon svg {
    width: 1.1em;
    height: 1.1em;
  }

  @media (forced-colors: active) {
    .status {
      border-color: CanvasText;
    }
    .status-icon {
      color: CanvasText;
    }
  }
`;

export const approvalBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: baseline;
    max-width: 100%;
  }
  :host([variant='detail']) {
    display: block;
  }
  .root {
    display: inline-block;
    max-width: 100%;
  }
  :host([variant='detail']) .root {
    display: block;
  }

  /* The popup's positioning context: the badge itself (not the crisis line under it), inside the shadow root, where a page's reset of the host cannot undo it. */
  .badge-row {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    max-width: 100%;
  }

  [part='info-button'],
  [part='close-button'] {
    display: inline-grid;
    place-items: center;
    /* 24px minimum target (WCAG 2.5.8) */
    min-width: 24px;
    min-height: 24px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [part='info-button']:hover,
  [part='close-button']:hover {
    background: var(--_surface);
    border-color: var(--_border);
  }
  [part='info-button'] svg,
  [part='close-button'] svg {
    width: 1.1em;
    height: 1.1em;
  }
  [part='close-button'] {
    float: inline-end;
    margin: -0.25rem -0.25rem 0.25rem 0.5rem;
    border-color: var(--_border);
  }

  [part='explanation'] {
    font-size: 0.875em;
    font-weight: normal;
  }
  .toggletip {
    position: absolute;
    z-index: var(--ketamine-approval-badge-z-index, 10);
    inset-inline-start: 0;
    top: calc(100% + 0.35em);
    width: max-content;
    max-width: min(22rem, calc(100vw - 2rem));
    /* Never taller than a phone can show under the badge; longer content (an opened source list) scrolls. */
    max-height: min(25rem, 70vh);
    overflow-y: auto;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    /* A popup needs an opaque surface even when the widget inherits a transparent page background. */
    background: var(--ketamine-color-background, var(--_theme-background, Canvas));
    color: var(--ketamine-color-text, var(--_theme-text, CanvasText));
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.18);
    white-space: normal;
  }
  .toggletip[hidden] {
    display: none;
  }
  .detail {
    margin-top: 0.5em;
  }
  [part='explanation'] p {
    margin: 0 0 0.5em;
  }
  [part='explanation'] [part~='footer'] {
    margin-top: 0.5em;
    font-size: 1em;
  }
  /* The crisis line sits under the badge, in the open. */
  .root > [part='crisis'] {
    margin: 0.35em 0 0;
    font-size: 0.875em;
  }

  /* Inside a sentence the error stays a short inline note, not a block that splits the line. */
  .error {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding: 0 0.4em;
    border-width: 1px;
    font-size: 0.875em;
  }
  .error svg {
    align-self: center;
    height: 1em;
    width: 1em;
  }

  @media (forced-colors: active) {
    .toggletip {
      border-color: CanvasText;
    }
  }

  @media print {
    .toggletip {
      position: static;
      box-shadow: none;
      max-height: none;
    }
    [part='info-button'],
    [part='close-button'] {
      display: none;
    }
  }
`;
