import { css, unsafeCSS } from 'lit';

/** Declarations shared by `theme="dark"` and `theme="auto"` in a dark colour scheme. */
const darkPalette = unsafeCSS(`
  color-scheme: dark;
  --_theme-text: #eef1f4;
  --_theme-background: #16191d;
  --_theme-surface: #22272e;
  --_theme-border: #8b96a3;
  --_theme-muted: #c2c9d1;
  --_theme-accent: #8ab4f8;
  --_theme-focus: #8ab4f8;
  --_status-approved: var(--ketamine-color-status-approved, #5cc77f);
  --_status-esketamine-only: var(--ketamine-color-status-esketamine-only, #4cc3d3);
  --_status-off-label: var(--ketamine-color-status-off-label, #f0a54a);
  --_status-investigational: var(--ketamine-color-status-investigational, #b59cf5);
  --_status-not-approved: var(--ketamine-color-status-not-approved, #a3abb6);
  --_danger: var(--ketamine-color-danger, #ff8a80);
`);

/**
 * The theming contract shared by every widget.
 *
 * With no `theme` attribute a widget inherits the host page's font and text colour and tints
 * its surfaces from `currentColor`, so it fits light and dark pages alike. `theme="light|dark"`
 * applies our own palette; `theme="auto"` picks one by `prefers-color-scheme`. Every
 * `--ketamine-*` token overrides the palette in any mode. Private `--_*` properties are internal.
 */
