// Production build: the page rendered by `ketamine-widgets render` (declarative shadow DOM), served
// with the packages the import map points at.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/index.html', execFileSync('npx', ['ketamine-widgets', 'render', '--file', 'page.html'], { encoding: 'utf8' }));
for (const pkg of ['ketamine-widgets', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit-labs/ssr-client']) {
  cpSync(`node_modules/${pkg}`, `dist/node_modules/${pkg}`, { recursive: true });
}
