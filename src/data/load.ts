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

/** How long a `src` load may take, headers and body, before it ends in the error state. */
export const DEFAULT_LOAD_TIMEOUT_MS = 15000;

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

/** The charset a response declares (`content-type: application/json; charset=iso-8859-1`), else UTF-8. */
function declaredCharset(response: Response): string {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
}

/**
 * Fetches, parses and validates a dataset file. The text is decoded in the charset the server declares.
 * The whole load (headers and body) is abandoned after `timeoutMs`, so a stalled server ends in an error.
 * @throws DatasetError with reason `fetch`, `parse` or `schema`; the caller's own abort rethrows as is.
 */
export async function fetchDataset(url: string, signal?: AbortSignal, timeoutMs = DEFAULT_LOAD_TIMEOUT_MS): Promise<Dataset> {
  if (!(timeoutMs > 0 && Number.isFinite(timeoutMs))) timeoutMs = DEFAULT_LOAD_TIMEOUT_MS;
  const controller = new AbortController();
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let text: string;
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const charset = declaredCharset(response);
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset);
    } catch {
      throw new DatasetError('parse', `Could not load ${url}: unsupported charset "${charset.slice(0, 40)}"`);
    }
    text = decoder.decode(await response.arrayBuffer());
  } catch (cause) {
    if (signal?.aborted) throw cause;
    if (cause instanceof DatasetError) throw cause;
    const why = timedOut ? `no complete answer within ${timeoutMs} ms` : (cause as Error).message;
    throw new DatasetError('fetch', `Could not load ${url}: ${why}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new DatasetError('parse', `${url} is not valid JSON: ${(cause as Error).message}`);
  }
  return parseDataset(json);
}
