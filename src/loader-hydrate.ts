/**
 * The CDN loader's hydrate chunk (dist/cdn/hydrate-support.js), loaded only for pages with server-rendered
 * widgets and before any widget: Lit's hydrate support first, and deferred hydration for `defer-hydration`.
 */
import './hydrate-support.js';
import { LitElement } from 'lit';

export { hydrateDeferred } from './shared/defer-hydration.js';

// `LitElement` applies the hydrate support when its module evaluates, if the support is there by then. In the
// code-split build lit-html shares a chunk with LitElement, so the support (which imports lit-html) arrives
// after it: apply it here, once (it gives `LitElement` its own `observedAttributes`). Still before any widget
// is defined: the loader imports widgets after this chunk.
const support = (globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport;
if (support && !Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes')) support({ LitElement });
