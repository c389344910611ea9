/**
 * The embed builder's model: which controls each widget gets (read from custom-elements.json, so new
 * attributes appear without editing the builder), the values to pick from (the bundled dataset, never
 * typed ids), the settings as URL parameters, and the snippets. No DOM here: the page is in main.ts.
 */
import manifest from '../../custom-elements.json';
import data from '../../data/ketamine.json';
import {
  APPROVAL_STATUSES,
  DRUGS,
  FAQ_TOPICS,
  SEVERITIES,
  SOURCE_KINDS,
  USE_CATEGORIES,
  USE_CONTEXTS,
} from '../data/types.js';
import { FOOTER_MODES } from '../shared/provenance.js';
import { ROUTE_COLUMNS } from '../route-table/route-table.component.js';
import { SIDE_EFFECT_GROUPINGS, SIDE_EFFECT_SORTS } from '../side-effects/side-effects.component.js';

/**
 * The one-script-tag embed's script, as README's "Embed in 30 seconds" documents it: the loader, which
 * imports only the widgets on the page and hydrates server-rendered ones. Change it here if the
 * documented embed changes.
 */
export const EMBED_SCRIPT = 'https://cdn.jsdelivr.net/npm/ketamine-widgets/dist/cdn/loader.js';
/** The script tag, as README writes it (`blocking="render"`: the loader reserves space before the first paint). */
export const scriptTag = (src = EMBED_SCRIPT) => `<script type="module" blocking="render" src="${src}"></script>`;

export interface Option {
  value: string;
  label: string;
}

export type ControlKind = 'checkbox' | 'choice' | 'multi' | 'number' | 'date' | 'url' | 'json' | 'text';

export interface Control {
  /** The attribute's name. */
  name: string;
  label: string;
  /** The manifest's description, without Markdown. */
  hint: string;
  kind: ControlKind;
  /** For `choice` and `multi`. `choice` offers "" (the widget's default) first unless `required`. */
  options?: Option[];
  required?: boolean;
  min?: number;
  max?: number;
  /** Shown in the "More options" group (dataset URL, load timeout, labels). */
  advanced?: boolean;
  /** The widget's default, from the manifest (for the "Default (...)" choice). */
  fallback?: string;
}

export interface WidgetInfo {
  tag: string;
  /** Readers' name for it, e.g. "Questions and answers (FAQ)". */
  title: string;
  summary: string;
  controls: Control[];
  /** Name of its React wrapper, e.g. `Faq` from `ketamine-widgets/react/faq.js`. */
  react: string;
}

type Strings = Record<string, string>;
const strings = data.strings as Strings;
const label = (key: string, fallback: string) => strings[key]?.replace(/\s*\{[^}]*\}/g, '') || fallback;
const humanize = (id: string) => (id.charAt(0).toUpperCase() + id.slice(1)).replace(/-/g, ' ');

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}

const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is ManifestDeclaration & { tagName: string } => Boolean(d.tagName));

const faqTopicsUsed = new Set(data.faq.flatMap((q) => q.topics as string[]));
const countIn = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;

/**
 * The values an attribute takes, from the dataset and the widgets' own constants, by tag and name
 * (`*` for any tag). An attribute not listed here gets a control from its manifest type alone.
 */
