// Size benchmark: gzip and brotli bytes of each widget entry as a page loads it (the entry and
// everything it imports statically, bundled with Lit and its slice of the data, minified with
// esbuild; the schema validator, loaded only for `src`/`data` overrides, is left out), of the whole
// CDN file, and of Lit alone. With --check it exits 1 when a budget is exceeded:
// each widget entry at most Lit + 6 KB gzip; the CDN file (every widget, the full dataset) at most 30 KB gzip.
import { build } from 'esbuild';
import { esbuildMinifyCss } from '../scripts/minify-css-templates.mjs';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loaderBuilt, loaderFile, loaderPageFiles } from './loader-pages.mjs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const check = process.argv.includes('--check');
const widgets = ['approval-badge', 'faq', 'route-table', 'side-effects', 'sources', 'uses'];
const KB = 1024;

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Bundles `contents` with code splitting and returns the bytes a page loads up front (the entry and its static imports). */
async function initialBytes(contents) {
  const outdir = 'node_modules/.cache/ketamine-widgets/size';
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir,
    write: false,
    metafile: true,
    tsconfig: 'tsconfig.json',
    // The stylesheets as they ship: the builds minify CSS templates (scripts/minify-css-templates.mjs).
    plugins: [esbuildMinifyCss],
    conditions: ['production'],
    logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.indexOf(outdir)), f.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entry);
  return Buffer.concat([...seen].map((f) => Buffer.from(files.get(f))));
}

const rows = [];
/** One line of the table; with `files`, the sum over files compressed one by one (as a browser fetches them). */
const row = (name, buf, budget, files) => {
  const each = files ? files.map((f) => readFileSync(f)) : [buf];
  const sum = (fn) => each.reduce((n, b) => n + fn(b), 0);
  const size = { name, min: sum((b) => b.length), gzip: sum(gzip), brotli: sum(brotli), budget };
  rows.push(size);
  const status = budget === undefined ? '' : size.gzip <= budget ? `ok (budget ${budget})` : `OVER budget ${budget} by ${size.gzip - budget}`;
  console.log(`${name.padEnd(44)} ${String(size.min).padStart(8)} ${String(size.gzip).padStart(8)} ${String(size.brotli).padStart(8)}  ${status}`);
  return size;
};

console.log(`${'bundle'.padEnd(44)} ${'min B'.padStart(8)} ${'gzip B'.padStart(8)} ${'brotli B'.padStart(8)}`);
const lit = row('lit (alone)', await initialBytes('import { LitElement, html, css, svg, nothing } from "lit"; import "lit/decorators.js"; console.log(LitElement, html, css, svg, nothing);'));
for (const widget of widgets) {
  row(`<ketamine-${widget}> + lit + its data`, await initialBytes(`import "./src/${widget}/${widget}.ts";`), lit.gzip + 6 * KB);
}
const cdn = 'dist/cdn/ketamine-widgets.js';
if (existsSync(cdn)) row('dist/cdn/ketamine-widgets.js (everything)', readFileSync(cdn), 30 * KB);
else console.log(`${cdn}: not built (run npm run build first)`);

// ---- what a page loads through the loader (dist/cdn/loader.js and the code-split build beside it) ----
// Each file is requested and compressed separately, so bytes are summed per file.
if (loaderBuilt()) {
  console.log(`\nOne-script-tag loader pages (dist/cdn/loader.js + the chunks each widget imports; JS and data, per-file compression):`);
  row('dist/cdn/loader.js (alone)', readFileSync(loaderFile), 2 * KB);
  const all = new Set();
  const pageBudgets = { faq: 32 * KB, 'approval-badge': 20 * KB };
  for (const widget of widgets) {
    const files = loaderPageFiles(widget);
    for (const f of files) all.add(f);
    row(`page with one <ketamine-${widget}>`, undefined, pageBudgets[widget], [...files]);
  }
  row('page with all six widgets', undefined, undefined, [...all]);
} else console.log('dist/cdn/loader.js: not built (run npm run build first)');

// ---- each widget's own code: minified, without Lit and without data ----
// Widget code is what src/<widget>/ adds; shared code (src/shared, src/data helpers) is counted once.
const stubData = {
  name: 'stub-data',
  setup(b) {
    b.onResolve({ filter: /\.json$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {}; export const meta = {}, strings = {}, sources = [], uses = [], sideEffects = [], routes = [], faq = [], searchSynonyms = [];', loader: 'js' }));
  },
};
// Imports that leave the widget's folder (`../shared/...`, `../data/...`, another widget) stay external.
const externalOutsideFolder = {
  name: 'outside-folder',
  setup(b) {
    b.onResolve({ filter: /^\.\.\// }, (args) => ({ path: args.path, external: true }));
  },
};
const codeOnly = async (contents, outsideFolder) => {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    tsconfig: 'tsconfig.json',
    external: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
    plugins: [stubData, ...(outsideFolder ? [externalOutsideFolder] : []), esbuildMinifyCss],
    logLevel: 'error',
  });
  return Buffer.from(result.outputFiles[0].contents);
};
console.log(`\nOwn code, minified, without Lit and without data:`);
let ownTotal = 0;
for (const widget of widgets) {
  // Everything outside the widget's folder is external here: shared code is counted once below.
  const own = await codeOnly(`export * from "./src/${widget}/${widget}.ts";`, true);
  ownTotal += own.length;
  row(`  src/${widget}/ code`, own);
}
const shared = await codeOnly(`export * from "./src/shared/ketamine-element.ts"; ${readdirSync('src/shared').filter((f) => f.endsWith('.ts')).map((f) => `export * as ${f.replace(/\W/g, '_')} from "./src/shared/${f}";`).join(' ')}`, false);
row('  src/shared/ + src/data/ code', shared);
console.log(`  total for all six: ${ownTotal + shared.length} B minified (${ownTotal} widget code + ${shared.length} shared)`);

const over = rows.filter((r) => r.budget !== undefined && r.gzip > r.budget);
if (over.length) {
  console.log(`\n${over.length} over budget. The bundled text itself (FAQ answers, side effects, sources) is most of each widget's bytes.`);
  if (check) process.exit(1);
}
