// Nothing a page, a URL or a dataset does can break a widget (issue 13): property-based tests with mutated
// datasets through `data` and `src` into every widget, the validator's own-property and message limits,
// loads that stall or are interrupted by moves, and declared charsets.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { bundledDataset } from '../src/data/full.js';
import { DatasetError } from '../src/data/errors.js';
import { parseDataset } from '../src/data/parse.js';
import type { Dataset } from '../src/data/types.js';
import { validateAgainstSchema, validateDataset, type SchemaNode } from '../src/data/validate.js';
import schema from '../data/ketamine.schema.json';
import type { KetamineElement } from '../src/shared/ketamine-element.js';
import { shadow, textOf } from './helpers.js';

type Widget = KetamineElement & { updateComplete: Promise<boolean> };

/** A small valid dataset: a few items of each list, every source (so references resolve). */
function baseDataset(): Dataset {
  const d = structuredClone(bundledDataset);
  return { ...d, uses: d.uses.slice(0, 3), sideEffects: d.sideEffects.slice(0, 4), routes: d.routes.slice(0, 3), faq: d.faq.slice(0, 4) };
}

const tags = (data: Dataset) => ({
  'ketamine-faq': {},
  'ketamine-side-effects': {},
  'ketamine-route-table': {},
  'ketamine-approval-badge': { use: data.uses[0]?.id ?? 'anesthesia' },
  'ketamine-uses': {},
  'ketamine-sources': {},
});

/** Uncaught errors and rejections while `run` runs (what a host page would see in its console). */
async function collectUncaught(run: () => Promise<void>): Promise<string[]> {
  const caught: string[] = [];
  const onError = (event: ErrorEvent) => caught.push(String(event.error?.stack ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => caught.push(String(event.reason?.stack ?? event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return caught;
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

/**
 * Renders every widget with `input` (a dataset object through `data`, or JSON text through a `src` blob URL)
 * and checks the invariant: valid data renders content, invalid data renders the error state and fires
 * `ketamine-error`; never an uncaught exception, a blank widget, an endless "Loading…", or a polluted prototype.
 */
async function checkInvariant(input: { data?: unknown; text?: string }, attrsFrom: Dataset): Promise<void> {
  const before = prototypeKeys();
  let expectValid: boolean;
  try {
    const copy = JSON.parse(input.text ?? JSON.stringify(input.data) ?? 'undefined');
    expectValid = validateDataset(copy).length === 0;
  } catch {
    expectValid = false;
  }
  const url = input.text !== undefined ? URL.createObjectURL(new Blob([input.text], { type: 'application/json' })) : undefined;
  const container = document.createElement('div');
  document.body.append(container);
  const problems: string[] = [];
  // Each error state warns once in the console by design; hundreds of runs would drown the test log.
  const warn = console.warn;
  console.warn = () => {};
  const uncaught = await collectUncaught(async () => {
    for (const [tag, attrs] of Object.entries(tags(attrsFrom))) {
      const el = document.createElement(tag) as Widget;
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      let errors = 0;
      el.addEventListener('ketamine-error', () => errors++);
      if (url) el.src = url;
      else el.data = input.data;
      container.append(el);
      await el.updateComplete;
      await el.updateComplete;
      const root = el.shadowRoot;
      const error = root?.querySelector('[part~="error"]');
      if (!root || root.childElementCount === 0 || textOf(root) === '') problems.push(`${tag}: blank`);
      if (root?.querySelector('[part~="loading"]')) problems.push(`${tag}: still loading`);
      if (!expectValid && !error) problems.push(`${tag}: invalid data but no error state`);
      if (error && errors === 0) problems.push(`${tag}: error state without ketamine-error`);
    }
  });
  console.warn = warn;
  container.remove();
  if (url) URL.revokeObjectURL(url);
  if (prototypeKeys() !== before || ({} as Record<string, unknown>).polluted !== undefined) problems.push('Object.prototype changed');
  expect([...uncaught, ...problems], JSON.stringify(input).slice(0, 300)).to.deep.equal([]);
}

/** Every path (array of keys) to a value in `value`, breadth-first up to `limit`. */
function pathsOf(value: unknown, limit = 400): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [];
  const queue: Array<[unknown, Array<string | number>]> = [[value, []]];
  while (queue.length && paths.length < limit) {
    const [node, path] = queue.shift()!;
    if (path.length) paths.push(path);
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) queue.push([child, [...path, Array.isArray(node) ? Number(key) : key]]);
    }
  }
  return paths;
}

const oddStrings = ['', 'aaa-1', 'en-a', 'en-toolongsubtag', 'en-US-u', 'İ', '\u0000', '\uD800', '<img src=x onerror=alert(1)>', 'x'.repeat(5000), 'constructor', '__proto__'];
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, [], {}, [null], { __proto__: { polluted: 1 } }),
  fc.constantFrom(...oddStrings),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer(),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
);

