// Layout shift of the `npm start` demo page: starts the Vite dev server (as `npm start` does) and
// measures Cumulative Layout Shift in headless Chromium at 1280x900 and 375x800, for the page as served
// (server-rendered with the source, hydrated in the browser) and for `/?client` (the tags rendered by
// the browser, as the demo was before). Target: CLS <= 0.01 for the page as served.
import { createServer } from 'vite';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../scripts/browsers.mjs';

const server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteerCore.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

async function cls(path, viewport) {
  const tab = await browser.newPage();
  await tab.setViewport(viewport);
  await tab.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => customElements.get('ketamine-faq'));
  await new Promise((r) => setTimeout(r, 1500));
  const value = await tab.evaluate(() => window.__cls);
  await tab.close();
  return value;
}

try {
  // The first request compiles the sources and may pre-bundle dependencies (then Vite reloads the page):
  // measure warm, as a developer reloading the page would.
  await cls('/', { width: 1280, height: 900 }).catch(() => cls('/', { width: 1280, height: 900 }));
  console.log('Cumulative Layout Shift of the `npm start` demo page (Vite dev server, Chromium headless):');
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    const served = await cls('/', viewport);
    const client = await cls('/?client', viewport);
    console.log(`  ${viewport.width}x${viewport.height}: as served (server-rendered) CLS ${served.toFixed(4)} (target <= 0.01); rendered in the browser (/?client) CLS ${client.toFixed(4)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
