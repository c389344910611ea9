import { css } from 'lit';

export const sourcesStyles = css`
  :host {
    display: block;
  }
  [part='group'] + [part='group'] {
    margin-top: 1rem;
  }
  [part='group-heading'] {
    margin: 0 0 0.25rem;
    font-size: var(--ketamine-sources-heading-font-size, 1.0625em);
    font-weight: 600;
  }
  [part='group-about'] {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  [part='list'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part='source'] {
    margin-block: 0.4rem;
    overflow-wrap: anywhere;
  }
  .meta,
  [part='source-note'] {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  [part='source'][part~='marketing'] {
    list-style: square;
  }
`;
