// Anchor benchmark: <ketamine-faq> against native <details> and well-known web-component accordions
// (Lion, Shoelace <sl-details>, plain Lit), as a reader's first visit sees them. Every candidate
// gets the same generated question/answer items (<ketamine-faq> through a subclass with its own
// `bundledData`), each candidate is bundled with esbuild (minified), every sample runs in a fresh
// browser context (empty cache, first template preparation, first stylesheet parse, first layout),
// and the candidates are interleaved round by round. Prints medians and ratios to native <details>.
//
//   render+layout N=25 / N=200: from inserting the markup until layout, all elements upgraded and rendered, plus
//     the next frame's rendering before paint (where content-visibility: auto lays out what is in view)
//   toggle N=25: from clicking the 4th question until the updated layout
//   load: navigation start until the content is rendered and laid out, script after the content (N=25)
//   load CLS: Cumulative Layout Shift of that page load, a paragraph after the FAQ
//   gzip: the JS (and CSS theme) a page with that candidate loads, minified with esbuild, gzip -9
//
// <ketamine-faq> is bundled with V8's compile hint as the first line, as the files of the code-split CDN build
// start (scripts/compile-hint.mjs); one more row runs it without, as an app's own bundle would have it.
//
// BENCH_ROUNDS (default 10) sets the rounds; BENCH_JSON=path also writes the medians as JSON; BENCH_COMPARE below.
import { bundleForPage } from './bundle.mjs';
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../scripts/browsers.mjs';
import { loaderBuilt, loaderPageFiles } from './loader-pages.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const SIZES = [25, 200];
const LOAD_N = 25;

// ---- the items everyone shows ----------------------------------------------------------------

const words = 'dose clinic nasal spray infusion depression anesthesia pain session insurance monitoring effect label study doctor'.split(' ');
function generateItems(n) {
  return Array.from({ length: n }, (_, i) => {
    const w = (k) => words[(i * 7 + k) % words.length];
    return {
      id: `q${i + 1}`,
      question: `Question ${i + 1}: how does the ${w(0)} relate to the ${w(1)} and the ${w(2)}?`,
      answer: [
        `Answer ${i + 1}. The ${w(3)} and the ${w(4)} are described here in two or three plain sentences, about as long as a real answer. ` +
          `A reader who wants to know more about the ${w(5)} can follow the sources at the end of the page.`,
        `A second paragraph adds a detail about the ${w(6)} and the ${w(7)}, so each answer has more than one block to lay out.`,
      ],
      topics: ['basics'],
      sources: ['bench-source'],
    };
  });
}
const items = Object.fromEntries(SIZES.map((n) => [n, generateItems(n)]));
const benchSource = { id: 'bench-source', title: 'A generic source', publisher: 'Benchmark', kind: 'study', published: '2024', accessed: '2026-01-01' };

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const paragraphs = (q) => q.answer.map((p) => `<p>${esc(p)}</p>`).join('');

// ---- candidates ------------------------------------------------------------------------------

/**
 * Each candidate: the module a page loads (`entry(n)`, with the items where the candidate reads them
 * from script), the markup a page holds (`markup(n)`), and how the page finds the 4th question.
 */
