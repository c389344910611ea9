// Fits the loader's height model (src/loader-reserve.ts `model`): renders each widget with a range of
// attributes in headless Chromium (one page each, styled like bench/cls.mjs's host page: a 46rem column,
// 16px Georgia) at 1280 px and at 375 px, and fits
// height (em) = weights . features, the features being what the loader counts from the same attributes.
// Run after `npm run build`; paste the printed model into src/loader-reserve.ts when the widgets change.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../scripts/browsers.mjs';
import { reserveTable } from '../scripts/reserve-table.mjs';

const topics = ['basics', 'cost', 'depression', 'safety', 'access', 'pain', 'routes', 'esketamine'];
export const configs = {
  faq: ['', ...topics.map((t) => `topics="${t}"`), 'topics="cost,access"', 'limit="1"', 'limit="3"', 'limit="6"', 'limit="12"'],
  'side-effects': ['', 'severity="common"', 'severity="serious"', 'severity="long-term"', 'severity="other"', 'severity="common,serious"', 'severity="long-term,other"', 'severity="serious,long-term"'],
  'route-table': [
    '',
    'routes="iv"',
    'routes="iv,oral"',
    'routes="iv,oral,intranasal-esketamine"',
    'routes="iv,im,oral,sublingual,rectal"',
    'columns="onset"',
    'routes="iv,oral" columns="onset,setting"',
    'routes="iv,intranasal-esketamine,oral" columns="bioavailability,onset,setting"',
    'routes="iv,im,oral,sublingual" columns="bioavailability,onset,duration,setting"',
  ],
  uses: ['', 'categories="pain"', 'categories="anesthesia"', 'categories="mental-health"', 'categories="other"', 'categories="pain,other"'],
  sources: ['', 'kinds="regulatory"', 'kinds="guideline"', 'kinds="study"', 'kinds="guideline,study"'],
};

// The loader's own counting, with the table the build gives it.
const counter = await build({
  entryPoints: ['src/loader-reserve.ts'],
  bundle: true,
  format: 'esm',
  write: false,
  define: { __KETAMINE_RESERVE__: JSON.stringify(reserveTable()) },
  logLevel: 'error',
});
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { font-family: Georgia, serif; max-width: var(--column, 46rem); margin: 0 auto; padding: 1rem; }</style>
<script type="module" src="/ketamine-widgets.js"></script><script type="module" src="/count.js"></script></head><body>${body}</body></html>`;
let html = '';
const server = createServer((req, res) => {
  if (req.url === '/ketamine-widgets.js') return res.setHeader('content-type', 'text/javascript'), res.end(readFileSync('dist/cdn/ketamine-widgets.js'));
  if (req.url === '/count.js')
    return res.setHeader('content-type', 'text/javascript'), res.end(`${counter.outputFiles[0].text}\nwindow.features = (el) => features(el, ${JSON.stringify(reserveTable())}[el.localName.slice(9)]);`);
  res.setHeader('content-type', 'text/html');
  res.end(html);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteerCore.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

/** Least squares (with a little ridge, so unused features stay near 0) of em on the features. */
function fit(points) {
  const k = points[0].features.length;
  const a = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => points.reduce((s, p) => s + p.features[i] * p.features[j], 0) + (i === j && i > 0 ? 0.01 : 0)));
  const b = Array.from({ length: k }, (_, i) => points.reduce((s, p) => s + p.features[i] * p.em, 0));
  // Gaussian elimination.
  for (let c = 0; c < k; c++) {
    const pivot = a[c][c] || 1e-9;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r][c] / pivot;
      for (let j = c; j < k; j++) a[r][j] -= f * a[c][j];
      b[r] -= f * b[c];
    }
  }
  return b.map((v, i) => Number((v / (a[i][i] || 1e-9)).toFixed(1)));
}
const predict = (weights, features) => features.reduce((s, f, i) => s + f * weights[i], 0);

const model = {};
try {
  // `table`: the route table in a column over 58em wide, where its cards become a table (a 66rem column).
  for (const [width, key, column] of [[1280, 'wide'], [375, 'narrow'], [1280, 'table', '66rem']]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width, height: 900 });
    for (const [widget, attrs] of Object.entries(configs).filter(([w]) => !column || w === 'route-table')) {
      // One page per configuration: widgets on one page share things (the page's citations, say).
      const points = [];
      for (const attr of attrs) {
        html = page(`${column ? `<style>body { --column: ${column} }</style>` : ''}<h1>Host page</h1><ketamine-${widget} ${attr}></ketamine-${widget}><p>After.</p>`);
        await tab.goto(`http://127.0.0.1:${server.address().port}/`);
        await tab.waitForFunction((tag) => customElements.get(tag) && window.features, {}, `ketamine-${widget}`);
        points.push(
          await tab.evaluate(async (tag) => {
            const el = document.querySelector(tag);
            await el.updateComplete;
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
            return { attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' '), features: window.features(el), em: el.getBoundingClientRect().height / 16 };
          }, `ketamine-${widget}`),
        );
      }
      model[widget] ??= {};
      model[widget][key] = fit(points);
      for (const p of points) console.log(`${key.padEnd(6)} <ketamine-${widget} ${p.attrs}> features ${p.features}: ${p.em.toFixed(1)} em, model ${predict(model[widget][key], p.features).toFixed(1)} em`);
    }
    await tab.close();
  }
  console.log(`\nmodel = ${JSON.stringify(model)}`);
} finally {
  await browser.close();
  server.close();
}
