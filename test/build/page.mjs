// Serves a page and the project's files on loopback and opens it in the machine's Chromium, for the
// tests of the built package.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../../scripts/browsers.mjs';

const root = new URL('../../', import.meta.url).pathname;

/**
 * Serves `html` at `/` (with `headers` on every response) and the project's files at their paths, opens
 * `/` and runs `use(page, { errors, requested })`; page errors are collected in `errors`. `routes` maps
 * paths to `(req, res)` handlers for test endpoints.
 */
export async function withPage({ html, headers = {}, routes = {} }, use) {
  const requested = [];
  const server = createServer((req, res) => {
    requested.push(req.url);
    // `routes`: handlers for test endpoints by path (e.g. a dataset that arrives late).
    const route = routes[req.url.split('?')[0]];
    if (route) return route(req, res);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.url === '/') {
      res.setHeader('content-type', 'text/html');
      return res.end(html);
    }
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    const file = join(root, decodeURIComponent(req.url.split('?')[0]));
    if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
    res.setHeader('content-type', extname(file) === '.js' || extname(file) === '.mjs' ? 'text/javascript' : 'application/octet-stream');
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await puppeteerCore.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    return await use(page, { errors, requested });
  } finally {
    await browser.close();
    server.close();
  }
}

/** The import map that serves the npm build (dist/) and its Lit dependencies from the project's node_modules. */
export const importMap = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    'lit-element/': '/node_modules/lit-element/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
    'ketamine-widgets/': '/dist/',
  },
};
