import type { Frequency } from '../data/types.js';

/**
 * How often, in words a reader takes in at a glance ("about 4 in 10 people"), worked out from
 * percentages. The denominator is the smallest of 10, 100, 1,000 and 10,000 at which the lower figure
 * is at least 1 person, so the words are never more precise than the figures: 41% is "about 4 in 10",
 * 7.6% "about 8 in 100", 0.3-0.4% "3 to 4 in 1,000". "about" is left out when the words are exact.
 */
export interface FrequencyWords {
  /** A `sideEffects.frequency.*` string key. */
  key: 'about' | 'exact' | 'aboutRange' | 'exactRange' | 'upTo' | 'fewer' | 'none' | 'nearlyAll' | 'all';
  low?: number;
  high?: number;
  total?: number;
}

const DENOMINATORS = [10, 100, 1000, 10000] as const;

const isWhole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;

export function frequencyInWords(low: number, high: number = low): FrequencyWords | undefined {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  // Figures come from data: keep them in 0-100 and in order whatever the data says.
  const lo = Math.min(100, Math.max(0, Math.min(low, high)));
  const hi = Math.min(100, Math.max(0, Math.max(low, high)));
  if (hi === 0) return { key: 'none' };
  if (lo === 100) return { key: 'all' };
  const base = lo > 0 ? lo : hi;
  const total = DENOMINATORS.find((d) => (base * d) / 100 >= 1 - 1e-9);
  if (total === undefined) return { key: 'fewer', total: DENOMINATORS[DENOMINATORS.length - 1] };
  const a = Math.round((lo * total) / 100);
  const b = Math.round((hi * total) / 100);
  const exact = isWhole((lo * total) / 100) && isWhole((hi * total) / 100);
  // "about 10 in 10" would say everyone: near the top, say "nearly all".
  if (b >= total) return a >= total || lo >= 95 ? { key: 'nearlyAll' } : { key: exact ? 'exactRange' : 'aboutRange', low: a, high: total - 1, total };
  if (a === 0) return { key: 'upTo', high: b, total };
  if (a === b) return { key: exact ? 'exact' : 'about', low: a, total };
  return { key: exact ? 'exactRange' : 'aboutRange', low: a, high: b, total };
}

/** The lowest and highest percentages among `figures` (one pass: no spread, whatever their number). */
export function spanOf(figures: readonly Frequency[]): { low: number; high: number } | undefined {
  let low = Infinity;
  let high = -Infinity;
  for (const figure of figures) {
    const top = figure.high ?? figure.low;
    if (figure.low < low) low = figure.low;
    if (top > high) high = top;
  }
  return figures.length && Number.isFinite(low) && Number.isFinite(high) ? { low, high } : undefined;
}

/** The highest figure of an effect; -1 (below any figure) when it has none, so those sort last. A loop: 200,000 figures must not overflow the call stack. */
export function peakOf(figures: readonly Frequency[]): number {
  let peak = -1;
  for (const figure of figures) {
    const top = figure.high ?? figure.low;
    if (top > peak) peak = top;
  }
  return peak;
}
