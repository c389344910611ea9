/**
 * A small validator for the subset of JSON Schema that `data/ketamine.schema.json` uses
 * (type, enum, properties, required, additionalProperties, items, minItems, minLength,
 * pattern, minimum, maximum, format: date, $ref to $defs). A full validator (Ajv) is ~35 KB
 * gzip; this one validates against the real schema file in ~1 KB, and the data tests check
 * it agrees with Ajv.
 */
import schemaJson from '../../data/ketamine.schema.json';
import type { Dataset } from './types.js';

export interface SchemaNode {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  minItems?: number;
  minLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  $defs?: Record<string, SchemaNode>;
}

/** One problem: where (`uses[3].ketamine.status`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** A value quoted in a message: at most a short prefix, so a huge bad value cannot make a huge message. */
const show = (value: unknown): string => {
  let text: string;
  try {
    text = typeof value === 'string' ? `'${value}'` : String(JSON.stringify(value));
  } catch {
    text = typeOf(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Validates `value` against `schema`, collecting up to `max` issues. */
export function validateAgainstSchema(value: unknown, schema: SchemaNode, max = 20): ValidationIssue[] {
  const root = schema;
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string): void => {
    if (issues.length < max) issues.push({ path: path || '(root)', message });
  };

  const visit = (node: SchemaNode, v: unknown, path: string): void => {
    if (node.$ref) node = root.$defs![node.$ref.replace('#/$defs/', '')];
    if (node.enum && !node.enum.includes(v)) {
      return add(path, `expected one of ${node.enum.map(show).join(', ')}, got ${show(v)}`);
    }
    const actual = typeOf(v);
    if (node.type && actual !== node.type && !(node.type === 'number' && actual === 'integer')) {
      return add(path, `expected ${node.type}, got ${actual === 'undefined' ? 'nothing' : actual}`);
    }
    if (typeof v === 'string') {
      if (node.minLength !== undefined && v.length < node.minLength) add(path, 'expected a non-empty string');
      else if (node.pattern && !new RegExp(node.pattern).test(v)) add(path, `${show(v)} does not match ${node.pattern}`);
      else if (node.format === 'date' && !isRealDate(v)) add(path, `${show(v)} is not a real date (YYYY-MM-DD)`);
    }
    if (typeof v === 'number') {
      if (node.minimum !== undefined && v < node.minimum) add(path, `expected at least ${node.minimum}, got ${v}`);
      if (node.maximum !== undefined && v > node.maximum) add(path, `expected at most ${node.maximum}, got ${v}`);
    }
    if (Array.isArray(v)) {
      if (node.minItems !== undefined && v.length < node.minItems) add(path, `expected at least ${node.minItems} item(s), got ${v.length}`);
      // An index loop, not forEach: a hole in a sparse array is a missing item, not one to skip.
      if (node.items) for (let i = 0; i < v.length && issues.length < max; i++) visit(node.items, v[i], `${path}[${i}]`);
    }
    if (actual === 'object') {
      const record = v as Record<string, unknown>;
      for (const key of node.required ?? []) if (!hasOwn(record, key)) add(path ? `${path}.${key}` : key, 'is required');
      for (const [key, child] of Object.entries(record)) {
        if (issues.length >= max) break;
        const childPath = path ? `${path}.${key}` : key;
        // Own properties only: `constructor` or `__proto__` must not find Object.prototype's members.
        const childSchema = node.properties && hasOwn(node.properties, key) ? node.properties[key] : undefined;
        if (childSchema) visit(childSchema, child, childPath);
        else if (node.additionalProperties === false) add(childPath, 'is not a known property');
        else if (typeof node.additionalProperties === 'object') visit(node.additionalProperties, child, childPath);
      }
    }
  };
  visit(schema, value, '');
  return issues;
}

/** Checks that JSON Schema cannot express: unique ids and source references that resolve. */
export function checkReferences(data: Dataset, max = 20): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && path !== '' && Array.isArray(child)) {
        child.forEach((id, i) => {
          if (!sourceIds.has(id)) issues.push({ path: `${path}.sources[${i}]`, message: `unknown source id ${show(id)}` });
        });
      } else walk(child, path ? `${path}.${key}` : key);
    }
  };
  for (const list of ['sources', 'uses', 'sideEffects', 'routes', 'faq'] as const) {
    const seen = new Set<string>();
    data[list].forEach((item, i) => {
      if (seen.has(item.id)) issues.push({ path: `${list}[${i}].id`, message: `duplicate id ${show(item.id)}` });
      seen.add(item.id);
    });
  }
  walk(data, '');
  return issues.slice(0, max);
}

/** What the widgets rely on beyond the schema: a locale that `Intl` accepts. */
export function checkSemantics(data: Dataset): ValidationIssue[] {
  try {
    Intl.getCanonicalLocales(data.meta.locale);
    return [];
  } catch {
    return [{ path: 'meta.locale', message: `${show(data.meta.locale)} is not a valid BCP 47 language tag` }];
  }
}

/** Schema issues first; reference and semantic issues only once the shape is right. */
export function validateDataset(value: unknown): ValidationIssue[] {
  const issues = validateAgainstSchema(value, schemaJson as SchemaNode);
  return issues.length ? issues : [...checkSemantics(value as Dataset), ...checkReferences(value as Dataset)];
}