export const themeStyles = css`
  :host {
    box-sizing: border-box;
    /*
     * Palette values exist only with a theme attribute. Without one they must be invalid, not whatever
     * a page happens to define under the same names, so they are reset here.
     */
    --_theme-text: initial;
    --_theme-background: initial;
    --_theme-surface: initial;
    --_theme-border: initial;
    --_theme-muted: initial;
    --_theme-accent: initial;
    --_theme-focus: initial;
    /* Links take the browser's link colour for the page's scheme; page-colours.ts turns it off where it would not read. */
    --_page-link: LinkText;
    font-family: var(--ketamine-font-family);
    font-size: var(--ketamine-font-size);
    line-height: var(--ketamine-line-height, 1.5);
    /* Unset tokens make these invalid, which means "inherit" for color and "transparent" for background. */
    color: var(--ketamine-color-text, var(--_theme-text));
    background: var(--ketamine-color-background, var(--_theme-background));

    --_surface: var(--ketamine-color-surface, var(--_theme-surface, color-mix(in srgb, currentColor 6%, transparent)));
    --_border: var(--ketamine-color-border, var(--_theme-border, color-mix(in srgb, currentColor 45%, transparent)));
    --_muted: var(--ketamine-color-muted, var(--_theme-muted, color-mix(in srgb, currentColor 78%, transparent)));
    --_accent: var(--ketamine-color-accent, var(--_theme-accent, currentColor));
    --_focus: var(--ketamine-color-focus, var(--_theme-focus, currentColor));
    /* Links: the token; in inherit mode the page's link colour where it reads well (set by page-colours.ts); else the accent. */
    --_link: var(--ketamine-color-link, var(--_page-link, var(--_accent)));
    --_radius: var(--ketamine-radius, 0.375rem);
    --_space: var(--ketamine-space, 0.75rem);
    --_transition: var(--ketamine-transition-duration, 150ms);

    --_status-approved: var(--ketamine-color-status-approved, #1b7f3b);
    --_status-esketamine-only: var(--ketamine-color-status-esketamine-only, #0f7c8c);
    --_status-off-label: var(--ketamine-color-status-off-label, #b25e00);
    --_status-investigational: var(--ketamine-color-status-investigational, #6b46c1);
    --_status-not-approved: var(--ketamine-color-status-not-approved, #6b7280);
    --_danger: var(--ketamine-color-danger, #b3261e);
  }

  /*
   * Inherit mode on a page with a dark colour scheme (declared by the page, or a \`light dark\` page in a dark
   * user setting): status and danger colours that keep 4.5:1 on dark backgrounds. Pages that are dark without
   * declaring it are detected by page-colours.ts.
   */
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_status-approved: var(--ketamine-color-status-approved, light-dark(#1b7f3b, #5cc77f));
      --_status-esketamine-only: var(--ketamine-color-status-esketamine-only, light-dark(#0f7c8c, #4cc3d3));
      --_status-off-label: var(--ketamine-color-status-off-label, light-dark(#b25e00, #f0a54a));
      --_status-investigational: var(--ketamine-color-status-investigational, light-dark(#6b46c1, #b59cf5));
      --_status-not-approved: var(--ketamine-color-status-not-approved, light-dark(#6b7280, #a3abb6));
      --_danger: var(--ketamine-color-danger, light-dark(#b3261e, #ff8a80));
    }
  }

  :host([theme]) {
    --_page-link: initial;
  }
  :host([theme='light']),
  :host([theme='auto']) {
    color-scheme: light;
    --_theme-text: #1a1c1e;
    --_theme-background: #ffffff;
    --_theme-surface: #f2f4f7;
    --_theme-border: #7a8591;
    --_theme-muted: #4a5360;
    --_theme-accent: #0b5cad;
    --_theme-focus: #0b5cad;
  }

  :host([theme='dark']) {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Our own box model, whatever the page sets on the host element ("* { box-sizing: content-box }"). */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /*
   * In a right-to-left page the layout mirrors, but each paragraph of our (e.g. English) text takes its
   * direction from its own first letters, so punctuation stays at the end of the sentence...
   */
  p,
  li,
  th,
  td,
  caption,
  label,
  button,
  [role='heading'] {
    unicode-bidi: plaintext;
    /*
     * ...while lines still align with the page's direction. Not 'start' (under plaintext it follows the text)
     * and not 'match-parent' (Chromium computes it as start): left, and right in a right-to-left page (below).
     */
    text-align: left;
  }
  :where(p, li, th, td, caption, label, button, [role='heading']):dir(rtl) {
    text-align: right;
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* The footer (review date, sources, disclaimer) and source lists look alike in every widget. */
  [part~='footer'] {
    margin-top: 1rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part~='footer'] p {
    margin: 0.5rem 0 0;
  }
  .footer-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  /* A separator wraps with the item after it, never alone at the end of a line. */
  .footer-item {
    display: inline-flex;
    align-items: center;
    white-space: nowrap;
  }
  .footer-line .sep {
    margin-inline: 0.45em;
  }
  /* A button that reads as a link (footer toggles, "Show N more", evidence toggles): one look in every widget. */
  .link-button {
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  [part~='footer-toggle'] {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 24px; /* WCAG 2.5.8 target size */
    padding: 0;
  }
  [part~='footer-toggle']::after {
    content: '';
    width: 0.4em;
    height: 0.4em;
    margin-top: -0.2em;
    border-right: 0.12em solid currentColor;
    border-bottom: 0.12em solid currentColor;
    transform: rotate(45deg);
    transition: transform var(--_transition) ease;
  }
  [part~='footer-toggle'][aria-expanded='true']::after {
    margin-top: 0.2em;
    transform: rotate(225deg);
  }
  [part~='footer-panel'] {
    margin-top: 0.35rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface);
  }
  [part~='footer-panel'] > :first-child {
    margin-top: 0;
  }
  [part~='footer-panel'][hidden] {
    display: none;
  }
  .sources-heading {
    margin: 0.5em 0 0.25em;
    font-weight: 600;
    color: var(--ketamine-color-text, var(--_theme-text));
  }
  [part~='sources'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='sources'] li {
    margin-block: 0.2em;
    overflow-wrap: anywhere;
  }
  [part~='sources'] li:focus {
    outline: 2px solid var(--_focus);
  }
  .kind {
    font-style: italic;
  }

  /* An item's "Sources (n)" disclosure and its numbered references. */
  .item-sources {
    margin-top: 0.35rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .item-sources > summary {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .item-sources > summary::marker {
    color: currentColor;
  }
  .item-sources > summary::before {
    content: '';
    width: 0.4em;
    height: 0.4em;
    margin-inline-end: 0.4em;
    border-right: 0.12em solid currentColor;
    border-bottom: 0.12em solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--_transition) ease;
  }
  .item-sources > summary:dir(rtl)::before {
    transform: rotate(135deg);
  }
  .item-sources[open] > summary::before {
    transform: rotate(45deg);
  }
  .item-sources > summary {
    list-style: none;
  }
  .item-sources > summary::-webkit-details-marker {
    display: none;
  }
  .item-sources [part~='sources'] {
    margin-top: 0.25rem;
  }
  .refs {
    white-space: nowrap;
    font-size: 0.8em;
    vertical-align: super;
    line-height: 0;
  }
  .refs a {
    display: inline-block;
    min-width: 1.2em;
    text-align: center;
    /* Its own line height: under the container's 0 the link has no height and its focus ring is a flat line. */
    line-height: 1.2;
  }

  /* The crisis line: one callout in every widget, in the open. */
  .crisis {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.35rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--ketamine-color-text, var(--_theme-text));
  }
  .crisis svg {
    flex: none;
    width: 1.1em;
    height: 1.4em;
    color: var(--_danger);
  }

  .stale {
    display: flex;
    gap: 0.4em;
    align-items: flex-start;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--ketamine-color-text, var(--_theme-text));
  }
  .stale svg {
    flex: none;
    width: 1.1em;
    height: 1.3em;
    color: var(--_danger);
  }

  /* One neutral sentence; a block in block widgets, inline in inline ones (see the badge). */
  .error {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.5rem var(--_space);
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.35rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error svg {
    flex: none;
    width: 1.1em;
    height: 1.4em;
    color: var(--_danger);
  }

  /* Printed or without JavaScript, the footer shows everything and no buttons. */
  @media print, (scripting: none) {
    [part~='footer-panel'][hidden] {
      display: block;
    }
    .footer-line .sep,
    [part~='footer-toggle'] {
      display: none;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_focus: Highlight;
      --_border: CanvasText;
      --_danger: CanvasText;
    }
  }
`;
