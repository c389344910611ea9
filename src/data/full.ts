import json from '../../data/ketamine.json';
import type { Dataset } from './types.js';

/** The whole bundled dataset (every section), for code that works with the data itself. Widgets import only their slices. */
export const bundledDataset = json as unknown as Dataset;
