// Plain language (issue 10): the reader-facing text of data/ketamine.json stays at the reading level
// that NHS and MedlinePlus write for. Grades come from scripts/readability.mjs (Flesch-Kincaid, documented there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readability, sentences, words, syllables, datasetReadability, mean, LIMITS } from '../../scripts/readability.mjs';

const data = JSON.parse(readFileSync(new URL('../../data/ketamine.json', import.meta.url), 'utf8'));
const scores = datasetReadability(data);

test('the formula: 0.39 x words per sentence + 11.8 x syllables per word - 15.59', () => {
  // 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45, rounded to one decimal
  assert.deepEqual(
    { ...readability('The cat sat on the mat.'), sentenceLengths: undefined },
    { grade: -1.4, sentences: 1, words: 6, syllables: 6, sentenceLengths: undefined, longestSentence: 6 },
  );
  // 2 sentences, 6 words, 18 syllables (the package reads "anesthesia" as 3): 0.39 * 3 + 11.8 * 18 / 6 - 15.59 = 20.98
  const hard = readability('Anesthesia requires monitoring. Ketamine causes dissociation.');
  assert.equal(hard.words, 6);
  assert.equal(hard.sentences, 2);
  assert.equal(hard.syllables, 3 + 2 + 4 + 3 + 2 + 4);
  assert.equal(hard.grade, 21);
});

test('sentences end at . ! ? but not inside "e.g.", "vs." or a decimal', () => {
  assert.deepEqual(sentences('A dose of 0.5 mg per kg, e.g. over 40 minutes. Is it safe? No! It varies vs. placebo.'), [
    'A dose of 0.5 mg per kg, e.g. over 40 minutes.',
    'Is it safe?',
    'No!',
    'It varies vs. placebo.',
  ]);
});

test('numbers and spelled-out abbreviations count as they are read aloud', () => {
  assert.equal(syllables('1970'), 4);
  assert.equal(syllables('17-23%'), 6);
  assert.equal(syllables('FDA'), 3);
  assert.equal(syllables('REMS'), 1);
  assert.deepEqual(words('FDA-approved for 12-year-olds'), ['FDA', 'approved', 'for', '12', 'year', 'olds']);
});

test('a long, Latinate answer fails the limit the dataset is held to', () => {
  const wordy = readability(
    'Contraindications encompass aneurysmal vascular disease, arteriovenous malformation and intracerebral hemorrhage, necessitating comprehensive individualized evaluation.',
  );
  assert.ok(wordy.grade > LIMITS.faqMax, `grade ${wordy.grade}`);
});

test(`every FAQ answer is at grade ${LIMITS.faqMax} or below, and the answers average ${LIMITS.faqMean} or below`, () => {
  const over = scores.faq.filter((s) => s.grade > LIMITS.faqMax).map((s) => `${s.id} (${s.grade})`);
  assert.deepEqual(over, []);
  const average = mean(scores.faq.map((s) => s.grade));
  assert.ok(average <= LIMITS.faqMean, `FAQ mean grade ${average}`);
});

test(`use summaries average grade ${LIMITS.usesMean} or below`, () => {
  const average = mean(scores.uses.map((s) => s.grade));
  assert.ok(average <= LIMITS.usesMean, `use-summary mean grade ${average}`);
});

test(`no FAQ answer, use summary or side-effect description has a sentence over ${LIMITS.sentenceWords} words`, () => {
  const long = [...scores.faq, ...scores.uses, ...scores.sideEffects]
    .filter((s) => s.longestSentence > LIMITS.sentenceWords)
    .map((s) => `${s.id} (${s.longestSentence} words)`);
  assert.deepEqual(long, []);
});
