// The builder's server-rendered output runs the CLI's own render code (src/ssr/render.ts, @lit-labs/ssr)
// in the browser. @lit-labs/ssr and parse5 have no Node-only imports, so they bundle for the browser;
// the one change is Lit's `isServer`, which must be true (as under Node) so that the widgets render
// what they render on a server (the FAQ's answers, for reading with JavaScript off). Aliasing it for the
// whole demo build would break the demo's hydration, hence one self-contained module bundled here by
// esbuild and served as `virtual:ketamine-ssr` to the builder only (a lazy chunk: loaded on first use).
// Like the demo page's own server rendering: `vite build` bundles dist/ssr/render.js, the very file the
// CLI runs (after `npm run build`); `npm start` bundles the source, so edits show on reload.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const id = 'virtual:ketamine-ssr';
const root = fileURLToPath(new URL('../../', import.meta.url));

/** @returns {import('vite').Plugin} */
export function browserSsr() {
  let entry = `${root}src/ssr/render.ts`;
  return {
    name: 'ketamine-builder-browser-ssr',
    configResolved(config) {
      const built = `${root}dist/ssr/render.js`;
      if (config.command === 'build' && existsSync(built)) entry = built;
    },
    resolveId(source) {
      return source === id ? `\0${id}` : null;
    },
    async load(loaded) {
      if (loaded !== `\0${id}`) return null;
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [entry],
        absWorkingDir: root,
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        metafile: true,
        tsconfig: `${root}tsconfig.json`,
        logLevel: 'error',
        alias: { 'lit-html/is-server.js': `${root}node_modules/lit-html/node/is-server.js` },
      });
      for (const file of Object.keys(result.metafile.inputs)) this.addWatchFile(`${root}${file}`);
      return result.outputFiles[0].text;
    },
  };
}
