// vue-tsc checked the app and the @vue-expect-error type tests during the build; prove the typings
// are what made those lines fail: without them, the expectations are unused and vue-tsc fails.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export default async function check({ dir, run }) {
  rmSync(join(dir, 'src/ketamine-widgets.d.ts'));
  let failed = false;
  try {
    run('npx', ['vue-tsc', '--noEmit', '-p', 'tsconfig.json']);
  } catch (error) {
    failed = true;
    assert.match(String(error.stdout), /Unused '@ts-expect-error' directive/);
  }
  assert.ok(failed, 'without the typings, the wrong types in TypeTests.vue must go unnoticed (and the expectations fail)');
}
