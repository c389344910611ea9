import { defineConfig } from 'vite';

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
  return {
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
  };
});
