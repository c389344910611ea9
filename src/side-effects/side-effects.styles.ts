import { css, unsafeCSS } from 'lit';
import { adaptive, DANGER } from '../shared/theme.styles.js';

export const sideEffectsStyles = css`
  :host {
    display: block;
    --_item-border: var(--ketamine-side-effects-border-color, var(--_border));
    --_urgent: var(--ketamine-side-effects-urgent-color, var(--_danger));
    --_urgent-text: var(--ketamine-side-effects-urgent-text-color, Canvas);
    --_bar: var(--ketamine-side-effects-bar-color, var(--_accent));
    --_comparator-bar: var(--ketamine-side-effects-comparator-bar-color, var(--_muted));
  }

  [part='base'] {
    padding: var(--ketamine-side-effects-padding, 0);
  }

  [part='group'] + [part='group'] {
    margin-top: 1.25rem;
  }
  [part='heading'] {
    margin: 0 0 0.5rem;
    font-size: var(--ketamine-side-effects-heading-font-size, 1.125em);
    font-weight: 700;
    line-height: 1.3;
  }
  [part='group-note'] {
    margin: -0.25rem 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* No bullets: rows with lines between them. role="list" keeps the list semantics where engines drop them. */
  [part='list'],
  .figure-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='list'] {
    border-top: 1px solid var(--_item-border);
  }
  [part~='item'] {
    border-bottom: 1px solid var(--_item-border);
    /* No content-visibility: auto here: measured, it did not speed up the first render and made removing 10,000 rows ~20x slower in Chromium. */
  }
  [part~='item'] p {
    margin: 0 0 0.4em;
    max-width: 70ch;
  }

  /* The effect's row: a start-aligned button filling the row (APG disclosure inside a heading, as GOV.UK's accordion). */
  [part='item-heading'] {
    margin: 0;
    font-size: 1em;
    font-weight: inherit;
  }
  [part='toggle'] {
    position: relative;
    display: block;
    width: 100%;
    margin: 0;
    padding: 0.35rem 0.25rem;
    padding-inline-start: 1.35rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    line-height: 1.4;
    /* Buttons centre by default and match-parent is not supported everywhere. */
    cursor: pointer;
  }
  [part='toggle']:hover [part='name'] {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part='toggle']:focus-visible {
    outline-offset: -3px;
  }
  /* The chevron: points to the inline end when closed, down when open. */
  [part='toggle']::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.4rem;
    top: calc(0.35rem + 0.7em - 0.3em);
    width: 0.45em;
    height: 0.45em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--_transition);
  }
  [part='toggle']:dir(rtl)::before {
    transform: rotate(45deg);
  }
  [part='toggle'][aria-expanded='true']::before {
    transform: translateY(-0.1em) rotate(45deg);
  }
  [part='name'] {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  /* Spaced by the text's own space, not a margin: a margin would indent it when it wraps to its own line. */
  [part='frequency'] {
    color: var(--_muted);
  }
  [part='severity'],
  [part='urgent-marker'] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.45em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.8125em;
    line-height: 1.5;
    vertical-align: 0.1em;
  }
  [part='urgent-marker'] {
    border: 2px solid var(--_urgent);
    font-weight: 700;
  }
  [part='urgent-marker'] svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    color: var(--_urgent);
  }

  [part='details'] {
    padding: 0 0.25rem var(--_space) 1.35rem;
  }
  [part='details']:dir(rtl) {
    padding: 0 1.35rem var(--_space) 0.25rem;
  }
  [part='details'][hidden] {
    display: none;
  }
  [part='details'] > :last-child {
    margin-bottom: 0;
  }
  [part='applies-to'],
  [part='confidence'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part='confidence'] {
    font-style: italic;
  }

  /* Care cards: what to do, in one box, as NHS.UK's urgent and emergency care cards. */
  [part~='care-card'] {
    margin: 0 0 1rem;
    border: 2px solid var(--_urgent);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  [part='care-heading'] {
    display: flex;
    gap: 0.4em;
    align-items: center;
    margin: 0;
    padding: 0.45rem var(--_space);
    font-weight: 700;
    line-height: 1.3;
    border-bottom: 2px solid var(--_urgent);
    background: var(--_surface);
  }
  /* The emergency card's band is filled: a second cue besides its words. */
  [part~='emergency'] > [part='care-heading'] {
    background: var(--_urgent);
    color: var(--_urgent-text);
  }
  /*
   * With relative colours (see theme.styles.ts): the band's text takes about the page's background colour, from
   * the inherited text colour (white on light pages, near-black on dark ones), and the band the danger colour for
   * that: judged from this text colour, the band's own currentColor, hence under: background.
   */
  @supports (color: oklch(from red l c h)) {
    [part~='emergency'] > [part='care-heading'] {
      color: var(--ketamine-side-effects-urgent-text-color, ${unsafeCSS(adaptive([1, 0, 0], [0.2, 0, 0]))});
      --_band: var(--ketamine-side-effects-urgent-color, var(--ketamine-color-danger, ${unsafeCSS(adaptive(...DANGER, { under: 'background' }))}));
      background: var(--_band);
      border-bottom-color: var(--_band);
    }
  }
  [part~='emergency'] > [part='care-heading'] [part='emergency-icon'] {
    color: inherit;
  }
  .care-body {
    padding: 0.5rem var(--_space) 0.25rem;
  }
  [part='care-advice'] {
    margin: 0 0 0.5rem;
    max-width: 70ch;
  }
  .care-body [part~='item']:last-child {
    border-bottom: 0;
  }

  [part='emergency'] {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_urgent);
    border-inline-start-width: 0.4rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='emergency'] p {
    margin: 0;
    max-width: 70ch;
  }
  [part='emergency'] p + p {
    margin-top: 0.4em;
  }
  [part='emergency-icon'] {
    display: inline-flex;
    flex: none;
    color: var(--_urgent);
  }
  [part='emergency-icon'] svg {
    width: 1.25em;
    height: 1.25em;
  }

  /* Figures: one line of text each, the bars under it. */
  [part='figures'] {
    margin: 0.25em 0 0.6em;
    display: grid;
    gap: 0.4em;
  }
  [part~='item'] > [part='figures'] {
    padding-inline-start: 1.35rem;
  }
  .figure-list {
    display: grid;
    gap: 0.5em;
  }
  [part='figure'] p {
    margin: 0;
  }
  [part='figure-context'] {
    font-size: 0.875em;
    font-weight: 600;
  }
  [part='figure-text'] {
    font-size: 0.875em;
  }
  [part='figure-value'] {
    font-weight: 600;
  }
  [part='population'] {
    color: var(--_muted);
  }
  [part='bars'] {
    display: grid;
    gap: 0.2rem;
    max-width: var(--ketamine-side-effects-bar-max-width, 16rem);
    margin-top: 0.2rem;
  }
  [part='bar-track'] {
    display: block;
    height: var(--ketamine-side-effects-bar-height, 0.5rem);
    border: 1px solid var(--_border);
    border-radius: 2px;
    background: var(--_surface);
    overflow: hidden;
  }
  /* --_value is the percentage (the upper end of a range); up to --_solid (the lower end) the bar is solid. */
  [part='bar'],
  [part='comparator-bar'] {
    display: block;
    width: var(--_value);
    height: 100%;
  }
  [part='bar'] {
    background: linear-gradient(to right, var(--_bar) var(--_solid), color-mix(in srgb, var(--_bar) 45%, transparent) var(--_solid));
  }
  /* Gradients have no logical directions: solid from the inline start, which is the right in RTL. */
  [part='bar']:dir(rtl) {
    background: linear-gradient(to left, var(--_bar) var(--_solid), color-mix(in srgb, var(--_bar) 45%, transparent) var(--_solid));
  }
  /* Hatched, so that the comparator differs from the figure by pattern as well as colour. */
  [part='comparator-bar'] {
    background: repeating-linear-gradient(135deg, var(--_comparator-bar) 0 2px, transparent 2px 4px);
  }

  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.9rem;
    align-items: center;
    margin: 0 0 0.5rem;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .legend-title {
    font-weight: 600;
  }
  .key {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  [part='swatch'] {
    display: inline-block;
    width: 1.5em;
    height: var(--ketamine-side-effects-bar-height, 0.5rem);
    border: 1px solid var(--_border);
    border-radius: 2px;
  }
  .swatch-bar {
    background: var(--_bar);
  }
  .swatch-range {
    background: color-mix(in srgb, var(--_bar) 45%, transparent);
  }
  .swatch-comparator {
    background: repeating-linear-gradient(135deg, var(--_comparator-bar) 0 2px, transparent 2px 4px);
  }

  [part='empty'] {
    padding: var(--_space) 0;
  }

  [part='show-more'] {
    margin: 0.35rem 0 0;
    padding: 0.3rem 0.25rem;
  }

  /* Without scripts nothing could open an effect (server-rendered HTML), and paper cannot click: show everything. */
  @media (scripting: none), print {
    [part='details'][hidden],
    [part~='item'][hidden] {
      display: block;
    }
    [part='toggle']::before,
    [part='show-more'] {
      display: none;
    }
  }

  /* The bars are drawn with backgrounds, which forced colours would erase: keep them, in system colours. */
  @media (forced-colors: active) {
    [part='bar-track'],
    [part='swatch'] {
      border-color: CanvasText;
    }
    [part='bar'],
    [part='comparator-bar'],
    [part='swatch'] {
      forced-color-adjust: none;
    }
    [part='bar'],
    .swatch-bar,
    .swatch-range {
      background: Highlight;
    }
    [part='comparator-bar'],
    .swatch-comparator {
      background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 4px);
    }
    [part='emergency'],
    [part~='care-card'],
    [part='care-heading'],
    [part='urgent-marker'] {
      border-color: CanvasText;
    }
    [part~='emergency'] > [part='care-heading'] {
      background: CanvasText;
      color: Canvas;
      forced-color-adjust: none;
    }
    [part='emergency-icon'],
    [part='urgent-marker'] svg {
      color: CanvasText;
    }
  }
`;
