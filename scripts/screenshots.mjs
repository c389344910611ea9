// `npm run screenshots`: every widget with default attributes at 375 and 1280 px wide, on a light host
// page and on a dark one (`color-scheme: dark`, prefers-color-scheme dark), plus a few opened states,
// written to screenshots/<widget>-<width>-<scheme>.png so a reviewer can look at each after a change.
// Usage: node scripts/screenshots.mjs [widget ...]   (default: all)
import { mkdirSync } from 'node:fs';
import { hostPage, launchChromium, startServer, waitForWidgets, widgets } from './widget-pages.mjs';

const only = process.argv.slice(2);
const outDir = 'screenshots';
mkdirSync(outDir, { recursive: true });

/** States worth a picture besides the default view: what a reader sees after one click. */
const states = {
  faq: async (tab) => {
    await tab.evaluate(() => document.querySelector('ketamine-faq').shadowRoot.querySelector('[part~="question"]')?.click());
  },
  'approval-badge': async (tab) => {
    await tab.evaluate(() => document.querySelector('ketamine-approval-badge').shadowRoot.querySelector('button')?.click());
  },
};

/**
 * The whole page as a reader scrolling through it sees it: the viewport made as tall as the page first, since
 * content out of view is not rendered (content-visibility: auto, the FAQ's closed questions) and a full-page
 * capture beyond the viewport would show it blank.
 */
async function fullPageShot(tab, path, width) {
  const height = await tab.evaluate(() => document.documentElement.scrollHeight);
  await tab.setViewport({ width, height: Math.max(800, height) });
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await tab.screenshot({ path, fullPage: true });
  await tab.setViewport({ width, height: 800 });
}

const server = await startServer();
const browser = await launchChromium();
const written = [];
try {
  for (const [name, markup] of Object.entries(widgets)) {
    if (only.length && !only.includes(name)) continue;
    for (const scheme of ['light', 'dark']) {
      for (const width of [375, 1280]) {
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        await tab.setViewport({ width, height: 800 });
        await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await tab.goto(server.page(`/${name}-${scheme}`, hostPage(markup, scheme)));
        await waitForWidgets(tab);
        const file = `${outDir}/${name}-${width}-${scheme}.png`;
        await fullPageShot(tab, file, width);
        written.push(file);
        if (states[name]) {
          await states[name](tab);
          await new Promise((r) => setTimeout(r, 300));
          const opened = `${outDir}/${name}-${width}-${scheme}-opened.png`;
          if (name === 'approval-badge') await tab.screenshot({ path: opened });
          else await fullPageShot(tab, opened, width);
          written.push(opened);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${written.length} screenshots in ${outDir}/:\n${written.join('\n')}`);
