// The per-widget wrapper entries: the production bundle registers the two widgets the app uses, not the others.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export default async function check({ dir }) {
  const assets = join(dir, 'dist/assets');
  const code = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  for (const used of ['ketamine-faq', 'ketamine-approval-badge']) assert.ok(code.includes(used), used);
  for (const unused of ['ketamine-route-table', 'ketamine-side-effects', 'ketamine-uses']) assert.ok(!code.includes(unused), `${unused} is in the bundle`);
}
