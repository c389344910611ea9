// The content review (docs/content-review.md) stays redoable: it has a table for every seed article,
// and every dataset location it names (`faq/cost`, `uses/ptsd`, `routes/iv.cost`, ...) exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const review = readFileSync(new URL('docs/content-review.md', root), 'utf8');
const data = JSON.parse(readFileSync(new URL('data/ketamine.json', root), 'utf8'));

test('the review has a section for each of the five seed articles', () => {
  for (const seed of ['000', '001', '002', '003', '004']) assert.match(review, new RegExp(`^#+ .*${seed}`, 'm'), `seed ${seed}`);
});

test('every dataset location the review names exists', () => {
  const refs = [...review.matchAll(/`(faq|uses|sideEffects|routes|sources)\/([a-z0-9-]+)(?:\.(\w+))?`/g)];
  assert.ok(refs.length > 100, `only ${refs.length} references`);
  const missing = refs
    .filter(([, list, id, field]) => {
      const item = data[list].find((x) => x.id === id);
      return !item || (field !== undefined && !(field in item));
    })
    .map(([ref]) => ref);
  assert.deepEqual([...new Set(missing)], []);
});

test('every source of the dataset is named in the review, with the record it was checked in', () => {
  const unnamed = data.sources.filter((s) => !review.includes(`\`sources/${s.id}\``)).map((s) => s.id);
  assert.deepEqual(unnamed, []);
});

test('the review still names the seed articles the dataset was checked against, though no item cites them', () => {
  for (const seed of ['seed-bootdoctor', 'seed-whatedu', 'seed-infusion-blog', 'seed-athome-iv', 'seed-personal-blog']) {
    assert.ok(review.includes(`\`${seed}\``), seed);
    assert.ok(!data.sources.some((s) => s.id === seed), `${seed} is no longer a source`);
  }
});

test('every item of the dataset that touches suicide carries the crisis line', () => {
  const touches = (item) => /suicid|self-harm/i.test(JSON.stringify([item.name, item.question, item.summary, item.description, item.answer]));
  for (const list of ['faq', 'uses', 'sideEffects']) {
    for (const item of data[list]) if (touches(item)) assert.equal(item.crisis, true, `${list}/${item.id}`);
  }
});

test('every depression-focused answer and use carries the crisis line, new items included', () => {
  const depressionFaq = data.faq.filter((q) => q.topics.includes('depression'));
  assert.ok(depressionFaq.length >= 8, `only ${depressionFaq.length} FAQ items on depression`);
  for (const q of depressionFaq) assert.equal(q.crisis, true, `faq/${q.id}`);
  const depressionUses = data.uses.filter((u) => /depress/i.test(`${u.name} ${u.summary}`) && u.category === 'mental-health');
  assert.ok(depressionUses.length >= 3, `only ${depressionUses.length} uses on depression`);
  for (const u of depressionUses) assert.equal(u.crisis, true, `uses/${u.id}`);
  // The items added in 2.0.0 are held to the same rule as the rest.
  for (const id of ['how-often', 'help-for-misuse', 'lasting-effects', 'pregnancy', 'older-adults', 'history']) {
    const item = data.faq.find((q) => q.id === id);
    assert.ok(item, `faq/${id} exists`);
    const touches = /suicid|self-harm/i.test(item.answer.join(' ')) || item.topics.includes('depression');
    assert.equal(!!item.crisis, touches, `faq/${id}`);
  }
});

test('urgent side effects say how urgent: call 911 (emergency) or get medical help now (urgent)', () => {
  for (const effect of data.sideEffects) {
    if (effect.care) assert.equal(effect.urgent, true, `sideEffects/${effect.id}: care without urgent`);
    if (effect.urgent) assert.ok(['emergency', 'urgent'].includes(effect.care), `sideEffects/${effect.id}: urgent without care`);
  }
  assert.equal(data.sideEffects.find((e) => e.id === 'blood-in-urine').care, 'urgent');
  assert.equal(data.sideEffects.find((e) => e.id === 'respiratory-depression').care, 'emergency');
  assert.ok(data.meta.urgentAdvice && data.meta.emergencyAdvice);
});
