/**
 * The one-script-tag embed (`dist/cdn/loader.js`): a small module that finds the `ketamine-*` tags on the
 * page, now and whenever more are added, and imports only those widgets' modules from beside itself
 * (each with its own slice of the data; Lit and shared code are shared chunks loaded once).
 *
 * - Server-rendered widgets (declarative shadow DOM) found on the first scan load Lit's hydrate support
 *   first, so they hydrate in place; those with `defer-hydration` hydrate as they near the viewport.
 * - Until a widget's code has run, each tag keeps approximately the space it will take
 *   (a `:not(:defined)` rule, sized from the bundled data), so nothing below it jumps when it renders.
 *
 * Tags inside other shadow roots are not seen: import `dist/cdn/<widget>.js` for those.
 */
import { reserveSpace } from './loader-reserve.js';

const widgets = ['approval-badge', 'faq', 'route-table', 'side-effects', 'sources', 'uses'];
const selector = widgets.map((w) => `ketamine-${w}`).join();
// The chunks sit beside this file, wherever it is served from.
const base = import.meta.url.replace(/[^/]*$/, '');
const requested = new Set<string>();
/** Lit's hydrate support and deferred hydration (src/loader-hydrate.ts), for server-rendered pages only. */
let hydrateSupport: Promise<{ hydrateDeferred(root?: ParentNode): void }> | undefined;

const load = (file: string) => import(/* @vite-ignore */ `${base}${file}.js`);

/** Per module, the chunks it imports (letters: `a` = `chunks/<chunks[0]>.js`; filled in by the build), fetched with the module. */
declare const __KETAMINE_PRELOAD__: { chunks: string[]; deps: Record<string, string> };
const preloaded = new Set<string>();
function preload(name: string): void {
  for (const letter of __KETAMINE_PRELOAD__.deps[name] ?? '') {
    if (preloaded.has(letter)) continue;
    preloaded.add(letter);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = `${base}chunks/${__KETAMINE_PRELOAD__.chunks[letter.charCodeAt(0) - 97]}.js`;
    document.head.append(link);
  }
}

function upgrade(found: Iterable<Element>): void {
  const elements = [...found];
  reserveSpace(elements);
  for (const el of elements) {
    const name = el.localName.slice('ketamine-'.length);
    // Lit checks for its hydrate support once, when it first loads: so only before the first widget.
    if (!requested.size && !hydrateSupport && el.shadowRoot) {
      preload('hydrate-support');
      hydrateSupport = load('hydrate-support').then((m) => (m.hydrateDeferred(), m));
    }
    if (requested.has(name) || !widgets.includes(name)) continue;
    requested.add(name);
    preload(name);
    // A failed chunk leaves the tag's fallback content and reserved space; the page goes on.
    (hydrateSupport ?? Promise.resolve())
      .then(() => load(name))
      .catch(console.error);
  }
}

function scan(root: ParentNode): void {
  upgrade(root.querySelectorAll(selector));
}

if (typeof document !== 'undefined') {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.matches(selector)) upgrade([el]);
        if (el.firstElementChild) scan(el);
        // Server-rendered HTML added later hydrates as it is needed, like the page's own (a no-op without `defer-hydration`).
        hydrateSupport?.then((m) => m.hydrateDeferred(el));
      }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
