import { css } from 'lit';

export const faqStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    padding: var(--ketamine-faq-padding, 0);
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
    margin-bottom: 0.5rem;
  }
  [part='search'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 14rem;
  }
  [part='search-label'] {
    font-weight: 600;
  }
  [part='search-input'],
  [part='toggle-all'],
  [part='clear-search'],
  [part='show-more'] {
    min-height: 2.5rem;
    padding: 0.35rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  [part='search-input'] {
    border-width: 2px;
    background: var(--ketamine-color-background, var(--_theme-background, transparent));
  }
  [part='toggle-all'],
  [part='clear-search'],
  [part='show-more'] {
    cursor: pointer;
  }
  [part='toggle-all'] {
    margin-inline-start: auto;
  }
  [part='toggle-all']:hover,
  [part='clear-search']:hover,
  [part='show-more']:hover {
    border-color: currentColor;
  }
  [part='search-status'] {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  [part='search-status']:empty {
    display: none;
  }
  [part='empty'] {
    margin: 0 0 var(--_space);
  }

  [part='list'] {
    border-bottom: 1px solid var(--ketamine-faq-border-color, var(--_border));
  }
  [part~='item'] {
    border-top: 1px solid var(--ketamine-faq-border-color, var(--_border));
  }
  /* Start-aligned in every engine and direction; a grid, so the chevron stays at the end of the first line. */
  [part='question'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0 0.75rem;
    padding: var(--_space) 0.25rem;
    text-align: start;
    cursor: pointer;
    list-style: none;
  }
  [part='question']::-webkit-details-marker {
    display: none;
  }
  [part='question']:hover {
    background: var(--ketamine-faq-question-hover-background, var(--_surface));
  }
  [part='question']:hover [part~='heading'] {
    text-decoration: underline;
    text-decoration-thickness: 1px;
  }
  [part='question']:focus-visible {
    outline-offset: -3px;
  }
  /* Our text sets its own direction (unicode-bidi: plaintext), so 'start' would follow the text: align with the page instead. */
  [part~='heading'],
  [part='snippet'] {
    text-align: left;
  }
  [part~='heading']:dir(rtl),
  [part='snippet']:dir(rtl) {
    text-align: right;
  }
  [part~='heading'] {
    font-size: var(--ketamine-faq-question-font-size, 1.0625em);
    font-weight: 600;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  [part='snippet'] {
    grid-column: 1;
    margin-top: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='indicator'] {
    grid-column: 2;
    grid-row: 1;
    width: 0.6em;
    height: 0.6em;
    margin: 0.3em 0.35em 0;
    border-right: 0.15em solid var(--_accent);
    border-bottom: 0.15em solid var(--_accent);
    transform: rotate(45deg);
    transition: transform var(--_transition) ease;
  }
  [open] > [part='question'] [part='indicator'] {
    transform: translateY(0.25em) rotate(-135deg);
  }

  [part='answer'] {
    padding: 0 0.25rem var(--_space);
  }
  [part='show-more'] {
    margin-top: var(--_space);
  }
  [part='answer'] p {
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
  [part='permalink'] {
    font-size: 0.875em;
  }
  [part='confidence'] {
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
    [part='toolbar'],
    [part='permalink'] {
      display: none;
    }
  }
  @media print {
    [part='toolbar'],
    [part='search-status'],
    [part='indicator'],
    [part='permalink'] {
      display: none;
    }
  }
`;
