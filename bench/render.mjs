// Render benchmark: each widget against the same content as hand-written plain HTML (what a publisher
// would otherwise paste into the page), interleaved in one headless Chromium run. These machines are
// noisy, so only ratios measured within one run mean anything. Prints median render + layout time of
// each, the ratio, and for the FAQ the latency of opening one answer (click -> updated layout).
import { bundleForPage } from './bundle.mjs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../scripts/browsers.mjs';
import { plainFaq, plainRouteTable, plainSideEffects } from './plain-html.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 80);
const dataset = JSON.parse(readFileSync('data/ketamine.json', 'utf8'));

const widgets = [
  { name: '<ketamine-faq>', tag: '<ketamine-faq></ketamine-faq>', plain: plainFaq(dataset), open: true, target: 1.5 },
  { name: '<ketamine-route-table>', tag: '<ketamine-route-table></ketamine-route-table>', plain: plainRouteTable(dataset) },
  { name: '<ketamine-side-effects>', tag: '<ketamine-side-effects></ketamine-side-effects>', plain: plainSideEffects(dataset) },
];

const script = await bundleForPage({ entryPoints: ['src/index.ts'] });

// Runs in the page. Each sample builds the DOM, then forces style and layout, as the first paint would.
async function measure({ rounds, widget }) {
  const stage = document.getElementById('stage');
  const layout = () => stage.getBoundingClientRect().height;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

  const render = {
    plain: async () => {
      const t0 = performance.now();
      stage.innerHTML = widget.plain;
      layout();
      return performance.now() - t0;
    },
    widget: async () => {
      const t0 = performance.now();
      stage.innerHTML = widget.tag;
      await stage.firstElementChild.updateComplete;
      layout();
      return performance.now() - t0;
    },
  };
  const open = {
    plain: async () => {
      const summary = stage.querySelectorAll('summary')[3];
      const t0 = performance.now();
      summary.click();
      layout();
      return performance.now() - t0;
    },
    widget: async () => {
      const el = stage.firstElementChild;
      const button = el.shadowRoot.querySelectorAll('[part="question"]')[3];
      const t0 = performance.now();
      button.click();
      await el.updateComplete;
      layout();
      return performance.now() - t0;
    },
  };

  const samples = { plain: [], widget: [], openPlain: [], openWidget: [] };
  for (let i = 0; i < rounds + 5; i++) {
    // Alternate which goes first, and drop the first 5 rounds (warm-up).
    for (const kind of i % 2 ? ['widget', 'plain'] : ['plain', 'widget']) {
      const rendered = await render[kind]();
      await nextFrame();
      const opened = widget.open ? await open[kind]() : 0;
      await nextFrame();
      stage.innerHTML = '';
      await nextFrame();
      if (i >= 5) {
        samples[kind].push(rendered);
        samples[kind === 'widget' ? 'openWidget' : 'openPlain'].push(opened);
      }
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

const server = createServer((req, res) => {
  if (req.url === '/widgets.js') {
    res.setHeader('content-type', 'text/javascript');
    return res.end(script);
  }
  res.setHeader('content-type', 'text/html');
  res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><body style="font-family:sans-serif;width:900px">
    <script type="module" src="/widgets.js"></script><div id="stage"></div></body></html>`);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await puppeteerCore.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => customElements.get('ketamine-faq'));
  const ms = (x) => `${x.toFixed(2)} ms`.padStart(9);
  console.log(`Render benchmark: median of ${ROUNDS} interleaved rounds, Chromium headless, against the same content as hand-written HTML`);
  for (const widget of widgets) {
    const r = await page.evaluate(measure, { rounds: ROUNDS, widget });
    const target = widget.target ? ` (target <= ${widget.target}x)` : '';
    console.log(`  ${widget.name.padEnd(24)} render + layout   plain: ${ms(r.plain)}   widget: ${ms(r.widget)}   ratio: ${(r.widget / r.plain).toFixed(2)}x${target}`);
    if (widget.open) {
      console.log(`  ${''.padEnd(24)} open one answer   plain: ${ms(r.openPlain)}   widget: ${ms(r.openWidget)}   (target <= 16 ms, one frame)`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
