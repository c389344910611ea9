// `npm test` runs this first: it makes sure a Chromium-family browser exists, installing
// Debian's `chromium` where it can (root on Debian/Ubuntu), and otherwise stops with one line saying what to do.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browsers.mjs';

let browser = findChromium();
if (!browser && process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there. Point it at a Chrome or Chromium binary.`);
  process.exit(1);
}
if (!browser && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
  console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get) for the tests...');
  try {
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
      stdio: 'inherit',
    });
  } catch {
    /* reported below */
  }
  browser = findChromium();
}
if (!browser) {
  console.error(
    'No Chrome/Chromium found for the tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH=/path/to/chrome, then run `npm test` again.',
  );
  process.exit(1);
}
console.log(`Tests will use ${browser}`);
