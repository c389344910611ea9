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

/**
 * Hydrates the widgets under `root` that carry `defer-hydration` as they are needed. Runs by itself
 * for the page when this module loads; call it for server-rendered HTML added later.
 */
export function hydrateDeferred(root: ParentNode = document): void {
  const waiting = [...root.querySelectorAll<HTMLElement>('[defer-hydration]')].filter((el) => el.localName.startsWith('ketamine-'));
  if (!waiting.length) return;
  const hydrate = (el: Element) => {
    el.removeAttribute('defer-hydration');
    observer?.unobserve(el);
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => entries.forEach((e) => e.isIntersecting && hydrate(e.target)), { rootMargin: '200px' })
      : undefined;
  for (const el of waiting) {
    // A deep link (#question-id) needs the FAQ awake to open its question.
    if (!observer || (location.hash && el.localName === 'ketamine-faq')) hydrate(el);
    else {
      observer.observe(el);
      for (const type of ['focusin', 'pointerdown']) el.addEventListener(type, () => hydrate(el), { once: true, capture: true });
    }
  }
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => hydrateDeferred(), { once: true });
  else hydrateDeferred();
}
