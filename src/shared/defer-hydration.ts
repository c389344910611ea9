/**
 * Hydrates the widgets in `root` (itself included) that carry `defer-hydration` (server-rendered with `deferHydration`)
 * as they are needed: when they come near the viewport, when the reader focuses or presses in them, or at
 * once if the URL hash may point into them, so that a long page does not hydrate everything while it loads.
 * Shared by the hydrate entry and the CDN loader.
 */
export function hydrateDeferred(root: ParentNode = document): void {
  const self = root instanceof Element && root.hasAttribute('defer-hydration') ? [root] : [];
  const waiting = [...self, ...root.querySelectorAll('[defer-hydration]')].filter((el) => el.localName.startsWith('ketamine-'));
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
