/**
 * The CDN loader's hydrate chunk (dist/cdn/hydrate-support.js), loaded only for pages with server-rendered
 * widgets and before any widget: Lit's hydrate support first, and deferred hydration for `defer-hydration`.
 */
import './hydrate-support.js';

export { hydrateDeferred } from './shared/defer-hydration.js';
