// The embed builder as built by `npm run build:demo` (demo-dist/builder.html), in Chromium: options
// update the preview and the snippets; the copied one-script-tag embed, pasted into a blank page,
// renders the same widget with the same options and theme; the server-rendered HTML is what the render
// command prints, and reads with JavaScript off; settings survive in the URL; axe-clean; 320 px wide.
// Run: npm run build && node --test test/build/builder.test.mjs (it builds the demo pages into a
// temporary folder itself, so the builder's render code and the CLI's dist/ssr.js come from one source).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../../scripts/browsers.mjs';

const root = new URL('../../', import.meta.url).pathname;
const demo = mkdtempSync(join(tmpdir(), 'ketamine-builder-'));
// The documented embed (README "Embed in 30 seconds"); the tests serve it from this checkout's dist/cdn/.
const CDN = 'https://cdn.jsdelivr.net/npm/ketamine-widgets/dist/cdn/loader.js';
const LOCAL = '/dist/cdn/loader.js';
const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

let server;
let browser;
let origin;
/** Pages a test puts at /paste/<name>.html (the "blank page" a publisher pastes into). */
const pasted = new Map();
/** Every request the builder's pages make (none may leave the loopback server). */
const requested = [];

before(async () => {
  assert.ok(existsSync(join(root, 'dist/ssr/render.js')), 'run `npm run build` first (the demo page is rendered with dist/ssr/render.js)');
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', demo, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  assert.ok(existsSync(join(demo, 'builder.html')));
  server = createServer((req, res) => {
    const path = decodeURIComponent(req.url.split('?')[0]);
    requested.push(path);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (pasted.has(path)) return res.writeHead(200, { 'content-type': 'text/html' }).end(pasted.get(path));
    // The CDN file of the embed, served from this checkout's build instead of the network.
    const file = path.startsWith('/dist/') ? join(root, path) : join(demo, path);
    if (!(file.startsWith(root) || file.startsWith(demo)) || file.includes('..') || !existsSync(file) || path.endsWith('/')) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteerCore.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(demo, { recursive: true, force: true });
});

async function openBuilder(query = '', { width = 1280, scheme } = {}) {
  const page = await browser.newPage();
  // Emulating the media feature applies to every frame, over the preview frame's own colour scheme.
  if (scheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // No network: every request stays on the test's loopback server (or is a data: or about: URL).
  page.on('request', (r) => /^(data:|about:|blob:)/.test(r.url()) || r.url().startsWith(origin) || errors.push(`fetched ${r.url()}`));
  await page.setViewport({ width, height: 900 });
  await page.goto(`${origin}/builder.html${query}`);
  await page.waitForFunction(() => document.querySelector('#out-embed')?.textContent);
  await waitForPreview(page);
  return { page, errors };
}

const previewFrame = async (page) => (await page.$('#preview-frame iframe')).contentFrame();

/** Waits until the preview frame's widget matches the tag line and has rendered. */
async function waitForPreview(page) {
  await page.waitForFunction(() => {
    const frame = document.querySelector('#preview-frame iframe');
    const widget = frame?.contentDocument?.querySelector('#preview-host > *');
    const tag = document.querySelector('#preview-tag').textContent;
    return widget && widget.outerHTML.replace(/=""/g, '') === tag && widget.shadowRoot?.textContent.trim().length > 0;
  });
}

/** Waits for the server-rendered output of the current tag. */
async function waitForServerOutput(page) {
  await page.waitForFunction(() => /^Rendered/.test(document.querySelector('#ssr-status').textContent), { timeout: 20000 });
  return page.$eval('#out-ssr', (e) => e.textContent);
}

const text = (page, selector) => page.$eval(selector, (e) => e.textContent);

test('every widget of custom-elements.json can be chosen; its options offer the dataset values, not free text', async () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
  const data = JSON.parse(readFileSync(join(root, 'data/ketamine.json'), 'utf8'));
  const { page } = await openBuilder();
  assert.deepEqual((await page.$$eval('#widget-choices input', (inputs) => inputs.map((i) => i.value))).sort(), [...new Set(tags)].sort());
  // FAQ: questions by their text, topics by name.
  const questions = await page.$$eval('[name=questions]', (inputs) => inputs.map((i) => [i.value, i.parentElement.textContent]));
  assert.deepEqual(questions, data.faq.map((q) => [q.id, q.question]));
  // Badge: the use is a select of the dataset's uses, by name.
  await page.click('input[name=widget][value=ketamine-approval-badge]');
  const uses = await page.$$eval('#opt-use option', (options) => options.map((o) => [o.value, o.textContent]));
  assert.deepEqual(uses, data.uses.map((u) => [u.id, u.name]));
  await page.click('input[name=widget][value=ketamine-route-table]');
  const routes = await page.$$eval('[name=routes]', (inputs) => inputs.map((i) => i.value));
  assert.deepEqual(routes, data.routes.map((r) => r.id));
  // No free-typed ids: the only text inputs are colours and the advanced dataset URL / labels.
  const free = await page.$$eval('#settings input[type=text], #settings input:not([type]), #settings textarea', (inputs) => inputs.map((i) => i.id));
  assert.ok(free.every((id) => /^colour-|^opt-(src|strings)$/.test(id)), free.join(', '));
  await page.close();
});

test('choosing options updates the preview, the snippets and the URL', async () => {
  const { page, errors } = await openBuilder();
  await page.click('input[name=topics][value=cost]');
  await page.click('#opt-searchable');
  await page.select('#opt-heading-level', '2');
  await waitForPreview(page);
  const tag = '<ketamine-faq heading-level="2" searchable topics="cost"></ketamine-faq>';
  const expected = await page.$eval('#preview-tag', (e) => e.textContent);
  // Attributes in the manifest's order.
  assert.equal(expected, '<ketamine-faq heading-level="2" topics="cost" searchable></ketamine-faq>');
  assert.notEqual(expected, tag);
  assert.ok((await text(page, '#out-embed')).includes(expected));
  assert.ok((await text(page, '#out-framework')).includes('<Faq headingLevel={2} topics="cost" searchable />'));
  const frame = await previewFrame(page);
  const shown = await frame.$eval('ketamine-faq', (faq) => [...faq.shadowRoot.querySelectorAll('[part~=question]')].length);
  const costQuestions = JSON.parse(readFileSync(join(root, 'data/ketamine.json'), 'utf8')).faq.filter((q) => q.topics.includes('cost')).length;
  assert.ok(costQuestions > 0);
  assert.equal(await frame.$eval('ketamine-faq', (faq) => faq.shadowRoot.querySelector('input[type=search]') !== null), true);
  assert.ok(shown >= costQuestions, `preview shows ${shown} questions`);
  // A colour pasted from a site becomes a token in the style block and in the preview.
  await page.type('#colour-accent', '#8a2be2');
  await page.waitForFunction(() => document.querySelector('#out-embed').textContent.includes('--ketamine-color-accent: #8a2be2;'));
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector('#preview-frame iframe').contentDocument.querySelector('ketamine-faq')).getPropertyValue('--ketamine-color-accent').trim() === '#8a2be2',
  );
  // Phone width and a dark host page.
  await page.click('input[name=p-width][value=phone]');
  await page.click('input[name=p-host][value=dark]');
  await page.waitForFunction(() => document.querySelector('#preview-frame iframe').contentDocument.documentElement.style.colorScheme === 'dark');
  // In Chromium the frame's prefers-color-scheme follows the iframe element's color-scheme (theme="auto").
  await page.waitForFunction(() => document.querySelector('#preview-frame iframe').contentWindow.matchMedia('(prefers-color-scheme: dark)').matches);
  const host = await page.$eval('#preview-frame iframe', (f) => ({
    width: f.getBoundingClientRect().width,
    dark: f.contentWindow.matchMedia('(prefers-color-scheme: dark)').matches,
    background: getComputedStyle(f.contentDocument.documentElement).backgroundColor,
  }));
  assert.deepEqual(host, { width: 375, dark: true, background: 'rgb(22, 24, 29)' });
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('p.host'), 'dark');
  assert.equal(url.searchParams.get('p.width'), 'phone');
  assert.equal(url.searchParams.get('a.topics'), 'cost');
  assert.equal(url.searchParams.get('t.accent'), '#8a2be2');
  // Reopening the URL restores every setting.
  const embed = await text(page, '#out-embed');
  const reopened = await openBuilder(url.search);
  assert.equal(await text(reopened.page, '#out-embed'), embed);
  assert.equal(await reopened.page.$eval('input[name=topics][value=cost]', (i) => i.checked), true);
  assert.deepEqual(errors, []);
  await page.close();
  await reopened.page.close();
});

