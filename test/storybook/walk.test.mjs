// Walks the built Storybook (storybook-static/, from `npm run build-storybook`) as a reader of the docs would:
// every docs page and every story opens without console errors; a docs page neither moves focus nor scrolls
// on load and stays shorter than a set bound; each widget's docs page shows its usage snippet and the public
// API only (no private fields), with a method table where the widget has public methods.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../../scripts/browsers.mjs';

const root = new URL('../../storybook-static/', import.meta.url).pathname;
/**
 * A docs page taller than this at 1280 x 800 is a wall, not a reference. Stories on docs pages render in
 * 400 px frames (.storybook/preview.ts), so the bound counts the API tables plus about twenty examples.
 */
const MAX_DOCS_HEIGHT = 15000;

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
let server;
let browser;
let origin;

before(async () => {
  assert.ok(existsSync(join(root, 'index.json')), 'run `npm run build-storybook` first');
  server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    let file = join(root, decodeURIComponent(req.url.split('?')[0]));
    if (file.endsWith('/')) file += 'index.html';
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
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
});

const entries = () => Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries);

/**
 * Opens Storybook iframe URLs one after another in one fresh browser context (a first visit, without
 * paying a new context per page), collecting page errors and console errors per URL.
 */
async function visitor() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  let errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return {
    page,
    async open(path, ready) {
      errors = [];
      await page.goto('about:blank');
      await page.goto(`${origin}/${path}`, { waitUntil: 'load', timeout: 60000 });
      await page.waitForFunction(ready, { timeout: 30000 });
      // Let late work (a story's timers, a docs page's first frames) report its errors.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return errors;
    },
    /** A fresh list that collects the errors from now on (for work done without a page load). */
    errorsDuring() {
      errors = [];
      return errors;
    },
    close: () => context.close(),
  };
}

const storyReady = () => (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0 || !!document.querySelector('.sb-show-errordisplay');
// Story frames on a docs page load lazily (as they scroll into view): the page is ready once its blocks are.
const docsReady = () => !!document.querySelector('.sbdocs-content h1, .sbdocs-content table');

/**
 * Shows a story in the already-loaded preview the way Storybook's own manager does (over its channel),
 * so that walking every story costs one page load, not one per story. Resolves with an error text or ''.
 */
function showStory(page, storyId) {
  return page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const events = { storyRendered: '', storyErrored: 'errored', storyThrewException: 'threw', storyMissing: 'missing' };
        const handlers = {};
        const finish = (result) => {
          for (const [name, handler] of Object.entries(handlers)) channel.off(name, handler);
          clearTimeout(timer);
          resolve(result);
        };
        for (const [name, result] of Object.entries(events)) {
          handlers[name] = (detail) => finish(result && `${result}: ${JSON.stringify(detail ?? '').slice(0, 300)}`);
          channel.on(name, handlers[name]);
        }
        const timer = setTimeout(() => finish('not rendered within 20 s'), 20000);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    storyId,
  );
}

