// Where a cold <ketamine-faq> render spends its time: a fresh browser context per sample, the FAQ
// (bundled with esbuild, not minified, so function names survive) inserted once, then
//  - a Chromium trace: script vs style recalculation vs layout vs stylesheet parsing in the render window;
//  - a V8 CPU profile (20 µs sampling): self time per function and source file, summed over the samples;
//  - what the render produced: template instances (Lit comment markers), elements, stylesheet size.
// `node bench/profile-faq.mjs [--items=25|real] [--samples=5] [--compile-hint[=this]]`. A diagnosis tool, not a benchmark.
//
// `--cpu [--compare=<dir>] [--label=name] [--rounds=15]`: an A/B of main-thread CPU time instead (trace `tdur` of the
// renderer's tasks from inserting the FAQ until layout, plus the next frame's rendering before paint; then from
// clicking the 4th question until layout), which a
// busy machine disturbs far less than wall-clock time. With --compare, the FAQ of another checkout (e.g. `git
// archive <commit> src data | tar -x -C <dir>`, with node_modules linked) runs interleaved with this one, minified
// like bench/anchors.mjs, a fresh browser context per sample; prints medians, with style recalculation and layout.
import { bundleForPage } from './bundle.mjs';
import { createServer } from 'node:http';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../scripts/browsers.mjs';

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const which = arg('items', '25');
const SAMPLES = Number(arg('samples', 5));
// --warm-intl: create an Intl formatter before the render, to see what the render costs without ICU's first-use setup.
const warmIntl = process.argv.includes('--warm-intl');

const generic = (n) =>
  Array.from({ length: n }, (_, i) => ({
    id: `q${i + 1}`,
    question: `Question ${i + 1}: how does the dose relate to the clinic and the session?`,
    answer: [
      `Answer ${i + 1}. The spray and the infusion are described here in two or three plain sentences, about as long as a real answer. A reader who wants to know more can follow the sources.`,
      'A second paragraph adds a detail, so each answer has more than one block to lay out.',
    ],
    topics: ['basics'],
    sources: ['bench-source'],
  }));

const entry =
  which === 'real'
    ? `import { KetamineFaq } from './src/faq/faq.component.ts'; customElements.define('ketamine-faq', KetamineFaq);`
    : `import { KetamineFaq } from './src/faq/faq.component.ts';
       const base = KetamineFaq.bundledData;
       class BenchFaq extends KetamineFaq {
         static bundledData = { ...base, faq: ${JSON.stringify(generic(Number(which)))},
           sources: [{ id: 'bench-source', title: 'A generic source', publisher: 'Benchmark', kind: 'study', published: '2024', accessed: '2026-01-01' }] };
       }
       customElements.define('ketamine-faq', BenchFaq);`;

// --compile-hint: every bundle starts with V8's compile hint, as the code-split CDN build's files do (without it,
// the profile also shows the functions compiled on their first call during the render).
// `--compile-hint=this`: this checkout's bundle only (the other as an older commit shipped it, without).
const compileHint = process.argv.includes('--compile-hint') || process.argv.includes('--compile-hint=this');
const hintOthers = process.argv.includes('--compile-hint');
// Not minified: function names survive in the profile.
const script = await bundleForPage({ contents: entry, minify: false, compileHint });
if (process.env.PROFILE_BUNDLE) (await import('node:fs')).writeFileSync(process.env.PROFILE_BUNDLE, script);
// esbuild marks each module's start with a `// path` comment: map a line to its source file.
const fileStarts = [];
script.split('\n').forEach((line, i) => {
  const m = line.match(/^\/\/ (node_modules\/[^ ]+|src\/[^ ]+|data\/[^ ]+)$/);
  if (m) fileStarts.push([i, m[1].replace(/^node_modules\/([^/]+(\/[^/]+)?)\/.*$/, '$1 (package)')]);
});
const fileOf = (line) => {
  let file = '(bundle)';
  for (const [start, name] of fileStarts) if (start <= line) file = name;
  return file;
};

