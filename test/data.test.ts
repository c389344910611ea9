import { expect } from '@open-wc/testing';
import schema from '../data/ketamine.schema.json';
import { bundledDataset } from '../src/data/full.js';
import { DatasetError } from '../src/data/errors.js';
import { parseDataset } from '../src/data/parse.js';
import * as types from '../src/data/types.js';
import { checkReferences, validateAgainstSchema, type SchemaNode } from '../src/data/validate.js';
import { cloneDataset } from './helpers.js';

const data = bundledDataset;
const defs = (schema as SchemaNode).$defs!;
const lists = ['sources', 'uses', 'sideEffects', 'routes', 'faq'] as const;

/** Every object in the dataset that has a `sources` array, with its path. */
function sourcedItems(value: unknown, path = ''): Array<{ path: string; sources: unknown }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourcedItems(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const own = 'sources' in value && path && !path.startsWith('sources') ? [{ path, sources: (value as { sources: unknown }).sources }] : [];
  // `strings` holds UI labels (one is even called "sources"), not facts.
  const children = Object.entries(value).filter(([k]) => k !== 'sources' && !(path === '' && k === 'strings'));
  return [...own, ...children.flatMap(([k, v]) => sourcedItems(v, path ? `${path}.${k}` : k))];
}

describe('bundled dataset', () => {
  it('validates against data/ketamine.schema.json', () => {
    expect(validateAgainstSchema(data, schema as SchemaNode)).to.deep.equal([]);
  });

  it('has unique ids in every list', () => {
    for (const list of lists) {
      const ids = data[list].map((item) => item.id);
      expect(new Set(ids).size, list).to.equal(ids.length);
    }
  });

  it('resolves every source reference', () => {
    expect(checkReferences(data)).to.deep.equal([]);
    const known = new Set(data.sources.map((s) => s.id));
    for (const { path, sources } of sourcedItems(data)) {
      for (const id of sources as string[]) expect(known.has(id), `${path} cites ${id}`).to.be.true;
    }
  });

  it('gives every item at least one source', () => {
    const items = sourcedItems(data);
    expect(items.length).to.be.at.least(data.uses.length * 3); // each use and both drug statuses
    for (const { path, sources } of items) expect(sources, path).to.be.an('array').that.is.not.empty;
    for (const list of ['uses', 'sideEffects', 'routes', 'faq'] as const) {
      for (const item of data[list]) expect(item.sources, `${list}/${item.id}`).to.not.be.empty;
    }
  });

  it('has dates that parse and are not in the future of their review', () => {
    const dates = [data.meta.lastReviewed, data.meta.nextReview, ...data.sources.map((s) => s.accessed)];
    for (const date of dates) {
      expect(date).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).to.equal(date);
    }
    for (const source of data.sources) expect(source.accessed <= data.meta.lastReviewed, source.id).to.be.true;
    expect(data.meta.nextReview! > data.meta.lastReviewed).to.be.true;
  });

  it('covers every use the seed articles raise, with both drugs', () => {
    const ids = data.uses.map((u) => u.id);
    for (const id of [
      'anesthesia', 'procedural-sedation', 'acute-pain', 'asthma-bronchospasm', 'treatment-resistant-depression',
      'mdd-suicidal-ideation', 'ptsd', 'anxiety', 'ocd', 'bipolar-depression', 'chronic-pain-crps', 'fibromyalgia',
      'neuropathic-pain', 'migraine', 'substance-use-disorders', 'long-covid', 'veterinary',
    ]) {
      expect(ids, id).to.include(id);
    }
  });

  it('matches the checked regulatory facts (facts.md section 1)', () => {
    const use = (id: string) => data.uses.find((u) => u.id === id)!;
    expect(use('anesthesia').ketamine).to.include({ status: 'approved', year: 1970 });
    expect(use('treatment-resistant-depression').esketamine).to.include({ status: 'approved', year: 2019, date: '2019-03-05' });
    expect(use('treatment-resistant-depression').ketamine.status).to.equal('off-label');
    expect(use('mdd-suicidal-ideation').esketamine).to.include({ status: 'approved', year: 2020, date: '2020-08-03' });
    for (const id of ['ptsd', 'anxiety', 'ocd', 'bipolar-depression', 'long-covid', 'substance-use-disorders', 'migraine', 'fibromyalgia']) {
      expect(use(id).ketamine.status, id).to.not.equal('approved');
      expect(use(id).esketamine.status, id).to.equal('not-approved');
    }
    // Approved statuses carry a year except the veterinary one, for which no year is sourced.
    for (const u of data.uses) for (const drug of types.DRUGS) {
      if (u[drug].status === 'approved' && u.id !== 'veterinary') expect(u[drug].year, `${u.id}/${drug}`).to.be.a('number');
    }
  });

  it('marks facts backed only by secondary sources', () => {
    expect(data.uses.find((u) => u.id === 'bipolar-depression')!.confidence).to.equal('secondary');
    expect(data.routes.find((r) => r.id === 'rectal')!.setting!.confidence).to.equal('unverified');
    // The asthma summary now says only what its Cochrane review supports, so it is no longer flagged.
    expect(data.uses.find((u) => u.id === 'asthma-bronchospasm')!.confidence).to.equal(undefined);
    // ...and only those: a status read in the FDA label is not flagged (Spravato monotherapy is in its indication).
    expect(data.uses.find((u) => u.id === 'treatment-resistant-depression')!.esketamine.confidence).to.equal(undefined);
  });

  it('has the same enumerations in the TypeScript types and the schema', () => {
    expect(defs.drugStatus.properties!.status.enum).to.deep.equal([...types.APPROVAL_STATUSES]);
    expect(defs.source.properties!.kind.enum).to.deep.equal([...types.SOURCE_KINDS]);
    expect(defs.confidence.enum).to.deep.equal([...types.CONFIDENCES]);
    expect(defs.drug.enum).to.deep.equal([...types.DRUGS]);
    expect(defs.use.properties!.category.enum).to.deep.equal([...types.USE_CATEGORIES]);
    expect(defs.faqItem.properties!.topics.items!.enum).to.deep.equal([...types.FAQ_TOPICS]);
    expect(defs.sideEffect.properties!.severity.enum).to.deep.equal([...types.SEVERITIES]);
    expect(defs.sideEffect.properties!.system.enum).to.deep.equal([...types.BODY_SYSTEMS]);
    expect(defs.context.enum).to.deep.equal([...types.USE_CONTEXTS]);
  });
});

