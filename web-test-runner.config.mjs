// Web Test Runner: real browsers, no downloads. `npm test` runs Chromium; `--all-browsers`
// (CI, under xvfb-run for WebKit) adds Firefox and WebKitGTK where they are installed.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findChromium, findFirefox, findWebKit } from './scripts/browsers.mjs';

const json = fromRollup(rollupJson);
const allBrowsers = process.argv.includes('--all-browsers') || process.env.KETAMINE_ALL_BROWSERS === '1';

const chromium = findChromium();
if (!chromium) throw new Error('No Chromium found: run `node scripts/find-browser.mjs` for how to get one.');

const browsers = [
  chromeLauncher({
    launchOptions: {
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  }),
];

if (allBrowsers) {
  const firefox = findFirefox();
  if (firefox) {
    browsers.push(
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
      }),
    );
  } else console.warn('Firefox not found: skipping it.');

  const webkit = findWebKit();
  if (webkit && process.env.DISPLAY) {
    // A free port, not a fixed one: another driver (or a second run) on the machine must not break this one.
    const port = await freePort();
    const driver = spawn(webkit.driver, [`--port=${port}`], { stdio: 'ignore' });
    process.on('exit', () => driver.kill());
    browsers.push(
      webdriverLauncher({
        hostname: 'localhost',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: webkit.binary, args: ['--automation'] },
          'wdio:enforceWebDriverClassic': true,
        },
      }),
    );
  } else console.warn('WebKit skipped: it needs WebKitWebDriver and an X display (run under xvfb-run).');
}

/** A TCP port nothing listens on now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * `executeServerCommand('emulate-media-features', { features: [{ name: 'forced-colors', value: 'active' }], type: 'print' })`:
 * the built-in emulateMedia command has no forced-colors. Returns false where the browser can't emulate.
 */
function emulateMediaFeaturesPlugin() {
  const cdpSessions = {};
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      try {
        // One CDP call sets both: puppeteer's emulateMediaType() would reset the features, and its
        // emulateMediaFeatures() rejects forced-colors. Browsers without CDP (Firefox over BiDi) return false.
        const page = session.browser.getPage(session.id);
        const cdp = (cdpSessions[session.id] ??= await page.createCDPSession());
        await cdp.send('Emulation.setEmulatedMedia', { media: payload.type ?? '', features: payload.features ?? [] });
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * `executeServerCommand('ssr-render', { markup })`: the markup server-rendered by src/ssr/render.ts,
 * bundled for Node on first use (lit stays external, so it is the same Lit the package uses).
 */
function ssrRenderPlugin() {
  let renderToString;
  return {
    name: 'ssr-render',
    async executeCommand({ command, payload }) {
      if (command !== 'ssr-render') return undefined;
      if (!renderToString) {
        const outfile = 'node_modules/.cache/ketamine-widgets/ssr-render.mjs';
        await build({
          entryPoints: ['src/ssr/render.ts'],
          outfile,
          bundle: true,
          platform: 'node',
          format: 'esm',
          external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
          tsconfig: 'tsconfig.json',
          logLevel: 'error',
        });
        ({ renderToString } = await import(`${pathToFileURL(outfile).href}?${Date.now()}`));
      }
      return renderToString(payload.markup, payload.options);
    },
  };
}

/**
 * React ships CommonJS only. For the React wrapper tests, esbuild bundles React and ReactDOM once
 * into an ES module, and `react`, `react-dom/client` and `react-dom/test-utils` resolve to small
 * modules re-exporting from it (one React instance, as in an app).
 */
function reactPlugin() {
  const modules = {
    react: 'export { React as default } from "/__react/bundle.js";',
    'react-dom/client': 'export { ReactDOMClient as default } from "/__react/bundle.js";',
    'react-dom/test-utils': 'export { ReactTestUtils as default } from "/__react/bundle.js";',
  };
  let bundle;
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (source in modules) return `/__react/${source.replace(/\//g, '_')}.js`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith('/__react/')) return undefined;
      if (context.path === '/__react/bundle.js') {
        bundle ??= (
          await build({
            stdin: {
              contents:
                'import React from "react"; import ReactDOMClient from "react-dom/client"; import ReactTestUtils from "react-dom/test-utils"; export { React, ReactDOMClient, ReactTestUtils };',
              resolveDir: process.cwd(),
            },
            bundle: true,
            format: 'esm',
            write: false,
            define: { 'process.env.NODE_ENV': '"development"' },
            logLevel: 'error',
          })
        ).outputFiles[0].text;
        return { body: bundle, type: 'js' };
      }
      const name = Object.keys(modules).find((m) => context.path === `/__react/${m.replace(/\//g, '_')}.js`);
      return name ? { body: modules[name], type: 'js' } : undefined;
    },
  };
}

/**
 * Test endpoints for loads that misbehave (test/robustness.test.ts): `/__test/stall` never answers in time,
 * `/__test/stall-body` sends headers and part of a body then stalls, `/__test/slow?ms=N` sends
 * test/fixtures/valid.json after N ms, `/__test/latin1` sends a dataset encoded as ISO-8859-1 and says so.
 */
async function misbehavingEndpoints(ctx, next) {
  const { pathname, searchParams } = new URL(ctx.url, 'http://localhost');
  if (!pathname.startsWith('/__test/')) return next();
  const { readFile } = await import('node:fs/promises');
  const valid = await readFile('test/fixtures/valid.json', 'utf8');
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  if (pathname === '/__test/stall') {
    await wait(20000);
    ctx.body = valid;
  } else if (pathname === '/__test/stall-body') {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json' });
    ctx.res.write(valid.slice(0, 40));
    setTimeout(() => ctx.res.end(valid.slice(40)), 20000);
  } else if (pathname === '/__test/slow') {
    await wait(Number(searchParams.get('ms') ?? 200));
    ctx.type = 'application/json';
    ctx.body = valid;
  } else if (pathname === '/__test/latin1') {
    ctx.type = 'application/json; charset=iso-8859-1';
    ctx.body = Buffer.from(valid.replace('Allgemeine Information', 'Allgemeine Information für Sie'), 'latin1');
  } else return next();
}

/** `executeServerCommand('fuzz-config')`: runs and seed for the property tests (KETAMINE_FUZZ_RUNS, KETAMINE_FUZZ_SEED). */
function fuzzConfigPlugin() {
  return {
    name: 'fuzz-config',
    executeCommand({ command }) {
      if (command !== 'fuzz-config') return undefined;
      return { runs: Number(process.env.KETAMINE_FUZZ_RUNS ?? 40), seed: Number(process.env.KETAMINE_FUZZ_SEED ?? 20261202) };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // The bundled dataset is imported as a module; other JSON (test fixtures fetched via `src`) stays JSON.
  mimeTypes: { 'data/*.json': 'js', 'custom-elements.json': 'js' },
  middleware: [misbehavingEndpoints],
  plugins: [
    fuzzConfigPlugin(),
    emulateMediaFeaturesPlugin(),
    ssrRenderPlugin(),
    reactPlugin(),
    // custom-elements.json: the embed builder reads the widgets' attributes from it (test/builder.test.ts).
    json({ include: ['**/data/*.json', '**/custom-elements.json'] }), esbuildPlugin({ ts: true, json: false, tsconfig: './tsconfig.json', target: 'es2022' })],
};
