import type { Dataset, Source } from '../data/types.js';

/**
 * Source details on demand. In the code-split CDN build (dist/cdn/, through the loader) a widget's
 * bundled sources arrive as stubs, `{ id, kind }` (plus `title` for widgets that cite with numbers):
 * enough to count, number and judge them. The full entries (publisher, date, link) are a chunk of their
 * own, fetched the first time a reader opens a source list (or the widget is server-rendered, shows
 * `footer="full"`, or the page is printed), and completed in place, so every widget sharing them sees
 * them at once. That keeps about 4 KB gzip of bibliography off a page whose readers never open it.
 *
 * Everywhere else (npm build, `src`, `data`) the sources are complete and nothing here waits.
 */
type SourceList = readonly Source[] & { details?: () => Promise<{ default: readonly Source[] }> };

const loads = new WeakMap<readonly Source[], Promise<void>>();
const complete = new WeakSet<readonly Source[]>();
const failed = new WeakSet<readonly Source[]>();

/**
 * `ready`: the sources are complete (titles, publishers, links), so lists can render; `stubs`: not
 * fetched yet; `loading`; `failed` (the last fetch failed: the next request tries again).
 */
export function sourceDetailsState(dataset: Dataset): 'ready' | 'stubs' | 'loading' | 'failed' {
  const list = dataset.sources as SourceList;
  if (typeof list.details !== 'function' || complete.has(list)) return 'ready';
  return loads.has(list) ? 'loading' : failed.has(list) ? 'failed' : 'stubs';
}

/** Completes the dataset's source stubs (once per list, shared by every widget); resolves at once when they are complete. */
export function loadSourceDetails(dataset: Dataset): Promise<void> {
  const list = dataset.sources as SourceList;
  if (sourceDetailsState(dataset) === 'ready') return Promise.resolve();
  let pending = loads.get(list);
  if (!pending) {
    pending = list.details!().then(
      ({ default: full }) => {
        const byId = new Map(full.map((s) => [s.id, s]));
        for (const stub of list) Object.assign(stub, byId.get(stub.id));
        complete.add(list);
        loads.delete(list);
      },
      (cause: unknown) => {
        // A failed fetch (offline, a CDN hiccup) may be retried by the next click.
        loads.delete(list);
        failed.add(list);
        throw cause;
      },
    );
    loads.set(list, pending);
  }
  return pending;
}
