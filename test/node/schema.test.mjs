// The dataset checked by an independent, complete JSON Schema implementation (Ajv), in Node:
// it confirms the schema itself is valid draft 2020-12 and that our small in-browser validator
// has not been too lenient about the bundled file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { schema as generated } from '../../scripts/gen-schema.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('data/ketamine.schema.json');
const data = read('data/ketamine.json');

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

test('data/ketamine.schema.json is what scripts/gen-schema.mjs writes', () => {
  assert.deepEqual(schema, generated, 'run `node scripts/gen-schema.mjs`');
});

test('the bundled dataset is valid according to Ajv', () => {
  const ok = validate(data);
  assert.equal(ok, true, JSON.stringify(validate.errors, null, 2));
});

test('Ajv rejects a wrong status, a missing source list and a bad date', () => {
  const bad = structuredClone(data);
  bad.uses[3].ketamine.status = 'aproved';
  bad.uses[1].sources = [];
  bad.meta.lastReviewed = '2026-13-01';
  assert.equal(validate(bad), false);
  const paths = validate.errors.map((e) => e.instancePath);
  assert.ok(paths.includes('/uses/3/ketamine/status'));
  assert.ok(paths.includes('/uses/1/sources'));
  assert.ok(paths.includes('/meta/lastReviewed'));
});