const VALUES: Record<string, () => Option[]> = {
  'ketamine-faq topics': () =>
    FAQ_TOPICS.filter((t) => faqTopicsUsed.has(t)).map((t) => ({
      value: t,
      label: `${humanize(t)} (${countIn(data.faq, (q) => (q.topics as string[]).includes(t))})`,
    })),
  'ketamine-faq questions': () => data.faq.map((q) => ({ value: q.id, label: q.question })),
  'ketamine-route-table routes': () => data.routes.map((r) => ({ value: r.id, label: r.name })),
  'ketamine-route-table highlight': () => data.routes.map((r) => ({ value: r.id, label: r.name })),
  'ketamine-route-table columns': () => ROUTE_COLUMNS.map((c) => ({ value: c, label: label(`routeTable.column.${c}`, humanize(c)) })),
  'ketamine-side-effects severity': () => SEVERITIES.map((s) => ({ value: s, label: label(`sideEffects.severity.${s}`, humanize(s)) })),
  'ketamine-side-effects context': () => USE_CONTEXTS.map((c) => ({ value: c, label: label(`sideEffects.context.${c}`, humanize(c)) })),
  'ketamine-side-effects group-by': () => SIDE_EFFECT_GROUPINGS.map((g) => ({ value: g, label: humanize(g) })),
  'ketamine-side-effects sort': () => SIDE_EFFECT_SORTS.map((s) => ({ value: s, label: s === 'dataset' ? 'As in the dataset' : 'Most frequent first' })),
  'ketamine-approval-badge use': () => data.uses.map((u) => ({ value: u.id, label: u.name })),
  'ketamine-uses status': () => APPROVAL_STATUSES.map((s) => ({ value: s, label: label(`badge.status.${s}`, humanize(s)) })),
  'ketamine-uses categories': () => USE_CATEGORIES.map((c) => ({ value: c, label: label(`uses.category.${c}`, humanize(c)) })),
  'ketamine-sources ids': () => data.sources.map((s) => ({ value: s.id, label: s.title })),
  'ketamine-sources kinds': () => SOURCE_KINDS.map((k) => ({ value: k, label: label(`sourcesList.group.${k}`, humanize(k)) })),
  'ketamine-sources for': () => [{ value: 'page', label: 'Only the sources cited by the widgets on the page' }],
  '* drug': () => DRUGS.map((d) => ({ value: d, label: label(`drug.${d}`, humanize(d)) })),
  '* footer': () => FOOTER_MODES.map((f) => ({ value: f, label: humanize(f) })),
  '* theme': () => ['light', 'dark', 'auto'].map((t) => ({ value: t, label: t === 'auto' ? "Auto (follows the reader's setting)" : `${humanize(t)} palette` })),
};

const TITLES: Record<string, string> = {
  'ketamine-faq': 'Questions and answers (FAQ)',
  'ketamine-side-effects': 'Side effects',
  'ketamine-route-table': 'Ways of taking it (route table)',
  'ketamine-approval-badge': 'FDA status badge',
  'ketamine-uses': 'What it is used for (uses)',
  'ketamine-sources': 'Sources (bibliography)',
};
const ADVANCED = new Set(['src', 'timeout', 'strings']);
const LABELS: Record<string, string> = { theme: 'Colour scheme', src: 'Dataset URL (instead of the bundled one)', timeout: 'Dataset load timeout (ms)', strings: 'Labels to replace (JSON)', today: "Today's date (for the out-of-date notice)", for: 'Which sources', ids: 'Sources', use: 'Use' };

const plain = (text = '') => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();

/**
 * Values for an attribute the builder does not know by name, from what its description says it takes
 * (ids of routes, uses, questions or sources; else the `literal` values it lists), so a new attribute
 * gets a pick list, not a text box.
 */
function valuesFromDescription(hint: string): (() => Option[]) | undefined {
  const all = /`all`/.test(hint) ? [{ value: 'all', label: 'All of them' }] : [];
  if (/\broute ids?\b|\bid of a route\b/i.test(hint)) return () => [...all, ...data.routes.map((r) => ({ value: r.id, label: r.name }))];
  if (/\buse ids?\b|\bid of the use\b/i.test(hint)) return () => [...all, ...data.uses.map((u) => ({ value: u.id, label: u.name }))];
  if (/\bquestion ids?\b/i.test(hint)) return () => [...all, ...data.faq.map((q) => ({ value: q.id, label: q.question }))];
  if (/\bsource ids?\b/i.test(hint)) return () => [...all, ...data.sources.map((q) => ({ value: q.id, label: q.title }))];
  return undefined;
}

