import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** The widgets, one folder each under src/. Add a widget here and in package.json `exports`. */
const widgets = ['approval-badge', 'faq', 'route-table', 'side-effects', 'sources', 'uses'];

/**
 * The npm entries, named as their package subpaths: `ketamine-widgets/faq.js` is `dist/faq.js`, so the
 * same specifiers work through the `exports` map (bundlers, Node) and through an import map that maps
 * `ketamine-widgets/` to the package's `dist/` folder.
 */
const entries: Record<string, string> = {
  index: 'src/index.ts',
  ...Object.fromEntries(
    widgets.flatMap((w) => [
      [w, `src/${w}/${w}.ts`],
      [`${w}.component`, `src/${w}/${w}.component.ts`],
      [`react/${w}`, `src/react/${w}.ts`],
    ]),
  ),
  data: 'src/data/index.ts',
  hydrate: 'src/hydrate.ts',
  ssr: 'src/ssr/index.ts',
  'ssr/render': 'src/ssr/render.ts',
  react: 'src/react/index.ts',
};

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
 * The built demo page is server-rendered (declarative shadow DOM) and hydrated by the page's script,
 * as a publisher would ship it: no layout shift, content before JavaScript. Needs `npm run build`
 * first (it uses dist/ssr/render.js). `npm start` serves the same page rendered in the browser.
 */
function serverRenderDemo(): Plugin {
  return {
    name: 'ketamine-ssr-demo',
    apply: 'build',
    async transformIndexHtml(page) {
      const main = page.match(/<main>([\s\S]*)<\/main>/);
      if (!main) return page;
      const { renderToString } = await import(new URL('./dist/ssr/render.js', import.meta.url).href);
      const rendered: string = await renderToString(main[1], { deferHydration: true });
      return page.replace(main[0], () => `<main>${rendered}</main>`);
    },
  };
}

// `vite` (npm start) serves the demo host page, index.html.
// `vite build --mode lib`: the npm build, one ES module per source file, `lit` left as a bare import.
// `vite build --mode cdn`: one self-contained, minified file that registers every widget.
export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: {
          external: [/^lit(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^react(-dom)?(\/.*)?$/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
      plugins: [hydrateSupportFirst(), copyDatasetFiles()],
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
    };
  }
  // `vite build` (npm run build:demo): the demo host page, for Lighthouse.
  return {
    build: { outDir: 'demo-dist' },
    plugins: [serverRenderDemo()],
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
  };
});
