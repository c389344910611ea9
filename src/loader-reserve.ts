/**
 * Space kept for widgets whose code has not run yet, so that nothing below them moves when they render
 * (no layout shift without server rendering). The loader adds one `:not(:defined)` rule and gives each
 * tag an estimate of its height, worked out from how many items of the bundled data it will show
 * (its `topics`, `severity`, `routes`, ... attributes) and from a height per item measured once in
 * Chromium (`node bench/calibrate-reserve.mjs` prints these numbers; `npm run bench:cls` checks them).
 */

/**
 * Per widget, filled in at build time (vite.config.ts `reserveTable()`): the attribute that filters items
 * by value, the values (space-separated), the items (each the letters of its values, `a` = the first value;
 * comma-separated where items have several values), and the attributes that list ids (space-separated).
 */
export type ReserveTable = Record<string, { filter: string; vocab: string; items: string; ids: string }>;
/** Only the CDN build bundles the loader, and it fills this in (vite.config.ts `standaloneLoader`). */
declare const __KETAMINE_RESERVE__: ReserveTable;

/**
 * Height in em = coefficients . features(el), for a wide column (about 46em) and a phone (about 22em), at
 * 16px text; for the route table also in a column over 58em (`table`), where its cards become a table less
 * than half as tall. Features: 1, then the count of shown items with each value of `vocab`; for the route
 * table rows and rows x columns; for the FAQ questions, a crisis callout or not, questions over 60 characters.
 * Fitted by `node bench/calibrate-reserve.mjs`.
 */
const model: Record<string, { wide: number[]; narrow: number[]; table?: number[] }> = {
  faq: { wide: [5.6, 3, 4.6, 0], narrow: [5.9, 3.7, 9.1, 2.8] },
  'side-effects': { wide: [1.3, 0.8, 3.8, 2.4, 3.1], narrow: [2.8, 1, 5, 2.6, 4] },
  'route-table': { wide: [4.6, 6.1, 0.7], narrow: [9.1, 6.1, 1.5], table: [8.1, 4.2, 0.1] },
  uses: { wide: [1.3, 13.7, 11.4, 12.1, 13.4], narrow: [2.8, 17.8, 15.1, 16.5, 19.1] },
  sources: { wide: [3.1, 7, 6.2, 6.7], narrow: [4.5, 11.8, 11.3, 11.3] },
};

const list = (value: string | null) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** What the height model counts for `el`, from its attributes and the build-time table. */
export function features(el: Element, spec: ReserveTable[string]): number[] {
  const vocab = spec.vocab.split(' ');
  const letter = (value: string) => String.fromCharCode(97 + vocab.indexOf(value));
  const several = spec.items.includes(',');
  let items = spec.items.split(several ? ',' : '');
  const letters = list(el.getAttribute(spec.filter)).map(letter);
  if (letters.length) items = items.filter((item) => letters.some((l) => item.includes(l)));
  for (const attribute of spec.ids.split(' ')) {
    const ids = list(el.getAttribute(attribute));
    if (ids.length) items = items.slice(0, ids.length);
  }
  const limit = Number(el.getAttribute('limit'));
  if (limit > 0) items = items.slice(0, limit);
  const having = (value: string) => items.filter((item) => item.includes(letter(value))).length;
  // The FAQ: whether a crisis callout shows, and how many questions run to a second line.
  if (several) return [1, items.length, Math.min(1, having('!')), having('~')];
  if (el.localName === 'ketamine-route-table') return [1, items.length, items.length * (list(el.getAttribute('columns')).length || 7)];
  return [1, ...vocab.map(having)];
}

/** Estimated height in em of `el` before it renders, or undefined when it has no model. */
export function estimateHeight(el: Element, table: ReserveTable, layout: 'wide' | 'narrow' | 'table'): number | undefined {
  const name = el.localName.slice('ketamine-'.length);
  const fit = model[name];
  if (!fit || !table[name]) return undefined;
  const weights = fit[layout] ?? fit.wide;
  return Math.max(0, features(el, table[name]).reduce((sum, f, i) => sum + f * weights[i], 0));
}

// :where() keeps the specificity at zero, so any rule of the host page about these tags wins. Block tags
// are matched by the height the loader gives them (a custom property in their style attribute).
const css = `:where([style*="--ketamine-reserve"]:not(:defined)){display:block;min-height:var(--ketamine-reserve)}
:where(ketamine-approval-badge:not(:defined)){display:inline-block;min-width:15em;min-height:1.5em}`;

let sheetAdded = false;

/** Adds the rule (a constructed stylesheet: allowed under a strict CSP) and sizes the tags under `root`. */
export function reserveSpace(elements: Iterable<Element>): void {
  const table = __KETAMINE_RESERVE__;
  if (!sheetAdded && 'adoptedStyleSheets' in document) {
    sheetAdded = true;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const narrow = document.documentElement.clientWidth < 600;
  const reserve = (el: HTMLElement, em: number) => el.style.setProperty('--ketamine-reserve', `${em.toFixed(1)}em`);
  for (const el of elements as Iterable<HTMLElement>) {
    if (customElements.get(el.localName) || el.shadowRoot) continue; // defined, or server-rendered (has its content)
    const em = estimateHeight(el, table, narrow ? 'narrow' : 'wide');
    if (em === undefined) continue;
    reserve(el, em);
    // A route table in a column over 58em (its container query) is a table, not cards: its width, now that
    // the rule makes it a block, decides (one layout, and only on pages with a route table).
    if (!narrow && el.localName === 'ketamine-route-table' && el.clientWidth > 58 * parseFloat(getComputedStyle(el).fontSize)) {
      reserve(el, estimateHeight(el, table, 'table')!);
    }
    // Once defined the rule no longer applies; the property goes, so the host element is as the page wrote it.
    customElements.whenDefined(el.localName).then(() => {
      el.style.removeProperty('--ketamine-reserve');
      if (!el.style.length) el.removeAttribute('style');
    });
  }
}
