import json from '../../data/ketamine.json';
import type { Dataset, UiStrings } from './types.js';

/** The dataset shipped with the library; checked against the schema by the data tests, so not re-validated at run time. */
export const bundledDataset = json as unknown as Dataset;

/** The bundled UI labels: the fallback for an override dataset without `strings`. */
export const bundledStrings: UiStrings = bundledDataset.strings ?? {};
