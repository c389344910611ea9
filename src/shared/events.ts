import type { DatasetErrorReason } from '../data/errors.js';
import type { ValidationIssue } from '../data/validate.js';

export interface KetamineErrorDetail {
  reason: DatasetErrorReason;
  message: string;
  issues: ValidationIssue[];
}

/** Fired (bubbling, composed) when a widget shows its error state instead of content. */
export type KetamineErrorEvent = CustomEvent<KetamineErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'ketamine-error': KetamineErrorEvent;
  }
}
