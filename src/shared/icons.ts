import { svg } from 'lit';

/** A warning triangle (decorative: always next to text that says the same). */
export const warningIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z"/></svg>`;
