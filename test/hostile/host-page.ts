/**
 * Shared pieces of the "embed anywhere" tests (test/hostile/*.test.ts): each test file builds one
 * hostile host page (a global CSS reset, Bootstrap, right-to-left, a 320px viewport, 200% zoom, two
 * copies of the library) and checks every widget in it with the behaviours defined here.
 *
 * The widgets are mounted imperatively (not with `fixture()`, whose wrapper is a `<div>` that host
 * rules such as `div { color: red }` would hit, and which the widgets would then inherit by design)
 * into an `<article>` slot: a focusable link before the widget (a link, not a button, since a reset
 * may hide every host `<button>`), and the widget. `unmountAll()` removes everything afterwards.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { KetamineSideEffects } from '../../src/index.js';
import { bundledDataset } from '../../src/data/full.js';
import { shadow, textOf } from '../helpers.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

export interface WidgetSpec {
  tag: string;
  /** Attributes the widget is mounted with. */
  attrs: Record<string, string>;
  /** Text put before the widget in its slot (the badge sits in a sentence, as in the README). */
  lead?: string;
  /** The widget's main content: at least `minCount` of these must render, displayed. */
  content: string;
  minCount: number;
  /** Body text to check for readability. */
  text: string;
  /** The first Tab stops inside the widget, in order, from a focusable element just before it. */
  tabStops: string[];
  /** The last Tab stops inside the widget, from the end (the last element matching each selector), e.g. the compact footer's buttons. */
  lastTabStops: string[];
  /** Runs after Enter on the last Tab stop: what the activation must have done. */
  activated?: (el: Widget, focused: HTMLElement) => void;
  /** Opens everything that can be opened (answers, explanations), as a user could. */
  open?: (el: Widget) => Promise<void>;
}

const all = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
};

/** Shown: not hidden, and it takes up room. */
export function expectShown(node: Element, what: string): void {
  expect(describeNode(node.closest('[hidden]')), `${what} is inside a hidden element`).to.equal('null');
  const style = getComputedStyle(node);
  expect(style.display, `${what} display`).not.to.equal('none');
  expect(style.visibility, `${what} visibility`).to.equal('visible');
  const rect = node.getBoundingClientRect();
  expect(rect.width, `${what} width`).to.be.greaterThan(0);
  expect(rect.height, `${what} height`).to.be.greaterThan(0);
}

function expectControls(button: HTMLElement, what: string) {
  expect(button.getAttribute('aria-expanded'), `${what} aria-expanded`).to.equal('true');
  const root = button.getRootNode() as ShadowRoot;
  expectShown(root.getElementById(button.getAttribute('aria-controls')!)!, `${what}'s panel`);
}

/** Opens the compact footer's panels ("Sources (n)", "About this information": the source list, the disclaimer), as a user could. */
export async function openFooter(el: Widget): Promise<void> {
  for (const button of all(el, '[part~="footer-toggle"][aria-expanded="false"]')) button.click();
  await el.updateComplete;
}

/** Clicks every button matching `selector` that is still closed (aria-expanded="false"). */
async function openAll(el: Widget, selector: string): Promise<void> {
  for (const button of all(el, `${selector}[aria-expanded="false"]`)) button.click();
  await el.updateComplete;
}

/** Counts come from the bundled dataset, so that a content change does not make these tests stale. */
const DATA = bundledDataset;

/**
 * How many effects `<ketamine-side-effects>` lists before "Show N more", by its documented rule: grouped by severity,
 * effects that need care are never held back; each other list shows `collapse-after` (default 8) effects, or all of
 * them when only one more would be held back.
 */
function sideEffectsInDefaultView(): number {
  const limit = new KetamineSideEffects().collapseAfter;
  const severities = [...new Set(DATA.sideEffects.map((e) => e.severity))];
  return severities.reduce((sum, severity) => {
    const effects = DATA.sideEffects.filter((e) => e.severity === severity);
    const care = effects.filter((e) => e.care || e.urgent).length;
    const rest = effects.length - care;
    return sum + care + (rest > limit + 1 ? limit : rest);
  }, 0);
}

