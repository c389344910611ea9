import type { Dataset } from './types.js';
import type { ValidationIssue } from './validate.js';

/** Why a widget could not show its data; the `reason` of a `ketamine-error` event. */
export type DatasetErrorReason = 'fetch' | 'parse' | 'schema' | 'not-found';

/** A dataset that could not be loaded or used, with a message fit to show. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(
    readonly reason: DatasetErrorReason,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
  }
}

/**
 * Validates untrusted data (a `data` property, a fetched file) and returns it typed.
 * The validator and schema are loaded on first use, so pages on the bundled data never download them.
 * @throws DatasetError with reason `schema`, naming the first problem's path.
 */
export async function parseDataset(value: unknown): Promise<Dataset> {
  const { validateDataset } = await import('./validate.js');
  const issues = validateDataset(value);
  if (issues.length) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    throw new DatasetError('schema', `${issues[0].path}: ${issues[0].message}${more}`, issues);
  }
  return value as Dataset;
}

/**
 * Fetches, parses and validates a dataset file.
 * @throws DatasetError with reason `fetch`, `parse` or `schema`.
 */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError('fetch', `Could not load ${url}: ${(cause as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new DatasetError('parse', `${url} is not valid JSON: ${(cause as Error).message}`);
  }
  return parseDataset(json);
}