test('the keyboard alone changes an option, and "Copied" is announced', async () => {
  const context = browser.defaultBrowserContext();
  await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const { page } = await openBuilder('?widget=side-effects');
  await page.focus('#opt-show-frequency');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('#out-embed').textContent.includes('show-frequency'));
  await page.focus('[data-copy=out-embed]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#announcer').textContent.startsWith('Copied'));
  assert.equal(await page.$eval('#announcer', (e) => e.getAttribute('aria-live')), 'polite');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await text(page, '#out-embed'));
  // The link to these settings.
  await page.focus('#copy-link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#announcer').textContent === 'Copied a link to these settings.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  assert.equal(new URL(link).searchParams.get('a.show-frequency'), '');
  await page.close();
});

test('the copied one-script-tag embed, pasted into a blank page, renders the same widget with the same options and theme', async () => {
  const query = '?widget=route-table&a.routes=iv,oral,intranasal-esketamine&a.highlight=oral&a.sortable=&t.font=1&t.text=%23222222&t.accent=%23005a9c&t.radius=0.5rem';
  const { page } = await openBuilder(query);
  const embed = await text(page, '#out-embed');
  assert.ok(embed.startsWith(`<script type="module" blocking="render" src="${CDN}"></script>`));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes(`src="${CDN}"`), 'the embed script is the one README documents');
  assert.match(embed, /<style>[\s\S]*--ketamine-color-accent: #005a9c;[\s\S]*<\/style>/);
  const describe = (doc) => {
    const widget = doc.querySelector('ketamine-route-table');
    const style = getComputedStyle(widget);
    return {
      attributes: [...widget.attributes].map((a) => [a.name, a.value]),
      tokens: ['--ketamine-font-family', '--ketamine-color-text', '--ketamine-color-accent', '--ketamine-radius'].map((p) => style.getPropertyValue(p).trim()),
      // What a reader can see: a closed panel's list may still be waiting for the sources' details in the
      // code-split build (they load when it opens), where the preview's build has them at once.
      text: [...widget.shadowRoot.querySelectorAll('*')]
        .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3 && !el.closest('[hidden], style')).map((n) => n.data))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      highlighted: widget.shadowRoot.querySelector('[aria-current], .highlight, [data-highlight]') !== null || widget.shadowRoot.textContent.includes('highlight'),
    };
  };
  const frame = await previewFrame(page);
  const inPreview = await frame.evaluate(`(${describe})(document)`);
  // The blank page: just the pasted snippet, with the CDN file from this build (the test has no network).
  pasted.set('/paste/route-table.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${embed.replace(CDN, LOCAL)}</body></html>`);
  const blank = await browser.newPage();
  const errors = [];
  blank.on('pageerror', (e) => errors.push(e.message));
  await blank.goto(`${origin}/paste/route-table.html`);
  await blank.waitForFunction(() => document.querySelector('ketamine-route-table')?.shadowRoot?.textContent.trim());
  const inBlank = await blank.evaluate(`(${describe})(document)`);
  assert.deepEqual(inBlank.attributes, inPreview.attributes);
  assert.deepEqual(inBlank.tokens, ['system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', '#222222', '#005a9c', '0.5rem']);
  assert.deepEqual(inBlank.tokens, inPreview.tokens);
  assert.equal(inBlank.text, inPreview.text);
  assert.deepEqual(errors, []);
  await blank.close();
  await page.close();
});

