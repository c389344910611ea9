import { css } from 'lit';

export const usesStyles = css`
  :host {
    display: block;
  }
  [part='group'] + [part='group'] {
    margin-top: 1.25rem;
  }
  [part='group-heading'] {
    margin: 0 0 0.5rem;
    font-size: var(--ketamine-uses-heading-font-size, 1.125em);
    font-weight: 700;
  }
  [part='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--_border);
  }
  [part~='use'] {
    padding: var(--_space) 0;
    border-bottom: 1px solid var(--_border);
  }
  [part='use-heading'] {
    margin: 0 0 0.35rem;
    font-weight: 600;
  }
  [part='statuses'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.5rem;
    margin-bottom: 0.35rem;
  }
  [part='summary'] {
    margin: 0 0 0.35rem;
    max-width: 70ch;
  }
  [part='evidence-toggle'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 24px;
    padding: 0.15rem 0;
  }
  [part='evidence-toggle']::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border-right: 0.13em solid currentColor;
    border-bottom: 0.13em solid currentColor;
    transform: rotate(-45deg);
    transition: transform var(--_transition) ease;
  }
  [part='evidence-toggle']:dir(rtl)::before {
    transform: rotate(135deg); /* a closed disclosure points to the inline end: left in right-to-left text */
  }
  [part='evidence-toggle'][aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  [part='evidence'] {
    margin-top: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
    background: var(--_surface);
    font-size: 0.9375em;
  }
  [part='evidence'] p {
    margin: 0 0 0.5rem;
  }
  [part='empty'] {
    padding: var(--_space) 0;
  }

  /* Server-rendered with JavaScript off, or printed: the evidence shows, without its button. */
  @media (scripting: none) {
    [part='evidence'] {
      display: block !important;
    }
    [part='evidence-toggle'] {
      display: none;
    }
  }

  @media print {
    [part='evidence'] {
      display: block !important;
    }
    [part='evidence-toggle'] {
      display: none;
    }
  }
`;
