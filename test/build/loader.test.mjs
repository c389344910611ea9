// The one-script-tag loader (dist/cdn/loader.js) and the code-split CDN build beside it. Run after
// `npm run build`. Checks what the browser requests: a page loads only the chunks of the widgets it shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { withPage } from './page.mjs';

const root = new URL('../../', import.meta.url).pathname;
const dataset = JSON.parse(readFileSync(`${root}data/ketamine.json`, 'utf8'));
const cdn = `${root}dist/cdn/`;
const widgets = ['approval-badge', 'faq', 'route-table', 'side-effects', 'sources', 'uses'];
const loader = '<script type="module" src="/dist/cdn/loader.js"></script>';
const scripts = (requested) => requested.filter((url) => url.endsWith('.js')).map((url) => url.replace('/dist/cdn/', ''));
/** The files under dist/cdn/ that `file` imports statically, directly or not. */
function closure(file, seen = new Set()) {
  for (const [, dep] of readFileSync(`${cdn}${file}`, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)) {
    const path = file.includes('/') ? `${file.slice(0, file.lastIndexOf('/') + 1)}${dep}` : dep;
    if (!seen.has(path)) closure(path, seen.add(path));
  }
  return seen;
}
const rendered = (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part="disclaimer"], [part="label"]');

test('the loader is at most 2 KB gzip and imports nothing up front', () => {
  const code = readFileSync(`${cdn}loader.js`);
  assert.ok(gzipSync(code, { level: 9 }).length <= 2048, `${gzipSync(code, { level: 9 }).length} B gzip`);
  assert.doesNotMatch(code.toString(), /\bfrom\s*["']|\bimport\s*["']/, 'no static imports');
});

test("every widget module and chunk starts with V8's compile hint, and its source map still points at the source", async () => {
  const { COMPILE_HINT } = await import('../../scripts/compile-hint.mjs');
  const files = [...widgets.map((w) => `${w}.js`), ...readdirSync(`${cdn}chunks`).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
  for (const file of files) assert.ok(readFileSync(`${cdn}${file}`, 'utf8').startsWith(`${COMPILE_HINT}\n`), file);
  // The added first line shifts the mappings by one: a method of the FAQ maps back to its own line.
  const code = readFileSync(`${cdn}faq.js`, 'utf8').split('\n');
  const line = code.findIndex((l) => l.includes('syncOpenState(){'));
  const { SourceMapConsumer } = await import('source-map-js');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${cdn}faq.js.map`, 'utf8')));
  const column = code[line].indexOf('syncOpenState(){');
  const original = map.originalPositionFor({ line: line + 1, column });
  assert.match(original.source ?? '', /src\/faq\/faq\.component\.ts$/);
  const source = readFileSync(`${root}src/faq/faq.component.ts`, 'utf8').split('\n');
  assert.match(source[original.line - 1], /private syncOpenState\(\)/);
});

test('a page with one FAQ loads the FAQ and the chunks it imports, and no other widget', async () => {
  const html = `<!doctype html><html lang="en"><head>${loader}</head><body><ketamine-faq limit="3"></ketamine-faq></body></html>`;
  await withPage({ html }, async (page, { errors, requested }) => {
    await page.waitForFunction(rendered, {}, 'ketamine-faq');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const loaded = scripts(requested);
    assert.ok(loaded.includes('loader.js') && loaded.includes('faq.js'), loaded.join(', '));
    for (const other of widgets.filter((w) => w !== 'faq')) assert.ok(!loaded.includes(`${other}.js`), `${other}.js loaded: ${loaded}`);
    assert.ok(!loaded.includes('hydrate-support.js'), 'hydrate support only for server-rendered widgets');
    // Nothing else: every chunk requested is one the FAQ module imports, directly or not.
    const faqFiles = closure('faq.js');
    for (const chunk of loaded.filter((f) => f.startsWith('chunks/'))) assert.ok(faqFiles.has(chunk), `${chunk} is not one of the FAQ's chunks`);
    const badgeOnly = [...closure('approval-badge.js')].filter((f) => !faqFiles.has(f));
    assert.ok(badgeOnly.length > 0, 'the badge has chunks of its own');
    for (const chunk of badgeOnly) assert.ok(!loaded.includes(chunk), `the badge's ${chunk} was loaded`);
    const questions = await page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.querySelectorAll('[part="question"]').length);
    assert.equal(questions, 3);
    assert.deepEqual(errors, []);
  });
});

