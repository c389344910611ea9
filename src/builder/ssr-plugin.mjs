// The builder's server-rendered output runs the CLI's own render code (src/ssr/render.ts, @lit-labs/ssr)
// in the browser. @lit-labs/ssr and parse5 have no Node-only imports, so they bundle for the browser;
// the one change is Lit's `isServer`, which must be true (as under Node) so that the widgets render
// what they render on a server (the FAQ's answers, for reading with JavaScript off). Aliasing it for the
// whole demo build would break the demo's hydration, hence one self-contained module bundled here by
// esbuild and served as `virtual:ketamine-ssr` to the builder only (a lazy chunk: loaded on first use).
import { fileURLToPath } from 'node:url';

const id = 'virtual:ketamine-ssr';
const root = fileURLToPath(new URL('../../', import.meta.url));

/** @returns {import('vite').Plugin} */
export function browserSsr() {
  return {
    name: 'ketamine-builder-browser-ssr',
    resolveId(source) {
      return source === id ? `\0${id}` : null;
    },
    async load(loaded) {
      if (loaded !== `\0${id}`) return null;
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: [`${root}src/ssr/render.ts`],
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