export const WIDGETS: readonly WidgetSpec[] = [
  {
    tag: 'ketamine-faq',
    attrs: { searchable: '' },
    content: '[part="question"]',
    minCount: DATA.faq.length,
    text: '[part~="question-text"], [part="answer"] p, [part="disclaimer"]',
    tabStops: ['[part="search-input"]', '[part="toggle-all"]', '[part="question"]'],
    lastTabStops: ['[part~="about-toggle"]', '[part~="sources-toggle"]'],
    // Questions are native disclosures (<details>/<summary>): Enter on the summary opens its answer.
    activated: (_el, focused) => {
      const item = focused.closest('details')!;
      expect(item.open, 'the first question is open').to.be.true;
      expectShown(item.querySelector('[part="answer"]')!, "the first question's answer");
    },
    open: async (el) => {
      (el as Widget & { showAll(): void }).showAll();
      await el.updateComplete;
      await openFooter(el);
    },
  },
  {
    tag: 'ketamine-side-effects',
    // The default view (effects past `collapse-after` held back behind "Show N more"); `open` shows and opens every effect.
    attrs: { 'show-frequency': '' },
    content: '[part~="item"]',
    minCount: sideEffectsInDefaultView(),
    text: '[part="heading"], [part="care-heading"], [part="name"], [part="frequency"], [part="figure-text"], [part="description"], [part="disclaimer"]',
    tabStops: ['[part="toggle"]'],
    lastTabStops: ['[part~="about-toggle"]', '[part~="sources-toggle"]'],
    activated: (_el, focused) => expectControls(focused, 'the first effect'),
    open: async (el) => {
      await openAll(el, '[part="show-more"]');
      expect(all(el, '[part~="item"]').length, 'every effect listed after "Show N more"').to.equal(DATA.sideEffects.length);
      await openAll(el, '[part="toggle"]');
      await openFooter(el);
    },
  },
  {
    tag: 'ketamine-route-table',
    attrs: { sortable: '', highlight: 'iv' },
    content: '[part~="row"]',
    minCount: DATA.routes.length,
    text: '[part="caption"], [part="route-name"], [part="value"], [part="details"] p, [part="disclaimer"]',
    tabStops: ['[part="sort-button"]'],
    lastTabStops: ['[part~="about-toggle"]', '[part~="sources-toggle"]'],
    activated: (_el, focused) => expect(focused.closest('th')!.getAttribute('aria-sort')).to.equal('ascending'),
    open: async (el) => {
      await openAll(el, '[part="details-toggle"]');
      await openFooter(el);
    },
  },
  {
    tag: 'ketamine-uses',
    attrs: {},
    content: '[part~="use"]',
    minCount: DATA.uses.length,
    text: '[part="use-heading"], [part="summary"], [part$="label"], [part="disclaimer"]',
    tabStops: ['[part="evidence-toggle"]'],
    lastTabStops: ['[part~="about-toggle"]', '[part~="sources-toggle"]'],
    activated: (_el, focused) => expectControls(focused, 'the first "Evidence and sources" button'),
    open: async (el) => {
      await openAll(el, '[part="evidence-toggle"]');
      await openFooter(el);
    },
  },
  {
    tag: 'ketamine-sources',
    attrs: {},
    content: '[part~="source"]',
    minCount: DATA.sources.length,
    text: '[part~="source"], [part="group-about"], [part="disclaimer"]',
    tabStops: ['a[href]'],
    lastTabStops: ['[part~="source"] a[href]'],
  },
  {
    tag: 'ketamine-approval-badge',
    attrs: { use: 'treatment-resistant-depression' },
    lead: 'Esketamine for treatment-resistant depression:',
    content: '[part="base"]',
    minCount: 1,
    text: '[part="label"], [part="explanation"] p, [part="disclaimer"]',
    tabStops: ['[part="info-button"]'],
    // Enter opened the explanation: Tab goes on through it, and its footer's buttons end the widget.
    lastTabStops: ['[part~="about-toggle"]', '[part~="sources-toggle"]'],
    activated: (_el, focused) => expectControls(focused, 'the (i) button'),
    open: async (el) => {
      one(el, '[part="info-button"]').click();
      await el.updateComplete;
      await openFooter(el);
    },
  },
];

// ---- mounting --------------------------------------------------------------------------------

export interface Mounted {
  slot: HTMLElement;
  /** A focusable link just before the widget: keyboard tests start from it. */
  before: HTMLAnchorElement;
  /** A focusable link just after the widget: Tab from the widget's last control reaches it. */
  after: HTMLAnchorElement;
  el: Widget;
}

