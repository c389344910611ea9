/** Sentences in a text: a full stop, question or exclamation mark followed by a space and a capital or digit, or the end. */
export function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9\u00C0-\u024F])/u).filter((s) => s.trim()).length;
}

/**
 * A use's own note shows in the badge when it is at most this many sentences (else the status's general
 * explanation does). The CDN build's badge data leaves longer notes out (vite.config.ts), by the same rule.
 */
export const SHORT_NOTE_SENTENCES = 2;