test('the server-rendered HTML is what the render command prints, and reads with JavaScript off', async () => {
  const { page } = await openBuilder('?widget=faq&a.topics=cost&a.heading-level=2&t.accent=%23005a9c');
  const output = await waitForServerOutput(page);
  const tag = await text(page, '#preview-tag');
  const command = await text(page, '#out-command');
  assert.equal(command, `npx ketamine-widgets render '${tag}'`);
  const cli = execFileSync(process.execPath, [join(root, 'bin/ketamine-widgets.mjs'), 'render', tag], { encoding: 'utf8' });
  // Output: the style block, the rendered widget, then the optional hydrate script.
  const [, style, rendered] = output.match(/^(<style>[\s\S]*?<\/style>\n)([\s\S]*)\n<!-- Optional/);
  assert.ok(style.includes('--ketamine-color-accent: #005a9c;'));
  assert.equal(rendered, cli.replace(/\n$/, ''));
  assert.ok(rendered.includes('<template shadowroot="open"') || rendered.includes('shadowrootmode="open"'));

  // With JavaScript off, the pasted HTML shows the questions and their answers (declarative shadow DOM).
  const data = JSON.parse(readFileSync(join(root, 'data/ketamine.json'), 'utf8'));
  const first = data.faq.find((q) => q.topics.includes('cost'));
  pasted.set('/paste/ssr.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${output.replace(CDN, LOCAL)}</body></html>`);
  const off = await browser.newPage();
  await off.setJavaScriptEnabled(false);
  await off.goto(`${origin}/paste/ssr.html`);
  const shown = await off.evaluate(() => {
    const faq = document.querySelector('ketamine-faq');
    return { defined: customElements.get('ketamine-faq') !== undefined, text: faq.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '' };
  });
  assert.equal(shown.defined, false, 'no widget code ran');
  assert.ok(shown.text.includes(first.question), 'the question is shown');
  assert.ok(shown.text.includes(first.answer[0].slice(0, 60)), 'its answer is in the HTML');
  // The reader opens a question without JavaScript (native disclosure) and its answer shows.
  const question = await off.evaluateHandle((id) => document.querySelector('ketamine-faq').shadowRoot.getElementById(`q-${id}`), first.id);
  await question.click();
  const visible = await off.evaluate((id) => document.querySelector('ketamine-faq').shadowRoot.getElementById(`a-${id}`)?.checkVisibility() ?? false, first.id);
  assert.equal(visible, true, 'the answer shows once its question is opened');
  await off.close();

  // With JavaScript on, the same HTML hydrates: the loader upgrades the widget without errors.
  const on = await browser.newPage();
  const errors = [];
  on.on('pageerror', (e) => errors.push(e.message));
  on.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await on.goto(`${origin}/paste/ssr.html`);
  await on.waitForFunction(() => customElements.get('ketamine-faq') && document.querySelector('ketamine-faq').hasUpdated);
  assert.ok((await on.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.textContent)).includes(first.question));
  assert.deepEqual(errors, []);
  await on.close();

  // The builder's own no-JavaScript preview shows the same.
  await page.click('input[name=p-mode][value=static]');
  await page.waitForFunction((q) => document.querySelector('#preview-frame iframe')?.contentDocument?.querySelector('ketamine-faq')?.shadowRoot?.textContent.includes(q), {}, first.question);
  assert.equal(await page.$eval('#preview-frame iframe', (f) => f.getAttribute('sandbox')), 'allow-same-origin');
  await page.close();
});

