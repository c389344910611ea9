// The static text of Lit `css` templates without comments and extra whitespace (minifiers leave template
// text alone). Used by the builds (vite.config.ts) and by the benchmarks' esbuild bundles, so a benchmark
// parses the stylesheets that ship. Conservative: only whitespace around `{ } ; , >`, after `name:` and runs
// of whitespace go, so selectors and values keep their meaning; `${...}` parts are left as they are.

const squeeze = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([\w-]):\s+/g, '$1:') // after a property name (a selector's pseudo-class has no space after the colon)
    .replace(/;}/g, '}');

/** `code` with every `css\`...\`` template's static text squeezed; the same string when there is none. */
export function minifyCssTemplates(code) {
  if (!code.includes('css`')) return code;
  // The body may hold escaped backticks (in comments): step over escapes, or the match ends early and the rest stays unminified.
  return code.replace(/\bcss`((?:\\[\s\S]|[^`\\])*)`/g, (_whole, body) => {
    const parts = body.split(/(\$\{[^}]*\})/);
    return `css\`${parts.map((part, i) => (i % 2 ? part : squeeze(part))).join('')}\``;
  });
}

/** The same as an esbuild plugin, for the project's own `.ts` sources. */
export const esbuildMinifyCss = {
  name: 'ketamine-minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: minifyCssTemplates(await readFile(path, 'utf8')), loader: 'ts' };
    });
  },
};
