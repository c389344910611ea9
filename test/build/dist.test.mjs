// Checks the built package (run after `npm run build`): the exports map, the define modules,
// `lit` kept external in the npm build, and the CDN file registering every widget in a real browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { importMap, withPage } from './page.mjs';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tags = ['ketamine-approval-badge', 'ketamine-faq', 'ketamine-route-table', 'ketamine-side-effects', 'ketamine-sources', 'ketamine-uses'];

function targets(entry) {
  return typeof entry === 'string' ? [entry] : Object.values(entry).flatMap(targets);
}

test('every exports target, types file and sideEffects file exists', () => {
  for (const [key, entry] of Object.entries(pkg.exports)) {
    for (const target of targets(entry)) assert.ok(existsSync(join(root, target)), `${key} -> ${target}`);
  }
  for (const file of pkg.sideEffects) assert.ok(existsSync(join(root, file)), file);
  assert.ok(existsSync(join(root, pkg.customElements)), pkg.customElements);
});

test('the npm build keeps lit external and the index imports every define module', () => {
  const component = readFileSync(join(root, 'dist/approval-badge.component.js'), 'utf8');
  assert.match(component, /from "lit"/);
  assert.doesNotMatch(component, /customElements\.define/, 'the class module must not register anything');
  const index = readFileSync(join(root, 'dist/index.js'), 'utf8');
  for (const widget of tags.map((tag) => tag.replace('ketamine-', ''))) {
    assert.match(index, new RegExp(`import "\\./${widget}\\.js"`), widget);
  }
});

test('the CDN file is self-contained', () => {
  const cdn = readFileSync(join(root, 'dist/cdn/ketamine-widgets.js'), 'utf8');
  assert.doesNotMatch(cdn, /\bimport\s*[^(]*\s*from\s*["']/, 'no static imports');
  assert.doesNotMatch(cdn, /\bimport\s*\(\s*["'][^.]/, 'no bare dynamic imports');
  for (const tag of tags) assert.ok(cdn.includes(tag), tag);
});

test('the CDN file registers every widget from one script tag, with the bundled data', async () => {
  const html = `<!doctype html><script type="module" src="/dist/cdn/ketamine-widgets.js"></script>
    <script type="module" src="/dist/cdn/ketamine-widgets.js?second-copy"></script>
    <ketamine-approval-badge use="anesthesia"></ketamine-approval-badge>`;
  await withPage({ html }, async (page, { errors }) => {
    await page.waitForFunction(() => document.querySelector('ketamine-approval-badge')?.shadowRoot?.querySelector('[part="label"]'));
    const label = await page.evaluate(() => document.querySelector('ketamine-approval-badge').shadowRoot.querySelector('[part="label"]').textContent.trim());
    assert.equal(label, 'Ketamine: FDA-approved (1970)');
    assert.deepEqual(errors, [], 'a second copy of the library must not throw');
  });
});


test('every JavaScript subpath in `exports` is the same path under dist/, so bundlers and import maps agree', () => {
  for (const [key, entry] of Object.entries(pkg.exports)) {
    if (key === '.' || key === './package.json' || key === './custom-elements.json') continue;
    for (const target of targets(entry).filter((t) => !t.includes('/types/'))) {
      assert.equal(target, `./dist/${key.slice(2)}`, key);
    }
  }
});

test('one React wrapper entry loads only its own widget', () => {
  const faq = readFileSync(join(root, 'dist/react/faq.js'), 'utf8');
  assert.match(faq, /from "\.\.\/faq\.component\.js"/);
  for (const other of ['approval-badge', 'route-table', 'side-effects', 'sources', 'uses']) assert.ok(!faq.includes(other), other);
});

test('the npm build works from an import map, loading only the widget it is asked for', async () => {
  const html = `<!doctype html><script type="importmap">${JSON.stringify(importMap)}</script>
    <script type="module">import 'ketamine-widgets/faq.js';</script><ketamine-faq topics="cost"></ketamine-faq>`;
  await withPage({ html }, async (page, { errors, requested }) => {
    await page.waitForFunction(() => document.querySelector('ketamine-faq')?.shadowRoot?.querySelector('[part="question"]'));
    assert.deepEqual(errors, []);
    // Only the FAQ's modules: no other widget's code was requested.
    for (const other of ['route-table', 'side-effects', 'sources/', 'uses/', 'approval-badge']) {
      assert.ok(!requested.some((url) => url.includes(other)), `${other} was loaded`);
    }
  });
});
