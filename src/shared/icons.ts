import { svg } from 'lit';

/** A warning triangle (decorative: always next to text that says the same). */
export const warningIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z"/></svg>`;

/** A telephone handset (decorative: the crisis line's text names the number). */
export const phoneIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path fill="currentColor" d="M5.6 1.8 8 4.9c.4.5.3 1.2-.1 1.6L6.6 7.8a11 11 0 0 0 5.6 5.6l1.3-1.3c.4-.4 1.1-.5 1.6-.1l3.1 2.4c.5.4.6 1.1.2 1.6l-1.3 1.6c-.6.8-1.7 1.1-2.6.8A17 17 0 0 1 2 6.9c-.3-.9 0-2 .8-2.6l1.6-1.3c.3-.3.9-.3 1.2-.2Z"/></svg>`;
