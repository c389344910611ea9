// The CDN file under a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'):
// every widget renders and is styled, and the browser reports no violation. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../../scripts/browsers.mjs';

const root = new URL('../../', import.meta.url);
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP test page</title>
<script type="module" src="/ketamine-widgets.js"></script>
<script src="/collect-violations.js"></script></head><body>
<ketamine-faq topics="cost" searchable structured-data></ketamine-faq>
<ketamine-side-effects severity="serious" show-frequency></ketamine-side-effects>
<ketamine-route-table routes="iv,oral" sortable></ketamine-route-table>
<ketamine-uses categories="pain"></ketamine-uses>
<ketamine-sources kinds="guideline"></ketamine-sources>
<p>Status: <ketamine-approval-badge use="ptsd"></ketamine-approval-badge></p>
</body></html>`;
// An external script (allowed by script-src 'self'), started before the widgets, that records violations.
const collector = `window.violations = []; document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

test('every widget works under a strict Content-Security-Policy', async () => {
  const server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', csp);
    if (req.url === '/ketamine-widgets.js') {
      res.setHeader('content-type', 'text/javascript');
      return res.end(readFileSync(new URL('dist/cdn/ketamine-widgets.js', root)));
    }
    if (req.url === '/collect-violations.js') {
      res.setHeader('content-type', 'text/javascript');
      return res.end(collector);
    }
    res.setHeader('content-type', 'text/html');
    res.end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteerCore.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
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
        opened: button.getAttribute('aria-expanded'),
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
  } finally {
    await browser.close();
    server.close();
  }
});
