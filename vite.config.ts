import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';

// The npm entries, named as their package subpaths: `ketamine-widgets/faq.js` is `dist/faq.js`, so the
// same specifiers work through the `exports` map (bundlers, Node) and through an import map that maps
// `ketamine-widgets/` to the package's `dist/` folder. Add a widget there and in package.json `exports`.
import { entries, widgets } from './scripts/package-entries.mjs';
import { reserveTable } from './scripts/reserve-table.mjs';
import { COMPILE_HINT } from './scripts/compile-hint.mjs';
import { minifyCssTemplates as minifyCss } from './scripts/minify-css-templates.mjs';
import { browserSsr } from './src/builder/ssr-plugin.mjs';
import { sentenceCount, SHORT_NOTE_SENTENCES } from './src/approval-badge/sentences.js';

/**
 * Lit checks for its hydrate support once, when `lit-element` first evaluates, so `dist/hydrate.js` must
 * import `./hydrate-support.js` before any module that loads Lit. The bundler hoists the modules behind
 * `export *` above side-effect imports; this puts the hydrate support first again (on the first line, so
 * the source map stays valid) and fails the build if it is missing.
 */
function hydrateSupportFirst(): Plugin {
  const support = 'import "./hydrate-support.js";';
  return {
    name: 'ketamine-hydrate-support-first',
    renderChunk(code, chunk) {
      if (chunk.fileName !== 'hydrate.js') return null;
      const lines = code.split('\n');
      const at = lines.indexOf(support);
      if (at < 0) this.error(`dist/hydrate.js does not import ./hydrate-support.js`);
      if (at === 0) return null;
      lines[at] = '';
      lines[0] = `${support} ${lines[0]}`;
      return { code: lines.join('\n'), map: null };
    },
  };
}

/** The dataset and its schema as JSON files in dist/data/, so `ketamine-widgets/data/ketamine.json` is the same path everywhere. */
function copyDatasetFiles(): Plugin {
  return {
    name: 'ketamine-dataset-files',
    generateBundle() {
      for (const file of ['ketamine.json', 'ketamine.schema.json']) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(new URL(`./data/${file}`, import.meta.url)) });
      }
    },
  };
}

/**
 * The demo page is server-rendered (declarative shadow DOM) and hydrated by the page's script, as a
 * publisher would ship it: no layout shift, content before JavaScript. `vite build` (build:demo) uses
 * dist/ssr/render.js (run `npm run build` first); `npm start` renders with the source itself through
 * Vite's SSR loader, on every request, so edits show on reload. `/?client` serves the page as written
 * (widgets render in the browser), to compare.
 */
function serverRenderDemo(): Plugin {
  let dev: ViteDevServer | undefined;
  return {
    name: 'ketamine-ssr-demo',
    configureServer(server) {
      dev = server;
    },
    async transformIndexHtml(page, context) {
      const main = page.match(/<main>([\s\S]*)<\/main>/);
      if (!main || new URL(context.originalUrl ?? '/', 'http://localhost').searchParams.has('client')) return page;
      let rendered: string;
      try {
        const { renderToString } = dev
          ? ((await dev.ssrLoadModule('/src/ssr/render.ts')) as typeof import('./src/ssr/render.js'))
          : await import(new URL('./dist/ssr/render.js', import.meta.url).href);
        rendered = await renderToString(main[1], { deferHydration: true });
      } catch (error) {
        if (!dev) throw error;
        // While a widget is being edited into shape, the page still loads, rendered in the browser.
        dev.config.logger.warn(`server rendering of index.html failed, serving it unrendered: ${String(error)}`);
        return page;
      }
      return page.replace(main[0], () => `<main>${rendered}</main>`);
    },
  };
}