export interface MountOptions {
  /** Another tag name for the same widget (a copy registered under its own name). */
  tag?: string;
  parent?: Element;
  /** Inline width of the slot, e.g. '600px' (inline styles beat the reset's rules). */
  width?: string;
  /** Extra attributes on the widget. */
  attrs?: Record<string, string>;
}

const mounted: Element[] = [];

export async function mountWidget(spec: WidgetSpec, { tag = spec.tag, parent = document.body, width, attrs = {} }: MountOptions = {}): Promise<Mounted> {
  const slot = document.createElement('article');
  slot.className = 'hostile-slot';
  if (width) slot.style.width = width;
  const before = document.createElement('a');
  before.href = '#hostile-before';
  before.className = 'hostile-before';
  before.textContent = `Before ${tag}`;
  const after = document.createElement('a');
  after.href = '#hostile-after';
  after.className = 'hostile-after';
  after.textContent = `After ${tag}`;
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries({ ...spec.attrs, ...attrs })) el.setAttribute(name, value);
  slot.append(before, ' ', ...(spec.lead ? [`${spec.lead} `] : []), el, ' ', after);
  parent.append(slot);
  mounted.push(slot);
  await el.updateComplete;
  return { slot, before, after, el };
}

/** Puts any element in the page, removed by `unmountAll()`. */
export function track<T extends Element>(node: T): T {
  mounted.push(node);
  return node;
}

export function unmountAll(): void {
  for (const node of mounted.splice(0)) node.remove();
}

// ---- the behaviours every host page checks ---------------------------------------------------

export function expectRendersContent(el: Widget, spec: WidgetSpec): void {
  expect(describeNode(shadow(el).querySelector('[part="error"]')), 'error state').to.equal('null');
  const content = all(el, spec.content);
  expect(content.length, `${spec.content} rendered`).to.be.at.least(spec.minCount);
  expectShown(content[0], spec.content);
  expect(textOf(content[0])).not.to.equal('');
}

const INJECTED_RED = 'rgb(255, 0, 0)';

/** Hidden by the widget itself, as it should be: under `[hidden]`, or in a closed `<details>` (its summary aside). */
function closedByWidget(node: Element): boolean {
  if (node.closest('[hidden]')) return true;
  const details = node.closest('details');
  return !!details && !details.open && !node.closest('summary');
}

