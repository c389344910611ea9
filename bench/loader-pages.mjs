// The files a page downloads through the one-script-tag loader (dist/cdn/loader.js): the loader, the
// widget's module and every chunk it imports statically. Used by bench/size.mjs and bench/anchors.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const loaderFile = resolve('dist/cdn/loader.js');
export const loaderBuilt = () => existsSync(loaderFile);

const staticImports = (file) => [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => resolve(dirname(file), m[1]));

/** Absolute paths of the files a page with `<ketamine-<widget>>` downloads through the loader. */
export function loaderPageFiles(widget, seen = new Set([loaderFile])) {
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  visit(resolve(`dist/cdn/${widget}.js`));
  return seen;
}