/** Chunks any module imports only dynamically (`import("./x.js")`): fetched on demand, never up front. */
function dynamicChunks() {
  const found = new Set();
  for (const file of [...widgets.map((w) => `${w}.js`)].flatMap((f) => [f, ...closure(f)]))
    for (const [, dep] of readFileSync(`${cdn}${file}`, 'utf8').matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) found.add(file.includes('/') ? `chunks/${dep}` : dep);
  return found;
}

test("sources' details load when a reader opens a list, not before: the FAQ's footer and an answer's Sources (n)", async () => {
  const html = `<!doctype html><html lang="en"><head>${loader}</head><body><ketamine-faq limit="3"></ketamine-faq></body></html>`;
  await withPage({ html }, async (page, { errors, requested }) => {
    await page.waitForFunction(rendered, {}, 'ketamine-faq');
    // After the first paint the collapsed answers render too (with their "Sources (n)" disclosures).
    await page.evaluate(() => new Promise((r) => setTimeout(r, 700)));
    const onDemand = dynamicChunks();
    assert.ok(onDemand.size > 0, 'the build has on-demand chunks');
    const before = scripts(requested);
    for (const chunk of onDemand) assert.ok(!before.includes(chunk), `${chunk} loaded before anyone asked: ${before}`);
    const state = () =>
      page.evaluate(() => {
        const root = document.querySelector('ketamine-faq').shadowRoot;
        const toggle = root.querySelector('[part~="sources-toggle"]');
        const panel = root.querySelector('[part~="sources-panel"]');
        return { label: toggle.textContent.trim(), entries: [...panel.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()), links: panel.querySelectorAll('li a[href^="https://"]').length };
      });
    const closed = await state();
    assert.match(closed.label, /^Sources \((\d+)\)$/);
    await page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.querySelector('[part~="sources-toggle"]').click());
    await page.waitForFunction(() => document.querySelector('ketamine-faq').shadowRoot.querySelectorAll('[part~="sources-panel"] li').length > 0);
    const open = await state();
    assert.equal(open.entries.length, Number(closed.label.match(/\d+/)[0]), 'one entry per counted source');
    assert.ok(open.entries.every((e) => e.length > 40), `entries carry title and publisher: ${open.entries[0]}`);
    assert.ok(open.links > 0, 'entries are linked');
    assert.ok(scripts(requested).some((f) => onDemand.has(f)), 'the details chunk was fetched on the click');
    // An answer's own "Sources (n)" list is complete now too.
    const answerList = await page.evaluate(async () => {
      const root = document.querySelector('ketamine-faq').shadowRoot;
      root.querySelector('[part="question"]').click();
      await new Promise((r) => setTimeout(r, 100));
      const disclosure = root.querySelector('details[open] [part="item-sources"]');
      disclosure.open = true;
      await new Promise((r) => setTimeout(r, 100));
      return [...disclosure.querySelectorAll('li')].map((li) => li.textContent.trim());
    });
    assert.ok(answerList.length > 0 && answerList.every((e) => e.length > 40), answerList.join(' | '));
    assert.deepEqual(errors, []);
  });
});

test("an answer's Sources (n) fetches the details when opened first", async () => {
  const html = `<!doctype html><html lang="en"><head>${loader}</head><body><ketamine-faq limit="2"></ketamine-faq></body></html>`;
  await withPage({ html }, async (page, { errors }) => {
    await page.waitForFunction(rendered, {}, 'ketamine-faq');
    const entries = await page.evaluate(async () => {
      const root = document.querySelector('ketamine-faq').shadowRoot;
      root.querySelector('[part="question"]').click();
      for (let i = 0; i < 50 && !root.querySelector('details[open] [part="item-sources"]'); i++) await new Promise((r) => setTimeout(r, 20));
      const disclosure = root.querySelector('details[open] [part="item-sources"]');
      const pending = disclosure.querySelector('[part="sources"]').textContent.trim();
      disclosure.open = true;
      for (let i = 0; i < 100 && !disclosure.querySelector('li'); i++) await new Promise((r) => setTimeout(r, 20));
      return { pending, entries: [...disclosure.querySelectorAll('li')].map((li) => li.textContent.trim()) };
    });
    assert.equal(entries.pending, 'Loading…');
    assert.ok(entries.entries.length > 0, 'the list filled in');
    assert.deepEqual(errors, []);
  });
});