test('contrast warnings below 4.5:1', async () => {
  const { page } = await openBuilder('?widget=faq&t.text=%23999999');
  await page.waitForFunction(() => !document.querySelector('#contrast-warnings').hidden);
  const warnings = await page.$$eval('#contrast-warnings li', (items) => items.map((i) => i.textContent));
  // #999 on white is 2.85:1; on the dark host page it passes.
  assert.deepEqual(warnings, ['Text on the background on a light page: 2.85:1 (needs 4.5:1).']);
  // Also beside the preview.
  assert.equal(await page.$eval('#preview-warnings', (e) => e.hidden), false);
  assert.deepEqual(await page.$$eval('#preview-warnings-list li', (items) => items.map((i) => i.textContent)), warnings);
  await page.$eval('#colour-text', (input) => (input.value = ''));
  await page.type('#colour-text', '#333333');
  // Dark grey text reads on white but not on a dark page, where a widget without a background may sit.
  await page.waitForFunction(() => document.querySelector('#contrast-warnings').textContent.includes('dark page'));
  assert.match(await text(page, '#contrast-warnings'), /^Text on the background on a dark page: 1\.\d\d:1 \(needs 4\.5:1\)\.$/);
  // With a background of its own, only that background counts.
  await page.type('#colour-background', '#ffffff');
  await page.waitForFunction(() => document.querySelector('#contrast-warnings').hidden);
  assert.equal(await page.$eval('#contrast-ok', (e) => e.hidden), false);
  // Not a colour: a visible error, and the snippet keeps the last good one.
  await page.$eval('#colour-accent', (input) => (input.value = ''));
  await page.type('#colour-accent', 'url(x)');
  assert.equal(await page.$eval('#colour-accent', (i) => i.getAttribute('aria-invalid')), 'true');
  assert.ok(!(await text(page, '#out-embed')).includes('url(x)'));
  await page.close();
});

test('axe finds no violations; the page works at 320 px; nothing is fetched from the network', async () => {
  for (const [query, width, scheme] of [
    ['?widget=faq', 1280, 'light'],
    ['?widget=approval-badge&p.host=dark&p.width=phone', 320, 'dark'],
    ['?widget=side-effects&t.text=%23999999', 375, 'light'],
    ['?widget=route-table&a.theme=dark&t.accent=%23ffcc00', 1280, 'dark'],
  ]) {
    const { page, errors } = await openBuilder(query, { width, scheme });
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], query);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${query} at ${width} px scrolls sideways by ${overflow} px`);
    assert.deepEqual(errors, []);
    await page.close();
  }
  assert.ok(requested.includes('/builder.html'));
});
