import { html, type TemplateResult } from 'lit';

/**
 * Word search for widgets with a search box: every query word must match, in any order; simple
 * plurals and stems match each other ("driving" finds "drive"); a word matches the other words of its
 * synonym group (the dataset's `searchSynonyms`); stop words are ignored ("ketamine for anxiety").
 * Comparisons fold case and accents word by word, and highlighting works on the original text's own
 * word positions, so case mappings that change a string's length ("İ") never shift a highlight.
 */

/** Letters with their combining marks, and digits: what a word is, in any script. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** English words too common to narrow a search. Used only when the query has other words too. */
const STOP_WORDS = new Set(
  'a about after an and any are as at be been before but by can could do does did for from get has have how i if in into is it its me my of on or should so than that the their them there these they this to was we what when where which who why will with would you your much many'.split(
    ' ',
  ),
);

/** Lower case without accents or other combining marks: "İ" -> "i", "Café" -> "cafe". */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return /^[a-z0-9]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Stems by word: the same words recur across answers and keystrokes. Bounded, so that it cannot grow without limit. */
const stems = new Map<string, string>();

/** A rough English stem: plurals and -ing/-ed endings off, so that "costs", "costing" and "cost" meet. */
export function stem(word: string): string {
  let cached = stems.get(word);
  if (cached === undefined) {
    if (stems.size > 50_000) stems.clear();
    stems.set(word, (cached = stemOf(word)));
  }
  return cached;
}

function stemOf(word: string): string {
  let w = fold(word);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * One query word: its stem, which also matches longer words it starts ("depress" finds "depression",
 * as you type), and its synonyms' stems, which match whole words only ("car" must not find "care").
 */
export interface SearchTerm {
  readonly prefix: string;
  readonly exact: readonly string[];
}

/** A parsed query: every term must match. */
export interface SearchQuery {
  readonly text: string;
  readonly terms: readonly SearchTerm[];
}

const EMPTY: SearchQuery = { text: '', terms: [] };

/** Splits a query into terms, drops stop words (unless nothing else is left) and adds each word's synonyms. */
export function parseQuery(text: string, synonyms: readonly (readonly string[])[] = []): SearchQuery {
  // No query (every first render): no regular expression work at all (a first Unicode-property match compiles it).
  if (!text.trim()) return EMPTY;
  const words = text.match(WORD) ?? [];
  if (!words.length) return EMPTY;
  const meaningful = words.filter((w) => !STOP_WORDS.has(fold(w)));
  const stems = [...new Set((meaningful.length ? meaningful : words).map(stem))];
  const groups = synonyms.map((group) => group.map(stem));
  const terms = stems.map((prefix) => {
    const exact = new Set<string>();
    for (const group of groups) if (group.includes(prefix)) for (const other of group) if (other !== prefix) exact.add(other);
    return { prefix, exact: [...exact] };
  });
  return { text: text.trim(), terms };
}

/** One- and two-letter query words match whole words only ("iv" must not find "ivory"). */
const isPrefix = (prefix: string) => prefix.length > 2;

/** Does a word's stem match a term? */
function stemMatches(wordStem: string, term: SearchTerm): boolean {
  if (isPrefix(term.prefix) ? wordStem.startsWith(term.prefix) : wordStem === term.prefix) return true;
  return term.exact.includes(wordStem);
}

function anyTermMatches(wordStem: string, query: SearchQuery): boolean {
  for (const term of query.terms) if (stemMatches(wordStem, term)) return true;
  return false;
}

/**
 * The items whose texts contain every term of a query. Built once (words stemmed and sorted), then each
 * query looks up its prefixes by binary search: fast enough for every keystroke at 10,000 items.
 */
export class SearchIndex<T> {
  private readonly vocabulary: string[];
  private readonly postings: number[][];

  constructor(
    readonly items: readonly T[],
    textsOf: (item: T) => readonly string[],
  ) {
    const byStem = new Map<string, number[]>();
    items.forEach((item, index) => {
      for (const text of textsOf(item)) {
        for (const word of text.match(WORD) ?? []) {
          const s = stem(word);
          const list = byStem.get(s);
          if (!list) byStem.set(s, [index]);
          else if (list[list.length - 1] !== index) list.push(index);
        }
      }
    });
    this.vocabulary = [...byStem.keys()].sort();
    this.postings = this.vocabulary.map((s) => byStem.get(s)!);
  }

  /** The matching items, in their original order. */
  search(query: SearchQuery): T[] {
    if (!query.terms.length) return [...this.items];
    let result: Uint8Array | undefined;
    for (const term of query.terms) {
      const hits = new Uint8Array(this.items.length);
      const mark = (at: number) => {
        for (const i of this.postings[at]) hits[i] = 1;
      };
      for (const word of term.exact) {
        const at = this.lowerBound(word);
        if (this.vocabulary[at] === word) mark(at);
      }
      if (isPrefix(term.prefix)) {
        for (let at = this.lowerBound(term.prefix); at < this.vocabulary.length && this.vocabulary[at].startsWith(term.prefix); at++) mark(at);
      } else {
        const at = this.lowerBound(term.prefix);
        if (this.vocabulary[at] === term.prefix) mark(at);
      }
      if (result) for (let i = 0; i < hits.length; i++) result[i] &= hits[i];
      else result = hits;
    }
    return this.items.filter((_, i) => result![i]);
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.vocabulary[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Whether `texts` together contain every term of the query (what `SearchIndex` finds, without an index). */
export function matchesQuery(texts: readonly string[], query: SearchQuery): boolean {
  const stems = texts.flatMap((text) => (text.match(WORD) ?? []).map(stem));
  return query.terms.every((term) => stems.some((s) => stemMatches(s, term)));
}

/** Case-insensitive substring test (kept for simple filters). */
export function includesQuery(text: string, query: string): boolean {
  return !query || text.toLocaleLowerCase().includes(query.toLocaleLowerCase());
}

const mark = (word: string) => html`<mark part="match">${word}</mark>`;

/**
 * `text` with every word that matches the query wrapped in `<mark part="match">`. The pieces are
 * bound as text, so data never becomes HTML. A plain string query is parsed first.
 */
export function highlight(text: string, query: SearchQuery | string): string | TemplateResult {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  if (!parsed.terms.length) return text;
  const pieces: Array<string | TemplateResult> = [];
  let from = 0;
  for (const found of text.matchAll(WORD)) {
    if (!anyTermMatches(stem(found[0]), parsed)) continue;
    pieces.push(text.slice(from, found.index), mark(found[0]));
    from = found.index + found[0].length;
  }
  if (!pieces.length) return text;
  pieces.push(text.slice(from));
  return html`${pieces}`;
}

/**
 * A short excerpt of the first of `texts` with a match: a few words either side of it, highlighted,
 * so that a reader sees why a collapsed answer matched. Undefined when nothing matches.
 */
export function snippet(texts: readonly string[], query: SearchQuery, { before = 6, after = 14 } = {}): TemplateResult | undefined {
  if (!query.terms.length) return undefined;
  for (const text of texts) {
    const words = [...text.matchAll(WORD)];
    const hit = words.findIndex((w) => anyTermMatches(stem(w[0]), query));
    if (hit === -1) continue;
    const first = words[Math.max(0, hit - before)];
    const last = words[Math.min(words.length - 1, hit + after)];
    const start = hit - before > 0 ? first.index : 0;
    const end = hit + after < words.length - 1 ? last.index + last[0].length : text.length;
    return html`${start > 0 ? '… ' : ''}${highlight(text.slice(start, end), query)}${end < text.length ? ' …' : ''}`;
  }
  return undefined;
}