test('footer="full" through the loader renders its source list with the widget, never "Loading…" below it', async () => {
  const html = `<!doctype html><html lang="en"><head>${loader}</head><body><ketamine-route-table routes="iv" footer="full"></ketamine-route-table></body></html>`;
  await withPage({ html }, async (page, { errors }) => {
    // At the first frame the widget shows anything in, its list is complete (shadow DOM changes wake no mutation polling).
    const first = await page.waitForFunction(() => {
      const root = document.querySelector('ketamine-route-table')?.shadowRoot;
      if (!root?.querySelector('[part="disclaimer"]')) return false;
      return { pending: root.querySelectorAll('.sources-pending').length, entries: root.querySelectorAll('[part~="footer"] [part="sources"] li').length };
    }, { polling: 'raf' });
    const { pending, entries } = await first.jsonValue();
    assert.equal(pending, 0);
    assert.ok(entries > 0, `${entries} entries`);
    assert.deepEqual(errors, []);
  });
});

test('a reference number through the loader fetches the details, opens the list and focuses its entry', async () => {
  const html = `<!doctype html><html lang="en"><head>${loader}</head><body><ketamine-route-table routes="iv,oral"></ketamine-route-table></body></html>`;
  await withPage({ html }, async (page, { errors }) => {
    await page.waitForFunction(rendered, {}, 'ketamine-route-table');
    const href = await page.evaluate(() => {
      const ref = document.querySelector('ketamine-route-table').shadowRoot.querySelector('[part="ref"]');
      ref.click();
      return ref.getAttribute('href');
    });
    const focused = await page.waitForFunction(() => {
      const root = document.querySelector('ketamine-route-table').shadowRoot;
      const active = root.activeElement;
      return active?.id?.startsWith('ref-') && active.textContent.length > 40 && `#${active.id}`;
    });
    assert.equal(await focused.jsonValue(), href);
    assert.deepEqual(errors, []);
  });
});

test('a searchable FAQ fetches its search code when the reader first focuses the box, and searches', async () => {
  const html = `<!doctype html><html lang="en"><head>${loader}</head><body><ketamine-faq searchable></ketamine-faq></body></html>`;
  await withPage({ html }, async (page, { errors, requested }) => {
    await page.waitForFunction(rendered, {}, 'ketamine-faq');
    const onDemand = dynamicChunks();
    const before = scripts(requested).filter((f) => onDemand.has(f));
    assert.deepEqual(before, [], 'no on-demand chunk before the reader does anything');
    const input = await page.evaluateHandle(() => document.querySelector('ketamine-faq').shadowRoot.querySelector('[part="search-input"]'));
    await input.focus();
    await page.keyboard.type('nasal spray');
    await page.waitForFunction(() => document.querySelector('ketamine-faq').shadowRoot.querySelector('mark'));
    const result = await page.evaluate(() => {
      const root = document.querySelector('ketamine-faq').shadowRoot;
      return { shown: root.querySelectorAll('[part="question"]').length, marks: [...root.querySelectorAll('mark')].map((m) => m.textContent.toLowerCase()) };
    });
    assert.ok(result.shown > 0 && result.shown < 41, `${result.shown} questions match`);
    assert.ok(result.marks.some((m) => m.startsWith('nasal') || m.startsWith('spray')), result.marks.join(', '));
    assert.ok(scripts(requested).some((f) => onDemand.has(f)), 'the search code was fetched');
    assert.deepEqual(errors, []);
  });
});

test("when the sources' details cannot be fetched, the list says so (no endless Loading…), and opening it again retries", async () => {
  const html = `<!doctype html><html lang="en"><head>${loader}</head><body><ketamine-faq limit="2"></ketamine-faq></body></html>`;
  let failing = true;
  const routes = {};
  for (const chunk of dynamicChunks()) {
    routes[`/dist/cdn/${chunk}`] = (req, res) => {
      if (failing) return res.writeHead(503).end();
      res.setHeader('content-type', 'text/javascript');
      res.end(readFileSync(`${cdn}${chunk}`));
    };
  }
  await withPage({ html, routes }, async (page, { errors }) => {
    await page.waitForFunction(rendered, {}, 'ketamine-faq');
    const panelText = () => page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.querySelector('[part~="sources-panel"]').textContent.trim());
    const toggle = () => page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.querySelector('[part~="sources-toggle"]').click());
    await toggle();
    await page.waitForFunction(() => !/Loading/.test(document.querySelector('ketamine-faq').shadowRoot.querySelector('[part~="sources-panel"]').textContent));
    assert.equal(await panelText(), 'This information could not be loaded.');
    // Close and open again once the server is back: the widget asks again, and the list arrives.
    failing = false;
    await toggle();
    await toggle();
    await page.waitForFunction(() => document.querySelector('ketamine-faq').shadowRoot.querySelector('[part~="sources-panel"] li'));
    assert.match(await panelText(), /Prescribing Information|guideline|Regulatory source|Study/);
    assert.deepEqual(errors.filter((e) => !/status of 503/.test(e)), []);
  });
});