const candidates = [
  {
    name: 'native <details>',
    markup: (n) => items[n].map((q) => `<details><summary>${esc(q.question)}</summary>${paragraphs(q)}</details>`).join(''),
    entry: null,
    toggle: '(stage) => stage.querySelectorAll("summary")[3]',
  },
  {
    name: 'Lion accordion',
    markup: (n) =>
      `<lion-accordion>${items[n].map((q) => `<h3 slot="invoker"><button>${esc(q.question)}</button></h3><div slot="content">${paragraphs(q)}</div>`).join('')}</lion-accordion>`,
    entry: () => `import '@lion/ui/define/lion-accordion.js';`,
    // Lion pairs invokers and contents on `slotchange`, after its first render.
    ready: '(stage) => stage.querySelector("[slot=_accordion]")',
    toggle: '(stage) => stage.querySelectorAll("lion-accordion button")[3]',
  },
  {
    name: 'Shoelace <sl-details>',
    markup: (n) => items[n].map((q) => `<sl-details summary="${esc(q.question)}">${paragraphs(q)}</sl-details>`).join(''),
    entry: () => `import '@shoelace-style/shoelace/dist/components/details/details.js';`,
    css: readFileSync('node_modules/@shoelace-style/shoelace/dist/themes/light.css', 'utf8'),
    toggle: '(stage) => stage.querySelectorAll("sl-details")[3].shadowRoot.querySelector("[part=header]")',
  },
  {
    name: 'plain Lit (<details> in a LitElement)',
    markup: () => `<lit-faq></lit-faq>`,
    entry: (n) => `
      import { LitElement, html, css } from 'lit';
      const items = ${JSON.stringify(items[n] ?? [])};
      class LitFaq extends LitElement {
        static styles = css\`:host { display: block } summary { cursor: pointer; font-weight: bold }\`;
        render() {
          return html\`\${items.map((q) => html\`<details><summary>\${q.question}</summary>\${q.answer.map((p) => html\`<p>\${p}</p>\`)}</details>\`)}\`;
        }
      }
      customElements.define('lit-faq', LitFaq);`,
    toggle: '(stage) => stage.querySelector("lit-faq").shadowRoot.querySelectorAll("summary")[3]',
  },
  {
    name: '<ketamine-faq>',
    markup: () => `<ketamine-faq></ketamine-faq>`,
    entry: (n) => `
      import { KetamineFaq } from './src/faq/faq.component.ts';
      const base = KetamineFaq.bundledData;
      class BenchFaq extends KetamineFaq {
        static bundledData = { ...base, faq: ${JSON.stringify(items[n] ?? [])}, sources: [${JSON.stringify(benchSource)}] };
      }
      customElements.define('ketamine-faq', BenchFaq);`,
    toggle: '(stage) => stage.querySelector("ketamine-faq").shadowRoot.querySelectorAll("[part=question]")[3]',
    // What a page with one FAQ loads in production, measured separately from the benchmark bundle.
    sizeEntry: `import './src/faq/faq.ts';`,
    // As the code-split CDN build's files start (scripts/compile-hint.mjs).
    compileHint: true,
  },
];
// The same FAQ without V8's compile hint, as an app's own bundle of the npm package would usually have it
// (the hint is a comment at the top of the file, which bundlers do not carry over).
{
  const faq = candidates.find((c) => c.name === '<ketamine-faq>');
  candidates.push({ ...faq, name: '<ketamine-faq> without the compile hint', compileHint: false });
}

// BENCH_COMPARE=<dir>: also runs the FAQ of another checkout (e.g. a `git worktree` of an older commit, with
// node_modules linked) as one more candidate in the same rounds, for a before/after in one run.
const compare = process.env.BENCH_COMPARE;
if (compare) {
  const label = process.env.BENCH_COMPARE_LABEL ?? compare;
  const faq = candidates.find((c) => c.name === '<ketamine-faq>');
  candidates.push({
    ...faq,
    name: `<ketamine-faq> ${label}`,
    entry: (n) => faq.entry(n).replace('./src/faq/faq.component.ts', `${compare}/src/faq/faq.component.ts`),
    sizeEntry: `import '${compare}/src/faq/faq.ts';`,
    // Older checkouts shipped no compile hint: compare with the row without it for the code alone.
    compileHint: false,
  });
}

const bundle = async (contents, compileHint = false) => Buffer.from(await bundleForPage({ contents, compileHint }));

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

// Scripts served per candidate and N; sizes without the generated items.
const scripts = new Map();
for (const c of candidates) {
  c.id = candidates.indexOf(c);
  if (!c.entry) {
    c.gzip = 0;
    continue;
  }
  for (const n of SIZES) scripts.set(`${c.id}-${n}`, await bundle(c.entry(n), c.compileHint));
  c.gzip = gzip(await bundle(c.sizeEntry ?? c.entry(0))) + (c.css ? gzip(Buffer.from(c.css)) : 0);
}

