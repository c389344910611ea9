/**
 * Lit's hydrate support, on its own so that entries import it before anything that loads Lit:
 * `LitElement` checks for it once, when its module first evaluates.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
