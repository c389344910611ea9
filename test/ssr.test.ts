// The hydrate entry loads Lit's hydrate support before Lit itself: keep this import first.
import { hydrateDeferred } from '../src/hydrate.js';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { bundledDataset } from '../src/data/full.js';
import { shadow, textOf, unresolvedIdReferences } from './helpers.js';

// The same checks for every widget in three modes: rendered in the browser, server-rendered with
// JavaScript off, and server-rendered then hydrated.

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const faqCost = bundledDataset.faq.filter((q) => q.topics.includes('cost'));
const specs = [
  // The FAQ renders a collapsed answer's body when it is first opened (the server renders them all).
  { markup: '<ketamine-faq topics="cost"></ketamine-faq>', text: [faqCost[0].question], main: '[part="question"]' },
  { markup: '<ketamine-approval-badge use="ptsd" variant="detail"></ketamine-approval-badge>', text: ['Ketamine: Investigational'], main: '[part="label"]' },
  { markup: '<ketamine-route-table routes="iv,oral"></ketamine-route-table>', text: ['Ways of giving ketamine and esketamine, compared'], main: 'table' },
  { markup: '<ketamine-side-effects severity="long-term"></ketamine-side-effects>', text: ['Long-term effects'], main: '[part~="item"]' },
  { markup: '<ketamine-uses categories="other"></ketamine-uses>', text: ['Other uses'], main: '[part~="use"]' },
  { markup: '<ketamine-sources kinds="guideline"></ketamine-sources>', text: ['Clinical guidelines'], main: '[part~="source"]' },
];

const serverHtml = (markup: string, options = {}) => executeServerCommand('ssr-render', { markup, options }) as Promise<string>;

/** What every mode must show: the widget's content, its text, and id references that resolve. */
function expectContent(el: Element, spec: (typeof specs)[number]) {
  const root = el.shadowRoot!;
  expect(root, `${el.localName} has a shadow root`).to.exist;
  expect(root.querySelector(spec.main), `${el.localName} ${spec.main}`).to.exist;
  for (const text of spec.text) expect(textOf(root), el.localName).to.contain(text);
  expect(textOf(root.querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
  expect(unresolvedIdReferences(root)).to.deep.equal([]);
}

const canParseDsd = 'setHTMLUnsafe' in Element.prototype;

/** Server-rendered markup as a detached element (parsed where nothing upgrades it), to move into the page. */
function parseDetached(markup: string, tag: string): HTMLElement {
  const inert = document.implementation.createHTMLDocument('');
  (inert.body as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  return inert.body.querySelector(tag)!;
}

describe('deferred hydration', () => {
  it('waits for the widget to come into view, then hydrates it', async function () {
    if (!canParseDsd) this.skip();
    const markup = await serverHtml('<ketamine-faq topics="cost"></ketamine-faq>', { deferHydration: true });
    const host = await fixture<HTMLDivElement>('<div><div style="height: 3000px"></div></div>');
    const el = document.adoptNode(parseDetached(markup, 'ketamine-faq')) as Widget;
    expect(el.hasAttribute('defer-hydration')).to.be.true;
    host.append(el);
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part="question"]')!;
    const details = button.parentElement as HTMLDetailsElement;
    button.click(); // not hydrated yet: the native <details> opens by itself
    expect(details.open).to.be.true;
    hydrateDeferred(host);
    expect(el.hasAttribute('defer-hydration'), 'still waiting below the fold').to.be.true;
    el.scrollIntoView();
    await waitUntil(() => !el.hasAttribute('defer-hydration'), 'hydrates once in view');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="question"]')).to.equal(button);
    expect(details.open, 'the state set before hydration survives it').to.be.true;
    button.click();
    await el.updateComplete;
    expect(details.open).to.be.false;
    window.scrollTo(0, 0);
  });
});

for (const spec of specs) {
  const tag = spec.markup.match(/^<([a-z-]+)/)![1];

  describe(`${tag}: client-rendered, server-rendered and hydrated`, () => {
    it('client-rendered: shows its content and is accessible', async () => {
      const el = await fixture<Widget>(spec.markup);
      await el.updateComplete;
      expectContent(el, spec);
      await expect(el).to.be.accessible();
    });

    it('server-rendered with JavaScript off: the content is in the HTML and readable', async function () {
      const markup = await serverHtml(spec.markup);
      expect(markup).to.contain('shadowrootmode="open"');
      // A sandboxed frame without allow-scripts: no JavaScript, as for a reader whose scripts fail.
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.style.cssText = 'width: 800px; height: 600px';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = `<!doctype html><html lang="en"><body>${markup}</body></html>`;
      document.body.append(frame);
      try {
        await loaded;
        const el = frame.contentDocument!.querySelector(tag)!;
        if (!el.shadowRoot) this.skip(); // this engine does not parse declarative shadow DOM in srcdoc
        expect(frame.contentWindow!.customElements.get(tag)).to.be.undefined;
        expectContent(el, spec);
        if (tag === 'ketamine-faq' && frame.contentWindow!.matchMedia('(scripting: none)').matches) {
          // Without scripts every answer is in the HTML, in a native <details> that opens on click (see faq.test.ts).
          const answers = el.shadowRoot!.querySelectorAll('details > [part="answer"]');
          expect(answers.length).to.equal(el.shadowRoot!.querySelectorAll('[part="question"]').length);
          expect((el.shadowRoot!.querySelector('[part="toolbar"]') as HTMLElement).getBoundingClientRect().height).to.equal(0);
        }
      } finally {
        frame.remove();
      }
    });

    it('hydrated: keeps the server-rendered DOM, then works and is accessible', async function () {
      if (!canParseDsd) this.skip();
      const markup = await serverHtml(spec.markup);
      const serverEl = parseDetached(markup, tag);
      const serverNode = serverEl.shadowRoot!.querySelector(spec.main)!;
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      // A failed hydration is only a console warning in Lit: treat any as a failure.
      const { warn, error } = console;
      console.warn = console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const host = await fixture<HTMLDivElement>('<div></div>');
      try {
        host.append(document.adoptNode(serverEl)); // upgrades the element, which hydrates
        const el = host.querySelector(tag) as Widget;
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector(spec.main), 'the same node: hydrated, not rendered again').to.equal(serverNode);
        expectContent(el, spec);
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
        if (tag === 'ketamine-faq') {
          const button = shadow(el).querySelector<HTMLElement>('[part="question"]')!;
          button.click();
          await el.updateComplete;
          expect((button.parentElement as HTMLDetailsElement).open).to.be.true;
          expect(button.parentElement!.querySelector<HTMLElement>('[part="answer"]')!.checkVisibility()).to.be.true;
        }
      } finally {
        Object.assign(console, { warn, error });
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  });
}