// ---- pages -----------------------------------------------------------------------------------

const head = (c) => `<meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { font-family: Georgia, serif; max-width: 46rem; margin: 0 auto; padding: 1rem }</style>
${c.css ? `<link rel="stylesheet" href="/${c.id}.css">` : ''}`;

// The render page: the candidate's script has run; the benchmark inserts the markup.
const renderPage = (c, n) => `<!doctype html><html lang="en"><head>${head(c)}
${c.entry ? `<script type="module" src="/${c.id}-${n}.js"></script>` : ''}</head>
<body><h1>Host page</h1><div id="stage"></div></body></html>`;

// Waits until every custom element in the stage is upgraded and rendered, then lays out. Shared by both pages.
const readyScript = (c) => `window.__ready = async (stage) => {
  await Promise.all([...stage.querySelectorAll('*')].filter((el) => el.localName.includes('-')).map((el) => el.updateComplete));
  const ready = ${c.ready ?? 'null'};
  // Work that happens in slotchange/microtasks after the first render: poll microtasks, then frames.
  for (let i = 0; ready && !ready(stage) && i < 1000; i++) await Promise.resolve();
  while (ready && !ready(stage)) await new Promise((r) => setTimeout(r));
  return stage.getBoundingClientRect().height;
};`;

// The load page: the content first, the script after it, as an article with an embedded FAQ.
const loadPage = (c) => `<!doctype html><html lang="en"><head>${head(c)}</head>
<body><h1>Host page</h1><p>An introduction before the questions.</p>
<div id="stage">${c.markup(LOAD_N)}</div><p id="after">Text after the questions.</p>
${c.entry ? `<script type="module" src="/${c.id}-${LOAD_N}.js"></script>` : ''}
<script type="module">${readyScript(c)}
await window.__ready(document.getElementById('stage'));
window.__loaded = performance.now();</script></body></html>`;

const server = createServer((req, res) => {
  const [, name, ext] = req.url.match(/^\/([\w-]+)\.(\w+)/) ?? [];
  if (ext === 'js' && scripts.has(name)) {
    res.setHeader('content-type', 'text/javascript');
    return res.end(scripts.get(name));
  }
  if (ext === 'css') {
    res.setHeader('content-type', 'text/css');
    return res.end(candidates[name].css);
  }
  const [, kind, id, n] = req.url.match(/^\/(render|load)\/(\d+)\/(\d+)/) ?? [];
  if (!kind) return res.writeHead(404).end();
  res.setHeader('content-type', 'text/html');
  const c = candidates[id];
  res.end(kind === 'render' ? renderPage(c, Number(n)).replace('</head>', `<script>${readyScript(c)}</script></head>`) : loadPage(c));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteerCore.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});

async function withFreshPage(fn) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** A cold render of N items, then (N=25) a click on the 4th question. */
const renderSample = (c, n) =>
  withFreshPage(async (page) => {
    await page.goto(`${origin}/render/${c.id}/${n}`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    return page.evaluate(
      async (markup, toggleSource, measureToggle) => {
        const stage = document.getElementById('stage');
        const t0 = performance.now();
        stage.innerHTML = markup;
        const height = await window.__ready(stage);
        const sync = performance.now() - t0;
        // Plus the next frame's rendering work before paint (from its animation frame callbacks to its resize
        // observations, without the wait for the frame): \`content-visibility: auto\` lays out what is in view
        // there, not in the layout forced above. Candidates without it have little left to do.
        const frameWork = await new Promise((resolve) => {
          let frameStart;
          requestAnimationFrame(() => (frameStart = performance.now()));
          const observer = new ResizeObserver(() => {
            observer.disconnect();
            resolve(performance.now() - frameStart);
          });
          observer.observe(stage);
        });
        const render = sync + frameWork;
        if (!measureToggle) return { render, sync, frameWork, height };
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const target = (0, eval)(toggleSource)(stage);
        const t1 = performance.now();
        target.click();
        await Promise.all([...stage.querySelectorAll('*')].filter((el) => el.localName.includes('-')).map((el) => el.updateComplete));
        stage.getBoundingClientRect().height;
        const toggle = performance.now() - t1;
        return { render, sync, frameWork, toggle, height, opened: stage.getBoundingClientRect().height - height };
      },
      c.markup(n),
      c.toggle,
      n === LOAD_N,
    );
  });

/** A page load with the content before the script: time until rendered, and its layout shift. */
const loadSample = (c) =>
  withFreshPage(async (page) => {
    await page.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/load/${c.id}/${LOAD_N}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__loaded !== undefined);
    // Shifts are reported after the frame that caused them.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
    return page.evaluate(() => ({ load: window.__loaded, cls: window.__cls }));
  });