/** The selectors of a selector list (`a, b[c="d, e"]` -> `a`, `b[c="d, e"]`). */
function selectorsOf(list: string): string[] {
  return list.match(/(?:[^,"]|"[^"]*")+/g)!.map((s) => s.trim());
}

/**
 * Each selector of `spec.text` matches text that is shown, not in the host's injected red or monospace, at least
 * `minFontSize` px and opaque: first as the widget renders, then (where it has something to open) with everything
 * opened, which shows the text behind disclosures (answers, details, the footer's disclaimer). Every selector must
 * match shown text in one of the two states.
 */
export async function expectReadable(el: Widget, spec: WidgetSpec, { minFontSize = 12 } = {}): Promise<void> {
  const selectors = selectorsOf(spec.text);
  const found = new Set<string>();
  const check = (state: string) => {
    for (const selector of selectors) {
      const texts = all(el, selector).filter((t) => !closedByWidget(t));
      if (texts.length) found.add(selector);
      for (const text of texts.slice(0, 8)) {
        const what = `${state}: ${text.localName}[part="${text.getAttribute('part') ?? ''}"] "${textOf(text).slice(0, 40)}"`;
        expect(textOf(text), what).not.to.equal('');
        expectShown(text, what);
        const style = getComputedStyle(text);
        expect(style.color, `${what} colour`).not.to.equal(INJECTED_RED);
        expect(style.fontFamily, `${what} font`).not.to.match(/monospace/);
        expect(parseFloat(style.fontSize), `${what} font-size`).to.be.at.least(minFontSize);
        expect(Number(style.opacity), `${what} opacity`).to.equal(1);
      }
    }
  };
  check('as rendered');
  if (spec.open) {
    await spec.open(el);
    check('opened');
  }
  expect(
    selectors.filter((s) => !found.has(s)),
    'text selectors with no shown text',
  ).to.deep.equal([]);
}

/** A short description of a node for assertion messages (comparing elements themselves makes chai serialise the DOM). */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return String(node);
  const part = node.getAttribute('part');
  const cls = node.getAttribute('class');
  return `<${node.localName}${node.id ? ` id="${node.id}"` : ''}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}> "${textOf(node).slice(0, 30)}"`;
}

const isScroller = (node: Element | null) => !!node && /auto|scroll/.test(getComputedStyle(node).overflowX + getComputedStyle(node).overflowY);

/**
 * Tab from the link before the widget reaches each of `spec.tabStops` with a visible focus ring; Enter activates
 * the last. A scroll container on the way may be a Tab stop of its own (Firefox makes scrollable regions
 * focusable, e.g. the route table's horizontal scroller when the table is wider than the page): it is passed
 * with one more Tab, after checking its focus ring. Then every Tab stop, to the widget's end (`expectEveryTabStop`).
 */
export async function expectKeyboardUsable(spec: WidgetSpec, { el, before, after }: Mounted): Promise<void> {
  before.focus();
  expect(describeNode(document.activeElement), 'the link before the widget has focus').to.equal(describeNode(before));
  const expectFocusRing = (node: Element, what: string) => {
    const ring = getComputedStyle(node);
    expect(ring.outlineStyle, `${what} focus ring`).not.to.equal('none');
    expect(parseFloat(ring.outlineWidth), `${what} focus ring width`).to.be.at.least(2);
  };
  let focused: HTMLElement | undefined;
  for (const stop of spec.tabStops) {
    focused = one(el, stop);
    await sendKeys({ press: 'Tab' });
    const active = shadow(el).activeElement;
    if (active !== focused && isScroller(active) && active!.contains(focused)) {
      expectFocusRing(active!, 'the scroll container');
      await sendKeys({ press: 'Tab' });
    }
    expect(describeNode(document.activeElement), `Tab to ${stop}: focus is in the widget`).to.equal(describeNode(el));
    expect(describeNode(shadow(el).activeElement), `Tab to ${stop}`).to.equal(describeNode(focused));
    expectFocusRing(focused, stop);
  }
  if (spec.activated && focused) {
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    spec.activated(el, focused);
  }
  await expectEveryTabStop(spec, el, after, expectFocusRing);
}

/** A box no ancestor inside the widget clips away (visually-hidden boxes are 1px wide and hide their overflow). */
function clippedBy(node: Element): string | undefined {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    const box = parent.getBoundingClientRect();
    const style = getComputedStyle(parent);
    if ((box.width <= 1 || box.height <= 1) && (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.clipPath !== 'none')) return describeNode(parent);
  }
  return undefined;
}

/**
 * Tab on from the last of `spec.tabStops` (after its activation: an opened answer's links, the badge's opened
 * explanation) through the rest of the widget: every stop is shown (not hidden, not a clipped 1px box) with a
 * focus ring, Tab leaves the widget to the link after it, and its last stops are `spec.lastTabStops` (the last
 * element matching each, from the end: e.g. the footer's buttons).
 */
async function expectEveryTabStop(spec: WidgetSpec, el: Widget, after: HTMLElement, expectFocusRing: (node: Element, what: string) => void) {
  const stops: Element[] = [shadow(el).activeElement!];
  for (let i = 0; i < 400; i++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement !== el) break;
    const active = shadow(el).activeElement!;
    const what = `Tab stop ${stops.length + 1} ${describeNode(active)}`;
    stops.push(active);
    expectShown(active, what);
    const box = active.getBoundingClientRect();
    expect(Math.min(box.width, box.height), `${what} size`).to.be.at.least(4);
    expect(clippedBy(active), `${what} clipped by`).to.equal(undefined);
    expectFocusRing(active, what);
  }
  expect(describeNode(document.activeElement), `Tab after ${stops.length} stops in the widget`).to.equal(describeNode(after));
  spec.lastTabStops.forEach((stop, i) => {
    const matches = all(el, stop);
    expect(matches.length, `${stop} rendered`).to.be.greaterThan(0);
    expect(describeNode(stops[stops.length - 1 - i]), `Tab stop ${i + 1} from the end`).to.equal(describeNode(matches[matches.length - 1]));
  });
}

// ---- computed-style snapshots ----------------------------------------------------------------

