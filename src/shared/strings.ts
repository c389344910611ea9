import type { UiStrings } from '../data/types.js';

/**
 * Looks up a UI label and fills its `{placeholders}`. Labels come from the dataset's `strings`
 * (so a translated dataset translates the widgets); a missing key falls back to the bundled English,
 * then to the key itself so a gap is visible rather than blank.
 * A numeric `count` picks `key.one` / `key.other` by the locale's plural rules where those exist.
 */
export function translate(
  strings: UiStrings,
  fallback: UiStrings,
  locale: string,
  key: string,
  vars: Record<string, string | number> = {},
): string {
  let lookup = key;
  if (typeof vars.count === 'number') {
    const plural = `${key}.${new Intl.PluralRules(locale).select(vars.count)}`;
    lookup = plural in strings || plural in fallback ? plural : `${key}.other`;
  }
  const template = strings[lookup] ?? fallback[lookup] ?? strings[key] ?? fallback[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
