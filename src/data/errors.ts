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
