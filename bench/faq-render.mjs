// Render benchmark: the full <ketamine-faq> against the same questions as plain <details> elements,
// interleaved in one headless Chromium run (these machines are noisy, so only ratios within a run mean
// anything). Prints the median time to render and lay out each, their ratio, and the latency of opening
// one answer (click -> updated layout) for both.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../scripts/browsers.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

const bundle = await build({
  entryPoints: ['src/faq/faq.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  tsconfig: 'tsconfig.json',
  conditions: ['production'],
  logLevel: 'error',
});
const script = bundle.outputFiles[0].text;
const dataset = JSON.parse(readFileSync('data/ketamine.json', 'utf8'));
const faq = dataset.faq;

// The baseline is what a publisher would hand-write for the same content: each question a <details>
// with its answer, crisis line and sources line, then the list of sources, the review date and disclaimer.
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const titleOf = (id) => dataset.sources.find((s) => s.id === id).title;
const cited = [...new Set(faq.flatMap((q) => q.sources))];
const plainHtml =
  faq
    .map(
      (q) =>
        `<details id="${q.id}"><summary><h3 style="display:inline">${escape(q.question)}</h3></summary>` +
        q.answer.map((p) => `<p>${escape(p)}</p>`).join('') +
        (q.crisis ? `<p><strong>${escape(dataset.meta.crisisLine)}</strong></p>` : '') +
        `<p>Sources: ${escape(q.sources.map(titleOf).join('; '))}. <a href="#${q.id}">Link to this question</a></p></details>`,
    )
    .join('') +
  `<footer><p>Sources</p><ul>${cited
    .map((id) => dataset.sources.find((s) => s.id === id))
    .map((s) => `<li>${s.url ? `<a href="${escape(s.url)}">${escape(s.title)}</a>` : escape(s.title)}, ${escape(s.publisher)}.</li>`)
    .join('')}</ul><p>Last reviewed ${dataset.meta.lastReviewed}</p><p>${escape(dataset.meta.disclaimer)}</p></footer>`;

// Runs in the page. Each sample: build the DOM, then force style and layout, as the first paint would.
async function measure({ rounds, plainHtml }) {
  const stage = document.getElementById('stage');
  const layout = () => stage.getBoundingClientRect().height;
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

  const renderPlain = async () => {
    const t0 = performance.now();
    stage.innerHTML = plainHtml;
    layout();
    return performance.now() - t0;
  };
  const renderFaq = async () => {
    const t0 = performance.now();
    stage.innerHTML = '<ketamine-faq></ketamine-faq>';
    await stage.firstElementChild.updateComplete;
    layout();
    return performance.now() - t0;
  };
  const openPlain = async () => {
    const summary = stage.querySelectorAll('summary')[3];
    const t0 = performance.now();
    summary.click();
    layout();
    return performance.now() - t0;
  };
  const openFaq = async () => {
    const el = stage.firstElementChild;
    const button = el.shadowRoot.querySelectorAll('[part="question"]')[3];
    const t0 = performance.now();
    button.click();
    await el.updateComplete;
    layout();
    return performance.now() - t0;
  };

  const samples = { plain: [], faq: [], openPlain: [], openFaq: [] };
  for (let i = 0; i < rounds + 5; i++) {
    // Alternate which goes first, and drop the first 5 rounds (warm-up).
    const order = i % 2 ? ['faq', 'plain'] : ['plain', 'faq'];
    for (const kind of order) {
      const render = kind === 'faq' ? await renderFaq() : await renderPlain();
      await nextFrame();
      const open = kind === 'faq' ? await openFaq() : await openPlain();
      await nextFrame();
      stage.innerHTML = '';
      await nextFrame();
      if (i >= 5) {
        samples[kind].push(render);
        samples[kind === 'faq' ? 'openFaq' : 'openPlain'].push(open);
      }
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

const server = createServer((req, res) => {
  if (req.url === '/faq.js') {
    res.setHeader('content-type', 'text/javascript');
    return res.end(script);
  }
  res.setHeader('content-type', 'text/html');
  res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><body style="font-family:sans-serif;width:800px">
    <script type="module" src="/faq.js"></script><div id="stage"></div></body></html>`);
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
  const r = await page.evaluate(measure, { rounds: ROUNDS, plainHtml });
  const ms = (x) => `${x.toFixed(2)} ms`;
  console.log(`<ketamine-faq> render benchmark: ${faq.length} questions, median of ${ROUNDS} interleaved rounds, Chromium headless`);
  console.log('  baseline: the same content hand-written as <details>, sources lines and a footer (see bench/faq-render.mjs)');
  console.log(`  render + layout   plain <details>: ${ms(r.plain)}   <ketamine-faq>: ${ms(r.faq)}   ratio: ${(r.faq / r.plain).toFixed(2)}x (target <= 1.5x)`);
  console.log(`  open one answer   plain <details>: ${ms(r.openPlain)}   <ketamine-faq>: ${ms(r.openFaq)}   (target <= 16 ms, one frame)`);
} finally {
  await browser.close();
  server.close();
}
