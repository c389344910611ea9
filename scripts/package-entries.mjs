// The package's published entries, shared by the build (vite.config.ts) and the manifest
// (custom-elements-manifest.config.mjs): `ketamine-widgets/<name>.js` is `dist/<name>.js`, built
// from the source file named here.
import { readFileSync } from 'node:fs';

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

/**
 * The source modules the npm build emits: everything the entries import (statically or dynamically),
 * following relative imports; `import type` / `export type` lines produce no JavaScript and are skipped.
 */
export function builtModules(rootUrl = new URL('../', import.meta.url)) {
  const seen = new Set();
  const visit = (sourcePath) => {
    if (seen.has(sourcePath)) return;
    let text;
    try {
      text = readFileSync(new URL(sourcePath, rootUrl), 'utf8');
    } catch {
      return;
    }
    seen.add(sourcePath);
    const specifiers = text.matchAll(/(?:^|[\s;])(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g);
    for (const [, staticSpecifier, dynamicSpecifier] of specifiers) {
      const target = new URL(staticSpecifier ?? dynamicSpecifier, new URL(sourcePath, 'file:///')).pathname.slice(1);
      if (target.endsWith('.js')) visit(target.replace(/\.js$/, '.ts'));
    }
  };
  for (const source of Object.values(entries)) visit(source);
  return seen;
}
