import type { UiStrings } from '../data/types.js';

/**
 * Looks up a UI label and fills its `{placeholders}`. Labels come from the dataset's `strings`
 * (so a translated dataset translates the widgets); a missing key falls back to the bundled English,
 * then to the key itself so a gap is visible rather than blank.
 * A numeric `count` picks `key.one` / `key.other` by the locale's plural rules where those exist.
 */
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The plural category of `count`. English (the bundled locale) without Intl: a page's first Intl object
 * costs milliseconds of ICU set-up in a widget's first render. CLDR's English rule: "one" for exactly 1
 * (an integer), else "other".
 */
function pluralCategory(locale: string, count: number): string {
  if (locale === 'en' || locale.startsWith('en-')) return count === 1 ? 'one' : 'other';
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

/** A label only if it is the object's own string (a `strings` object may come from a page, with anything on its prototype). */
function own(strings: UiStrings, key: string): string | undefined {
  const value = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export function translate(
  strings: UiStrings,
  fallback: UiStrings,
  locale: string,
  key: string,
  vars: Record<string, string | number> = {},
): string {
  let lookup = key;
  if (typeof vars.count === 'number') {
    const plural = `${key}.${pluralCategory(locale, vars.count)}`;
    lookup = own(strings, plural) !== undefined || own(fallback, plural) !== undefined ? plural : `${key}.other`;
  }
  const template = own(strings, lookup) ?? own(fallback, lookup) ?? own(strings, key) ?? own(fallback, key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