type Mutation = { at: number; kind: 'set' | 'delete' | 'hole' | 'duplicate' | 'proto-key'; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('set', 'set', 'set', 'delete', 'hole', 'duplicate', 'proto-key'),
  value: oddValue,
});

/** Applies mutations to a copy of `base`; returns the JSON text (so `__proto__` keys stay own keys). */
function mutate(base: Dataset, mutations: Mutation[]): string {
  const data = structuredClone(base) as unknown as Record<string, unknown>;
  for (const m of mutations) {
    const paths = pathsOf(data);
    if (!paths.length) break;
    const path = paths[m.at % paths.length];
    const parent = path.slice(0, -1).reduce<any>((node, key) => node?.[key], data);
    const key = path[path.length - 1];
    if (!parent || typeof parent !== 'object') continue;
    if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'delete') delete parent[key];
    else if (m.kind === 'hole' && Array.isArray(parent)) delete parent[key as number];
    else if (m.kind === 'duplicate' && Array.isArray(parent) && parent.length) parent.push(structuredClone(parent[0]));
    else if (m.kind === 'proto-key' && !Array.isArray(parent)) parent['__proto__marker'] = m.value;
  }
  // `__proto__marker` becomes a real own `__proto__` key in the JSON text, as a hostile file would have it.
  return JSON.stringify(data).replaceAll('"__proto__marker"', '"__proto__"');
}

describe('property: mutated datasets never break a widget', function () {
  this.timeout(600000);
  let config: { runs: number; seed: number };
  before(async () => {
    config = (await executeServerCommand('fuzz-config')) as { runs: number; seed: number };
  });

  it('through the `data` property (objects, with holes, prototypes and later mutation)', async () => {
    const base = baseDataset();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const text = mutate(base, mutations);
        // Holes survive only in objects, not in JSON: re-create a sparse array where a mutation asked for one.
        const data = JSON.parse(text);
        if (mutations.some((m) => m.kind === 'hole') && Array.isArray(data.faq)) data.faq.length += 2;
        await checkInvariant({ data }, base);
      }),
      { numRuns: config.runs, seed: config.seed, endOnFailure: true },
    );
  });

  it('through `src` (JSON text, including truncated text)', async () => {
    const base = baseDataset();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { maxLength: 3 }), fc.option(fc.nat(), { nil: undefined }), async (mutations, cut) => {
        let text = mutate(base, mutations);
        if (cut !== undefined) text = text.slice(0, cut % text.length);
        await checkInvariant({ text }, base);
      }),
      { numRuns: Math.max(10, Math.round(config.runs / 2)), seed: config.seed + 1, endOnFailure: true },
    );
  });

  it('the cases the probe found: bad locales, prototype strings, sparse arrays, mutation after acceptance', async () => {
    const base = baseDataset();
    for (const locale of ['aaa-1', 'en-a', 'en-toolongsubtag', 'en-US-u']) {
      await checkInvariant({ data: { ...base, meta: { ...base.meta, locale } } }, base);
    }
    await checkInvariant({ data: { ...base, strings: Object.create({ 'faq.label': 5, 'loading': {} }) } }, base);
    const sparse = structuredClone(base);
    sparse.faq.length = 6;
    await checkInvariant({ data: sparse }, base);

    // Accepted, then the page changes its own object: the widget keeps what it validated.
    const data = structuredClone(base);
    const el = await fixture<Widget>(html`<ketamine-faq .data=${data}></ketamine-faq>`);
    await el.updateComplete;
    (data.faq[0] as unknown as { answer: unknown }).answer = 42;
    el.requestUpdate();
    const uncaught = await collectUncaught(async () => {
      await el.updateComplete;
    });
    expect(uncaught).to.deep.equal([]);
    expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
    expect(textOf(shadow(el))).to.contain(base.faq[0].question);
  });
});

