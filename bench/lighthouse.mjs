// Lighthouse on the built demo host page (demo-dist/, from `vite build`), in the machine's Chromium.
// Prints the four category scores; exits 1 unless performance and accessibility are both 100.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { findChromium } from '../scripts/browsers.mjs';

const root = new URL('../demo-dist/', import.meta.url).pathname;
if (!existsSync(join(root, 'index.html'))) {
  console.error('demo-dist/ is missing: run `npm run build:demo` first.');
  process.exit(1);
}
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(req.url.split('?')[0]);
  const file = join(root, path === '/' ? 'index.html' : path);
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
  res.setHeader('cache-control', 'max-age=31536000');
  // Compressed, as any production server sends text.
  res.setHeader('content-encoding', 'gzip');
  res.end(gzipSync(readFileSync(file)));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const chrome = await launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});
try {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  console.log(`Lighthouse ${lhr.lighthouseVersion} on the demo page (${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling):`);
  for (const category of Object.values(lhr.categories)) console.log(`  ${category.title.padEnd(16)} ${Math.round(category.score * 100)}`);
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'performance'].some((c) => lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0)));
  for (const audit of failing) console.log(`  - ${audit.id}: ${audit.displayValue ?? ''} ${audit.title}`);
  const ok = lhr.categories.performance.score === 1 && lhr.categories.accessibility.score === 1;
  if (!ok) process.exitCode = 1;
} finally {
  await chrome.kill();
  server.close();
}
