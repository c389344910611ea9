// Host pages for looking at the widgets outside the test runner: `npm run screenshots` and the reader
// metrics in `npm run bench` share them. The source (src/index.ts, which registers every widget) is
// bundled with esbuild in memory, so no build step is needed and what you see is the current code.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from './browsers.mjs';

/** Each widget with default attributes, as a publisher pastes it; `inline` ones sit in a sentence. */
export const widgets = {
  faq: '<ketamine-faq searchable></ketamine-faq>',
  'side-effects': '<ketamine-side-effects></ketamine-side-effects>',
  'route-table': '<ketamine-route-table></ketamine-route-table>',
  'approval-badge': '<p>Esketamine for treatment-resistant depression: <ketamine-approval-badge use="treatment-resistant-depression"></ketamine-approval-badge>. Ketamine for anxiety: <ketamine-approval-badge use="anxiety"></ketamine-approval-badge>.</p>',
  uses: '<ketamine-uses></ketamine-uses>',
  sources: '<ketamine-sources></ketamine-sources>',
};

/** Host page looks: a plain light article and a dark news site that sets `color-scheme: dark`. */
export const schemes = {
  light: 'body { background: #fff; color: #1d1d1f; }',
  dark: ':root { color-scheme: dark; } body { background: #121417; color: #e8e8ea; } a { color: #8ab4f8; }',
};

export function hostPage(body, scheme = 'light') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; padding: 16px; max-width: 60rem; } ${schemes[scheme]}</style>
<script type="module" src="/widgets.js"></script></head><body><main><h1>Host page</h1>${body}<p id="after">Text after the widget.</p></main></body></html>`;
}

/** Bundles `entry` (default: every widget from src/) and serves host pages: GET /page?html=... or a registered path. */
export async function startServer({ root = process.cwd(), entry = 'src/index.ts' } = {}) {
  const result = await build({
    entryPoints: [`${root}/${entry}`],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    tsconfig: `${root}/tsconfig.json`,
    loader: { '.json': 'json' },
    logLevel: 'error',
  });
  const script = result.outputFiles[0].text;
  const pages = new Map();
  const server = createServer((req, res) => {
    if (req.url === '/widgets.js') {
      res.setHeader('content-type', 'text/javascript');
      return res.end(script);
    }
    const page = pages.get(req.url);
    res.statusCode = page ? 200 : 404;
    res.setHeader('content-type', 'text/html');
    res.end(page ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    /** Registers a page and returns its URL. */
    page(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    close: () => server.close(),
  };
}

export function launchChromium() {
  return puppeteerCore.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--hide-scrollbars'],
  });
}

/** Waits until every ketamine-* element on the page has rendered content (or its error state). */
export async function waitForWidgets(tab) {
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('ketamine-'))
        .every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[part="loading"]')),
    { timeout: 15000 },
  );
  await tab.evaluate(() => document.fonts.ready);
}
