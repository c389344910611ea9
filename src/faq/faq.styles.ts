import { css } from 'lit';

/**
 * Class selectors (the template gives each styled element a class beside its `part`, which stays the
 * public ::part() API): the style engine finds a class rule by a hash lookup, whereas every rule on the
 * `part` attribute had to be tried on every element that has one (about 40 rules, 5 elements a question).
 */
export const faqStyles = css`
  :host {
    display: block;
  }
  .base {
    padding: var(--ketamine-faq-padding, 0);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
    margin-bottom: 0.5rem;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 14rem;
  }
  .search-label {
    font-weight: 600;
  }
  .search-input,
  .button {
    min-height: 2.5rem;
    padding: 0.35rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  .search-input {
    border-width: 2px;
    background: var(--ketamine-color-background, var(--_theme-background, transparent));
  }
  .button {
    cursor: pointer;
  }
  .toggle-all {
    margin-inline-start: auto;
  }
  .button:hover {
    border-color: currentColor;
  }
  .search-status {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  .search-status:empty {
    display: none;
  }
  .empty {
    margin: 0 0 var(--_space);
  }

  .list {
    border-bottom: 1px solid var(--ketamine-faq-border-color, var(--_border));
  }
  /*
   * Closed questions out of view are not laid out (nor styled inside) until they come near it: a long FAQ's
   * first render lays out a screenful, not every question (bench/profile-faq.mjs --cpu, the first frame included:
   * -8% main-thread time at 25 questions, -31% at 200). Find-in-page, focus, links and assistive technology
   * still reach them. The size of one not yet laid out: about a one-line question; once laid out, its own size
   * (the "auto"). Open answers are always laid out: tools that check colour contrast (axe) read an answer
   * scrolled out of view wrongly when it is not. (The paint containment this brings clips at a closed item's
   * edge: its question's focus ring is drawn inside.) Printed, everything is laid out.
   */
  .item {
    border-top: 1px solid var(--ketamine-faq-border-color, var(--_border));
  }
  .item:nth-child(n + 41):not([open]) {
    content-visibility: auto;
    contain-intrinsic-size: auto 3.3em;
  }
  /*
   * Start-aligned in every engine and direction. Block layout (cheaper than the grid it was, for every question):
   * the text keeps clear of the chevron's column by the end padding (0.75rem gap + the chevron's 1.3em with its
   * margins), and the chevron sits at the end of the first line, positioned in that padding.
   */
  .question {
    display: block;
    position: relative;
    padding-block: var(--_space);
    padding-inline: 0.25rem calc(1rem + 1.3em);
    text-align: start;
    cursor: pointer;
    list-style: none;
  }
  .question::-webkit-details-marker {
    display: none;
  }
  .question:hover {
    background: var(--ketamine-faq-question-hover-background, var(--_surface));
  }
  .question:hover > .heading {
    text-decoration: underline;
    text-decoration-thickness: 1px;
  }
  .question:focus-visible {
    outline-offset: -3px;
  }
  /* Our text sets its own direction (unicode-bidi: plaintext), so 'start' would follow the text: align with the page instead. */
  .heading,
  .snippet {
    display: block;
    text-align: left;
  }
  .heading:dir(rtl),
  .snippet:dir(rtl) {
    text-align: right;
  }
  .heading {
    font-size: var(--ketamine-faq-question-font-size, 1.0625em);
    font-weight: 600;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .snippet {
    margin-top: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .indicator {
    position: absolute;
    top: var(--_space);
    inset-inline-end: 0.25rem;
    width: 0.6em;
    height: 0.6em;
    margin: 0.3em 0.35em 0;
    border-right: 0.15em solid var(--_accent);
    border-bottom: 0.15em solid var(--_accent);
    transform: rotate(45deg);
    transition: transform var(--_transition) ease;
  }
  [open] > .question > .indicator {
    transform: translateY(0.25em) rotate(-135deg);
  }

  .answer {
    padding: 0 0.25rem var(--_space);
  }
  .show-more {
    margin-top: var(--_space);
  }
  .answer p {
    margin: 0 0 0.75em;
    max-width: 70ch;
  }
  /* No font size of its own: "Sources (n)" sets 0.875em, and a third text size would cost its own font set-up on first open. */
  .answer-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
  }
  .permalink {
    font-size: 0.875em;
  }
  .confidence {
    font-size: 0.875em;
    font-style: italic;
  }
  mark {
    background: var(--ketamine-color-highlight, #fff0a8);
    color: #1a1c1e;
    border-radius: 2px;
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  /* Without JavaScript the <details> still open and close; search and "Show all" cannot work. */
  @media (scripting: none) {
    .toolbar,
    .permalink {
      display: none;
    }
  }
  @media print {
    .item:nth-child(n + 41):not([open]) {
      content-visibility: visible;
    }
    .toolbar,
    .search-status,
    .indicator,
    .permalink {
      display: none;
    }
    .question {
      padding-inline-end: 1rem;
    }
  }
`;
