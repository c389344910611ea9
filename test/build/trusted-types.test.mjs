// Every widget under a strict Content-Security-Policy with Trusted Types enforced
// (`require-trusted-types-for 'script'`, only the `lit-html` and `ketamine-widgets` policies allowed), through
// the documented embed (the loader) and the single file, client-rendered and server-rendered then hydrated:
// the widgets render, open, and the browser reports no violation. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { withPage } from './page.mjs';

// Server-rendered HTML carries <style> elements in its declarative shadow roots, which a page allows with a
// nonce, a hash or 'unsafe-inline' (README, "Strict Content-Security-Policy"); the rest of the policy is the same.
const csp = (styles) => [
  "default-src 'none'",
  "script-src 'self'",
  `style-src ${styles}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html ketamine-widgets',
].join('; ');

const widgets = `<ketamine-faq topics="cost" searchable structured-data></ketamine-faq>
<ketamine-side-effects severity="serious"></ketamine-side-effects>
<ketamine-route-table routes="iv,oral" sortable></ketamine-route-table>
<ketamine-uses categories="mental-health"></ketamine-uses>
<ketamine-sources for="page"></ketamine-sources>
<p>Status: <ketamine-approval-badge use="treatment-resistant-depression"></ketamine-approval-badge></p>`;

const cli = new URL('../../bin/ketamine-widgets.mjs', import.meta.url).pathname;
const rendered = execFileSync('node', [cli, 'render', widgets], { encoding: 'utf8' });

const page = (body, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trusted Types test page</title>
<script src="/test/build/collect-violations.js"></script>
<script type="module" src="${script}"></script></head><body>${body}</body></html>`;

const tags = ['ketamine-faq', 'ketamine-side-effects', 'ketamine-route-table', 'ketamine-uses', 'ketamine-sources', 'ketamine-approval-badge'];

/** Waits for every widget, uses one control of each, and returns what the page saw. */
async function exercise(tab) {
  await tab.waitForFunction(
    (tags) => tags.every((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.querySelector('[part~="footer"], [part~="label"]')),
    { timeout: 20000 },
    tags,
  );
  return tab.evaluate(async (tags) => {
    for (const tag of tags) await document.querySelector(tag).updateComplete;
    const root = (tag) => document.querySelector(tag).shadowRoot;
    const question = root('ketamine-faq').querySelector('[part~="question"]');
    question.click();
    root('ketamine-side-effects').querySelector('[part="toggle"]').click();
    root('ketamine-route-table').querySelector('[aria-expanded]').click();
    root('ketamine-approval-badge').querySelector('[part="info-button"]').click();
    for (const tag of tags) await document.querySelector(tag).updateComplete;
    await new Promise((r) => setTimeout(r, 300)); // the FAQ writes its JSON-LD after first paint
    return {
      violations: [...window.violations],
      faqOpen: question.closest('details')?.open ?? question.getAttribute('aria-expanded') === 'true',
      effectOpen: root('ketamine-side-effects').querySelector('[part="toggle"]').getAttribute('aria-expanded'),
      badgeOpen: root('ketamine-approval-badge').querySelector('[part="info-button"]').getAttribute('aria-expanded'),
      jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
      bibliography: root('ketamine-sources').querySelectorAll('li').length,
    };
  }, tags);
}

for (const [name, script] of [
  ['the loader', '/dist/cdn/loader.js'],
  ['the single file', '/dist/cdn/ketamine-widgets.js'],
]) {
  for (const [mode, body, styles] of [
    ['client-rendered', widgets, "'self'"],
    ['server-rendered, then hydrated', rendered, "'self' 'unsafe-inline'"],
  ]) {
    test(`${name}, ${mode}: every widget works under Trusted Types with no violation`, async () => {
      await withPage({ html: page(body, script), headers: { 'Content-Security-Policy': csp(styles) } }, async (tab, { errors }) => {
        const result = await exercise(tab);
        assert.deepEqual(result.violations, []);
        assert.deepEqual(errors, []);
        // Last, as it logs the blocked assignment: the page really enforces Trusted Types.
        const enforced = await tab.evaluate(() => {
          try {
            document.createElement('script').textContent = 'void 0';
            return false;
          } catch {
            return true;
          }
        });
        assert.equal(enforced, true, 'Trusted Types are enforced on the page');
        assert.equal(result.faqOpen, true);
        assert.equal(result.effectOpen, 'true');
        assert.equal(result.badgeOpen, 'true');
        assert.equal(result.jsonLd, 1, 'the FAQ wrote its structured data through the ketamine-widgets policy');
        assert.ok(result.bibliography > 0, 'the page bibliography lists what the widgets cite');
      });
    });
  }
}
