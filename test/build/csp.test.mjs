// The CDN file under a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'):
// every widget renders and is styled, and the browser reports no violation. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withPage } from './page.mjs';

const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP test page</title>
<script src="/test/build/collect-violations.js"></script>
<script type="module" src="/dist/cdn/ketamine-widgets.js"></script></head><body>
<ketamine-faq topics="cost" searchable structured-data></ketamine-faq>
<ketamine-side-effects severity="serious" show-frequency></ketamine-side-effects>
<ketamine-route-table routes="iv,oral" sortable></ketamine-route-table>
<ketamine-uses categories="pain"></ketamine-uses>
<ketamine-sources kinds="guideline"></ketamine-sources>
<p>Status: <ketamine-approval-badge use="ptsd"></ketamine-approval-badge></p>
</body></html>`;

test('every widget works under a strict Content-Security-Policy', async () => {
  // The collector is served from the project (script-src 'self' allows it; an inline script would be blocked).
  await withPage({ html: page, headers: { 'Content-Security-Policy': csp } }, async (tab, { errors }) => {
    const tags = ['ketamine-faq', 'ketamine-side-effects', 'ketamine-route-table', 'ketamine-uses', 'ketamine-sources', 'ketamine-approval-badge'];
    await tab.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part="disclaimer"], [part="label"]')), {}, tags);
    const result = await tab.evaluate(async () => {
      const faq = document.querySelector('ketamine-faq');
      const button = faq.shadowRoot.querySelector('[part="question"]');
      button.click();
      await faq.updateComplete;
      const bar = document.querySelector('ketamine-side-effects').shadowRoot.querySelector('[part="bar"]');
      return {
        violations: window.violations,
        opened: button.closest('details') ? String(button.closest('details').open) : button.getAttribute('aria-expanded'),
        // Styles applied: the FAQ list has its border, the frequency bar its width.
        listBorder: getComputedStyle(faq.shadowRoot.querySelector('[part="list"]')).borderBottomStyle,
        barWidth: bar.getBoundingClientRect().width,
        jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
      };
    });
    assert.deepEqual(result.violations, []);
    assert.deepEqual(errors, []);
    assert.equal(result.opened, 'true');
    assert.equal(result.listBorder, 'solid');
    assert.ok(result.barWidth > 0, 'frequency bars are drawn');
    assert.equal(result.jsonLd, 1);
  });
});
