/** `"a, b,c"` -> `['a', 'b', 'c']`: the comma-separated list attributes (`topics`, `routes`, ...). */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A `heading-level` attribute as a usable level: 2-6, default 3 (h1 belongs to the host page). */
export function clampHeadingLevel(value: unknown): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 3;
}