test('every story renders without errors', async () => {
  const stories = entries().filter((entry) => entry.type === 'story');
  assert.ok(stories.length >= 30, `only ${stories.length} stories`);
  const failures = [];
  const visit = await visitor();
  const firstErrors = await visit.open(`iframe.html?viewMode=story&id=${stories[0].id}`, storyReady);
  for (const error of firstErrors) failures.push(`${stories[0].id}: ${error}`);
  for (const story of stories.slice(1)) {
    const errors = visit.errorsDuring();
    const problem = await showStory(visit.page, story.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (problem) failures.push(`${story.id}: ${problem}`);
    if (!(await visit.page.evaluate(storyReady))) failures.push(`${story.id}: nothing rendered`);
    for (const error of errors) failures.push(`${story.id}: ${error}`);
  }
  await visit.close();
  console.log(`${stories.length} stories walked`);
  assert.deepEqual(failures, []);
});

test('every docs page loads without errors, focus theft or scrolling, and within the height bound', async () => {
  const docs = entries().filter((entry) => entry.type === 'docs');
  assert.ok(docs.length >= 7, `only ${docs.length} docs pages`);
  const failures = [];
  const heights = [];
  const visit = await visitor();
  for (const doc of docs) {
    const errors = await visit.open(`iframe.html?viewMode=docs&id=${doc.id}`, docsReady);
    const state = await visit.page.evaluate(() => ({
      focus: document.activeElement === document.body || document.activeElement === null ? 'body' : document.activeElement.outerHTML.slice(0, 80),
      scrollY: window.scrollY,
      height: document.documentElement.scrollHeight,
    }));
    heights.push(`${doc.id}: ${state.height} px`);
    if (state.focus !== 'body') failures.push(`${doc.id}: focus moved to ${state.focus}`);
    if (state.scrollY !== 0) failures.push(`${doc.id}: scrolled to ${state.scrollY}`);
    if (state.height > MAX_DOCS_HEIGHT) failures.push(`${doc.id}: ${state.height} px tall (bound ${MAX_DOCS_HEIGHT})`);
    for (const error of errors) failures.push(`${doc.id}: ${error}`);
  }
  await visit.close();
  console.log(`docs page heights:\n  ${heights.join('\n  ')}`);
  assert.deepEqual(failures, []);
});

test('a widget docs page starts with usage, lists the public API only, and its methods', async () => {
  const visit = await visitor();
  const errors = await visit.open('iframe.html?viewMode=docs&id=widgets-faq--docs', docsReady);
  const page = visit.page;
  const docs = await page.evaluate(() => {
    const content = document.querySelector('.sbdocs-content');
    const text = content.textContent;
    const usage = content.querySelector('#usage');
    const firstStory = content.querySelector('iframe, .docs-story');
    return {
      text,
      usageFirst: !!usage && !!firstStory && !!(usage.compareDocumentPosition(firstStory) & Node.DOCUMENT_POSITION_FOLLOWING),
      rows: [...content.querySelectorAll('table tbody tr')].map((row) => row.querySelector('td')?.textContent?.trim() ?? ''),
    };
  });
  await visit.close();
  assert.deepEqual(errors, []);
  assert.ok(docs.usageFirst, 'the usage snippet comes before the first example');
  assert.match(docs.text, /<ketamine-faq><\/ketamine-faq>/);
  for (const name of ['headingLevel', 'topics', 'questions', 'limit', 'searchable']) {
    assert.ok(docs.rows.some((row) => row.startsWith(name)), `${name} is documented`);
  }
  for (const hidden of ['bundledData', 'openIds', 'pendingLoad', 'loadController', 'reportedError', 'activeDataset', 'heading-level']) {
    assert.ok(!docs.rows.some((row) => row.startsWith(hidden)), `${hidden} is not public API`);
  }
  for (const method of ['toggle(', 'showAll(', 'hideAll(']) assert.ok(docs.text.includes(method), `${method} is documented`);
});

test("every public property's control changes the widget in its story", async () => {
  const widgets = entries().filter((entry) => entry.type === 'story' && entry.title.startsWith('Widgets/'));
  const firstPerTitle = [...new Map(widgets.map((entry) => [entry.title, entry])).values()];
  assert.ok(firstPerTitle.length >= 6);
  const visit = await visitor();
  await visit.open(`iframe.html?viewMode=story&id=${firstPerTitle[0].id}`, storyReady);
  const failures = [];
  for (const story of firstPerTitle) {
    if (await showStory(visit.page, story.id)) continue; // reported by the walk above
    const result = await visit.page.evaluate(async (storyId) => {
      const preview = window.__STORYBOOK_PREVIEW__;
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      const prepared = await preview.storyStoreValue.loadStory({ storyId });
      const tag = prepared.component;
      const rendered = () => new Promise((resolve) => {
        const done = () => { channel.off('storyRendered', done); resolve(); };
        channel.on('storyRendered', done);
        setTimeout(done, 5000);
      });
      // A value of the right kind that differs from the current one, per control type.
      const textValues = { src: '/fixtures/valid.json', today: '2030-01-01', label: 'Custom label' };
      const problems = [];
      const checked = [];
      for (const [name, argType] of Object.entries(prepared.argTypes)) {
        if (argType.table?.category !== 'properties') continue;
        const control = argType.control?.type;
        const current = prepared.initialArgs[name];
        let value;
        if (control === 'boolean') value = !current;
        else if (control === 'number') value = current === 2 ? 3 : 2;
        else if ((control === 'select' || control === 'inline-radio') && argType.options?.length) value = argType.options.find((o) => o !== current && o !== undefined);
        else if (control === 'text') value = textValues[name] ?? 'x';
        else continue;
        const done = rendered();
        channel.emit('updateStoryArgs', { storyId, updatedArgs: { [name]: value } });
        await done;
        const el = document.querySelector(tag);
        await el?.updateComplete;
        checked.push(name);
        if (!el) problems.push(`${name}: the story no longer shows <${tag}>`);
        else if (el[name] !== value) problems.push(`${name}: set to ${JSON.stringify(value)}, the element has ${JSON.stringify(el[name])}`);
        channel.emit('resetStoryArgs', { storyId });
        await rendered();
      }
      return { tag, checked, problems };
    }, story.id);
    for (const problem of result.problems) failures.push(`${story.id} <${result.tag}> ${problem}`);
    if (result.checked.length < 3) failures.push(`${story.id}: only ${result.checked.length} controls (${result.checked.join(', ')})`);
  }
  await visit.close();
  assert.deepEqual(failures, []);
});
