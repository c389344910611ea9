#!/usr/bin/env node
// The consumers suite (`npm run test:consumers`): packs the package, installs the tarball into minimal
// apps (one folder each, dependencies pinned by the folder's package-lock.json, one npm cache shared
// by all), builds each for production, serves it on 127.0.0.1 and checks it in Chromium (lib.mjs:
// widgets render, a property binds through the framework, the app's event handler gets the first
// click; for server-rendered stacks, the served HTML holds the content and hydrates without
// duplication). Prints each stack's time.
//
//   node test/consumers/run.mjs [stack ...]   # all stacks, or the named ones
//   --no-build       use the existing build (dist/, custom-elements.json) instead of `npm run build`
//   --update-locks   rewrite each stack's package-lock.json from its package.json (needs the registry)
// Work folder: $KETAMINE_CONSUMERS_WORK or <tmpdir>/ketamine-widgets-consumers (apps, tarball, npm cache).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkApp, closeBrowser, serveStatic, startServer } from './lib.mjs';

const here = new URL('.', import.meta.url).pathname;
const repo = new URL('../../', import.meta.url).pathname;
// Outside the repository, so that no tool scanning it (tsc, test runners, Vite, Storybook) sees the apps'
// node_modules; kept between runs for the shared npm cache.
const work = process.env.KETAMINE_CONSUMERS_WORK ?? join(tmpdir(), 'ketamine-widgets-consumers');
const cache = join(work, 'npm-cache');
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const only = args.filter((a) => !a.startsWith('--'));

/** The stacks, in order. `serve` is a folder to serve statically or a command that starts a server on `port`. */
const STACKS = [
  { name: 'html-cdn', serve: { dir: 'dist' } },
  { name: 'html-importmap', serve: { dir: 'dist' }, ssr: true },
  { name: 'vite-react', serve: { dir: 'dist' } },
  { name: 'vue', serve: { dir: 'dist' } },
  { name: 'svelte', serve: { dir: 'dist' } },
  { name: 'next', serve: { command: ['npx', 'next', 'start', '-H', '127.0.0.1', '-p', '{port}'] }, ssr: true, path: 'ssr' },
  { name: 'astro', node: '22', serve: { dir: 'dist' }, ssr: true },
  { name: 'eleventy', serve: { dir: '_site' }, ssr: true },
].filter((stack) => existsSync(join(here, stack.name, 'package.json')) && (!only.length || only.includes(stack.name)));

const execFileAsync = promisify(execFile);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
function sh(command, commandArgs, options = {}) {
  return execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28, ...options });
}
const npmFlags = ['--cache', cache, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

/** A newer Node from the npm registry (the `node` package), for stacks that need it. */
function nodePath(major) {
  const prefix = join(work, `node${major}`);
  const bin = join(prefix, 'node_modules', '.bin');
  if (!existsSync(join(bin, 'node'))) {
    mkdirSync(prefix, { recursive: true });
    sh('npm', ['install', '--prefix', prefix, `node@${major}`, ...npmFlags]);
  }
  return `${bin}:${process.env.PATH}`;
}

const started = Date.now();
mkdirSync(work, { recursive: true });
if (!flags.has('--no-build')) {
  const t = Date.now();
  sh('npm', ['run', 'build'], { cwd: repo });
  console.log(`build the package: ${seconds(t)}`);
}
{
  const t = Date.now();
  const name = sh('npm', ['pack', '--pack-destination', work, '--loglevel=error'], { cwd: repo }).trim().split('\n').pop();
  renameSync(join(work, name), join(work, 'ketamine-widgets.tgz'));
  console.log(`npm pack: ${seconds(t)} (${name})`);
}

/** Copies the app, pins the tarball, installs its locked dependencies (async: installs run side by side). */
async function install(stack) {
  const t = Date.now();
  const dir = join(work, stack.name);
  const env = { ...process.env, ...(stack.node ? { PATH: nodePath(stack.node) } : {}) };
  const run = (command, commandArgs) => execFileAsync(command, commandArgs, { cwd: dir, env, maxBuffer: 1 << 28 });
  // A fresh copy of the app (dependencies come from the shared cache).
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(here, stack.name), dir, { recursive: true, filter: (src) => !/node_modules|\/dist$|\/\.next$|\/_site$/.test(src) });
  if (flags.has('--update-locks')) {
    rmSync(join(dir, 'package-lock.json'), { force: true });
    await run('npm', ['install', '--package-lock-only', ...npmFlags]);
    cpSync(join(dir, 'package-lock.json'), join(here, stack.name, 'package-lock.json'));
  }
  // The tarball changes with every build: its checksum in the lockfile cannot be pinned.
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  delete lock.packages['node_modules/ketamine-widgets']?.integrity;
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
  // From the shared cache alone when it has everything (no registry round trips), else from the registry.
  try {
    await run('npm', ['ci', ...npmFlags, '--offline']);
  } catch {
    await run('npm', ['ci', ...npmFlags]);
  }
  return seconds(t);
}

// Installs are mostly waiting on disk and network: three at a time, while the builds and checks
// below (CPU and a browser) run one at a time, in order, as each install is ready.
for (const stack of STACKS) if (stack.node) nodePath(stack.node);
const installs = new Map();
{
  const queue = [...STACKS];
  const next = () => {
    const stack = queue.shift();
    if (!stack) return;
    const done = install(stack);
    installs.set(stack.name, done);
    done.catch(() => {}).finally(next);
  };
  for (let i = 0; i < 3; i++) next();
}

const results = [];
for (const stack of STACKS) {
  const dir = join(work, stack.name);
  const env = stack.node ? { PATH: nodePath(stack.node) } : {};
  const run = (command, commandArgs) => sh(command, commandArgs, { cwd: dir, env: { ...process.env, ...env } });
  let server;
  let t = Date.now();
  try {
    while (!installs.has(stack.name)) await new Promise((r) => setTimeout(r, 200));
    const installed = await installs.get(stack.name);
    t = Date.now();
    run('npm', ['run', 'build']);
    let url;
    if (stack.serve.dir) {
      server = await serveStatic(join(dir, stack.serve.dir));
      url = server.url;
    } else {
      const port = 4100 + STACKS.indexOf(stack);
      const [command, ...commandArgs] = stack.serve.command.map((a) => a.replace('{port}', String(port)));
      url = `http://127.0.0.1:${port}/`;
      const started = await startServer(command, commandArgs, { cwd: dir, env, url });
      server = { close: started.stop };
    }
    await checkApp(url, { ssr: stack.ssr, path: stack.path });
    if (existsSync(join(dir, 'check.mjs'))) await (await import(join(dir, 'check.mjs'))).default({ dir, url, run, checkApp });
    results.push({ name: stack.name, ok: true });
    console.log(`ok   ${stack.name}: install ${installed} (side by side with others), build and checks ${seconds(t)}`);
  } catch (error) {
    results.push({ name: stack.name, ok: false });
    console.log(`FAIL ${stack.name}: ${seconds(t)}\n${String(error.stderr || error.stdout || '').slice(-3000)}\n${error.stack ?? error}`);
  } finally {
    await server?.close();
  }
}
await closeBrowser();
const failed = results.filter((r) => !r.ok);
console.log(`\nconsumers: ${results.length - failed.length}/${results.length} stacks passed in ${seconds(started)}${failed.length ? `; failed: ${failed.map((r) => r.name).join(', ')}` : ''}`);
process.exit(failed.length ? 1 : 0);