test('tags added later are upgraded, each widget module loaded once', async () => {
  const html = `<!doctype html><html lang="en"><head>${loader}</head><body><ketamine-approval-badge use="anesthesia"></ketamine-approval-badge><div id="later"></div></body></html>`;
  await withPage({ html }, async (page, { errors, requested }) => {
    await page.waitForFunction(rendered, {}, 'ketamine-approval-badge');
    assert.ok(!scripts(requested).includes('route-table.js'));
    await page.evaluate(() => {
      const later = document.getElementById('later');
      later.innerHTML = '<section><ketamine-route-table routes="iv,oral"></ketamine-route-table></section>';
      later.append(document.createElement('ketamine-approval-badge'));
    });
    await page.waitForFunction(rendered, {}, 'ketamine-route-table');
    const routes = await page.evaluate(() => [...document.querySelector('ketamine-route-table').shadowRoot.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent.trim()));
    assert.equal(routes.length, 2, routes.join(' | '));
    const loaded = scripts(requested);
    assert.equal(loaded.filter((f) => f === 'approval-badge.js').length, 1);
    assert.equal(loaded.filter((f) => f === 'route-table.js').length, 1);
    assert.ok(!loaded.includes('faq.js'));
    assert.deepEqual(errors, []);
  });
});

test('every widget works through the loader under a strict Content-Security-Policy', async () => {
  const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP loader page</title>
<script src="/test/build/collect-violations.js"></script>${loader}</head><body>
<ketamine-faq topics="cost" searchable structured-data></ketamine-faq>
<ketamine-side-effects severity="serious" show-frequency></ketamine-side-effects>
<ketamine-route-table routes="iv,oral" sortable></ketamine-route-table>
<ketamine-uses categories="pain"></ketamine-uses>
<ketamine-sources kinds="guideline"></ketamine-sources>
<p>Status: <ketamine-approval-badge use="ptsd"></ketamine-approval-badge></p></body></html>`;
  await withPage({ html, headers: { 'Content-Security-Policy': csp } }, async (page, { errors }) => {
    const tags = widgets.map((w) => `ketamine-${w}`);
    await page.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part="disclaimer"], [part="label"]')), {}, tags);
    const result = await page.evaluate(async () => {
      const el = (tag) => document.querySelector(tag);
      const faq = el('ketamine-faq');
      const button = faq.shadowRoot.querySelector('[part="question"]');
      button.click();
      await faq.updateComplete;
      // Each widget's labels come with its own chunk: none may show a bare key such as `faq.search`.
      const text = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).map((el) => el.shadowRoot.textContent).join(' ');
      const labels = [...el('ketamine-faq').shadowRoot.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ');
      return {
        careAdvice: [...el('ketamine-side-effects').shadowRoot.querySelectorAll('[part="care-advice"]')].map((p) => p.textContent.trim()),
        violations: window.violations,
        opened: button.closest('details')?.open ?? button.getAttribute('aria-expanded') === 'true',
        listBorder: getComputedStyle(faq.shadowRoot.querySelector('[part="list"]')).borderBottomStyle,
        bareKeys: `${text} ${labels}`.match(/\b[a-z]+[A-Z]?[a-zA-Z]*\.[a-z][a-zA-Z]*(\.[a-zA-Z]+)*\b/g)?.filter((k) => /^(faq|badge|routeTable|sideEffects|sourcesList|uses|drug|error|sourceKind|provenance|confidence)\./.test(k)) ?? [],
      };
    });
    assert.deepEqual(result.violations, []);
    assert.deepEqual(errors, []);
    assert.equal(result.opened, true);
    assert.equal(result.listBorder, 'solid', 'styles applied');
    assert.deepEqual(result.bareKeys, [], 'every label found');
    // A `meta` field only the side effects read comes with their chunk (not the shared one), and is there.
    assert.ok(result.careAdvice.includes(dataset.meta.emergencyAdvice), result.careAdvice.join(' | '));
  });
});

test("a widget's own messages come with its chunk: the FAQ's unknown-question reason in its ketamine-error event", async () => {
  const html = `<!doctype html><html lang="en"><head><script>window.reasons = [];
document.addEventListener('ketamine-error', (e) => reasons.push(e.detail.message));</script>${loader}</head>
<body><ketamine-faq questions="no-such-question"></ketamine-faq></body></html>`;
  await withPage({ html }, async (page) => {
    await page.waitForFunction(() => window.reasons.length > 0);
    const reasons = await page.evaluate(() => window.reasons);
    assert.deepEqual(reasons, [dataset.strings['error.unknownQuestion'].replace('{ids}', 'no-such-question')]);
  });
});

test('server-rendered widgets load the hydrate support first and hydrate in place', async () => {
  const { renderToString } = await import(`${root}dist/ssr/render.js`);
  const body = await renderToString('<ketamine-faq limit="2"></ketamine-faq>');
  const html = `<!doctype html><html lang="en"><head>${loader}</head><body>${body}</body></html>`;
  await withPage({ html }, async (page, { errors, requested }) => {
    await page.waitForFunction(() => customElements.get('ketamine-faq'));
    const result = await page.evaluate(async () => {
      const faq = document.querySelector('ketamine-faq');
      await faq.updateComplete;
      const questions = faq.shadowRoot.querySelectorAll('[part="question"]');
      questions[0].click();
      await faq.updateComplete;
      return {
        count: questions.length,
        sections: faq.shadowRoot.querySelectorAll('[part="base"]').length,
        opened: questions[0].closest('details')?.open ?? questions[0].getAttribute('aria-expanded') === 'true',
      };
    });
    assert.equal(result.count, 2, 'not rendered twice');
    assert.equal(result.sections, 1);
    assert.equal(result.opened, true);
    const loaded = scripts(requested);
    assert.ok(loaded.indexOf('hydrate-support.js') >= 0 && loaded.indexOf('hydrate-support.js') < loaded.indexOf('faq.js'), loaded.join(', '));
    // Server-rendered HTML added later, marked defer-hydration: hydrated once in view, without a second copy.
    const later = await renderToString('<ketamine-faq limit="1"></ketamine-faq>', { deferHydration: true });
    const added = await page.evaluate(async (markup) => {
      const box = document.createElement('div');
      box.setHTMLUnsafe(markup);
      document.body.prepend(box);
      const faq = box.querySelector('ketamine-faq');
      const deferred = faq.hasAttribute('defer-hydration');
      for (let i = 0; i < 100 && faq.hasAttribute('defer-hydration'); i++) await new Promise((r) => setTimeout(r, 20));
      await faq.updateComplete;
      return { deferred, hydrated: !faq.hasAttribute('defer-hydration'), questions: faq.shadowRoot.querySelectorAll('[part="question"]').length };
    }, later);
    assert.deepEqual(added, { deferred: true, hydrated: true, questions: 1 });
    assert.deepEqual(errors, []);
  });
});

test('until its code has run, a tag keeps about the space it will take, and the page gets its markup back', async () => {
  const html = `<!doctype html><html lang="en"><head><script type="module" blocking="render" src="/dist/cdn/loader.js"></script></head><body style="width:736px"><div id="slot"></div></body></html>`;
  await withPage({ html }, async (page, { errors }) => {
    await page.waitForFunction(() => document.readyState === 'complete');
    const before = await page.evaluate(async () => {
      const faq = document.createElement('ketamine-faq');
      faq.setAttribute('topics', 'cost');
      document.getElementById('slot').append(faq);
      await Promise.resolve(); // the loader's MutationObserver runs
      await Promise.resolve();
      return { defined: !!customElements.get('ketamine-faq'), height: faq.getBoundingClientRect().height };
    });
    assert.equal(before.defined, false, 'the FAQ code cannot have arrived yet');
    await page.waitForFunction(() => document.querySelector('ketamine-faq').shadowRoot?.querySelector('[part="question"]'));
    const after = await page.evaluate(async () => {
      const faq = document.querySelector('ketamine-faq');
      await faq.updateComplete;
      return { height: faq.getBoundingClientRect().height, style: faq.getAttribute('style') };
    });
    assert.ok(before.height > 0.8 * after.height && before.height < 1.25 * after.height, `reserved ${before.height} px, rendered ${after.height} px`);
    assert.ok(!after.style?.includes('--ketamine-reserve'), `the reserve property is gone from the host element: ${after.style}`);
    assert.deepEqual(errors, []);
  });
});
