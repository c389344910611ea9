// Loading a dataset other than the bundled one, in three modules so that a page pays only for what it
// uses: errors.ts (every widget), parse.ts (the `data` property), fetch.ts (the `src` attribute, imported
// when one is set). This module gathers them for the package's public API.
export { DEFAULT_LOAD_TIMEOUT_MS, DatasetError, type DatasetErrorReason } from './errors.js';
export { parseDataset } from './parse.js';
export { fetchDataset } from './fetch.js';
