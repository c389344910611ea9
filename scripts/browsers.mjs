// Finds the browsers the tests can drive. Nothing here downloads a browser: we use what the
// machine has (CHROME_PATH, a system Chrome/Chromium, Debian's firefox-esr and WebKitGTK).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** CHROME_PATH wins; then the usual install places; then the PATH. */
export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return chromiumCandidates.find((p) => existsSync(p)) ?? onPath('chromium') ?? onPath('google-chrome');
}

export function findFirefox() {
  return process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));
}

export const webkitMiniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export function findWebKit() {
  const driver = '/usr/bin/WebKitWebDriver';
  return existsSync(driver) && existsSync(webkitMiniBrowser) ? { driver, binary: webkitMiniBrowser } : undefined;
}
