// Writes data/ketamine.schema.json. The schema is kept as code here so that the shared pieces
// (every sourced item's `sources` and `confidence`) are written once; run `node scripts/gen-schema.mjs`
// after changing it. The data tests check the written file is current.
import { writeFileSync } from 'node:fs';

const ref = (name) => ({ $ref: `#/$defs/${name}` });
const str = (extra = {}) => ({ type: 'string', minLength: 1, ...extra });
const percent = { type: 'number', minimum: 0, maximum: 100 };
// Every sourced item may carry an editorial note that widgets never render, and the date it must be
// re-checked by when it rests on a temporary rule or a label version.
const review = {
  reviewNote: str({ description: 'Editorial note for reviewers; never shown to readers.' }),
  reviewBy: ref('date'),
};
const sourced = { sources: ref('sourceIds'), confidence: ref('confidence'), ...review };
const object = (properties, required, description) => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required,
  additionalProperties: false,
});

export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://ketamine-widgets.example/ketamine.schema.json',
  title: 'ketamine-widgets dataset',
  description: 'What ketamine and esketamine are used for: uses, side effects, routes and FAQ, every item sourced.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    meta: ref('meta'),
    strings: { type: 'object', description: 'UI labels by key; missing keys fall back to the bundled English.', additionalProperties: { type: 'string' } },
    sources: { type: 'array', minItems: 1, items: ref('source') },
    uses: { type: 'array', items: ref('use') },
    sideEffects: { type: 'array', items: ref('sideEffect') },
    routes: { type: 'array', items: ref('route') },
    faq: { type: 'array', items: ref('faqItem') },
    searchSynonyms: {
      type: 'array',
      description: 'FAQ search: groups of single words that match each other (e.g. ["price", "cost", "pay"]), in the dataset\'s language.',
      items: { type: 'array', minItems: 2, items: str({ pattern: '^[^\\s]+$' }) },
    },
  },
  required: ['meta', 'sources', 'uses', 'sideEffects', 'routes', 'faq'],
  additionalProperties: false,
  $defs: {
    id: str({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Stable kebab-case id.' }),
    date: str({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    sourceIds: { type: 'array', minItems: 1, items: ref('id'), description: 'Ids of entries in `sources`.' },
    confidence: { enum: ['verified', 'secondary', 'unverified'], description: 'Omitted means verified (label or primary source).' },
    drug: { enum: ['ketamine', 'esketamine'] },
    context: { enum: ['anesthetic-ketamine', 'subanesthetic-infusion', 'esketamine-nasal-spray', 'chronic-misuse'] },
    meta: object(
      {
        version: str({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
        lastReviewed: ref('date'),
        nextReview: ref('date'),
        locale: str({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*$' }),
        disclaimer: str(),
        crisisLine: str(),
        emergencyAdvice: str(),
        urgentAdvice: str({ description: 'The "get medical help now" wording shown beside side effects whose care is urgent.' }),
      },
      ['version', 'lastReviewed', 'locale', 'disclaimer', 'crisisLine', 'emergencyAdvice'],
    ),
    source: object(
      {
        id: ref('id'),
        title: str(),
        publisher: str(),
        url: str({ format: 'uri', pattern: '^https?://' }),
        kind: { enum: ['regulatory', 'guideline', 'study', 'article', 'marketing'] },
        published: str(),
        accessed: ref('date'),
        note: str({ description: 'Shown to readers with the source.' }),
        authors: str({ description: 'e.g. "Borgogna NC, Owen T, Vaughn J, et al."' }),
        doi: str({ pattern: '^10\\.\\d{4,9}/\\S+$', description: 'Bare DOI, without https://doi.org/.' }),
        pmid: str({ pattern: '^\\d{1,9}$' }),
        citation: str({ description: 'Formal citation of a rule or article, e.g. "64 FR 37673" or "Ann Emerg Med 2009;54(2):158-168".' }),
        ...review,
      },
      ['id', 'title', 'publisher', 'kind', 'accessed'],
    ),
    drugStatus: object(
      {
        status: { enum: ['approved', 'off-label', 'investigational', 'not-approved'] },
        year: { type: 'integer', minimum: 1950, maximum: 2100 },
        date: ref('date'),
        products: { type: 'array', items: str() },
        note: str(),
        ...sourced,
      },
      ['status', 'sources'],
    ),
    use: object(
      {
        id: ref('id'),
        name: str(),
        category: { enum: ['anesthesia', 'mental-health', 'pain', 'other'] },
        summary: str(),
        ketamine: ref('drugStatus'),
        esketamine: ref('drugStatus'),
        crisis: { type: 'boolean', description: 'Touches suicide: shown with meta.crisisLine.' },
        ...sourced,
      },
      ['id', 'name', 'category', 'summary', 'ketamine', 'esketamine', 'sources'],
    ),
    frequency: object(
      {
        low: percent,
        high: percent,
        comparator: object({ label: str(), low: percent, high: percent }, ['label', 'low']),
        population: str(),
        context: ref('context'),
        ...sourced,
      },
      ['low', 'population', 'context', 'sources'],
    ),
    sideEffect: object(
      {
        id: ref('id'),
        name: str(),
        severity: { enum: ['common', 'serious', 'long-term', 'other'], description: '`other`: possible effects whose frequency no source gives and that are not serious.' },
        system: {
          enum: ['psychological', 'cardiovascular', 'gastrointestinal', 'visual', 'neurological', 'respiratory', 'urinary', 'hepatic', 'abuse-dependence', 'overdose', 'other'],
        },
        description: str(),
        appliesTo: { type: 'array', minItems: 1, items: ref('context') },
        frequencies: { type: 'array', items: ref('frequency') },
        urgent: { type: 'boolean' },
        care: { enum: ['emergency', 'urgent'], description: '`emergency`: call 911 or the local emergency number now; `urgent`: get medical help now. Set only with `urgent: true`.' },
        crisis: { type: 'boolean', description: 'Touches suicide: shown with meta.crisisLine.' },
        ...sourced,
      },
      ['id', 'name', 'severity', 'system', 'description', 'appliesTo', 'urgent', 'sources'],
    ),
    textFact: object(
      {
        short: str({ description: 'The short comparable value shown in a table cell, e.g. "within 30 seconds", "hospital".' }),
        text: str({ description: 'The explanation, shown behind a disclosure.' }),
        ...sourced,
      },
      ['text', 'sources'],
    ),
    rangeFact: object(
      {
        low: percent,
        high: percent,
        short: str({ description: 'The short value shown in a table cell, e.g. "100%", "about 17-23%".' }),
        text: str(),
        estimates: { type: 'array', items: object({ low: percent, high: percent, label: str(), ...sourced }, ['low', 'high', 'label', 'sources']) },
        ...sourced,
      },
      ['low', 'high', 'text', 'sources'],
    ),
    route: object(
      {
        id: ref('id'),
        name: str(),
        drug: ref('drug'),
        bioavailability: ref('rangeFact'),
        onset: ref('textFact'),
        duration: ref('textFact'),
        setting: ref('textFact'),
        supervision: ref('textFact'),
        approvedProducts: { type: 'array', items: str() },
        cost: ref('textFact'),
        notes: str(),
        ...sourced,
      },
      ['id', 'name', 'drug', 'approvedProducts', 'sources'],
    ),
    faqItem: object(
      {
        id: ref('id'),
        question: str(),
        answer: { type: 'array', minItems: 1, items: str() },
        topics: {
          type: 'array',
          minItems: 1,
          items: {
            enum: ['basics', 'depression', 'mental-health', 'pain', 'anesthesia', 'emergency', 'veterinary', 'regulation', 'esketamine', 'mechanism', 'routes', 'treatment', 'safety', 'side-effects', 'addiction', 'cost', 'access', 'alternatives', 'home-use'],
          },
        },
        crisis: { type: 'boolean' },
        ...sourced,
      },
      ['id', 'question', 'answer', 'topics', 'sources'],
    ),
  },
};

if (process.argv[1]?.endsWith('gen-schema.mjs')) {
  writeFileSync(new URL('../data/ketamine.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
  console.log('wrote data/ketamine.schema.json');
}
