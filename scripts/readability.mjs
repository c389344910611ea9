// Reading level of the dataset's reader-facing text: the Flesch-Kincaid grade level
// (Kincaid, Fishburne, Rogers, Chissom 1975, "Derivation of new readability formulas for Navy enlisted personnel"):
//
//   grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
//
// Grade 8 means a US eighth-grader (about 13-14 years old) can follow the text. NHS and MedlinePlus write
// for a reading age of about 9-12. Syllables come from the `syllable` package (wooorm), which handles
// English exceptions better than a vowel-group count. Choices that make the score stricter, not kinder:
// - a number is read aloud, so it counts one syllable a digit ("1970" = 4, "0.5" = 2), and "%" adds two;
// - an all-capital abbreviation that is spelled out when read ("FDA", "IV", "NMDA") counts one syllable a letter
//   (W three); the few read as a word ("REMS") count as words.
// A sentence ends at ".", "!" or "?" followed by a space or the end; "e.g.", "vs." and decimals do not end one.
import { syllable } from 'syllable';

const READ_AS_WORDS = new Set(['REMS', 'COVID', 'NIMH', 'SAMHSA', 'ASRA', 'ACEP', 'NATO', 'AIDS']);
const ABBREVIATIONS = /\b(e\.g|i\.e|vs|Dr|Mr|Mrs|Ms|St|etc|approx|No|U\.S)\.(?=\s)/g;

/** Splits text into sentences. */
export function sentences(text) {
  const protectedText = text
    .replace(ABBREVIATIONS, (m) => m.replaceAll('.', '\u2024'))
    .replace(/(\d)\.(\d)/g, '$1\u2024$2');
  return protectedText
    .split(/(?<=[.!?]['"’”)]*)\s+(?=\S)/u)
    .map((s) => s.replaceAll('\u2024', '.').trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

/**
 * Splits a sentence into words: runs of letters, digits, apostrophes, decimal points and "%". A hyphenated
 * compound ("FDA-approved") counts as its parts; a number range ("17-23%") as one number.
 */
export function words(sentence) {
  return (
    sentence
      .replace(/([A-Za-z])-(?=[A-Za-z0-9])|(\d)-(?=[A-Za-z])/g, '$1$2 ')
      .match(/[A-Za-z0-9][A-Za-z0-9'’.%-]*/g)
      ?.map((w) => w.replace(/[.'’-]+$/, ''))
      .filter(Boolean) ?? []
  );
}

/** Syllables in one word, read as a person would read it aloud. */
export function syllables(part) {
  if (/\d/.test(part)) {
    const digits = part.replace(/\D/g, '').length;
    return Math.max(1, digits) + (part.includes('%') ? 2 : 0);
  }
  const bare = part.replace(/['’]s?$/, '');
  if (/^[A-Z]{2,5}s?$/.test(bare) && !READ_AS_WORDS.has(bare.replace(/s$/, ''))) {
    return [...bare.replace(/s$/, '')].reduce((n, letter) => n + (letter === 'W' ? 3 : 1), 0);
  }
  return Math.max(1, syllable(bare));
}

/** Flesch-Kincaid figures of a text (one or more paragraphs). */
export function readability(text) {
  const list = Array.isArray(text) ? text.flatMap((p) => sentences(p)) : sentences(text);
  const perSentence = list.map((s) => words(s));
  const wordCount = perSentence.reduce((n, ws) => n + ws.length, 0);
  const syllableCount = perSentence.flat().reduce((n, w) => n + syllables(w), 0);
  const sentenceCount = Math.max(1, list.length);
  const grade = wordCount === 0 ? 0 : 0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;
  return {
    grade: Math.round(grade * 10) / 10,
    sentences: list.length,
    words: wordCount,
    syllables: syllableCount,
    sentenceLengths: perSentence.map((ws) => ws.length),
    longestSentence: Math.max(0, ...perSentence.map((ws) => ws.length)),
  };
}

/** Every reader-facing text of the dataset that the plain-language limits apply to, scored. */
export function datasetReadability(data) {
  const faq = data.faq.map((q) => ({ id: q.id, ...readability(q.answer) }));
  const uses = data.uses.map((u) => ({ id: u.id, ...readability(u.summary) }));
  const sideEffects = data.sideEffects.map((s) => ({ id: s.id, ...readability(s.description) }));
  const routeTexts = data.routes.flatMap((r) =>
    ['onset', 'duration', 'setting', 'supervision', 'cost', 'bioavailability']
      .filter((k) => r[k]?.text)
      .map((k) => ({ id: `${r.id}.${k}`, ...readability(r[k].text) })),
  );
  const statusNotes = data.uses.flatMap((u) =>
    ['ketamine', 'esketamine'].filter((drug) => u[drug]?.note).map((drug) => ({ id: `${u.id}.${drug}`, ...readability(u[drug].note) })),
  );
  return { faq, uses, sideEffects, routeTexts, statusNotes };
}

export const mean = (xs) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : 0);

/** The limits the content test enforces (issue 10: plain language). */
export const LIMITS = { faqMax: 10, faqMean: 8, usesMean: 9, sentenceWords: 25 };
