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

// The command's errors: one line on standard error, no stack trace, a non-zero status.
const run = (args, options = {}) => spawnSync('node', [...(options.node ?? []), cli, 'render', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
const oneLine = (result, pattern) => {
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  assert.match(result.stderr.trim(), pattern);
};

test('render: a missing file, --file without a name and a directory are one-line errors with status 1', () => {
  const missing = run(['--file', 'no-such-file.html']);
  assert.equal(missing.status, 1);
  oneLine(missing, /^ketamine-widgets render: no-such-file\.html: no such file$/);
  const noName = run(['--file']);
  assert.equal(noName.status, 1);
  oneLine(noName, /--file needs a file name/);
  const directory = run(['--file', tmpdir()]);
  assert.equal(directory.status, 1);
  oneLine(directory, /is a directory/);
});

test('render: a widget that renders its error state fails the command (status 2) unless --allow-errors', () => {
  const markup = '<p>ok</p>\n<ketamine-approval-badge use="anesthesia"></ketamine-approval-badge>\n<ketamine-approval-badge use="no-such-use"></ketamine-approval-badge>';
  const failed = run([markup]);
  assert.equal(failed.status, 2);
  oneLine(failed, /1 widget rendered an error state: <ketamine-approval-badge> on line 3 \(pass --allow-errors to accept\)/);
  assert.match(failed.stdout, /part="error"/, 'the output is still written');
  const allowed = run(['--allow-errors', markup]);
  assert.equal(allowed.status, 0, allowed.stderr);
  assert.equal(allowed.stderr, '');
  const fine = run([markup.split('\n').slice(0, 2).join('\n')]);
  assert.equal(fine.status, 0, fine.stderr);
});

test('render: input over the size limit is refused with a clear message; --max-input raises it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-'));
  const file = join(dir, 'big.html');
  writeFileSync(file, '<p>filler paragraph</p>\n'.repeat(250_000) + '<ketamine-approval-badge use="anesthesia"></ketamine-approval-badge>');
  const refused = run(['--file', file]);
  assert.equal(refused.status, 1);
  oneLine(refused, /big\.html is 5\.7 MB, over the 5\.0 MB input limit \(raise it with --max-input\)/);
  assert.equal(refused.stdout, '');
  const raised = run(['--max-input', '8MB', '--file', file]);
  assert.equal(raised.status, 0, raised.stderr);
  assert.ok(raised.stdout.startsWith('<p>filler paragraph</p>'));
  assert.match(stripStyles(raised.stdout), /Ketamine: FDA-approved \(1970\)/);
});

test('render: markup nested deeper than the limit is refused quickly; --max-depth raises it', () => {
  const levels = 100_000;
  const deep = `${'<div>'.repeat(levels)}<ketamine-approval-badge use="anesthesia"></ketamine-approval-badge>${'</div>'.repeat(levels)}`;
  const dir = mkdtempSync(join(tmpdir(), 'kw-'));
  const file = join(dir, 'deep.html');
  writeFileSync(file, deep);
  const refused = run(['--file', file]);
  assert.equal(refused.status, 1);
  oneLine(refused, /elements nest deeper than 256 levels \(line 1, <div>\); raise the limit with --max-depth/);
  const raised = run(['--max-depth', String(levels + 10), '--file', file]);
  assert.equal(raised.status, 0, raised.stderr);
  assert.ok(raised.stdout.startsWith('<div>'.repeat(levels)));
  assert.match(stripStyles(raised.stdout), /Ketamine: FDA-approved \(1970\)/);
});

test('render: memory stays bounded by one widget (250 FAQs, ~35 MB of output, within a 64 MB heap)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-'));
  const file = join(dir, 'faqs.html');
  writeFileSync(file, '<ketamine-faq></ketamine-faq>\n'.repeat(250));
  const result = run(['--file', file], { node: ['--max-old-space-size=64'] });
  assert.equal(result.status, 0, result.stderr.slice(0, 500));
  assert.equal(result.stdout.match(/<ketamine-faq\b/g).length, 250);
  assert.ok(result.stdout.length > 20e6, `${result.stdout.length} characters`);
});

test('render: more widgets than --max-widgets is refused', () => {
  const result = run(['--max-widgets', '2', '<ketamine-faq limit="1"></ketamine-faq>'.repeat(3)]);
  assert.equal(result.status, 1);
  oneLine(result, /more than 2 widgets in the input \(line 1; raise the limit with --max-widgets\)/);
});

test('splitMarkup passes HTML through and isolates the outermost widgets (comments, scripts and attributes with ">" understood)', async () => {
  const { splitMarkup } = await import('../../dist/ssr.js');
  const markup = '<!-- <ketamine-faq> --><script>"<ketamine-uses>"</script><p title="a>b">x</p>\n<ketamine-faq limit="1"><ketamine-uses slot="x"></ketamine-uses></ketamine-faq><br><em>y</em>';
  const pieces = [...splitMarkup(markup)];
  assert.deepEqual(pieces.map((p) => p.kind), ['html', 'widget', 'html']);
  assert.equal(pieces[1].text, '<ketamine-faq limit="1"><ketamine-uses slot="x"></ketamine-uses></ketamine-faq>');
  assert.equal(pieces[1].line, 2);
  assert.equal(pieces.map((p) => p.text).join(''), markup, 'nothing lost or reordered');
});

test('renderPage renders the widgets of a whole page and leaves the document around them as it is', async () => {
  const { renderPage } = await import('../../dist/ssr.js');
  const page = '<!doctype html>\n<html lang="en"><head><title>T</title><script>const x = "<ketamine-faq>";</script></head>\n<body><p>Hi</p><ketamine-approval-badge use="anesthesia"></ketamine-approval-badge></body></html>\n';
  const html = await renderPage(page);
  assert.ok(html.startsWith('<!doctype html>\n<html lang="en"><head><title>T</title><script>const x = "<ketamine-faq>";</script></head>\n<body><p>Hi</p>'));
  assert.ok(html.endsWith('</ketamine-approval-badge><!--/lit-part--></body></html>\n') || html.endsWith('</body></html>\n'));
  assert.match(stripStyles(html), /<ketamine-approval-badge[^>]*><template shadowroot(mode)?="open"[^]*Ketamine: FDA-approved \(1970\)/);
});
