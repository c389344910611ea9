// Reader metrics: what a reader meets on a first visit to a page with one widget and default attributes.
// For each widget: its height at 375 and 1280 px, the Tab stops it adds, and the landmarks it adds to the
// page's accessibility tree (what a screen reader's landmark list shows). Fresh browser context per sample.
// Printed beside the figures of dataset/widgets 1.1.0 (bench/reader-baseline.json, measured with this
// script on commit 32eb120) with the ratio after/before.
//   node bench/reader.mjs            print the table
//   node bench/reader.mjs --write-baseline <file>   measure and write the figures as JSON
//   KETAMINE_READER_ROOT=/path/to/checkout node bench/reader.mjs   measure another checkout's src/
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium, startServer, waitForWidgets, widgets } from '../scripts/widget-pages.mjs';

const root = process.env.KETAMINE_READER_ROOT ?? process.cwd();
const baselineFile = new URL('./reader-baseline.json', import.meta.url);
const writeTo = process.argv.includes('--write-baseline') ? process.argv[process.argv.indexOf('--write-baseline') + 1] : undefined;

// No <main> around the widget: a landmark-forming element inside a widget shows as a page landmark.
const page = (markup) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; padding: 16px; max-width: 60rem; }</style>
<script type="module" src="/widgets.js"></script></head><body><button id="start">Start</button><div id="host">${markup}</div><button id="end">End</button></body></html>`;

const LANDMARK_ROLES = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);

async function measure(browser, server, name, width) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width, height: 800 });
  await tab.goto(server.page(`/${name}`, page(widgets[name])));
  await waitForWidgets(tab);
  const height = await tab.evaluate(() => Math.round(document.getElementById('host').getBoundingClientRect().height));

  // Tab from the button before the widget to the one after it, counting the stops in between.
  await tab.focus('#start');
  let stops = 0;
  for (; stops < 1000; stops++) {
    await tab.keyboard.press('Tab');
    if (await tab.evaluate(() => document.activeElement?.id === 'end')) break;
  }

  const cdp = await tab.createCDPSession();
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const landmarks = nodes.filter((node) => !node.ignored && LANDMARK_ROLES.has(node.role?.value)).length;
  await context.close();
  return { height, stops, landmarks };
}

const server = await startServer({ root });
const browser = await launchChromium();
const results = {};
try {
  for (const name of Object.keys(widgets)) {
    const phone = await measure(browser, server, name, 375);
    const desktop = await measure(browser, server, name, 1280);
    results[name] = { height375: phone.height, height1280: desktop.height, tabStops: desktop.stops, landmarks: desktop.landmarks };
  }
} finally {
  await browser.close();
  server.close();
}

if (writeTo) {
  writeFileSync(writeTo, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${writeTo}`);
}

let baseline = {};
try {
  baseline = JSON.parse(readFileSync(baselineFile, 'utf8'));
} catch {
  /* no baseline: print the figures alone */
}
const cell = (name, key) => {
  const now = results[name][key];
  const before = baseline[name]?.[key];
  if (before === undefined) return String(now);
  const ratio = before === 0 ? (now === 0 ? '1.00x' : 'new') : `${(now / before).toFixed(2)}x`;
  return `${before} -> ${now} (${ratio})`;
};
console.log('\nReader metrics: one widget, default attributes, fresh context (before: 1.1.0 -> now (ratio))');
console.log('| widget | height at 375 px | height at 1280 px | Tab stops | landmarks |');
console.log('|---|---|---|---|---|');
for (const name of Object.keys(results)) {
  console.log(`| ${name} | ${cell(name, 'height375')} | ${cell(name, 'height1280')} | ${cell(name, 'tabStops')} | ${cell(name, 'landmarks')} |`);
}
