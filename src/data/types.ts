/**
 * Types of the dataset (`data/ketamine.json`). They mirror `data/ketamine.schema.json`; the
 * enumerations are also runtime arrays so that the data tests can check they equal the schema's.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type ISODate = string;

/** How strong the backing of a fact is: read in a label or primary source, secondary sources only, or unverified general knowledge. */
export const CONFIDENCES = ['verified', 'secondary', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const SOURCE_KINDS = ['regulatory', 'guideline', 'study', 'article', 'marketing'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const DRUGS = ['ketamine', 'esketamine'] as const;
export type Drug = (typeof DRUGS)[number];

/** Regulatory status of one drug for one use (US FDA unless the item says otherwise). */
export const APPROVAL_STATUSES = ['approved', 'off-label', 'investigational', 'not-approved'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const USE_CATEGORIES = ['anesthesia', 'mental-health', 'pain', 'other'] as const;
export type UseCategory = (typeof USE_CATEGORIES)[number];

export const FAQ_TOPICS = ['basics', 'depression', 'mental-health', 'pain', 'anesthesia', 'emergency', 'veterinary', 'regulation', 'esketamine', 'mechanism', 'routes', 'treatment', 'safety', 'side-effects', 'addiction', 'cost', 'access', 'alternatives', 'home-use'] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

/** `other`: possible effects whose frequency no source gives and that are not serious. */
export const SEVERITIES = ['common', 'serious', 'long-term', 'other'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SIDE_EFFECT_CARE = ['emergency', 'urgent'] as const;
export type SideEffectCare = (typeof SIDE_EFFECT_CARE)[number];

export const BODY_SYSTEMS = ['psychological', 'cardiovascular', 'gastrointestinal', 'visual', 'neurological', 'respiratory', 'urinary', 'hepatic', 'abuse-dependence', 'overdose', 'other'] as const;
export type BodySystem = (typeof BODY_SYSTEMS)[number];

/** Where a side effect was seen. */
export const USE_CONTEXTS = ['anesthetic-ketamine', 'subanesthetic-infusion', 'esketamine-nasal-spray', 'chronic-misuse'] as const;
export type UseContext = (typeof USE_CONTEXTS)[number];

/** Anything that states a fact names its sources (ids into `sources`). */
export interface Sourced {
  /** Ids of entries in `Dataset.sources`; at least one. */
  sources: string[];
  /** Omitted means `verified`. `secondary`/`unverified` are shown to readers. */
  confidence?: Confidence;
  /** Editorial note for reviewers (what is unconfirmed, what to reword). Widgets never render it. */
  reviewNote?: string;
  /** Rests on a temporary rule or a label version: re-check by this date (`meta.nextReview` is no later). */
  reviewBy?: ISODate;
}

export interface Meta {
  /** Semantic version of the dataset content. */
  version: string;
  lastReviewed: ISODate;
  nextReview?: ISODate;
  /** BCP 47 language tag of every text in the file, e.g. `en-US`. */
  locale: string;
  /** Shown by every widget: information, not medical advice. */
  disclaimer: string;
  /** Shown wherever content touches suicide or self-harm. */
  crisisLine: string;
  /** The "seek emergency care" wording shown beside urgent side effects. */
  emergencyAdvice: string;
  /** The "get medical help now" wording shown beside side effects whose `care` is `urgent`. */
  urgentAdvice?: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  kind: SourceKind;
  /** Year or date of publication or revision, as the source gives it. */
  published?: string;
  /** When the source was last read for this dataset. */
  accessed: ISODate;
  /** Shown to readers with the source. */
  note?: string;
  /** Studies: "Borgogna NC, Owen T, Vaughn J, et al.". */
  authors?: string;
  /** Bare DOI (`10.1080/...`), without the https://doi.org/ prefix. */
  doi?: string;
  /** PubMed id. */
  pmid?: string;
  /** Formal citation of a rule or article, e.g. "64 FR 37673" or "Ann Emerg Med 2009;54(2):158-168". */
  citation?: string;
  /** Editorial note for reviewers. Widgets never render it. */
  reviewNote?: string;
  /** A label version or temporary rule: re-check by this date. */
  reviewBy?: ISODate;
}

export interface DrugStatus extends Sourced {
  status: ApprovalStatus;
  /** Year of first approval for this use, where approved. */
  year?: number;
  /** Exact approval date where known. */
  date?: ISODate;
  /** Approved products for this use, e.g. `Spravato`. */
  products?: string[];
  /** One plain sentence qualifying the status (scope, conditions, later changes). */
  note?: string;
}

export interface Use extends Sourced {
  id: string;
  name: string;
  category: UseCategory;
  /** One plain-language sentence. */
  summary: string;
  ketamine: DrugStatus;
  esketamine: DrugStatus;
  /** The use touches suicide: widgets show `meta.crisisLine` with it. */
  crisis?: boolean;
}

/** A percentage or a range of them, with what it was compared with. */
export interface Frequency extends Sourced {
  low: number;
  high?: number;
  comparator?: { label: string; low: number; high?: number };
  /** Who was measured, e.g. "adults with treatment-resistant depression, Spravato + oral antidepressant". */
  population: string;
  context: UseContext;
}

export interface SideEffect extends Sourced {
  id: string;
  name: string;
  severity: Severity;
  system: BodySystem;
  description: string;
  appliesTo: UseContext[];
  frequencies?: Frequency[];
  /** Needs urgent medical care: widgets add `meta.emergencyAdvice`. */
  urgent: boolean;
  /**
   * How urgent: `emergency` = call 911 / the local emergency number now (`meta.emergencyAdvice`);
   * `urgent` = get medical help now (`meta.urgentAdvice`). Widgets treat `urgent: true` without `care` as `emergency`.
   */
  care?: SideEffectCare;
  /** The effect touches suicide: widgets show `meta.crisisLine` with it. */
  crisis?: boolean;
}

/** A plain-text fact with its own sources. */
export interface TextFact extends Sourced {
  /** The short comparable value shown in a table cell ("within 30 seconds", "5-10 minutes", "hospital"). */
  short?: string;
  /** The explanation, shown behind a disclosure where `short` is shown. */
  text: string;
}

/** A percentage range (0-100) with its own sources; `estimates` lists disagreeing sources. */
export interface RangeFact extends Sourced {
  low: number;
  high: number;
  /** The short value shown in a table cell ("100%", "about 17-23%"). */
  short?: string;
  text: string;
  estimates?: Array<Sourced & { low: number; high: number; label: string }>;
}

export interface Route extends Sourced {
  id: string;
  name: string;
  drug: Drug;
  bioavailability?: RangeFact;
  onset?: TextFact;
  duration?: TextFact;
  setting?: TextFact;
  supervision?: TextFact;
  approvedProducts: string[];
  /** A cost only as a named source quotes it. */
  cost?: TextFact;
  notes?: string;
}

export interface FaqItem extends Sourced {
  /** Stable, URL-safe: used as the deep-link hash. */
  id: string;
  question: string;
  /** Paragraphs of plain text. */
  answer: string[];
  topics: FaqTopic[];
  /** Shows `meta.crisisLine` with the answer. */
  crisis?: boolean;
}

/** UI labels; a second language is a second set of these. Keys are fixed by the widgets. */
export type UiStrings = Record<string, string>;

export interface Dataset {
  $schema?: string;
  meta: Meta;
  /** Optional in an override dataset: missing keys fall back to the bundled English. */
  strings?: UiStrings;
  sources: Source[];
  uses: Use[];
  sideEffects: SideEffect[];
  routes: Route[];
  faq: FaqItem[];
  /** FAQ search: groups of single words that match each other, e.g. `["price", "cost", "pay"]`. */
  searchSynonyms?: string[][];
}
