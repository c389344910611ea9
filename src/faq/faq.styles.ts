import { css } from 'lit';

export const faqStyles = css`
  :host {
    display: block;
    --_item-border: var(--ketamine-faq-border-color, var(--_border));
    --_question-hover: var(--ketamine-faq-question-hover-background, var(--_surface));
  }

  [part='base'] {
    padding: var(--ketamine-faq-padding, 0);
  }

  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: 0.5rem;
  }
  [part='search'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 14rem;
    min-width: 0;
  }
  [part='search-label'] {
    font-weight: 600;
  }
  [part='search-input'] {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--ketamine-color-background, var(--_theme-background, transparent));
    color: inherit;
    font: inherit;
  }
  [part='search-status'] {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  [part='search-status']:empty {
    display: none;
  }

  [part='toggle-all'] {
    min-height: 2.5rem;
    padding: 0.35rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
    margin-inline-start: auto;
  }
  [part='toggle-all']:hover {
    border-color: currentColor;
  }

  [part='list'] {
    border-bottom: 1px solid var(--_item-border);
  }
  [part~='item'] {
    border-top: 1px solid var(--_item-border);
  }
  [part='heading'] {
    margin: 0;
    font-size: var(--ketamine-faq-question-font-size, 1.0625em);
    font-weight: 600;
    line-height: 1.35;
  }
  [part='question'] {
    display: flex;
    width: 100%;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.75rem;
    padding: var(--_space) 0.25rem;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: match-parent;
    cursor: pointer;
  }
  [part='question']:hover {
    background: var(--_question-hover);
  }
  [part='question']:hover [part='question-text'] {
    text-decoration: underline;
    text-decoration-thickness: 1px;
  }
  [part='question']:focus-visible {
    outline-offset: -3px;
  }
  [part='question-text'] {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part='indicator'] {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    margin: 0.3em 0.35em 0;
    border-right: 0.15em solid var(--_accent);
    border-bottom: 0.15em solid var(--_accent);
    transform: rotate(45deg);
    transition: transform var(--_transition) ease;
  }
  [part~='open'] [part='indicator'] {
    transform: translateY(0.25em) rotate(-135deg);
  }

  [part='answer'] {
    padding: 0 0.25rem var(--_space);
  }
  [part~='open'] [part='answer'] {
    animation: reveal var(--_transition) ease-out;
  }
  @keyframes reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25rem);
    }
  }
  [part='answer'] p {
    margin: 0 0 0.75em;
    max-width: 70ch;
  }
  [part='crisis'] {
    padding: 0.5rem 0.75rem;
    border-inline-start: 0.3rem solid var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }
  .answer-meta {
    font-size: 0.875em;
    color: var(--_muted);
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

  [part='empty'] {
    padding: var(--_space) 0;
  }

  @media (forced-colors: active) {
    [part='question']:hover [part='question-text'] {
      text-decoration: underline;
    }
    mark {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    [part='crisis'] {
      border: 1px solid CanvasText;
    }
  }

  /* Server-rendered with JavaScript off: every answer readable, no controls that cannot work. */
  @media (scripting: none) {
    [part='answer'] {
      display: block !important;
      content-visibility: visible !important;
    }
    [part='toolbar'],
    [part='indicator'],
    [part='permalink'] {
      display: none !important;
    }
  }

  /* Printed pages show every answer, without the controls. */
  @media print {
    [part='toolbar'],
    [part='search-status'],
    [part='indicator'],
    [part='permalink'] {
      display: none !important;
    }
    [part='answer'] {
      display: block !important;
      content-visibility: visible !important;
    }
  }
`;
