export * from './types.js';
export { bundledMeta, bundledStrings } from './bundled.js';
export { bundledDataset } from './full.js';
// Loading a dataset other than the bundled one is three modules, so that a page pays only for what it uses:
// errors (every widget), parse (the `data` property), fetch (the `src` attribute, imported when one is set).
export { DatasetError, type DatasetErrorReason } from './errors.js';
export { parseDataset } from './parse.js';
export { fetchDataset } from './fetch.js';