describe('validator', () => {
  it('rejects keys named like built-in object properties where the schema forbids extra keys', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const data = JSON.parse(JSON.stringify(baseDataset()).replace('"meta":{', `"meta":{"${key}":1,`));
      const issues = validateAgainstSchema(data, schema as SchemaNode);
      expect(issues.map((i) => i.path), key).to.include(`meta.${key}`);
    }
  });

  it('quotes at most a short prefix of a bad value', () => {
    const data = baseDataset();
    (data.uses[0].ketamine as { status: string }).status = 'x'.repeat(1_000_000);
    const issues = validateDataset(data);
    expect(issues).to.have.length.greaterThan(0);
    expect(issues[0].message.length).to.be.below(400);
  });

  it('rejects an invalid BCP 47 locale and a hole in an array', async () => {
    const bad = { ...baseDataset(), meta: { ...baseDataset().meta, locale: 'en-toolongsubtag' } };
    const error = await parseDataset(bad).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).message).to.contain('meta.locale');
    const holes = baseDataset();
    holes.faq.length += 1;
    expect(validateDataset(holes).map((i) => i.path)).to.include(`faq[${holes.faq.length - 1}]`);
  });

  it('rejects data that is not plain JSON with a readable reason', async () => {
    const cyclic: Record<string, unknown> = { meta: {}, sources: [] };
    (cyclic.meta as Record<string, unknown>).loop = cyclic;
    const error = await parseDataset(cyclic).catch((e: unknown) => e);
    expect((error as DatasetError).reason).to.equal('schema');
    expect((error as DatasetError).message).to.contain('not plain JSON');
  });
});

describe('loads that stall, and widgets moved while loading', function () {
  this.timeout(20000);

  for (const [name, path] of [
    ['a server that never answers', '/__test/stall'],
    ['headers, then a stalled body', '/__test/stall-body'],
  ]) {
    it(`times out into the error state: ${name}`, async () => {
      const el = document.createElement('ketamine-faq') as Widget;
      el.timeout = 500;
      el.src = path;
      const error = new Promise<CustomEvent>((resolve) => el.addEventListener('ketamine-error', resolve as EventListener, { once: true }));
      document.body.append(el);
      try {
        const event = await error;
        expect(event.detail.reason).to.equal('fetch');
        expect(event.detail.message).to.contain('500 ms');
        await el.updateComplete;
        expect(shadow(el).querySelector('[part~="error"]')).to.not.equal(null);
        expect(shadow(el).querySelector('[part~="loading"]')).to.equal(null);
      } finally {
        el.remove();
      }
    });
  }

  it('honours a declared charset (ISO-8859-1)', async () => {
    const el = document.createElement('ketamine-uses') as Widget;
    el.src = '/__test/latin1';
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
      expect(textOf(shadow(el))).to.contain('für Sie');
    } finally {
      el.remove();
    }
  });

  const moves: Array<[string, (el: HTMLElement, a: HTMLElement, b: HTMLElement) => Promise<void>]> = [
    ['moved to another container in the same tick', async (el, _a, b) => b.append(el)],
    ['removed and re-inserted in the same tick', async (el, a) => { el.remove(); a.append(el); }],
    ['removed and re-inserted 100 ms later', async (el, a) => { el.remove(); await new Promise((r) => setTimeout(r, 100)); a.append(el); }],
    ['moved 100 ms later', async (el, _a, b) => { await new Promise((r) => setTimeout(r, 100)); b.append(el); }],
  ];
  for (const [how, move] of moves) {
    for (const via of ['src', 'data'] as const) {
      it(`ends in content when ${how} while loading (${via})`, async () => {
        const a = document.createElement('div');
        const b = document.createElement('div');
        document.body.append(a, b);
        try {
          for (const tag of ['ketamine-uses', 'ketamine-sources', 'ketamine-approval-badge']) {
            const el = document.createElement(tag) as Widget;
            if (tag === 'ketamine-approval-badge') el.setAttribute('use', 'narkose');
            if (via === 'src') el.src = '/__test/slow?ms=300';
            else el.data = await (await fetch('/test/fixtures/valid.json')).json();
            a.append(el);
            await new Promise((r) => setTimeout(r, 0));
            await move(el, a, b);
            await el.updateComplete;
            await el.updateComplete;
            expect(shadow(el).querySelector('[part~="loading"]'), `${tag} still loading`).to.equal(null);
            expect(shadow(el).querySelector('[part~="error"]'), `${tag} error`).to.equal(null);
            expect(textOf(shadow(el)), tag).to.not.equal('');
          }
        } finally {
          a.remove();
          b.remove();
        }
      });
    }
  }
});
