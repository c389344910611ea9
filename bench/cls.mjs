// Layout shift benchmark: Cumulative Layout Shift of a host page embedding every widget, measured in
// headless Chromium, (a) server-rendered (declarative shadow DOM) then hydrated by the CDN file, and
// (b) client-rendered by the CDN file, with and without space reserved by the host page's CSS.
// Run after `npm run build`.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../scripts/browsers.mjs';
import { renderToString } from '../dist/ssr/render.js';

const widgets = `
<h2>Questions</h2><ketamine-faq topics="cost,access"></ketamine-faq>
<h2>Status</h2><p>Esketamine for depression: <ketamine-approval-badge use="treatment-resistant-depression"></ketamine-approval-badge></p>
<h2>Routes</h2><ketamine-route-table routes="iv,intranasal-esketamine,oral" columns="bioavailability,onset,setting"></ketamine-route-table>
<h2>Long-term effects</h2><ketamine-side-effects severity="long-term"></ketamine-side-effects>
<p id="after">Text after the widgets.</p>`;

// What a host page would write to keep the place of widgets that render in the browser.
const reserve = `<style>
  ketamine-faq:not(:defined) { display: block; min-height: var(--reserve-faq); }
  ketamine-route-table:not(:defined) { display: block; min-height: var(--reserve-table); }
  ketamine-side-effects:not(:defined) { display: block; min-height: var(--reserve-effects); }
  ketamine-approval-badge:not(:defined) { display: inline-block; min-width: 17em; min-height: 1.6em; }
</style>`;

const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { font-family: Georgia, serif; max-width: 46rem; margin: 0 auto; padding: 1rem; }</style>${head}
<script type="module" src="/ketamine-widgets.js"></script></head><body><h1>Host page</h1>${body}</body></html>`;

const ssr = await renderToString(widgets);
let pages = { 'server-rendered, hydrated': page(ssr), 'client-rendered, no space reserved': page(widgets) };

const server = createServer((req, res) => {
  if (req.url === '/ketamine-widgets.js') {
    res.setHeader('content-type', 'text/javascript');
    return res.end(readFileSync('dist/cdn/ketamine-widgets.js'));
  }
  res.setHeader('content-type', 'text/html');
  res.end(pages[decodeURIComponent(req.url.slice(1))] ?? 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteerCore.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--window-size=1280,900'],
});

async function cls(name) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(`http://127.0.0.1:${server.address().port}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => customElements.get('ketamine-faq') && document.querySelector('ketamine-faq').shadowRoot?.querySelector('[part="question"]'));
  await new Promise((r) => setTimeout(r, 1000));
  const result = await tab.evaluate(() => ({
    cls: window.__cls,
    heights: ['ketamine-faq', 'ketamine-route-table', 'ketamine-side-effects'].map((t) => Math.ceil(document.querySelector(t).getBoundingClientRect().height)),
  }));
  await tab.close();
  return result;
}

try {
  console.log('Cumulative Layout Shift of a host page embedding the widgets (Chromium headless, 1280x900):');
  const client = await cls('client-rendered, no space reserved');
  // Reserve exactly what the widgets take at this width, as a host page would after measuring its layout once.
  const [faq, table, effects] = client.heights;
  pages['client-rendered, space reserved'] = page(widgets, reserve.replace('var(--reserve-faq)', `${faq}px`).replace('var(--reserve-table)', `${table}px`).replace('var(--reserve-effects)', `${effects}px`));
  for (const name of Object.keys(pages)) {
    const { cls: value } = name === 'client-rendered, no space reserved' ? client : await cls(name);
    console.log(`  ${name.padEnd(40)} CLS ${value.toFixed(4)}`);
  }
} finally {
  await browser.close();
  server.close();
}
