import { DEFAULT_LOAD_TIMEOUT_MS, DatasetError } from './errors.js';
import { parseDataset } from './parse.js';
import type { Dataset } from './types.js';

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