/**
 * The bundled dataset as browsers download it from the CDN builds: each top-level section of
 * data/ketamine.json becomes its own module, so a section lands in the chunks of the widgets that import
 * it (the FAQ's questions in faq.js only), not in one chunk with the whole file. Editorial fields never
 * shown to readers (`reviewNote`, `reviewBy`) are left out. With `slices` (the code-split build), per widget:
 * - `sources` holds only the sources its own section cites, without the fields only <ketamine-sources>
 *   shows (`note`, `accessed`), as stubs (`id`, `kind`) whose full entries are a separate chunk fetched
 *   when a reader opens a source list (src/shared/source-details.ts); <ketamine-sources> gets the full list;
 * - UI strings: the shared chunk carries the common labels; the labels under a widget's own prefixes
 *   (`faq.`, `badge.`, ... as its source files name them) are added to the same object by the widget's
 *   chunk when it loads, so a page downloads only the labels of the widgets it shows.
 */
function dataSections({ slices = false } = {}): Plugin {
  const file = new URL('./data/ketamine.json', import.meta.url);
  const prefix = '\0ketamine-data';
  const hidden = new Set(['reviewNote', 'reviewBy']);
  // The section whose citations a widget's sources slice keeps.
  const cites: Record<string, string> = { faq: 'faq', 'side-effects': 'sideEffects', 'route-table': 'routes', uses: 'uses', 'approval-badge': 'uses' };
  // The badge shows one use's status, year and short note: not the summaries, categories or products.
  const badgeUses = (uses: Array<Record<string, unknown>>) =>
    uses.map(({ id, name, crisis, confidence, ketamine, esketamine }) => {
      const drug = (entry: unknown) => {
        if (!entry || typeof entry !== 'object') return entry;
        const { status, year, note, sources, confidence: c } = entry as Record<string, unknown>;
        // A longer note never shows in the badge (its general explanation does; the note is in <ketamine-uses>).
        const short = typeof note === 'string' && sentenceCount(note) <= SHORT_NOTE_SENTENCES;
        return { status, year, note: short ? note : undefined, sources, confidence: c };
      };
      return { id, name, crisis, confidence, ketamine: drug(ketamine), esketamine: drug(esketamine) };
    });
  // Widgets whose items cite with numbers ("[1, 3]", labelled with each source's title).
  const numberedCitations = new Set(['route-table', 'uses']);
  const citedIds = (value: unknown, ids = new Set<string>()): Set<string> => {
    if (Array.isArray(value)) value.forEach((v) => citedIds(v, ids));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && ids.add(id));
        else citedIds(v, ids);
      }
    return ids;
  };
  // The labels each widget alone uses: those under prefixes only its own files use (`t('faq.search')`,
  // t(`badge.explain.${status}`)), and single labels named in its files only (`'error.unknownQuestion'`). A
  // label src/shared/ or src/data/ names, or more than one widget, stays common.
  const labelOwners = (keys: string[]) => {
    const prefixes = new Set(keys.map((k) => k.split('.')[0]).filter((p) => keys.some((k) => k.startsWith(`${p}.`))));
    const code = (dir: string) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => readFileSync(`${dir}/${name}`, 'utf8'))
        .join('\n')
        // What the code uses, not what its comments mention.
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
    const named = (text: string, key: string) => ["'", '"', '`'].some((q) => text.includes(`${q}${key}${q}`));
    const prefixesIn = (text: string) => new Set([...prefixes].filter((p) => new RegExp(`['"\`]${p}\\.`).test(text)));
    const common = code('src/shared') + code('src/data');
    const sharedPrefixes = prefixesIn(common);
    const texts = Object.fromEntries(widgets.map((w) => [w, code(`src/${w}`)]));
    const ownPrefixes = Object.fromEntries(widgets.map((w) => [w, [...prefixesIn(texts[w])].filter((p) => !sharedPrefixes.has(p))]));
    const byPrefix = (key: string, w: string) => ownPrefixes[w].some((p) => key.startsWith(`${p}.`));
    const byName = (key: string, w: string) => named(texts[w], key) && !named(common, key) && widgets.every((o) => o === w || !named(texts[o], key));
    // A prefix two widgets use (`badge.` in the badge and in <ketamine-uses>) comes with each of them.
    const owns = (w: string, key: string) => byPrefix(key, w) || byName(key, w);
    // Likewise a `meta` field only one widget reads (`meta.emergencyAdvice`: the side effects' care advice).
    const reads = (text: string, field: string) => new RegExp(`\\.${field}\\b`).test(text);
    const readsMeta = (w: string, field: string) => reads(texts[w], field) && !reads(common, field) && widgets.every((o) => o === w || !reads(texts[o], field));
    return { owns, owned: (key: string) => widgets.some((w) => owns(w, key)), readsMeta };
  };
  // Read once per build (every section module needs them), again after a change in watch mode.
  let cached: { data: Record<string, any>; labels?: ReturnType<typeof labelOwners> } | undefined;
  const read = () => {
    if (cached) return cached;
    const data = JSON.parse(readFileSync(file, 'utf8'), (key, value) => (hidden.has(key) ? undefined : value));
    return (cached = { data, labels: slices ? labelOwners(Object.keys(data.strings)) : undefined });
  };
  return {
    name: 'ketamine-data-sections',
    enforce: 'pre',
    buildStart() {
      cached = undefined;
    },
    watchChange() {
      cached = undefined;
    },
    resolveId(source, importer) {
      if (source.startsWith(`${prefix}/`)) return source;
      if (!source.endsWith('/data/ketamine.json')) return null;
      const widget = importer?.match(/src\/([\w-]+)\/\1\.component\.ts$/)?.[1];
      return slices && widget && widgets.includes(widget) ? `${prefix}?for=${widget}` : prefix;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const { data, labels } = read();
      this.addWatchFile(file.pathname);
      const [path, widget] = id.slice(prefix.length).split('?for=');
      if ((path === '/sources' || path === '/source-details') && widget) {
        const ids = citedIds(widget === 'approval-badge' ? badgeUses(data.uses) : data[cites[widget]]);
        const slice = data.sources.filter((s: { id: string }) => ids.has(s.id)).map(({ note: _note, accessed: _accessed, ...s }: Record<string, unknown>) => s);
        if (path === '/source-details') return `export default ${JSON.stringify(slice)};`;
        // Stubs up front, the full entries a chunk of their own, fetched when a reader opens a list
        // (src/shared/source-details.ts). Widgets that cite with numbers name each source in the
        // number's label, so theirs keep the title.
        const keep = numberedCitations.has(widget) ? ['id', 'kind', 'title'] : ['id', 'kind'];
        const stubs = slice.map((s: Record<string, unknown>) => Object.fromEntries(keep.map((k) => [k, s[k]])));
        return `const sources = ${JSON.stringify(stubs)};
Object.defineProperty(sources, 'details', { value: () => import('${prefix}/source-details?for=${widget}') });
export default sources;`;
      }
      if (path === '/strings' && labels) {
        const common = Object.fromEntries(Object.entries(data.strings).filter(([k]) => !labels.owned(k)));
        return `export default ${JSON.stringify(common)};`;
      }
      if (path === '/meta' && labels) {
        const common = Object.fromEntries(Object.entries(data.meta).filter(([k]) => !widgets.some((w) => labels.readsMeta(w, k))));
        return `export default ${JSON.stringify(common)};`;
      }
      if (path === '/uses' && widget === 'approval-badge') return `export default ${JSON.stringify(badgeUses(data.uses))};`;
      if (path.startsWith('/')) return `export default ${JSON.stringify(data[path.slice(1)])};`;
      const names = Object.keys(data).filter((k) => /^[a-z]\w*$/i.test(k));
      const from = (k: string) =>
        (k === 'sources' && widget && cites[widget]) || (k === 'uses' && widget === 'approval-badge') ? `${prefix}/${k}?for=${widget}` : `${prefix}/${k}`;
      const own = widget && labels ? Object.fromEntries(Object.entries(data.strings).filter(([k]) => labels.owns(widget, k))) : {};
      const ownMeta = widget && labels ? Object.fromEntries(Object.entries(data.meta).filter(([k]) => labels.readsMeta(widget, k))) : {};
      return `${names.map((k) => `import ${k} from '${from(k)}';`).join('\n')}
${Object.keys(own).length ? `Object.assign(strings, ${JSON.stringify(own)});` : ''}
${Object.keys(ownMeta).length ? `Object.assign(meta, ${JSON.stringify(ownMeta)});` : ''}
export { ${names.join(', ')} };
export default { ${names.join(', ')} };`;
    },
  };
}

