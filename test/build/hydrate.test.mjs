// The BUILT hydrate entry (dist/hydrate.js) and the CDN file over the render command's output, in
// Chromium: server-rendered widgets hydrate in place (no second copy of their content inside the
// declarative shadow root) and answer the first click. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { importMap, withPage } from './page.mjs';

const cli = new URL('../../bin/ketamine-widgets.mjs', import.meta.url).pathname;
const rendered = execFileSync(
  'node',
  [cli, 'render', '<ketamine-faq limit="2"></ketamine-faq><ketamine-approval-badge use="anesthesia"></ketamine-approval-badge>'],
  { encoding: 'utf8' },
);

/** The import map the README documents, with the package at /dist/ and its dependencies at /node_modules/. */

async function checkHydrated(page, errors) {
  // Both widgets upgraded and finished their first (hydrating) update.
  await page.waitForFunction(() =>
    ['ketamine-faq', 'ketamine-approval-badge'].every((tag) => document.querySelector(tag)?.hasUpdated),
  );
  const counts = await page.evaluate(() => {
    const faq = document.querySelector('ketamine-faq').shadowRoot;
    const badge = document.querySelector('ketamine-approval-badge').shadowRoot;
    return {
      questions: faq.querySelectorAll('[part="question"]').length,
      faqRoots: faq.querySelectorAll('[part="base"], [role="region"]').length,
      badges: badge.querySelectorAll('[part="label"]').length,
      faqChildren: [...faq.children].filter((el) => el.localName !== 'style').length,
    };
  });
  assert.equal(counts.questions, 2, 'limit="2" shows two questions (four means the widget rendered a second time)');
  assert.equal(counts.badges, 1, 'one badge label');
  // The first click after hydration opens the answer and fires the event the page listens to.
  await page.evaluate(() => {
    window.toggles = [];
    document.addEventListener('ketamine-faq-toggle', (e) => window.toggles.push(e.detail));
  });
  const button = await page.evaluateHandle(() => document.querySelector('ketamine-faq').shadowRoot.querySelector('[part="question"]'));
  await button.click();
  const after = await page.evaluate(() => ({
    toggles: window.toggles,
    // The question is a <summary> in a <details>, or a button with aria-expanded.
    expanded: ((q) => (q.closest('details') ? String(q.closest('details').open) : q.getAttribute('aria-expanded')))(
      document.querySelector('ketamine-faq').shadowRoot.querySelector('[part="question"]'),
    ),
  }));
  assert.equal(after.toggles.length, 1, 'one toggle event on the first click');
  assert.equal(after.toggles[0].open, true);
  assert.equal(after.expanded, 'true');
  assert.deepEqual(errors, []);
  return counts;
}

test('dist/hydrate.js imports Lit’s hydrate support before any module that loads Lit', async () => {
  const { readFileSync } = await import('node:fs');
  const hydrate = readFileSync(new URL('../../dist/hydrate.js', import.meta.url), 'utf8');
  const firstImport = hydrate.match(/import\s*(?:[^'"]*from\s*)?"([^"]+)"/)[1];
  assert.equal(firstImport, './hydrate-support.js');
  const support = readFileSync(new URL('../../dist/hydrate-support.js', import.meta.url), 'utf8');
  assert.match(support, /^import "@lit-labs\/ssr-client\/lit-element-hydrate-support\.js";/);
});

test('npm build: ketamine-widgets/hydrate.js from an import map hydrates the render command’s output without duplicating it', async () => {
  const html = `<!doctype html><script type="importmap">${JSON.stringify(importMap)}</script>
    <body>${rendered}<script type="module">import 'ketamine-widgets/hydrate.js';</script></body>`;
  await withPage({ html }, async (page, { errors }) => {
    // Before hydration the server HTML already holds the content.
    const serverQuestions = await page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot?.querySelectorAll('[part="question"]').length);
    assert.equal(serverQuestions, 2, 'the server HTML holds the two questions');
    await checkHydrated(page, errors);
  });
});

test('CDN file: hydrates the render command’s output without duplicating it', async () => {
  const html = `<!doctype html><body>${rendered}<script type="module" src="/dist/cdn/ketamine-widgets.js"></script></body>`;
  await withPage({ html }, async (page, { errors }) => checkHydrated(page, errors));
});

test('CDN loader: hydrates the render command’s output without duplicating it', async () => {
  const html = `<!doctype html><head><script type="module" src="/dist/cdn/loader.js"></script></head><body>${rendered}</body>`;
  await withPage({ html }, async (page, { errors }) => checkHydrated(page, errors));
});