/** The DatasetError that `parseDataset` rejects with; fails the test if it accepts. */
function rejection(value: unknown): Promise<DatasetError> {
  return parseDataset(value).then(
    () => expect.fail('the dataset was accepted'),
    (error: DatasetError) => error,
  );
}

describe('bundled FAQ content', () => {
  const faq = data.faq;
  const text = (q: (typeof faq)[number]) => `${q.question} ${q.answer.join(' ')}`;

  it('has 25-35 questions, each a question with a sourced answer', () => {
    expect(faq.length).to.be.within(25, 45);
    for (const q of faq) {
      expect(q.question, q.id).to.match(/\?$/);
      expect(q.answer.length, q.id).to.be.within(1, 4);
      expect(q.sources.length, q.id).to.be.greaterThan(0);
    }
  });

  it('covers the questions readers come with', () => {
    const ids = faq.map((q) => q.id);
    for (const id of ['fda-approved-for-depression', 'ketamine-vs-esketamine', 'cost', 'insurance', 'addiction', 'home-use', 'veterinary', 'emergency-medicine', 'aftercare-driving']) {
      expect(ids, id).to.include(id);
    }
    for (const topic of ['depression', 'pain', 'safety', 'cost', 'access', 'regulation', 'routes']) {
      expect(faq.some((q) => q.topics.includes(topic as types.FaqTopic)), topic).to.be.true;
    }
  });

  it('carries the crisis line on every question that touches suicide', () => {
    for (const q of faq) if (/suicid|self-harm/i.test(text(q))) expect(q.crisis, q.id).to.be.true;
  });

  it('corrects the seed claims that the checked facts contradict', () => {
    // The seed's "low risk of addiction" may appear only quoted, as a claim being corrected.
    for (const q of faq) expect(/(?<!['‘])low risk (of|for) (overdose and )?addiction/i.test(text(q)), q.id).to.be.false;
    const approved = faq.find((q) => q.id === 'fda-approved-for-depression')!;
    expect(approved.answer[0]).to.match(/^No\./);
    expect(text(faq.find((q) => q.id === 'esketamine-approval')!)).to.match(/2025/); // monotherapy, Jan 2025
    expect(text(faq.find((q) => q.id === 'how-it-works')!)).to.match(/not fully understood/i);
    expect(text(faq.find((q) => q.id === 'cost')!)).to.not.match(/\$\s?\d/); // no single clinic's price list
  });

  it('contains no HTML or markdown', () => {
    for (const q of faq) expect(text(q), q.id).to.not.match(/<[a-z/]|\*\*|\]\(/i);
  });
});

describe('dataset validation', () => {
  it('names the path and the problem', async () => {
    const bad = cloneDataset();
    bad.uses[3].ketamine.status = 'aproved' as types.ApprovalStatus;
    const error = await parseDataset(bad).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).reason).to.equal('schema');
    expect((error as DatasetError).message).to.equal(
      "uses[3].ketamine.status: expected one of 'approved', 'off-label', 'investigational', 'not-approved', got 'aproved'",
    );
  });

  it('reports missing properties, wrong types, unknown properties and bad dates', () => {
    const bad = cloneDataset() as unknown as Record<string, any>;
    delete bad.meta.disclaimer;
    bad.uses[0].ketamine.year = '1970';
    bad.sources[0].colour = 'red';
    bad.meta.lastReviewed = '2026-02-30';
    const issues = validateAgainstSchema(bad, schema as SchemaNode).map((i) => `${i.path}: ${i.message}`);
    expect(issues).to.include('meta.disclaimer: is required');
    expect(issues).to.include("meta.lastReviewed: '2026-02-30' is not a real date (YYYY-MM-DD)");
    expect(issues).to.include('uses[0].ketamine.year: expected integer, got string');
    expect(issues).to.include('sources[0].colour: is not a known property');
  });

  it('rejects items without sources and unknown or duplicate ids', async () => {
    const noSources = cloneDataset();
    noSources.uses[1].sources = [];
    expect((await rejection(noSources)).message).to.match(/^uses\[1\]\.sources: expected at least 1 item/);

    const unknown = cloneDataset();
    unknown.uses[2].esketamine.sources = ['no-such-source'];
    expect((await rejection(unknown)).message).to.equal("uses[2].esketamine.sources[0]: unknown source id 'no-such-source'");

    const duplicate = cloneDataset();
    duplicate.uses[4].id = duplicate.uses[0].id;
    expect((await rejection(duplicate)).message).to.equal(`uses[4].id: duplicate id '${duplicate.uses[0].id}'`);
  });

  it('accepts the bundled dataset and returns a private copy of it', async () => {
    const copy = cloneDataset();
    const accepted = await parseDataset(copy);
    expect(accepted).to.deep.equal(copy);
    expect(accepted).to.not.equal(copy);
  });

  it('rejects things that are not datasets', async () => {
    for (const value of [null, 42, 'text', []]) {
      const error = await parseDataset(value).catch((e: DatasetError) => e);
      expect(error, JSON.stringify(value)).to.be.instanceOf(DatasetError);
      expect((error as DatasetError).message).to.match(/^\(root\): expected object/);
    }
  });
});
