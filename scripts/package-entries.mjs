// The package's published entries, shared by the build (vite.config.ts) and the manifest
// (custom-elements-manifest.config.mjs): `ketamine-widgets/<name>.js` is `dist/<name>.js`, built
// from the source file named here.

/** The widgets, one folder each under src/ (`src/faq/faq.ts` registers the tag, `faq.component.ts` is the class). */
export const widgets = ['approval-badge', 'faq', 'route-table', 'side-effects', 'sources', 'uses'];

/** Entry name (path under dist/, without `.js`) -> source file. */
export const entries = {
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

/** Where a source module ends up in the npm build: entries by their name, other modules by their path under src/. */
export function distPath(sourcePath) {
  const entry = Object.entries(entries).find(([, source]) => source === sourcePath);
  if (entry) return `dist/${entry[0]}.js`;
  return sourcePath.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}
