import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
await page.setViewport({ width: 1100, height: 1400 });
const [,, id, mode='story', ...ys] = process.argv;
await page.goto(`http://127.0.0.1:6123/iframe.html?id=${id}&viewMode=${mode}`, { waitUntil: 'networkidle0' });
await new Promise(r => setTimeout(r, 1000));
for (const y of ys) {
  await page.screenshot({ path: `/tmp/c-${id}-${y}.png`, clip: { x: 0, y: +y, width: 1100, height: 1400 }, captureBeyondViewport: true });
}
await browser.close();
