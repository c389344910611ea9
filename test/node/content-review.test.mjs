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

test('every item of the dataset that touches suicide carries the crisis line', () => {
  const touches = (item) => /suicid|self-harm/i.test(JSON.stringify([item.name, item.question, item.summary, item.description, item.answer]));
  for (const list of ['faq', 'uses', 'sideEffects']) {
    for (const item of data[list]) if (touches(item)) assert.equal(item.crisis, true, `${list}/${item.id}`);
  }
});
