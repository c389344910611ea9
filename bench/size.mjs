// Size benchmark: gzip and brotli bytes of each widget entry bundled with Lit and the data it
// imports (minified with esbuild, as a CDN or a bundler would ship it), of the whole CDN file, and of Lit alone.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const entries = {
  'lit (alone)': 'import { LitElement, html, css, svg, nothing } from "lit"; import "lit/decorators.js"; console.log(LitElement, html, css, svg, nothing);',
  '<ketamine-approval-badge> + lit + data': 'import "./src/approval-badge/approval-badge.ts";',
  '<ketamine-faq> + lit + data': 'import "./src/faq/faq.ts";',
  '<ketamine-route-table> + lit + data': 'import "./src/route-table/route-table.ts";',
  '<ketamine-side-effects> + lit + data': 'import "./src/side-effects/side-effects.ts";',
  '<ketamine-sources> + lit + data': 'import "./src/sources/sources.ts";',
  '<ketamine-uses> + lit + data': 'import "./src/uses/uses.ts";',
};

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const row = (name, buf) => console.log(`${name.padEnd(44)} ${String(buf.length).padStart(8)} ${String(gzip(buf)).padStart(8)} ${String(brotli(buf)).padStart(8)}`);

console.log(`${'bundle'.padEnd(44)} ${'min B'.padStart(8)} ${'gzip B'.padStart(8)} ${'brotli B'.padStart(8)}`);
for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    tsconfig: 'tsconfig.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    logLevel: 'error',
  });
  row(name, Buffer.from(result.outputFiles[0].contents));
}
const cdn = 'dist/cdn/ketamine-widgets.js';
if (existsSync(cdn)) row('dist/cdn/ketamine-widgets.js (all widgets)', readFileSync(cdn));
else console.log(`${cdn}: not built (run npm run build first)`);
