// Layout shift benchmark: Cumulative Layout Shift of a host page embedding several widgets, measured in
// headless Chromium at 1280x900 and 375x800 in a 46rem column, and at 1280x900 in a 66rem column (where the
// route table is a table rather than cards):
//  - server-rendered (declarative shadow DOM), hydrated by the CDN file;
//  - client-rendered by the single CDN file, without and with space reserved by the host page's own CSS;
//  - the one-script-tag loader in <head>, widget code arriving 200 ms after first paint (the loader's
//    `:not(:defined)` rule keeps the space, sized from the data), also server-rendered through the loader.
// Prints each widget's reserved and rendered height for the loader page. Run after `npm run build`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../scripts/browsers.mjs';
import { renderToString } from '../dist/ssr/render.js';

const DELAY = Number(process.env.CLS_DELAY_MS ?? 200);
const widgets = `
<h2>Questions</h2><ketamine-faq topics="cost,access"></ketamine-faq>
<h2>Status</h2><p>Esketamine for depression: <ketamine-approval-badge use="treatment-resistant-depression"></ketamine-approval-badge></p>
<h2>Routes</h2><ketamine-route-table routes="iv,intranasal-esketamine,oral" columns="bioavailability,onset,setting"></ketamine-route-table>
<h2>Long-term effects</h2><ketamine-side-effects severity="long-term"></ketamine-side-effects>
<p id="after">Text after the widgets.</p>`;
const tags = ['ketamine-faq', 'ketamine-route-table', 'ketamine-side-effects'];

// What a host page would write to keep the place of widgets that render in the browser.
const reserve = (heights) => `<style>
  ketamine-faq:not(:defined) { display: block; min-height: ${heights[0]}px; }
  ketamine-route-table:not(:defined) { display: block; min-height: ${heights[1]}px; }
  ketamine-side-effects:not(:defined) { display: block; min-height: ${heights[2]}px; }
  ketamine-approval-badge:not(:defined) { display: inline-block; min-width: 17em; min-height: 1.6em; }
</style>`;

const page = (body, { head = '', script = '/dist/cdn/ketamine-widgets.js', attrs = '' } = {}) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { font-family: Georgia, serif; max-width: 46rem; margin: 0 auto; padding: 1rem; }</style>${head}
<script type="module"${attrs} src="${script}"></script></head><body><h1>Host page</h1>${body}</body></html>`;

const ssr = await renderToString(widgets);
const loader = '/dist/cdn/loader.js';
// As documented: `blocking="render"` lets the small loader add its space-keeping rule before the first paint.
const pages = {
  'server-rendered, hydrated (CDN file)': page(ssr),
  'client-rendered, no space reserved (CDN file)': page(widgets),
  'client-rendered, space reserved by the host page (CDN file)': undefined, // filled in from the measured heights
};
if (existsSync('dist/cdn/loader.js')) {
  pages[`loader in <head>, widget code ${DELAY} ms late`] = page(widgets, { script: loader, attrs: ' blocking="render"' });
  pages[`loader in <head>, server-rendered, widget code ${DELAY} ms late`] = page(ssr, { script: loader, attrs: ' blocking="render"' });
  pages[`loader in <head> without blocking="render", widget code ${DELAY} ms late`] = page(widgets, { script: loader });
}

const root = process.cwd();
const server = createServer((req, res) => {
  const path = decodeURIComponent(req.url.split('?')[0]);
  if (path.startsWith('/dist/')) {
    const file = join(root, path);
    if (!file.startsWith(join(root, 'dist')) || !existsSync(file)) return res.writeHead(404).end();
    res.setHeader('content-type', 'text/javascript');
    // Everything but the loader and the single file arrives late: the widget code after first paint.
    const late = path.startsWith('/dist/cdn/') && path !== loader && !path.endsWith('ketamine-widgets.js');
    return setTimeout(() => res.end(readFileSync(file)), late ? DELAY : 0);
  }
  res.setHeader('content-type', 'text/html');
  const column = new URL(req.url, 'http://x').searchParams.get('column');
  const html = pages[path.slice(1)] ?? 'not found';
  res.end(column ? html.replace('</head>', `<style>body { max-width: ${column} }</style></head>`) : html);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteerCore.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

async function cls(name, { width, height, column }) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height });
  await tab.evaluateOnNewDocument((tags) => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // Heights while each widget waits for its code, to compare with what it renders.
    window.__reserved = {};
    const watch = () => {
      for (const tag of tags) {
        const el = document.querySelector(tag);
        if (el && !customElements.get(tag) && !el.shadowRoot) window.__reserved[tag] = el.getBoundingClientRect().height;
      }
      if (tags.some((t) => !customElements.get(t))) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  }, tags);
  await tab.goto(`http://127.0.0.1:${server.address().port}/${encodeURIComponent(name)}${column ? `?column=${column}` : ''}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => customElements.get('ketamine-faq') && document.querySelector('ketamine-faq').shadowRoot?.querySelector('[part="question"]'));
  await new Promise((r) => setTimeout(r, 1000));
  const result = await tab.evaluate(
    (tags) => ({
      cls: window.__cls,
      reserved: tags.map((t) => Math.round(window.__reserved[t] ?? 0)),
      heights: tags.map((t) => Math.ceil(document.querySelector(t).getBoundingClientRect().height)),
    }),
    tags,
  );
  await tab.close();
  return result;
}

try {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }, { width: 1280, height: 900, column: '66rem' }]) {
    const where = viewport.column ? `, a ${viewport.column} column` : '';
    console.log(`Cumulative Layout Shift of a host page embedding four widgets (Chromium headless, ${viewport.width}x${viewport.height}${where}):`);
    const client = await cls('client-rendered, no space reserved (CDN file)', viewport);
    // Reserve exactly what the widgets take at this width, as a host page would after measuring its layout once.
    pages['client-rendered, space reserved by the host page (CDN file)'] = page(widgets, { head: reserve(client.heights) });
    for (const name of Object.keys(pages)) {
      const result = name === 'client-rendered, no space reserved (CDN file)' ? client : await cls(name, viewport);
      const target = name.startsWith('loader') && !name.includes('without') ? ' (target <= 0.01)' : '';
      console.log(`  ${name.padEnd(62)} CLS ${result.cls.toFixed(4)}${target}`);
      if (name.startsWith('loader in <head>, widget')) {
        const rows = tags.map((t, i) => `${t.replace('ketamine-', '')} ${result.reserved[i]} -> ${result.heights[i]} px`);
        console.log(`  ${''.padEnd(62)} reserved -> rendered: ${rows.join(', ')}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
