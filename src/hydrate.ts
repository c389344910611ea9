/**
 * Every widget, ready to hydrate server-rendered HTML (see `ketamine-widgets/ssr.js`). Lit's hydrate
 * support must run before Lit itself, hence its own entry that imports it first.
 *
 * Widgets rendered with `deferHydration` carry `defer-hydration`: each hydrates when it comes near
 * the viewport, when the reader interacts with it, or at once if the URL hash may point into it, so
 * that a long page does not hydrate everything while it loads.
 */
// First: installs Lit's hydrate support before any module that imports Lit evaluates.
import './hydrate-support.js';

export * from './index.js';

import { hydrateDeferred } from './shared/defer-hydration.js';

export { hydrateDeferred };

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => hydrateDeferred(), { once: true });
  else hydrateDeferred();
}
