// The server-rendering command and Node API of the built package (run after `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderToString } from '../../dist/ssr/render.js';

const cli = new URL('../../bin/ketamine-widgets.mjs', import.meta.url).pathname;
const data = JSON.parse(execFileSync('node', ['-e', 'process.stdout.write(require("fs").readFileSync("data/ketamine.json","utf8"))'], { encoding: 'utf8' }));
const stripStyles = (html) => html.replace(/<style>[\s\S]*?<\/style>/g, '');

test('`ketamine-widgets render` prints declarative shadow DOM with the content in it', () => {
  const out = execFileSync('node', [cli, 'render', '<ketamine-faq topics="cost"></ketamine-faq>'], { encoding: 'utf8' });
  assert.match(out, /<ketamine-faq\s+topics="cost"><template shadowroot="open" shadowrootmode="open">/);
  const text = stripStyles(out);
  for (const q of data.faq.filter((q) => q.topics.includes('cost'))) {
    assert.ok(text.includes(q.question.replace(/'/g, '&#39;')) || text.includes(q.question), q.id);
  }
  assert.ok(text.includes(data.meta.disclaimer), 'disclaimer');
});

test('`ketamine-widgets render --file` renders a page fragment and leaves other HTML as it is', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-'));
  const file = join(dir, 'fragment.html');
  writeFileSync(file, '<h2>Is it approved?</h2>\n<p>Status: <ketamine-approval-badge use="anesthesia"></ketamine-approval-badge></p>');
  const out = execFileSync('node', [cli, 'render', '--file', file], { encoding: 'utf8' });
  assert.match(out, /<h2>Is it approved\?<\/h2>/);
  assert.match(stripStyles(out), /Ketamine: FDA-approved \(1970\)/);
});

test('the command explains its use when called wrongly', () => {
  const result = spawnSync('node', [cli], { encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /Usage:/);
});

test('renderToString renders every widget, readable before any script runs', async () => {
  const html = stripStyles(
    await renderToString(
      '<ketamine-uses categories="pain"></ketamine-uses><ketamine-side-effects severity="long-term"></ketamine-side-effects>' +
        '<ketamine-route-table routes="oral"></ketamine-route-table><ketamine-sources kinds="guideline"></ketamine-sources>',
    ),
  );
  assert.equal(html.match(/shadowrootmode="open"/g).length, 4);
  for (const text of ['Pain', 'Long-term effects', 'Ways of giving ketamine and esketamine, compared', 'Clinical guidelines']) assert.ok(html.includes(text), text);
});
