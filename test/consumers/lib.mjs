// Shared by the consumer apps' checks: a static server, Chromium, and the checks every stack passes.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../../scripts/browsers.mjs';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves `dir` on 127.0.0.1 (directories serve their index.html). */
export async function serveStatic(dir) {
  const server = createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  server.keepAliveTimeout = 500;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => (server.close(r), server.closeAllConnections())) };
}

/** Starts a server command (e.g. `next start`) and waits until `url` answers. */
export async function startServer(command, args, { cwd, env = {}, url, timeout = 60_000 }) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  const started = Date.now();
  while (Date.now() - started < timeout) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}):\n${output.slice(-2000)}`);
    try {
      if ((await fetch(url)).status < 500) return { stop, output: () => output };
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`${command} did not answer at ${url} within ${timeout} ms:\n${output.slice(-2000)}`);
}

let browser;
export async function openBrowser() {
  browser ??= await puppeteerCore.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  return browser;
}
export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

const faqQuestions = JSON.parse(readFileSync(new URL('../../data/ketamine.json', import.meta.url), 'utf8')).faq.map((q) => q.question);
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');

/**
 * The checks every app passes. Each app shows `<ketamine-faq>` with `limit` bound to app state (2),
 * a `#more` button that sets it to 3 through the framework, an `<output id="toggles">` its
 * `ketamine-faq-toggle` handler counts into, and `<ketamine-approval-badge use="anesthesia">`.
 *  - the widgets render (badge label, two questions: the bound limit);
 *  - server-rendered stacks (`ssr`): the HTML as served holds the FAQ's declarative shadow root with its
 *    two questions, and after hydration there is still one FAQ with two questions (no second render);
 *  - the first click on a question reaches the app's handler and opens the answer;
 *  - changing the bound state updates the property (three questions);
 *  - no page errors or console errors.
 */
export async function checkApp(url, { ssr = false, path = '' } = {}) {
  const pageUrl = new URL(path, url).href;
  if (ssr) {
    const served = await (await fetch(pageUrl)).text();
    const faq = served.slice(served.indexOf('<ketamine-faq'));
    assert.ok(served.includes('<ketamine-faq'), 'the served HTML has the FAQ');
    assert.match(faq.slice(0, 2000), /^<ketamine-faq[^>]*>\s*<template shadowroot(mode)?="open"/, 'the FAQ is server-rendered (declarative shadow root)');
    assert.ok(faq.includes(escapeHtml(faqQuestions[0])) || faq.includes(faqQuestions[0]), 'the server HTML holds the first question');
    assert.equal(served.match(/part="question"/g)?.length, 2, 'the server HTML holds two questions (limit=2)');
  }
  const page = await (await openBrowser()).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // Failed loads are reported with their URL below; the console's copy of them has none.
  page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && errors.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()}: ${r.url()}`));
  page.on('requestfailed', (r) => !/favicon/.test(r.url()) && errors.push(`requestfailed: ${r.url()}`));
  try {
    await page.goto(pageUrl, { waitUntil: 'load' });
    // Ready: both widgets upgraded and updated (hydrated, for server-rendered HTML).
    await page.waitForFunction(
      () => ['ketamine-faq', 'ketamine-approval-badge'].every((tag) => document.querySelector(tag)?.hasUpdated) && document.querySelector('#toggles'),
      { timeout: 15_000 },
    );
    const state = await page.evaluate(() => ({
      faqs: document.querySelectorAll('ketamine-faq').length,
      questions: document.querySelector('ketamine-faq').shadowRoot.querySelectorAll('[part="question"]').length,
      badge: document.querySelector('ketamine-approval-badge').shadowRoot.querySelector('[part="label"]')?.textContent.trim(),
    }));
    assert.equal(state.faqs, 1, 'one FAQ element');
    assert.equal(state.questions, 2, 'two questions: limit=2 bound by the app (four would be a second render inside the server HTML)');
    assert.equal(state.badge, 'Ketamine: FDA-approved (1970)');

    // The first click reaches the app's handler.
    const question = await page.evaluateHandle(() => document.querySelector('ketamine-faq').shadowRoot.querySelector('[part="question"]'));
    await question.click();
    await page.waitForFunction(() => document.querySelector('#toggles').textContent.trim() === '1', { timeout: 3_000 }).catch(() => {});
    const afterClick = await page.evaluate(() => {
      const q = document.querySelector('ketamine-faq').shadowRoot.querySelector('[part="question"]');
      return { toggles: document.querySelector('#toggles').textContent.trim(), open: q.closest('details') ? q.closest('details').open : q.getAttribute('aria-expanded') === 'true' };
    });
    assert.equal(afterClick.toggles, '1', 'the first click reached the app’s ketamine-faq-toggle handler');
    assert.equal(afterClick.open, true, 'the first click opened the answer');

    // The app changes its state; the framework sets the property.
    await page.click('#more');
    await page.waitForFunction(() => document.querySelector('ketamine-faq').shadowRoot.querySelectorAll('[part="question"]').length === 3, { timeout: 3_000 }).catch(() => {});
    const questions = await page.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.querySelectorAll('[part="question"]').length);
    assert.equal(questions, 3, 'the app set limit=3 through the framework');
    assert.deepEqual(errors, [], 'no page or console errors');
  } finally {
    await page.close();
  }
}
