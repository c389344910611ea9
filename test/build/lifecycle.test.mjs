// What ships survives what frameworks do to elements: a widget moved, or removed and re-inserted, while its
// `src` loads or while its `data` is validated (the validator is loaded lazily) ends in content, in the npm
// build (import map) and in the CDN file. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importMap, withPage } from './page.mjs';

const valid = readFileSync(new URL('../fixtures/valid.json', import.meta.url), 'utf8');
const routes = {
  // The dataset arrives 300 ms after it is asked for, so that moves happen mid-load.
  '/slow.json': (_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(valid), 300),
};


const builds = {
  'npm build': `<script type="importmap">${JSON.stringify(importMap)}</script><script type="module">import 'ketamine-widgets/index.js';</script>`,
  'CDN file': '<script type="module" src="/dist/cdn/ketamine-widgets.js"></script>',
};

/** In the page: creates a widget, starts its load, applies `how`, and reports what it ends showing. */
async function runMoves(page) {
  return page.evaluate(async (valid) => {
    await customElements.whenDefined('ketamine-uses');
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const moves = {
      'moved, same tick': async (el, _a, b) => b.append(el),
      're-inserted, same tick': async (el, a) => { el.remove(); a.append(el); },
      're-inserted 100 ms later': async (el, a) => { el.remove(); await wait(100); a.append(el); },
      'moved 100 ms later': async (el, _a, b) => { await wait(100); b.append(el); },
    };
    const results = [];
    for (const [how, move] of Object.entries(moves)) {
      for (const via of ['src', 'data']) {
        const a = document.createElement('div');
        const b = document.createElement('div');
        document.body.append(a, b);
        const el = document.createElement('ketamine-uses');
        if (via === 'src') el.src = '/slow.json';
        else el.data = JSON.parse(valid);
        a.append(el);
        await move(el, a, b);
        await el.updateComplete;
        await wait(50);
        await el.updateComplete;
        const root = el.shadowRoot;
        results.push({
          case: `${how} (${via})`,
          loading: !!root.querySelector('[part~="loading"]'),
          error: !!root.querySelector('[part~="error"]'),
          content: root.textContent.includes('Narkose'),
        });
        a.remove();
        b.remove();
      }
    }
    return results;
  }, valid);
}

for (const [name, script] of Object.entries(builds)) {
  test(`${name}: widgets moved or re-inserted while loading end in content`, async () => {
    await withPage({ html: `<!doctype html><html lang="en"><head>${script}</head><body></body></html>`, routes }, async (page, { errors }) => {
      const results = await runMoves(page);
      assert.equal(results.length, 8);
      for (const result of results) assert.deepEqual(result, { case: result.case, loading: false, error: false, content: true });
      assert.deepEqual(errors, []);
    });
  });
}
