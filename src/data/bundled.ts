// Named imports of the dataset's sections: bundlers keep only the sections a module imports, so
// each widget entry carries its own slice of the data, not the whole file.
import { meta, strings } from '../../data/ketamine.json';
import type { Dataset, Meta, UiStrings } from './types.js';

/** The bundled `meta` (review dates, disclaimer, crisis line): every widget needs it. */
export const bundledMeta = meta as Meta;

/** The bundled UI labels: the fallback for an override dataset without `strings`. */
export const bundledStrings: UiStrings = strings;

type SectionName = 'sources' | 'uses' | 'sideEffects' | 'routes' | 'faq';

/**
 * A widget's bundled data: the sections it imports itself, with `meta` and `strings`. Checked against
 * the schema by the data tests (as part of the whole file), so not re-validated at run time.
 */
export function bundledSlice(sections: Partial<Record<SectionName, unknown[]>>): Dataset {
  // The JSON's inferred types are wider than the schema's (string, not the enums): the data tests check the file.
  return { meta: bundledMeta, strings: bundledStrings, sources: [], uses: [], sideEffects: [], routes: [], faq: [], ...(sections as Partial<Dataset>) };
}
