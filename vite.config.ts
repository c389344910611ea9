import { defineConfig, type Plugin } from 'vite';

/** The define modules: one npm entry per widget plus the index. Add a widget here and in package.json `exports`. */
const entries = {
  index: 'src/index.ts',
  'approval-badge/approval-badge': 'src/approval-badge/approval-badge.ts',
  'approval-badge/approval-badge.component': 'src/approval-badge/approval-badge.component.ts',
  'faq/faq': 'src/faq/faq.ts',
  'faq/faq.component': 'src/faq/faq.component.ts',
  'route-table/route-table': 'src/route-table/route-table.ts',
  'route-table/route-table.component': 'src/route-table/route-table.component.ts',
  'side-effects/side-effects': 'src/side-effects/side-effects.ts',
  'side-effects/side-effects.component': 'src/side-effects/side-effects.component.ts',
  'sources/sources': 'src/sources/sources.ts',
  'sources/sources.component': 'src/sources/sources.component.ts',
  'uses/uses': 'src/uses/uses.ts',
  'uses/uses.component': 'src/uses/uses.component.ts',
  'data/index': 'src/data/index.ts',
  hydrate: 'src/hydrate.ts',
  'ssr/render': 'src/ssr/render.ts',
  'react/index': 'src/react/index.ts',
};

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
