/**
 * Every widget, ready to hydrate server-rendered HTML (see `ketamine-widgets/ssr.js`). Lit's hydrate
 * support must run before Lit itself, hence its own entry that imports it first.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
