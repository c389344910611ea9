// Screenshots of the built embed builder for docs/builder.md: `npm run build:demo && node src/builder/screenshots.mjs`.
// Serves demo-dist/ on loopback and writes docs/images/builder-*.png (1280 and 375 px wide).
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findChromium } from '../../scripts/browsers.mjs';

const root = new URL('../../', import.meta.url).pathname;
const demo = join(root, 'demo-dist');
const out = join(root, 'docs/images');
mkdirSync(out, { recursive: true });

const shots = [
  // name, query, width, height (viewport; the page is captured to this height), colour scheme, part to capture
  ['builder-1280', '?widget=faq&a.topics=cost,access&a.searchable=&t.font=1&t.accent=%23005a9c&t.radius=0.5rem', 1280, 1500, 'light'],
  ['builder-1280-dark-host', '?widget=route-table&a.routes=iv,intranasal-esketamine,oral&a.highlight=intranasal-esketamine&a.sortable=&a.theme=dark&p.host=dark', 1280, 1200, 'dark'],
  ['builder-375', '?widget=approval-badge&a.use=treatment-resistant-depression&a.variant=detail&t.text=%23999999&p.width=phone', 375, 900, 'light', '#step-look'],
  ['builder-375-preview', '?widget=approval-badge&a.use=treatment-resistant-depression&a.variant=detail&t.text=%23999999&p.width=phone', 375, 900, 'light', '#preview-heading'],
  ['builder-375-no-js', '?widget=faq&a.topics=cost&p.mode=static&p.width=phone', 375, 900, 'light', '#preview-heading'],
];

const server = createServer((req, res) => {
  const path = decodeURIComponent(req.url.split('?')[0]);
  const file = join(demo, path);
  if (!file.startsWith(demo) || !existsSync(file) || path.endsWith('/')) return res.writeHead(404).end();
  const type = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css' }[extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteerCore.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, query, width, height, scheme, part] of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(`http://127.0.0.1:${server.address().port}/builder.html${query}`);
    await page.waitForFunction(() => /^Rendered/.test(document.querySelector('#ssr-status')?.textContent ?? ''), { timeout: 20000 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    if (part) {
      // From the part's section to the bottom of the viewport after scrolling it to the top.
      await page.$eval(part, (e) => e.closest('section').scrollIntoView());
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
    console.log(`docs/images/${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
