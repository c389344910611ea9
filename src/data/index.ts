export * from './types.js';
export { bundledMeta, bundledStrings } from './bundled.js';
export { bundledDataset } from './full.js';
export { DatasetError, fetchDataset, parseDataset, type DatasetErrorReason } from './load.js';