function controlFor(tag: string, attribute: ManifestAttribute): Control {
  const { name } = attribute;
  const hint = plain(attribute.description);
  const type = (attribute.type?.text ?? '').replace(/\s*\|\s*undefined\b/g, '');
  const fallback = attribute.default && /^'[^']*'$|^\d+$/.test(attribute.default) ? attribute.default.replace(/'/g, '') : undefined;
  const base = { name, label: LABELS[name] ?? humanize(name), hint, advanced: ADVANCED.has(name), fallback };
  const values = VALUES[`${tag} ${name}`] ?? VALUES[`* ${name}`] ?? valuesFromDescription(hint);
  const multi = /^comma-separated/i.test(hint);
  // Tick boxes, not a comma-separated list, for the reader of the form.
  if (multi) base.hint = base.hint.replace(/^comma-separated\s+(\w)/i, (_, c: string) => c.toUpperCase());
  if (values) return { ...base, kind: multi ? 'multi' : 'choice', options: values(), required: name === 'use' };
  if (type === 'boolean') return { ...base, kind: 'checkbox' };
  // A union of string literals, e.g. `'compact' | 'detail'`.
  const literals = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  if (literals.length && !/\b(string|number)\b/.test(type.replace(/'[^']*'/g, ''))) {
    return { ...base, kind: 'choice', options: literals.map((v) => ({ value: v, label: humanize(v) })) };
  }
  if (type === 'number' || name === 'timeout') {
    const range = hint.match(/\b(\d+)-(\d+)\b/);
    if (range) {
      const [min, max] = [Number(range[1]), Number(range[2])];
      const options = Array.from({ length: max - min + 1 }, (_, i) => ({ value: String(min + i), label: `h${min + i}` }));
      return { ...base, kind: 'choice', options };
    }
    return { ...base, kind: 'number', min: name === 'limit' ? 1 : 0, max: name === 'limit' ? data.faq.length : undefined };
  }
  if (name === 'today') return { ...base, kind: 'date' };
  if (name === 'src') return { ...base, kind: 'url' };
  if (name === 'strings') return { ...base, kind: 'json' };
  return { ...base, kind: 'text' };
}

const REACT_NAMES: Record<string, string> = {
  'ketamine-faq': 'Faq',
  'ketamine-side-effects': 'SideEffects',
  'ketamine-route-table': 'RouteTable',
  'ketamine-approval-badge': 'ApprovalBadge',
  'ketamine-uses': 'Uses',
  'ketamine-sources': 'Sources',
};

/** Every widget in custom-elements.json, FAQ first, with a control per public attribute. */
export const WIDGETS: WidgetInfo[] = declarations
  .map((d) => ({
    tag: d.tagName,
    title: TITLES[d.tagName] ?? humanize(d.tagName.replace(/^ketamine-/, '')),
    summary: plain(d.summary ?? d.description?.split('\n')[0]),
    controls: (d.attributes ?? []).map((a) => controlFor(d.tagName, a)),
    react: REACT_NAMES[d.tagName] ?? d.tagName.replace(/^ketamine-/, '').replace(/(^|-)(\w)/g, (_, _d, c: string) => c.toUpperCase()),
  }))
  .sort((a, b) => Number(b.tag === 'ketamine-faq') - Number(a.tag === 'ketamine-faq'));

export const widget = (tag: string) => WIDGETS.find((w) => w.tag === tag) ?? WIDGETS[0];

// ---------------------------------------------------------------------------------------------------
// Theme

