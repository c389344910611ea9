// How the benchmarks bundle the project's source for a page: esbuild, one ES module, production
// conditions, and the stylesheets as they ship (scripts/minify-css-templates.mjs minifies CSS templates
// in the builds too). One place, so every benchmark measures the same thing.
import { build } from 'esbuild';
import { esbuildMinifyCss } from '../scripts/minify-css-templates.mjs';
import { COMPILE_HINT } from '../scripts/compile-hint.mjs';

/**
 * Bundles `contents` (TypeScript, resolved from the current folder) or `entryPoints`; returns the JS text.
 * `compileHint`: starts the file with V8's compile hint, as the code-split CDN build's files start.
 */
export async function bundleForPage({ contents, entryPoints, minify = true, compileHint = false }) {
  const result = await build({
    ...(contents !== undefined ? { stdin: { contents, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' } } : { entryPoints }),
    bundle: true,
    minify,
    format: 'esm',
    write: false,
    tsconfig: 'tsconfig.json',
    plugins: [esbuildMinifyCss],
    conditions: ['production'],
    logLevel: 'error',
  });
  return (compileHint ? `${COMPILE_HINT}\n` : '') + result.outputFiles[0].text;
}