/** Used values that follow layout (the page's height and width, a scroll bar appearing), not the cascade. */
const LAYOUT_DEPENDENT = new Set([
  'top',
  'right',
  'bottom',
  'left',
  'inset-block-start',
  'inset-block-end',
  'inset-inline-start',
  'inset-inline-end',
  'width',
  'height',
  'inline-size',
  'block-size',
  'perspective-origin',
  'transform-origin',
  '-webkit-perspective-origin',
  '-webkit-transform-origin',
  '-moz-perspective-origin',
  '-moz-transform-origin',
  'd',
  'x',
  'y',
  'r',
  'cx',
  'cy',
  'rx',
  'ry',
]);

/** Every computed longhand of `node` but the layout-dependent ones and custom properties (their effect is what counts), or only `props`. */
export function computedStyles(node: Element, props?: readonly string[]): Record<string, string> {
  const style = getComputedStyle(node);
  const names = props ?? Array.from({ length: style.length }, (_, i) => style.item(i)).filter((p) => !p.startsWith('--') && !LAYOUT_DEPENDENT.has(p));
  return Object.fromEntries(names.map((p) => [p, style.getPropertyValue(p)]));
}

export interface StyleEntry {
  label: string;
  styles: Record<string, string>;
}

function label(node: Element, i: number): string {
  const part = node.getAttribute('part');
  const cls = node.getAttribute('class');
  return `#${i} <${node.localName}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

/** The computed `props` of every element in the widget's shadow root, in document order. */
export function internalStyles(el: Widget, props?: readonly string[]): StyleEntry[] {
  return all<Element>(el, '*')
    .filter((node) => node.localName !== 'style')
    .map((node, i) => ({ label: label(node, i), styles: computedStyles(node, props) }));
}

/** Differences between two snapshots, as readable lines (the first `max`). */
export function styleDifferences(before: StyleEntry[], after: StyleEntry[], max = 15): string[] {
  if (before.length !== after.length) return [`${before.length} elements before, ${after.length} after`];
  const lines: string[] = [];
  before.forEach((entry, i) => {
    if (entry.label !== after[i].label) lines.push(`${entry.label} became ${after[i].label}`);
    for (const [prop, value] of Object.entries(entry.styles)) {
      if (after[i].styles[prop] !== value) lines.push(`${entry.label} ${prop}: "${value}" -> "${after[i].styles[prop]}"`);
    }
  });
  return lines.length > max ? [...lines.slice(0, max), `... and ${lines.length - max} more`] : lines;
}

/**
 * Properties the theming contract does NOT hand to the page: the page may set the widgets' font
 * and colour (inherited through the host, by design), so font-family, colour, line-height and the
 * colours derived from `currentColor` are not compared; these must be the widget's own.
 */
export const STRUCTURAL_PROPS = [
  'display',
  'visibility',
  'position',
  'float',
  'opacity',
  'list-style-type',
  'list-style-position',
  'border-collapse',
  'border-spacing',
  'caption-side',
  'text-decoration-line',
  'text-transform',
  'text-align',
  'white-space',
  'vertical-align',
  'font-size',
  'font-weight',
  'font-style',
  'margin-top',
  'margin-bottom',
  'margin-left',
  'margin-right',
  'padding-top',
  'padding-bottom',
  'padding-left',
  'padding-right',
  'border-top-width',
  'border-bottom-width',
  'border-left-width',
  'border-right-width',
  'border-top-style',
  'border-left-style',
  'overflow-x',
  'cursor',
  'transform',
] as const;

// ---- leaking out -----------------------------------------------------------------------------

/**
 * Host elements next to the widgets: plain elements, and elements that carry the widgets' own
 * part names and class names, which the widgets' styles would hit if they leaked out.
 */
const HOST_CONTROLS = `
  <h3>Host heading</h3>
  <p>Host paragraph with a <a href="#host-link">host link</a>, <strong>strong</strong>, <em>em</em> and <mark>marked</mark> text.</p>
  <button type="button">Host button</button>
  <input type="search" aria-label="Host search" />
  <label>Host label</label>
  <ul><li>Host list item</li></ul>
  <ol><li>Host ordered item</li></ol>
  <table>
    <caption>Host table</caption>
    <thead><tr><th>Head</th></tr></thead>
    <tbody><tr><th scope="row">Row</th><td>Cell</td></tr></tbody>
  </table>
  <section><header>Host header</header><footer>Host footer</footer></section>
  <div part="base list item heading question answer footer sources error" class="visually-hidden status approved error stale kind muted figure scroll cell-label toggletip detail">Look-alike</div>
  <span part="label icon indicator" class="status-icon badge-row sources-heading">Look-alike</span>
  <svg width="20" height="10" aria-hidden="true"><rect width="20" height="10"></rect></svg>
`;

/** Mounts the host controls (before any widget), returning the elements to watch, `<html>` and `<body>` included. */
export function mountHostControls(parent: Element = document.body): Element[] {
  const aside = track(document.createElement('aside'));
  aside.className = 'hostile-controls';
  aside.innerHTML = HOST_CONTROLS;
  parent.prepend(aside);
  return [document.documentElement, document.body, aside, ...aside.querySelectorAll('*')];
}

export interface PageSnapshot {
  elements: StyleEntry[];
  styleSheets: number;
  adoptedStyleSheets: number;
  attributes: string;
}

export function pageSnapshot(elements: Element[]): PageSnapshot {
  const attrs = (node: Element) => [...node.attributes].map((a) => `${a.name}="${a.value}"`).join(' ');
  return {
    elements: elements.map((node, i) => ({ label: label(node, i), styles: computedStyles(node) })),
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    attributes: `<html ${attrs(document.documentElement)}> <body ${attrs(document.body)}>`,
  };
}

/** Mounts the host controls, then the widget (opened), and checks that no host element's computed style changed. */
export async function expectNothingLeaksOut(spec: WidgetSpec, options: MountOptions = {}): Promise<void> {
  const controls = mountHostControls(options.parent);
  const before = pageSnapshot(controls);
  const { el } = await mountWidget(spec, options);
  await spec.open?.(el);
  const after = pageSnapshot(controls);
  expect(styleDifferences(before.elements, after.elements), 'computed styles of host elements').to.deep.equal([]);
  expect(after.styleSheets, 'document.styleSheets').to.equal(before.styleSheets);
  expect(after.adoptedStyleSheets, 'document.adoptedStyleSheets').to.equal(before.adoptedStyleSheets);
  expect(after.attributes).to.equal(before.attributes);
}

// ---- overflow --------------------------------------------------------------------------------

function insideHorizontalScroller(node: Element): boolean {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (getComputedStyle(parent).overflowX !== 'visible') return true;
  }
  return false;
}

/**
 * Elements of the widget's shadow tree that stick out of [left, right] (CSS px, viewport
 * coordinates). Visually hidden 1px boxes and content inside a horizontal scroller are not counted.
 */
export function overflowing(el: Widget, left: number, right: number): string[] {
  const out: string[] = [];
  all<Element>(el, '*').forEach((node, i) => {
    const rect = node.getBoundingClientRect();
    if (rect.width <= 1 && rect.height <= 1) return;
    if (insideHorizontalScroller(node)) return;
    if (rect.right > right + 0.5 || rect.left < left - 0.5) {
      out.push(`${label(node, i)} spans ${Math.round(rect.left)}..${Math.round(rect.right)}px (allowed ${Math.round(left)}..${Math.round(right)}px)`);
    }
  });
  return out.length > 10 ? [...out.slice(0, 10), `... and ${out.length - 10} more`] : out;
}

// ---- viewport --------------------------------------------------------------------------------

/** Resolves false where the browser cannot set the viewport from a test (WebDriver sessions: WebKitGTK here). */
export function trySetViewport(width: number, height: number): Promise<boolean> {
  return setViewport({ width, height }).then(
    () => true,
    () => false,
  );
}

// ---- direction helpers -----------------------------------------------------------------------

/**
 * The horizontal sign (+1 right, -1 left) of the corner that an L-shaped CSS chevron points to:
 * a box drawn with `border-right` and `border-bottom` points to its bottom-right corner (1, 1)
 * before its transform; `transform` (a matrix) moves that corner.
 */
export function chevronHorizontalSign(transform: string): number {
  const m = /matrix\(([^)]+)\)/.exec(transform);
  if (!m) return 1;
  const [a, , c] = m[1].split(',').map(Number);
  const x = a + c;
  return Math.abs(x) < 1e-6 ? 0 : Math.sign(x);
}

// ---- the common tests ------------------------------------------------------------------------

export type Behaviour = 'renders' | 'readable' | 'keyboard' | 'axe' | 'leak-out';

export interface EveryWidgetOptions {
  /** How widgets are mounted in this host page (evaluated per test). */
  mount?: (spec: WidgetSpec) => MountOptions;
  /** Smallest readable text size in px in this host page. */
  minFontSize?: number;
  /**
   * Known widget bugs: `{ 'keyboard ketamine-faq': 'BUG: ...' }` turns that one test into `it.skip`
   * (the BUG comment goes where the entry is written, in the condition's test file).
   */
  knownBugs?: Partial<Record<`${Behaviour} ${string}`, string>>;
}

/**
 * One `it` per behaviour and widget, in the current `describe` (the host condition): the widget
 * renders its content, is readable, is keyboard-usable, is axe-clean, and changes no host style.
 */
export function itChecksEveryWidget({ mount = () => ({}), minFontSize = 12, knownBugs = {} }: EveryWidgetOptions = {}): void {
  for (const spec of WIDGETS) {
    const options = () => mount(spec);
    const tag = () => options().tag ?? spec.tag;
    const test = (behaviour: Behaviour, title: string, fn: (this: Mocha.Context) => Promise<void>) =>
      (knownBugs[`${behaviour} ${spec.tag}`] ? it.skip : it)(`<${spec.tag}> ${title}`, fn);

    test('renders', 'renders its content', async () => {
      const { el } = await mountWidget(spec, options());
      expect(el.localName).to.equal(tag());
      expectRendersContent(el, spec);
    });

    test('readable', 'is readable: shown, in its own text styles, not the host’s', async () => {
      const { el } = await mountWidget(spec, options());
      await expectReadable(el, spec, { minFontSize });
    });

    test('keyboard', 'is keyboard-usable: Tab reaches its controls with a focus ring, Enter activates', async () => {
      const mounted = await mountWidget(spec, options());
      await expectKeyboardUsable(spec, mounted);
    });

    test('axe', 'is axe-clean, closed and opened', async function () {
      this.timeout(60000);
      const { el } = await mountWidget(spec, options());
      await expect(el).to.be.accessible();
      if (spec.open) {
        await spec.open(el);
        await expect(el).to.be.accessible();
      }
    });

    test('leak-out', 'changes no computed style of host elements next to it, nor the document', async function () {
      this.timeout(30000);
      await expectNothingLeaksOut(spec, options());
    });
  }
}

/** The viewport width in CSS px, without a vertical scroll bar. */
export const viewportWidth = () => document.documentElement.clientWidth;

/** Nothing of the widget, nor the page, is wider than the viewport: no horizontal scrolling. */
export function expectFitsViewport(el: Widget, what: string): void {
  const width = viewportWidth();
  expect(overflowing(el, 0, width), `${what}: parts outside the viewport`).to.deep.equal([]);
  expect(el.getBoundingClientRect().width, `${what}: widget width`).to.be.at.most(width);
  expect(document.documentElement.scrollWidth, `${what}: page scroll width`).to.be.at.most(width);
}

/** One `it` per widget and state: it fits the (narrow) viewport as first rendered, and with everything opened. */
export function itFitsTheViewport({ knownBugs = {} }: { knownBugs?: Partial<Record<`${'closed' | 'opened'} ${string}`, string>> } = {}): void {
  for (const spec of WIDGETS) {
    (knownBugs[`closed ${spec.tag}`] ? it.skip : it)(`<${spec.tag}> fits the viewport: no horizontal scrolling, nothing cut off`, async () => {
      const { el } = await mountWidget(spec);
      expectFitsViewport(el, 'as rendered');
    });
    if (spec.open) {
      (knownBugs[`opened ${spec.tag}`] ? it.skip : it)(`<${spec.tag}> still fits the viewport with everything opened`, async () => {
        const { el } = await mountWidget(spec);
        await spec.open!(el);
        expectFitsViewport(el, 'opened');
      });
    }
  }
}

/** Mounts `markup` holding one badge, opens its explanation and returns the badge. */
export async function badgeIn(markup: string): Promise<Widget> {
  const wrapper = track(document.createElement('div'));
  wrapper.innerHTML = markup;
  document.body.append(wrapper);
  const badge = wrapper.querySelector<Widget>('ketamine-approval-badge')!;
  await badge.updateComplete;
  shadow(badge).querySelector<HTMLButtonElement>('[part="info-button"]')!.click();
  await badge.updateComplete;
  return badge;
}