export const FONTS: Option[] = [
  { value: '', label: "Inherit the page's font" },
  { value: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', label: 'System sans-serif' },
  { value: 'Georgia, "Times New Roman", serif', label: 'Serif (Georgia)' },
  { value: '"Trebuchet MS", "Segoe UI", Helvetica, Arial, sans-serif', label: 'Humanist sans-serif' },
  { value: 'ui-monospace, Menlo, Consolas, monospace', label: 'Monospace' },
];

/** Colour tokens the builder sets, with the custom property each one writes. */
export const COLOURS = [
  { key: 'text', property: '--ketamine-color-text', label: 'Text colour' },
  { key: 'background', property: '--ketamine-color-background', label: 'Background colour' },
  { key: 'accent', property: '--ketamine-color-accent', label: 'Accent colour (links, buttons)' },
  { key: 'surface', property: '--ketamine-color-surface', label: 'Surface colour (panels, boxes)' },
  { key: 'border', property: '--ketamine-color-border', label: 'Border colour' },
] as const;
export type ColourKey = (typeof COLOURS)[number]['key'];

export const RADII: Option[] = [
  { value: '', label: 'Default (6 px)' },
  { value: '0', label: 'Square (0)' },
  { value: '0.25rem', label: 'Small (4 px)' },
  { value: '0.5rem', label: 'Medium (8 px)' },
  { value: '1rem', label: 'Round (16 px)' },
];

export interface ThemeSettings {
  font: string;
  radius: string;
  colours: Partial<Record<ColourKey, string>>;
}

/** The custom properties of a theme, in a fixed order (empty settings write nothing). */
export function themeTokens(theme: ThemeSettings): [string, string][] {
  const tokens: [string, string][] = [];
  if (theme.font) tokens.push(['--ketamine-font-family', theme.font]);
  for (const { key, property } of COLOURS) if (theme.colours[key]) tokens.push([property, theme.colours[key]!]);
  if (theme.radius) tokens.push(['--ketamine-radius', theme.radius]);
  return tokens;
}

// ---------------------------------------------------------------------------------------------------
// Settings <-> URL

export interface Settings {
  tag: string;
  /** Attribute values as they are written on the tag ("" for a boolean attribute that is present). */
  attributes: Record<string, string>;
  theme: ThemeSettings;
}

export const emptyTheme = (): ThemeSettings => ({ font: '', radius: '', colours: {} });

export function defaultSettings(tag = WIDGETS[0].tag): Settings {
  const info = widget(tag);
  const attributes: Record<string, string> = {};
  for (const c of info.controls) if (c.required && c.options?.length) attributes[c.name] = c.options[0].value;
  return { tag: info.tag, attributes, theme: emptyTheme() };
}

/** Settings as URL parameters: `widget`, one parameter per attribute (`a.name`), theme as `t.*`. */
export function toParams(settings: Settings): URLSearchParams {
  const params = new URLSearchParams({ widget: settings.tag.replace(/^ketamine-/, '') });
  for (const [name, value] of Object.entries(settings.attributes)) params.set(`a.${name}`, value);
  if (settings.theme.font) params.set('t.font', FONTS.findIndex((f) => f.value === settings.theme.font).toString());
  if (settings.theme.radius) params.set('t.radius', settings.theme.radius);
  for (const { key } of COLOURS) if (settings.theme.colours[key]) params.set(`t.${key}`, settings.theme.colours[key]!);
  return params;
}

/**
 * Settings from URL parameters; anything unknown or not among a control's values is dropped, so a
 * shared link never puts an id the dataset does not have into a snippet.
 */
export function fromParams(params: URLSearchParams): Settings {
  const info = widget(`ketamine-${params.get('widget') ?? ''}`);
  const settings = defaultSettings(info.tag);
  for (const control of info.controls) {
    const value = params.get(`a.${control.name}`);
    if (value === null) continue;
    const clean = cleanValue(control, value);
    if (clean !== undefined) settings.attributes[control.name] = clean;
  }
  const font = FONTS[Number(params.get('t.font'))];
  if (font) settings.theme.font = font.value;
  const radius = params.get('t.radius');
  if (radius && RADII.some((r) => r.value === radius)) settings.theme.radius = radius;
  for (const { key } of COLOURS) {
    const colour = params.get(`t.${key}`);
    if (colour && isColourText(colour)) settings.theme.colours[key] = colour;
  }
  return settings;
}

/**
 * A colour as the URL and the snippets may carry it: hex, a colour function (rgb, hsl, hwb, lab, lch,
 * oklab, oklch) or a colour name; no parenthesis, semicolon or brace inside, so nothing can break out of CSS.
 */
export const isColourText = (text: string) => /^(#[0-9a-f]{3,8}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([\w\s.,%/+-]+\)|[a-z]{3,20})$/i.test(text.trim());

function cleanValue(control: Control, value: string): string | undefined {
  const allowed = new Set(control.options?.map((o) => o.value));
  switch (control.kind) {
    case 'checkbox':
      return '';
    case 'choice':
      return allowed.has(value) ? value : undefined;
    case 'multi': {
      const kept = value.split(',').filter((v) => allowed.has(v));
      return kept.length ? kept.join(',') : undefined;
    }
    case 'number':
      return /^\d+$/.test(value) ? value : undefined;
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
    default:
      return value;
  }
}

// ---------------------------------------------------------------------------------------------------
// Snippets

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The widget's tag as HTML, attributes in the manifest's order. */
export function tagMarkup(settings: Settings): string {
  const info = widget(settings.tag);
  const attributes = info.controls
    .filter((c) => c.name in settings.attributes)
    .map((c) => (c.kind === 'checkbox' ? ` ${c.name}` : ` ${c.name}="${escapeAttribute(settings.attributes[c.name])}"`))
    .join('');
  return `<${info.tag}${attributes}></${info.tag}>`;
}

/** The `<style>` block with the chosen tokens, scoped to the tag; "" without any. */
export function styleBlock(settings: Settings): string {
  const tokens = themeTokens(settings.theme);
  if (!tokens.length) return '';
  return `<style>\n  ${settings.tag} {\n${tokens.map(([p, v]) => `    ${p}: ${v};`).join('\n')}\n  }\n</style>\n`;
}

/** (1) The one-script-tag embed: script, style, tag. */
export function embedSnippet(settings: Settings, script = EMBED_SCRIPT): string {
  return `${scriptTag(script)}\n${styleBlock(settings)}${tagMarkup(settings)}\n`;
}

/** (2) The server-rendered page fragment around `rendered` (the render command's output for `tagMarkup`). */
export function serverSnippet(settings: Settings, rendered: string, script = EMBED_SCRIPT): string {
  return `${styleBlock(settings)}${rendered}\n<!-- Optional: makes the widget interactive (it reads fine without). -->\n${scriptTag(script)}\n`;
}

/** The equivalent render command, for a build step or a server. */
export function renderCommand(settings: Settings): string {
  return `npx ketamine-widgets render '${tagMarkup(settings).replace(/'/g, "'\\''")}'`;
}

export type Framework = 'react' | 'vue' | 'svelte' | 'angular';
export const FRAMEWORKS: Option[] = [
  { value: 'react', label: 'React' },
  { value: 'vue', label: 'Vue' },
  { value: 'svelte', label: 'Svelte' },
  { value: 'angular', label: 'Angular' },
];

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const jsString = (value: string) => JSON.stringify(value);

function cssFile(settings: Settings): string {
  const tokens = themeTokens(settings.theme);
  if (!tokens.length) return '';
  return `\n/* In your global stylesheet: */\n/* ${settings.tag} {\n${tokens.map(([p, v]) => `     ${p}: ${v};`).join('\n')}\n   } */\n`;
}

/** (3) The framework snippet: React wrapper component, or the plain tag for Vue, Svelte and Angular. */
export function frameworkSnippet(settings: Settings, framework: Framework): string {
  const info = widget(settings.tag);
  const file = info.tag.replace(/^ketamine-/, '');
  const tag = tagMarkup(settings);
  if (framework === 'react') {
    const props = info.controls
      .filter((c) => c.name in settings.attributes)
      .map((c) => {
        const value = settings.attributes[c.name];
        if (c.kind === 'checkbox') return ` ${camel(c.name)}`;
        if (c.kind === 'number' || (c.kind === 'choice' && /^\d+$/.test(value))) return ` ${camel(c.name)}={${Number(value)}}`;
        if (c.kind === 'json') return ` ${camel(c.name)}={${value}}`;
        return ` ${camel(c.name)}=${jsString(value)}`;
      })
      .join('');
    return `import { ${info.react} } from 'ketamine-widgets/react/${file}.js';\n${cssFile(settings)}\nexport function Example() {\n  return <${info.react}${props} />;\n}\n`;
  }
  if (framework === 'vue') {
    return `<script setup>\nimport 'ketamine-widgets/${file}.js';\n</script>\n\n<template>\n  ${tag}\n</template>\n\n<!-- vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ketamine-') } } }) -->\n${cssFile(settings)}`;
  }
  if (framework === 'svelte') {
    return `<script>\n  import 'ketamine-widgets/${file}.js';\n</script>\n\n${tag}\n${cssFile(settings)}`;
  }
  return `// In the component (standalone), with CUSTOM_ELEMENTS_SCHEMA:\nimport { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';\nimport 'ketamine-widgets/${file}.js';\n\n@Component({\n  selector: 'app-example',\n  standalone: true,\n  schemas: [CUSTOM_ELEMENTS_SCHEMA],\n  template: \`${tag.replace(/[`\\]|\$\{/g, (m) => `\\${m}`)}\`,\n})\nexport class ExampleComponent {}\n${cssFile(settings)}`;
}

// ---------------------------------------------------------------------------------------------------
// Contrast (WCAG 2 relative luminance)

export type Rgb = [number, number, number];

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
export const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export { HOST_PAGES, type HostScheme } from './host-pages.js';
