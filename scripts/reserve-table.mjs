// Shared by the CDN loader build (vite.config.ts) and bench/calibrate-reserve.mjs.
import { readFileSync } from 'node:fs';

/**
 * What the loader needs to keep space for a widget before its code runs (src/loader-reserve.ts), kept
 * small: per widget, the attribute that filters its items by value, the values (`vocab`), the items as
 * letters of the values each has (`a` = vocab[0]; comma-separated where an item has several), and the
 * attributes that list ids.
 */
export function reserveTable() {
  const data = JSON.parse(readFileSync(new URL('../data/ketamine.json', import.meta.url), 'utf8'));
  const spec = (filter, items, ids = []) => {
    const vocab = [...new Set(items.flat())];
    // One value per item: one letter each, no separator; several: comma-separated.
    const sep = items.some((values) => values.length !== 1) ? ',' : '';
    // Lists as space-separated strings: fewer bytes in the loader.
    return { filter, vocab: vocab.join(' '), items: items.map((values) => values.map((v) => String.fromCharCode(97 + vocab.indexOf(v))).join('')).join(sep), ids: ids.join(' ') };
  };
  return {
    // Besides its topics, a question is marked `!` when its answer carries the crisis line (one callout
    // below the list) and `~` when longer than 60 characters (a second line in a wide column).
    faq: spec('topics', data.faq.map((q) => [...q.topics, ...(q.crisis ? ['!'] : []), ...(q.question.length > 60 ? ['~'] : [])]), ['questions']),
    'side-effects': spec('severity', data.sideEffects.map((e) => [e.severity])),
    'route-table': spec('', data.routes.map(() => ['']), ['routes']),
    uses: spec('categories', data.uses.map((u) => [u.category])),
    sources: spec('kinds', data.sources.map((s) => [s.kind]), ['ids']),
  };
}

