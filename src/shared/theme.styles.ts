import { css, unsafeCSS, type CSSResult } from 'lit';

export type Oklch = [number, number, number];
/**
 * A colour that reads on the page's background, with no script: the text colour tells light pages from
 * dark ones (a page's text contrasts with its background), so `light` (for light backgrounds) and `dark`
 * (for dark ones) are blended by the lightness `l` of `currentColor`: all `light` up to 0.6, all `dark` from
 * 0.65. It follows the page live (a dark-mode switch, a dark sidebar) and works server-rendered, before
 * JavaScript. Relative colour syntax; older browsers keep the light colours of `:host`.
 */
export function adaptive(light: Oklch, dark: Oklch, { under = 'text' }: { under?: 'text' | 'background' } = {}): string {
  // `under: 'background'`: for a property of an element whose own colour is the page's background colour
  // (text on a filled band), so dark `currentColor` means a dark page.
  const blend = under === 'text' ? 'clamp(0,(l - 0.6)*20,1)' : 'clamp(0,(0.6 - l)*20,1)';
  const channel = (i: number) => `calc(${light[i]} + ${+(dark[i] - light[i]).toFixed(3)}*${blend})`;
  return `oklch(from currentColor ${channel(0)} ${channel(1)} ${channel(2)})`;
}

/** A colour for light backgrounds (4.5:1 on white) and one for dark ones (on #121212), in OKLCH. */
export type Signal = [light: Oklch, dark: Oklch];

/** The danger colour (errors, urgent care): #b3261e on light pages, #ff8a80 on dark ones. */
export const DANGER: Signal = [
  [0.501, 0.178, 28.705],
  [0.759, 0.144, 26.078],
];

const oklch = ([l, c, h]: Oklch) => `oklch(${l} ${c} ${h})`;

/**
 * Signal colours as `--_<name>`, each overridden by the host's `--ketamine-color-<name>`: the light colour by
 * default, following the page (`adaptive`) where relative colours work, the dark one with `theme="dark"` (or
 * `auto` in a dark scheme). A widget includes the signals it shows (the status colours: the badge and the
 * uses overview only), so the others neither ship nor compute them.
 */
export function signalStyles(signals: Record<string, Signal>): CSSResult {
  const declare = (pick: (pair: Signal) => string) =>
    Object.entries(signals)
      .map(([name, pair]) => `--_${name}:var(--ketamine-color-${name},${pick(pair)});`)
      .join('');
  const dark = declare(([, d]) => oklch(d));
  return unsafeCSS(
    `:host{${declare(([l]) => oklch(l))}}@supports (color:oklch(from red l c h)){:host{${declare((pair) => adaptive(...pair))}}}` +
      `:host([theme='dark']){${dark}}@media (prefers-color-scheme:dark){:host([theme='auto']){${dark}}}`,
  );
}

/** Links: the browsers' light-scheme link blue (#0000ee) on light pages, a light blue (#9e9eff) on dark ones. */
const adaptiveLink = unsafeCSS(`--_page-link: ${adaptive([0.429, 0.297, 264.052], [0.739, 0.139, 282.47])};`);

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
    /* Links: the browser's link colour; where relative colours work, a link blue that reads on the page (below). */
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
    /* Links: the token; in inherit mode a link blue that reads on the page's background; with a theme, the accent. */
    --_link: var(--ketamine-color-link, var(--_page-link, var(--_accent)));
    --_radius: var(--ketamine-radius, 0.375rem);
    --_space: var(--ketamine-space, 0.75rem);
    --_transition: var(--ketamine-transition-duration, 150ms);
  }

  @supports (color: oklch(from red l c h)) {
    :host {
      ${adaptiveLink}
    }
  }

  ${signalStyles({ danger: DANGER })}

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
