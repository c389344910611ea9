// Reading level of the dataset (Flesch-Kincaid grade, see scripts/readability.mjs): per FAQ answer, per use
// summary, side-effect descriptions and route texts, with averages and the sentences over the length limit.
// `node bench/readability.mjs --all` also prints every side effect and route text.
import { readFileSync } from 'node:fs';
import { datasetReadability, mean, LIMITS } from '../scripts/readability.mjs';

const data = JSON.parse(readFileSync(new URL('../data/ketamine.json', import.meta.url), 'utf8'));
const all = process.argv.includes('--all');
const scores = datasetReadability(data);

const section = (title, rows, { list = true } = {}) => {
  const grades = rows.map((r) => r.grade);
  const sentences = rows.flatMap((r) => r.sentenceLengths);
  const long = sentences.filter((n) => n > LIMITS.sentenceWords).length;
  console.log(`\n${title}: ${rows.length} items, mean grade ${mean(grades)}, max ${Math.max(...grades)}, ` +
    `${grades.filter((g) => g <= 9).length} at grade 9 or below, ${long} of ${sentences.length} sentences over ${LIMITS.sentenceWords} words, ` +
    `mean sentence ${mean(sentences)} words`);
  if (!list) return;
  for (const r of [...rows].sort((a, b) => b.grade - a.grade)) {
    console.log(`  ${String(r.grade).padStart(5)}  ${r.id.padEnd(38)} ${r.sentences} sentences, longest ${r.longestSentence} words`);
  }
};

console.log(`Readability of data/ketamine.json ${data.meta.version} (Flesch-Kincaid grade; limits: every FAQ answer <= ${LIMITS.faqMax}, ` +
  `FAQ mean <= ${LIMITS.faqMean}, use-summary mean <= ${LIMITS.usesMean})`);
section('FAQ answers', scores.faq);
section('Use summaries', scores.uses);
section('Side-effect descriptions', scores.sideEffects, { list: all });
section('Route texts', scores.routeTexts, { list: all });
section('Use status notes', scores.statusNotes, { list: all });
