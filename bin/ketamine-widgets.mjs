#!/usr/bin/env node
// ketamine-widgets render '<ketamine-faq topics="cost"></ketamine-faq>'
// ketamine-widgets render --file page-fragment.html
// Prints the widgets as server-rendered HTML (declarative shadow DOM) on standard output.
import { readFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const usage = `Usage:
  ketamine-widgets render '<ketamine-faq topics="cost"></ketamine-faq>'
  ketamine-widgets render --file fragment.html
Prints the markup with every ketamine-* widget server-rendered (declarative shadow DOM).
Load ketamine-widgets/hydrate.js (or the CDN file) on the page to hydrate it.`;

if (command !== 'render' || !args.length) {
  console.error(usage);
  process.exit(command === '--help' || command === '-h' ? 0 : 1);
}
const markup = args[0] === '--file' ? readFileSync(args[1], 'utf8') : args.join(' ');
try {
  const { renderToString } = await import('../dist/ssr/render.js');
  process.stdout.write(`${await renderToString(markup)}\n`);
} catch (error) {
  console.error(`ketamine-widgets render: ${error.message}`);
  process.exit(1);
}
