/**
 * "Embed anywhere": a host page with an aggressive global CSS reset. The reset hits every element of
 * the page, the widget hosts included (`*`), and uses the element, attribute and class selectors a
 * widget's shadow tree is built of, which would restyle the widgets' internals if page styles leaked in.
 */
import { expect } from '@open-wc/testing';
import { shadow } from '../helpers.js';
import {
  STRUCTURAL_PROPS,
  WIDGETS,
  internalStyles,
  itChecksEveryWidget,
  mountWidget,
  overflowing,
  styleDifferences,
  unmountAll,
  type StyleEntry,
} from './host-page.js';

const RESET = `
  /* Everything, the widget hosts included. */
  *, *::before, *::after {
    all: revert;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    box-sizing: content-box !important;
    background: yellow !important;
  }
  *:focus, *:focus-visible { outline: none !important; }
  /* What a widget's shadow tree is made of: these reach inside only if page styles leak in. */
  h1, h2, h3, h4, h5, h6, section, header, footer, div, p, span, a, strong, em, mark, small, ul, ol, li,
  table, caption, thead, tbody, tr, th, td, button, input, label, svg, path, circle, rect {
    font: 10px/1 monospace !important;
    color: red !important;
    letter-spacing: 0.3em !important;
    text-transform: uppercase !important;
  }
  button, input, select, svg { display: none !important; }
  ul, ol, li { list-style: none !important; }
  table { border-collapse: separate !important; border-spacing: 12px !important; display: block !important; }
  caption { caption-side: bottom !important; text-align: right !important; }
  th, td { vertical-align: bottom !important; text-align: center !important; white-space: nowrap !important; }
  a { text-decoration: none !important; }
  [hidden] { display: block !important; }
  [role], [part], [aria-expanded], [aria-hidden] { display: none !important; }
  .visually-hidden { position: static !important; width: auto !important; height: auto !important; clip-path: none !important; }
  .status, .toggletip, .scroll, .figure, .muted, .kind, .error, .stale, .cell-label { display: none !important; }
  div > *, li > *, section > * { float: left !important; opacity: 0.3 !important; }
`;

/** A fixed slot width, so that the widgets lay out alike with and without the reset (which drops the body margin). */
const WIDTH = '600px';

function installReset(): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.hostile = 'reset';
  style.textContent = RESET;
  document.head.append(style);
  return style;
}

describe('host page: aggressive global CSS reset', () => {
  /** Each widget's internal styles in a plain page, before any reset. */
  const baseline = new Map<string, StyleEntry[]>();
  let reset: HTMLStyleElement | undefined;

  before(async () => {
    for (const spec of WIDGETS) {
      const { el } = await mountWidget(spec, { width: WIDTH });
      baseline.set(spec.tag, internalStyles(el, [...STRUCTURAL_PROPS, 'box-sizing']));
      unmountAll();
    }
  });

  beforeEach(() => {
    reset = installReset();
  });

  afterEach(() => {
    unmountAll();
    reset?.remove();
    reset = undefined;
  });

  itChecksEveryWidget({ mount: () => ({ width: WIDTH }) });

  for (const spec of WIDGETS) {
    it(`<${spec.tag}> host selectors (button, ul, table, p, a, [hidden], [part], .visually-hidden, …) do not reach its internals`, async function () {
      this.timeout(30000);
      const { el } = await mountWidget(spec, { width: WIDTH });
      const strip = (entries: StyleEntry[]) => entries.map(({ label, styles }) => ({ label, styles: { ...styles, 'box-sizing': '' } }));
      expect(styleDifferences(strip(baseline.get(spec.tag)!), strip(internalStyles(el, [...STRUCTURAL_PROPS, 'box-sizing'])))).to.deep.equal([]);
    });

    it(`<${spec.tag}> keeps its own box model: the page's "* { box-sizing: content-box }" does not reach inside`, async () => {
      const { el } = await mountWidget(spec, { width: WIDTH });
      await spec.open?.(el);
      const host = el.getBoundingClientRect();
      const slot = el.parentElement!.getBoundingClientRect();
      // Nothing of the widget sticks out of the slot it was given.
      expect(overflowing(el, slot.left, Math.max(slot.right, host.right))).to.deep.equal([]);
      const boxSizing = internalStyles(el, ['box-sizing'])
        .filter(({ styles }) => styles['box-sizing'] !== 'border-box')
        .map(({ label }) => label);
      expect(boxSizing.slice(0, 5), 'internal elements not border-box').to.deep.equal([]);
    });

    it(`<${spec.tag}> custom properties of the page named like its private ones (--_*) do not reach inside`, async function () {
      this.timeout(30000);
      const { el } = await mountWidget(spec, { width: WIDTH });
      await spec.open?.(el);
      const names = privateCustomProperties(el);
      expect(names.length, 'private custom properties found in the widget styles').to.be.greaterThan(0);
      const before = internalStyles(el);
      const page = document.createElement('style');
      page.textContent = `:root { ${names.map((name) => `${name}: red;`).join(' ')} }`;
      document.head.append(page);
      try {
        expect(styleDifferences(before, internalStyles(el), 8), `page sets ${names.join(', ')}`).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });
  }

  it('<ketamine-approval-badge> opens its explanation right under the badge, though the reset strips the host of its own styles', async () => {
    const spec = WIDGETS.find((w) => w.tag === 'ketamine-approval-badge')!;
    const { el } = await mountWidget(spec, { width: WIDTH });
    await spec.open!(el);
    const badge = shadow(el).querySelector('[part="base"]')!.getBoundingClientRect();
    const explanation = shadow(el).querySelector('[part="explanation"]')!.getBoundingClientRect();
    expect(explanation.top, 'explanation top vs badge bottom').to.be.within(badge.bottom - 1, badge.bottom + 24);
    expect(explanation.left, 'explanation left vs badge left').to.be.within(badge.left - 24, badge.right);
  });

  it('<ketamine-route-table> still turns rows into cards in a narrow container, though the reset strips the host of its own styles', async () => {
    const spec = WIDGETS.find((w) => w.tag === 'ketamine-route-table')!;
    const { el } = await mountWidget(spec, { width: '300px' });
    expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).display).to.equal('block');
    expect(shadow(el).querySelector('table')!.getBoundingClientRect().width).to.be.at.most(300);
  });
});

/** The `--_*` custom properties a widget's own styles use. */
function privateCustomProperties(el: HTMLElement): string[] {
  const root = shadow(el);
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
  const text = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  return [...new Set(text.match(/--_[\w-]+/g) ?? [])].sort();
}
