/**
 * "Embed anywhere": a page that loads two copies of the library (a plugin and a theme each bundling it,
 * say). The first copy here is this repository's sources (registered by host-page.ts importing
 * src/index.js). The second copy is, first, independently defined classes going through the same
 * `defineElement` helper and registered under their own tag names; then, where it has been built
 * (`npm run build`), the self-contained CDN file loaded twice: two more copies with their own Lit.
 */
import { expect } from '@open-wc/testing';
import { KetamineApprovalBadge, KetamineFaq, KetamineRouteTable, KetamineSideEffects, KetamineSources, KetamineUses } from '../../src/index.js';
import { defineElement } from '../../src/shared/define.js';
import { shadow } from '../helpers.js';
import { WIDGETS, expectReadable, expectRendersContent, itChecksEveryWidget, mountWidget, unmountAll, type Widget, type WidgetSpec } from './host-page.js';

const FIRST_COPY: Record<string, CustomElementConstructor> = {
  'ketamine-faq': KetamineFaq,
  'ketamine-side-effects': KetamineSideEffects,
  'ketamine-route-table': KetamineRouteTable,
  'ketamine-uses': KetamineUses,
  'ketamine-sources': KetamineSources,
  'ketamine-approval-badge': KetamineApprovalBadge,
};

/** The tag a second copy of a widget is registered under, e.g. `second-copy-faq`. */
const copyTag = (spec: WidgetSpec, prefix = 'second-copy') => spec.tag.replace(/^ketamine/, prefix);

/** A second, independently defined class for each widget: a subclass, as a second bundle's class would be a different constructor. */
const secondCopy = (tag: string) => class extends (FIRST_COPY[tag] as unknown as typeof KetamineFaq) {} as unknown as CustomElementConstructor;

const CDN_FILE = '/dist/cdn/ketamine-widgets.js';

/** The name each widget's class is exported under (by src/index.ts and the CDN file alike). */
const CLASS_NAMES: Record<string, string> = Object.fromEntries(Object.entries(FIRST_COPY).map(([tag, constructor]) => [tag, constructor.name]));

describe('host page: two copies of the library', () => {
  before(() => {
    // The second copy registers under its own names (as README says: "To register a class under your own name").
    for (const spec of WIDGETS) defineElement(copyTag(spec), secondCopy(spec.tag));
  });

  /** The first copy's widgets, on the page for every test, side by side with the second copy's. */
  beforeEach(async () => {
    for (const spec of WIDGETS) await mountWidget(spec);
  });

  afterEach(() => {
    unmountAll();
  });

  it('a second definition of every tag through defineElement neither throws nor replaces the first', () => {
    for (const spec of WIDGETS) {
      expect(() => defineElement(spec.tag, secondCopy(spec.tag)), spec.tag).not.to.throw();
      expect(customElements.get(spec.tag), spec.tag).to.equal(FIRST_COPY[spec.tag]);
    }
  });

  it('the widgets already on the page are still instances of the first copy and keep working', async () => {
    for (const spec of WIDGETS) {
      defineElement(spec.tag, secondCopy(spec.tag));
      const el = document.querySelector<Widget>(spec.tag)!;
      expect(el instanceof FIRST_COPY[spec.tag], `${spec.tag} is an instance of the first copy's class`).to.be.true;
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expectRendersContent(el, spec);
      await expectReadable(el, spec);
    }
  });

  itChecksEveryWidget({ mount: (spec) => ({ tag: copyTag(spec) }) });

  for (const spec of WIDGETS) {
    it(`<${spec.tag}> and its second copy keep separate state: opening one leaves the other as it was`, async () => {
      const original = document.querySelector<Widget>(spec.tag)!;
      const before = shadow(original).innerHTML;
      const { el } = await mountWidget(spec, { tag: copyTag(spec), attrs: { theme: 'dark' } });
      await spec.open?.(el);
      // Widgets with nothing to open: press their first button, if their first Tab stop is one (the route table's sort
      // button; a link would navigate the test page away).
      const first = shadow(el).querySelector(spec.tabStops[0]);
      if (!spec.open && first instanceof HTMLButtonElement) first.click();
      await el.updateComplete;
      await original.updateComplete;
      expect(shadow(original).innerHTML).to.equal(before);
      expect(original.hasAttribute('theme')).to.be.false;
    });
  }

  describe('a second, self-contained build (the CDN file) loaded twice', () => {
    type Module = Record<string, CustomElementConstructor>;
    let copies: Module[] = [];

    before(async function () {
      // The CDN file is a build output (`npm run build`); without it there is no second build to load.
      if (!(await fetch(CDN_FILE, { method: 'HEAD' })).ok) this.skip();
      // Two URLs: the browser evaluates the module twice, two copies with their own Lit, classes and registry calls.
      copies = [await import(/* @vite-ignore */ `${CDN_FILE}?copy=a`), await import(/* @vite-ignore */ `${CDN_FILE}?copy=b`)];
    });

    it('loads without an exception and leaves the first definitions in place', () => {
      expect(copies[0].KetamineFaq).to.be.a('function');
      expect(copies[0].KetamineFaq).not.to.equal(copies[1].KetamineFaq);
      for (const spec of WIDGETS) expect(customElements.get(spec.tag), spec.tag).to.equal(FIRST_COPY[spec.tag]);
    });

    for (const spec of WIDGETS) {
      it(`its <${spec.tag}>, registered under its own tag, renders beside the first copy's, readable and axe-clean`, async function () {
        this.timeout(60000);
        const tag = copyTag(spec, 'cdn-copy');
        const cdnClass = copies[1][CLASS_NAMES[spec.tag]];
        const defineFromCopy = copies[1].defineElement as unknown as typeof defineElement;
        defineFromCopy(tag, cdnClass);
        expect(customElements.get(tag)).to.equal(cdnClass);
        const { el } = await mountWidget(spec, { tag });
        expectRendersContent(el, spec);
        await expectReadable(el, spec);
        expectRendersContent(document.querySelector<Widget>(spec.tag)!, spec);
        await expect(el).to.be.accessible();
      });
    }
  });
});