// --cpu: one minified bundle per checkout (this one, and --compare's).
const cpuMode = process.argv.includes('--cpu');
const compareDir = arg('compare', undefined);
const checkouts = cpuMode ? [['this checkout', '.'], ...(compareDir ? [[arg('label', compareDir), compareDir]] : [])] : [];
const cpuScripts = [];
for (const [, dir] of checkouts) {
  cpuScripts.push(await bundleForPage({ contents: entry.replace('./src/faq/faq.component.ts', `${dir}/src/faq/faq.component.ts`), compileHint: dir === '.' ? compileHint : hintOthers }));
}

const server = createServer((req, res) => {
  if (req.url === '/faq.js') return res.setHeader('content-type', 'text/javascript'), res.end(script);
  const cpu = req.url.match(/^\/cpu-(\d+)\.js$/);
  if (cpu) return res.setHeader('content-type', 'text/javascript'), res.end(cpuScripts[Number(cpu[1])]);
  const src = req.url.match(/^\/\?s=(cpu-\d+)$/)?.[1] ?? 'faq';
  res.setHeader('content-type', 'text/html');
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/${src}.js"></script></head>
<body style="font-family:Georgia,serif;max-width:46rem;margin:0 auto"><h1>Host page</h1><div id="stage"></div></body></html>`);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await puppeteerCore.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

const selfByFn = new Map();
const selfByFile = new Map();
const totalByFn = new Map();
const treeChildren = new Map();
const treeOf = arg('tree', '').split(',').filter(Boolean);
const traceTotals = new Map();
const renders = [];
let shape;
const add = (map, key, v) => map.set(key, (map.get(key) ?? 0) + v);

const insert = (profile) =>
  new Promise((resolve) => {
    const stage = document.getElementById('stage');
    if (profile) console.profile('render');
    const t0 = performance.now();
    stage.innerHTML = '<ketamine-faq></ketamine-faq>';
    stage.firstElementChild.updateComplete.then(() => {
      stage.getBoundingClientRect();
      const t = performance.now() - t0;
      if (profile) console.profileEnd('render');
      resolve(t);
    });
  });

/**
 * Main-thread CPU time between the page's `cpu-start` and `cpu-end` marks, and between `cpu-frame-start` and
 * `cpu-frame-end` if set (the next frame's rendering before paint), with its style and layout parts.
 */
async function cpuTime(page, fn, ...args) {
  await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(fn, ...args);
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  const mark = (name) => events.find((e) => e.name === name);
  const windows = [[mark('cpu-start'), mark('cpu-end')], [mark('cpu-frame-start'), mark('cpu-frame-end')]].filter(([a, b]) => a && b);
  const thread = (e) => `${e.pid}:${e.tid}`;
  const result = { cpu: 0, style: 0, layout: 0 };
  for (const [start, end] of windows)
    for (const e of events) {
      if (e.ph !== 'X' || thread(e) !== thread(start) || e.tdur === undefined || e.ts > end.ts || e.ts + e.dur < start.ts) continue;
      // A task only partly in the window counts for the part of its wall time that is.
      if (e.name === 'RunTask' && e.dur > 0) result.cpu += (e.tdur * (Math.min(e.ts + e.dur, end.ts) - Math.max(e.ts, start.ts))) / e.dur / 1000;
      if (e.ts >= start.ts && e.ts <= end.ts && e.name === 'UpdateLayoutTree') result.style += e.tdur / 1000;
      if (e.ts >= start.ts && e.ts <= end.ts && e.name === 'Layout') result.layout += e.tdur / 1000;
    }
  return result;
}

if (cpuMode) {
  const rounds = Number(arg('rounds', 15));
  const results = checkouts.map(() => ({ render: [], toggle: [] }));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    for (let round = 0; round <= rounds; round++) {
      for (let k = 0; k < checkouts.length; k++) {
        const i = (k + round) % checkouts.length;
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(`http://127.0.0.1:${server.address().port}/?s=cpu-${i}`, { waitUntil: 'load' });
        const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
        await frame();
        const render = await cpuTime(page, async () => {
          performance.mark('cpu-start');
          const stage = document.getElementById('stage');
          stage.innerHTML = '<ketamine-faq></ketamine-faq>';
          await stage.firstElementChild.updateComplete;
          stage.getBoundingClientRect();
          performance.mark('cpu-end');
          // The next frame's rendering before paint, where content-visibility: auto lays out what is in view
          // (as bench/anchors.mjs counts it): from its animation frame callbacks to its resize observations.
          await new Promise((resolve) => {
            requestAnimationFrame(() => performance.mark('cpu-frame-start'));
            const observer = new ResizeObserver(() => {
              performance.mark('cpu-frame-end');
              observer.disconnect();
              resolve();
            });
            observer.observe(stage);
          });
        });
        await frame();
        const toggle = await cpuTime(page, async () => {
          const el = document.querySelector('ketamine-faq');
          const question = el.shadowRoot.querySelectorAll('[part=question]')[3];
          performance.mark('cpu-start');
          question.click();
          await el.updateComplete;
          document.body.getBoundingClientRect();
          performance.mark('cpu-end');
        });
        await context.close();
        // Round 0 warms the browser and the server; not counted.
        if (round > 0) results[i].render.push(render), results[i].toggle.push(toggle);
      }
      process.stderr.write(`\rround ${round}/${rounds}`);
    }
    process.stderr.write('\r'.padEnd(20) + '\r');
    const fmt = (xs) => `${median(xs.map((x) => x.cpu)).toFixed(2)} ms (style ${median(xs.map((x) => x.style)).toFixed(2)}, layout ${median(xs.map((x) => x.layout)).toFixed(2)})`;
    console.log(`Main-thread CPU time, cold <ketamine-faq> (${which === 'real' ? 'the real dataset' : `${which} generic items`}), ${rounds} rounds, medians:`);
    checkouts.forEach(([label], i) => console.log(`  ${label}: render+layout ${fmt(results[i].render)}; toggle ${fmt(results[i].toggle)}`));
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(0);
}