/** Lit `css` templates without comments and extra whitespace, in every build (scripts/minify-css-templates.mjs). */
function minifyCssTemplates(): Plugin {
  return {
    name: 'ketamine-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyCss(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * Dynamic imports left as they are, without Vite's preload helper (about 0.7 KB gzip on every page): with
 * `modulePreload: false` it preloads nothing, and a failed import should reject as the browser's does.
 * (Library builds never insert it; the loader build is an app build, for its fully minified output.)
 */
function plainDynamicImports(): Plugin {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'ketamine-plain-dynamic-imports',
    enforce: 'pre',
    resolveId: (id) => (id === helper ? helper : undefined),
    load: (id) => (id === helper ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

/**
 * Every file of the code-split build starts with V8's compile hint (scripts/compile-hint.mjs): a widget's code
 * runs as soon as it loads, so its functions compile while the file streams in, off the main thread, instead of
 * one by one during the first render (about a quarter of the FAQ's first-render main-thread time:
 * `bench/profile-faq.mjs --cpu`). Added after minification, which drops comments; the source maps shift by the
 * added line. Not the loader (4 KB, a few bytes under its 2 KB gzip budget, and little to compile).
 */
function compileHint(): Plugin {
  return {
    name: 'ketamine-compile-hint',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        // The map as the chunk holds it and as the emitted .map file holds it (whichever the bundler writes).
        if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        const map = bundle[`${chunk.fileName}.map`];
        if (map?.type === 'asset') {
          const json = JSON.parse(String(map.source));
          json.mappings = `;${json.mappings}`;
          map.source = JSON.stringify(json);
        }
      }
    },
  };
}

/**
 * dist/cdn/loader.js, bundled on its own with esbuild: the bundler's dynamic-import helper (a shared chunk
 * of ~1 KB) would otherwise be a second request before the first widget. The loader has no static imports.
 */
function standaloneLoader(): Plugin {
  return {
    name: 'ketamine-standalone-loader',
    async generateBundle(_options, bundle) {
      // What each widget module imports, directly or not: the loader preloads these with the module itself,
      // so a page waits for two round trips (loader, then widget and chunks at once), not three.
      const imports = new Map(Object.values(bundle).map((c) => [c.fileName, c.type === 'chunk' ? c.imports : []]));
      const closure = (file: string, seen = new Set<string>()): Set<string> => {
        for (const dep of imports.get(file) ?? []) if (!seen.has(dep)) closure(dep, seen.add(dep));
        return seen;
      };
      // Only chunks some module imports statically: those fetched on demand (source details) need no preload.
      const chunks = [...new Set([...widgets, 'hydrate-support'].flatMap((w) => [...closure(`${w}.js`)]))].filter((f) => f.startsWith('chunks/'));
      // Each module's chunks as letters (`a` = chunks[0]), to keep the loader small.
      const deps = Object.fromEntries([...widgets, 'hydrate-support'].map((w) => [w, [...closure(`${w}.js`)].map((f) => String.fromCharCode(97 + chunks.indexOf(f))).join('')]));
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: ['src/loader.ts'],
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2020',
        sourcemap: 'external',
        outfile: 'loader.js',
        write: false,
        tsconfig: 'tsconfig.json',
        logLevel: 'error',
        define: {
          __KETAMINE_RESERVE__: JSON.stringify(reserveTable()),
          __KETAMINE_PRELOAD__: JSON.stringify({ chunks: chunks.map((f) => f.slice('chunks/'.length, -'.js'.length)), deps }),
        },
      });
      for (const out of result.outputFiles) {
        const fileName = out.path.endsWith('.map') ? 'loader.js.map' : 'loader.js';
        this.emitFile({ type: 'asset', fileName, source: out.text });
      }
    },
  };
}

