export * from './types.js';
export { bundledDataset, bundledStrings } from './bundled.js';
export { DatasetError, fetchDataset, parseDataset, type DatasetErrorReason } from './load.js';