const samples = new Map(candidates.map((c) => [c, { render25: [], render200: [], toggle: [], load: [], cls: [] }]));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  const started = Date.now();
  for (let round = 0; round < ROUNDS + 1; round++) {
    // Round 0 warms the browser process and the server; it is not counted. Order rotates each round.
    const order = candidates.map((_, i) => candidates[(i + round) % candidates.length]);
    for (const c of order) {
      const s = samples.get(c);
      const small = await renderSample(c, 25);
      const large = await renderSample(c, 200);
      const loaded = await loadSample(c);
      // The rendered heights show that every candidate rendered and opened (BENCH_DEBUG=1).
      if (process.env.BENCH_DEBUG) console.error(c.name, { small, large, loaded });
      if (round === 0) continue;
      s.render25.push(small.render);
      s.toggle.push(small.toggle);
      s.render200.push(large.render);
      s.load.push(loaded.load);
      s.cls.push(loaded.cls);
    }
    process.stderr.write(`\rround ${round}/${ROUNDS}`);
  }
  process.stderr.write(`\r${' '.repeat(20)}\r`);

  const results = candidates.map((c) => {
    const s = samples.get(c);
    return { name: c.name, gzip: c.gzip, ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, median(v)])) };
  });
  const native = results[0];
  const ms = (x) => `${x.toFixed(1)} ms`;
  const ratio = (r, key) => (r === native ? `${ms(r[key])} (1.00)` : `${(r[key] / native[key]).toFixed(2)}x (${ms(r[key])})`);
  const kb = (b) => (b ? `${(b / 1024).toFixed(1)} KB` : '0');

  const chrome = await browser.version();
  console.log(
    `Anchor benchmark: ${chrome}, headless, ${ROUNDS} rounds, medians, a fresh browser context per sample, candidates interleaved (${Math.round((Date.now() - started) / 1000)} s)\n`,
  );
  // What the documented embed downloads for a page with one FAQ (JS and data), when dist/cdn is built.
  const viaLoader = loaderBuilt() ? [...loaderPageFiles('faq')].reduce((n, f) => n + gzip(readFileSync(f)), 0) : 0;
  console.log('| | render+layout N=25 | N=200 | toggle (click to layout) N=25 | load N=25, script after content | load CLS | gzip JS |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    const size =
      r.name === 'Shoelace <sl-details>'
        ? `${kb(r.gzip)} with theme`
        : r.name === '<ketamine-faq>'
          ? `${viaLoader ? `${kb(viaLoader)} through the loader; ` : ''}${kb(r.gzip)} npm entry, with its data`
          : kb(r.gzip);
    console.log(`| ${r.name} | ${ratio(r, 'render25')} | ${ratio(r, 'render200')} | ${ratio(r, 'toggle')} | ${ratio(r, 'load')} | ${r.cls.toFixed(3)} | ${size} |`);
  }
  const single = 'dist/cdn/ketamine-widgets.js';
  if (existsSync(single)) console.log(`\nThe single file (dist/cdn/ketamine-widgets.js), every widget: ${kb(gzip(readFileSync(single)))} gzip.`);
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ chrome, rounds: ROUNDS, results }, null, 2));
} finally {
  await browser.close();
  server.close();
}