// `vite` (npm start) serves the demo host page, index.html, server-rendered.
// `vite build --mode lib`: the npm build, one ES module per source file, `lit` left as a bare import.
// `vite build --mode cdn`: one self-contained, minified file that registers every widget.
export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        // The first step of `npm run build`: start from an empty dist/, so that files of deleted or
        // renamed sources are never published.
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^react(-dom)?(\/.*)?$/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
      plugins: [hydrateSupportFirst(), copyDatasetFiles(), minifyCssTemplates()],
    };
  }
  if (mode === 'cdn') {
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        minify: true,
        // Hydrate support included: the one file serves client-rendered and server-rendered pages.
        lib: { entry: 'src/hydrate.ts', formats: ['es'], fileName: () => 'ketamine-widgets.js' },
        rolldownOptions: { output: { codeSplitting: false } },
      },
      plugins: [dataSections(), minifyCssTemplates()],
    };
  }
  if (mode === 'loader') {
    // `vite build --mode loader` (after `--mode cdn`): the code-split CDN build beside the single file.
    // dist/cdn/loader.js imports dist/cdn/<widget>.js for the tags on the page; Lit, shared code and
    // shared data sections are chunks in dist/cdn/chunks/, each loaded once.
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        // Not library mode: its ES output keeps whitespace; an app build with script entries minifies fully.
        copyPublicDir: false,
        modulePreload: false,
        rolldownOptions: {
          input: {
            'hydrate-support': 'src/loader-hydrate.ts',
            ...Object.fromEntries(widgets.map((w) => [w, `src/${w}/${w}.ts`])),
          },
          preserveEntrySignatures: 'exports-only',
          // Short chunk names: the loader carries the list (names are in the source maps).
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[hash:6].js',
            // One chunk for what several widgets share (Lit, src/shared/, src/data/, the common data sections
            // and the bundler's helpers): one file and one gzip stream instead of several small ones. Code that
            // loads on demand (search, fetching a `src`, validation), what only one widget uses, and the data
            // model's value lists (src/data/types.ts: only the uses, side effects and sources widgets read them) stay out.
            // (hydrate-support imports lit-html, now in this chunk with LitElement: src/loader-hydrate.ts
            // applies Lit's hydrate support to the LitElement already evaluated.)
            codeSplitting: {
              groups: [
                {
                  name: 'shared',
                  minShareCount: 2,
                  test: (id: string) =>
                    /node_modules[\\/](lit-html[\\/]lit-html\.js|lit-element[\\/]lit-element\.js|@lit[\\/]reactive-element[\\/](reactive-element|css-tag)\.js)/.test(id) ||
                    (/[\\/]src[\\/](shared|data)[\\/]/.test(id) && !/(highlight|fetch|validate|defer-hydration|types)\.ts$/.test(id)) ||
                    (id.startsWith('\0ketamine-data') && !id.includes('source-details')) ||
                    id.startsWith('\0vite/preload-helper'),
                },
              ],
            },
          },
        },
      },
      plugins: [plainDynamicImports(), dataSections({ slices: true }), minifyCssTemplates(), compileHint(), standaloneLoader()],
    };
  }
  // `vite` (npm start) and `vite build` (npm run build:demo, for Lighthouse): the demo host page.
  return {
    // builder.html: the embed builder (docs/builder.md), beside the demo page.
    build: { outDir: 'demo-dist', rolldownOptions: { input: { main: 'index.html', builder: 'builder.html' } as Record<string, string> } },
    plugins: [serverRenderDemo(), browserSsr()],
    // Only the demo page's imports are pre-bundled, and scratch folders of the tests do not reload it.
    optimizeDeps: { entries: ['index.html'] },
    server: { host: '127.0.0.1', port: 5173, watch: { ignored: ['**/test/consumers/.work/**', '**/demo-dist/**', '**/dist/**'] } },
    preview: { host: '127.0.0.1', port: 4173 },
  };
});