try {
  for (let s = 0; s < SAMPLES; s++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    if (warmIntl) await page.evaluate(() => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(0));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    const cdp = await page.createCDPSession();
    if (s % 2 === 0) {
      // Even samples: CPU profile.
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
      // console.profile()/profileEnd() in the page bound the profile to the render window exactly (the
      // collapsed answers rendered just after the first paint are not in it).
      const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', (e) => resolve(e.profile)));
      renders.push(await page.evaluate(insert, true));
      const profile = await finished;
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const dt = new Map();
      profile.samples.forEach((id, i) => add(dt, id, (profile.timeDeltas[i + 1] ?? 0) / 1000));
      // Inclusive time per function: each node's subtree, counted once per function per stack.
      const inclusive = (node, seen) => {
        let total = dt.get(node.id) ?? 0;
        const { functionName, url, lineNumber } = node.callFrame;
        const key = `${functionName || '(anonymous)'}  [${url.endsWith('/faq.js') ? fileOf(lineNumber) : url || '(native)'}:${lineNumber + 1}]`;
        const inner = new Set(seen).add(key);
        for (const child of node.children ?? []) total += inclusive(byId.get(child), inner);
        if (!seen.has(key)) add(totalByFn, key, total);
        return total;
      };
      inclusive(profile.nodes[0], new Set());
      // --tree=fnA,fnB: what those functions spend their time in (children by total time), and who calls them.
      const parents = new Map();
      for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
      const subtotal = (node) => (dt.get(node.id) ?? 0) + (node.children ?? []).reduce((n, c) => n + subtotal(byId.get(c)), 0);
      for (const node of profile.nodes) {
        if (!treeOf.includes(node.callFrame.functionName)) continue;
        for (const child of node.children ?? []) add(treeChildren, `${node.callFrame.functionName} -> ${byId.get(child).callFrame.functionName || '(anonymous)'}:${byId.get(child).callFrame.lineNumber + 1}`, subtotal(byId.get(child)));
        const parent = parents.get(node.id);
        if (parent) add(treeChildren, `${node.callFrame.functionName} <- ${parent.callFrame.functionName || '(anonymous)'}:${parent.callFrame.lineNumber + 1}`, subtotal(node));
      }
      for (const [id, ms] of dt) {
        const { functionName, url, lineNumber } = byId.get(id).callFrame;
        const file = url.endsWith('/faq.js') ? fileOf(lineNumber) : url ? url : '(native)';
        add(selfByFn, `${functionName || '(anonymous)'}  [${file}:${lineNumber + 1}]`, ms);
        add(selfByFile, functionName === '(garbage collector)' ? '(garbage collector)' : functionName === '(program)' ? '(program: browser work outside JS: style, layout, parsing)' : file, ms);
      }
    } else {
      // Odd samples: a trace of the same render.
      await page.tracing.start({ categories: ['devtools.timeline', 'blink', 'v8'] });
      renders.push(await page.evaluate(insert));
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
      const names = ['FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'v8.run', 'UpdateLayoutTree', 'Layout', 'ParseAuthorStyleSheet', 'Document::updateStyleAndLayout', 'HTMLDocumentParser::PumpTokenizer', 'V8.GCScavenger', 'MajorGC', 'MinorGC', 'V8.CompileCode', 'v8.compile', 'V8.ParseFunction', 'v8.parseOnBackground', 'PrePaint', 'Paint'];
      // Only the page's main thread (parsing and compiling on background threads do not delay the render).
      const mains = new Set(trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      const main = [...mains].find((key) => trace.traceEvents.some((e) => e.name === 'Layout' && `${e.pid}:${e.tid}` === key));
      for (const e of trace.traceEvents) if (e.ph === 'X' && names.includes(e.name) && `${e.pid}:${e.tid}` === main) add(traceTotals, e.name, e.dur / 1000 / Math.floor(SAMPLES / 2));
    }
    if (!shape) {
      shape = await page.evaluate(() => {
        const el = document.querySelector('ketamine-faq');
        const root = el.shadowRoot;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
        let comments = 0;
        while (walker.nextNode()) comments++;
        const sheets = root.adoptedStyleSheets.length ? root.adoptedStyleSheets : [...root.querySelectorAll('style')].map((s) => s.sheet);
        const rules = sheets.reduce((n, sheet) => n + sheet.cssRules.length, 0);
        const cssBytes = sheets.reduce((n, sheet) => n + [...sheet.cssRules].map((r) => r.cssText).join('').length, 0);
        return {
          questions: root.querySelectorAll('[part="question"]').length,
          elements: root.querySelectorAll('*').length,
          litMarkers: comments,
          attributes: [...root.querySelectorAll('*')].reduce((n, e) => n + e.attributes.length, 0),
          stylesheets: sheets.length,
          cssRules: rules,
          cssBytes,
        };
      });
    }
    await context.close();
  }
  const top = (map, n, per) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${(v / per).toFixed(2).padStart(7)} ms  ${k}`)
      .join('\n');
  const profiled = Math.ceil(SAMPLES / 2);
  const sorted = [...renders].sort((a, b) => a - b);
  console.log(`Cold <ketamine-faq> render (${which === 'real' ? 'the real dataset' : `${which} generic items`}), ${SAMPLES} fresh contexts, median render+layout ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (profiled ones run slower)`);
  console.log('\nWhat it rendered:', shape);
  console.log(`\nTrace, mean per render (events nest: FunctionCall/RunMicrotasks contain script; UpdateLayoutTree = style recalc):`);
  console.log(top(traceTotals, 20, 1));
  console.log(`\nCPU profile, self time per source file (mean per render):`);
  console.log(top(selfByFile, 15, profiled));
  console.log(`\nCPU profile, self time per function (mean per render):`);
  console.log(top(selfByFn, 30, profiled));
  console.log(`\nCPU profile, total time per function including what it calls (mean per render):`);
  console.log(top(totalByFn, Number(arg('total', 40)), profiled));
  if (treeOf.length) console.log(`\nCallees (->) and callers (<-) of ${treeOf.join(', ')}:\n${top(treeChildren, 60, profiled)}`);
} finally {
  await browser.close();
  server.close();
}
