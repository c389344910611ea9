#!/usr/bin/env node
// ketamine-widgets render '<ketamine-faq topics="cost"></ketamine-faq>'
// ketamine-widgets render --file page-fragment.html
// Prints the widgets as server-rendered HTML (declarative shadow DOM) on standard output, one widget
// at a time (memory stays bounded by one widget). Errors are one line on standard error.
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';

const DEFAULTS = { maxInput: 5 * 1024 * 1024, maxDepth: 256, maxWidgets: 1000 };
const usage = `Usage:
  ketamine-widgets render '<ketamine-faq topics="cost"></ketamine-faq>'
  ketamine-widgets render --file fragment.html
Prints the markup with every ketamine-* widget server-rendered (declarative shadow DOM).
Load ketamine-widgets/hydrate.js (or the CDN file) on the page to hydrate it.

Options:
  --file <path>        read the markup from a file
  --defer-hydration    widgets hydrate when near the viewport or used (see README)
  --allow-errors       exit 0 even when a widget renders its error state
  --max-input <size>   largest input accepted (default 5MB; e.g. 20MB, 500kB)
  --max-depth <n>      deepest element nesting accepted (default ${DEFAULTS.maxDepth})
  --max-widgets <n>    most widgets rendered from one input (default ${DEFAULTS.maxWidgets})
Exit status: 0 done, 1 bad usage or input, 2 a widget rendered its error state.`;

/** One line on standard error, then the exit status: no stack traces for a user's mistakes. */
function fail(message, status = 1) {
  process.stderr.write(`ketamine-widgets render: ${message}\n`);
  process.exit(status);
}

function parseSize(flag, value) {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value ?? '');
  if (!match) fail(`${flag} needs a size such as 5MB or 500kB, got ${JSON.stringify(value ?? '')}`);
  const unit = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(match[2] ?? 'b').toLowerCase()];
  return Math.floor(Number(match[1]) * unit);
}

function parseCount(flag, value) {
  if (!/^\d+$/.test(value ?? '') || Number(value) < 1) fail(`${flag} needs a whole number, got ${JSON.stringify(value ?? '')}`);
  return Number(value);
}

const formatSize = (bytes) => (bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`);

const [command, ...args] = process.argv.slice(2);
if (command === '--help' || command === '-h') {
  console.log(usage);
  process.exit(0);
}
if (command !== 'render' || !args.length) {
  console.error(usage);
  process.exit(1);
}

const options = { ...DEFAULTS, allowErrors: false, deferHydration: false, file: undefined };
const words = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--file') {
    const name = args[++i];
    if (name === undefined || name.startsWith('--')) fail('--file needs a file name: ketamine-widgets render --file fragment.html');
    options.file = name;
  } else if (arg === '--allow-errors') options.allowErrors = true;
  else if (arg === '--defer-hydration') options.deferHydration = true;
  else if (arg === '--max-input') options.maxInput = parseSize(arg, args[++i]);
  else if (arg === '--max-depth') options.maxDepth = parseCount(arg, args[++i]);
  else if (arg === '--max-widgets') options.maxWidgets = parseCount(arg, args[++i]);
  else if (arg.startsWith('--')) fail(`unknown option ${arg} (see ketamine-widgets --help)`);
  else words.push(arg);
}
if (options.file !== undefined && words.length) fail('give either --file or markup, not both');

let markup;
if (options.file !== undefined) {
  let stats;
  try {
    stats = statSync(options.file);
  } catch (error) {
    fail(error.code === 'ENOENT' ? `${options.file}: no such file` : `${options.file}: cannot read (${error.code ?? error.message})`);
  }
  if (stats.isDirectory()) fail(`${options.file} is a directory; give an HTML file`);
  if (stats.size > options.maxInput) {
    fail(`${options.file} is ${formatSize(stats.size)}, over the ${formatSize(options.maxInput)} input limit (raise it with --max-input)`);
  }
  try {
    markup = readFileSync(options.file, 'utf8');
  } catch (error) {
    fail(`${options.file}: cannot read (${error.code ?? error.message})`);
  }
} else {
  if (!words.length) fail('no markup given');
  markup = words.join(' ');
  const size = Buffer.byteLength(markup);
  if (size > options.maxInput) fail(`the markup is ${formatSize(size)}, over the ${formatSize(options.maxInput)} input limit (raise it with --max-input)`);
}

process.stdout.on('error', (error) => {
  // A closed pipe (`| head`) is not our error.
  if (error.code === 'EPIPE') process.exit(0);
  fail(`cannot write the output (${error.code ?? error.message})`);
});
async function write(text) {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

let ssr;
try {
  ssr = await import('../dist/ssr.js');
} catch (error) {
  fail(`the package's build is missing (${error.message}); run npm run build`);
}

const failed = [];
let widgets = 0;
try {
  for (const piece of ssr.splitMarkup(markup, { maxDepth: options.maxDepth })) {
    if (piece.kind === 'html') {
      await write(piece.text);
      continue;
    }
    if (++widgets > options.maxWidgets) {
      fail(`more than ${options.maxWidgets} widgets in the input (line ${piece.line}; raise the limit with --max-widgets)`);
    }
    let errorShown = false;
    for await (const chunk of ssr.renderToChunks(piece.text, { deferHydration: options.deferHydration })) {
      if (!errorShown && chunk.includes(ssr.ERROR_MARKER)) errorShown = true;
      await write(chunk);
    }
    if (errorShown) failed.push(`<${piece.tag}> on line ${piece.line}`);
  }
  await write('\n');
} catch (error) {
  if (error instanceof ssr.MarkupLimitError) fail(`${error.message}; raise the limit with --max-depth`);
  fail(String(error?.message ?? error).split('\n')[0]);
}

if (failed.length && !options.allowErrors) {
  const list = failed.length > 5 ? `${failed.slice(0, 5).join(', ')} and ${failed.length - 5} more` : failed.join(', ');
  fail(`${failed.length} widget${failed.length > 1 ? 's' : ''} rendered an error state: ${list} (pass --allow-errors to accept)`, 2);
}
