import { DatasetError } from './errors.js';
import type { Dataset } from './types.js';

/**
 * Validates untrusted data (a `data` property, a fetched file) and returns a private, plain-JSON copy:
 * values held on prototypes, getters and later mutations of the caller's object cannot reach the widgets.
 * The validator and schema are loaded on first use, so pages on the bundled data never download them.
 * @throws DatasetError with reason `schema`, naming the first problem's path.
 */
export async function parseDataset(value: unknown): Promise<Dataset> {
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(value) ?? 'undefined');
  } catch (cause) {
    throw new DatasetError('schema', `The data is not plain JSON: ${String((cause as Error)?.message ?? cause).slice(0, 120)}`);
  }
  const { validateDataset } = await import('./validate.js');
  const issues = validateDataset(copy);
  if (issues.length) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    throw new DatasetError('schema', `${issues[0].path}: ${issues[0].message}${more}`, issues);
  }
  return copy as Dataset;
}
