// The CDN loader (dist/cdn/loader.js) in every engine the test runner drives: tags present and added later
// upgrade, each keeps approximately its space until its code runs. Needs `npm run build`; skipped without it
// (test/build/loader.test.mjs checks the network requests and CSP in Chromium).
import { expect, waitUntil } from '@open-wc/testing';

const loaderUrl = '/dist/cdn/loader.js';

describe('CDN loader (dist/cdn/loader.js)', function () {
  let stage: HTMLDivElement;

  before(async function () {
    const built = await fetch(loaderUrl, { method: 'HEAD' }).then((r) => r.ok && (r.headers.get('content-type') ?? '').includes('javascript'), () => false);
    if (!built) this.skip();
    stage = document.createElement('div');
    stage.style.width = '736px';
    document.body.append(stage);
    stage.innerHTML = '<ketamine-approval-badge use="anesthesia"></ketamine-approval-badge>';
    await import(/* @vite-ignore */ loaderUrl);
  });

  after(() => stage?.remove());

  it('upgrades a tag that was on the page when it loaded', async () => {
    const badge = stage.querySelector('ketamine-approval-badge')!;
    await waitUntil(() => badge.shadowRoot?.querySelector('[part="label"]'), 'the badge renders', { timeout: 10000 });
    expect(badge.shadowRoot!.querySelector('[part="label"]')!.textContent).to.contain('Ketamine');
  });

  /**
   * Adds `el` to `parent`, then measures its height while it waits for its code (the loader's reserved space) and
   * once `rendered` finds its content; checks that the space is within a quarter of the rendered height, and that
   * the loader's property is gone. (If an earlier test already loaded this widget's code there is no wait to measure.)
   */
  async function reservedThenRendered(el: HTMLElement, parent: HTMLElement, rendered: string) {
    parent.append(el);
    await Promise.resolve(); // the loader's MutationObserver
    await Promise.resolve();
    const defined = !!customElements.get(el.localName);
    const reserved = el.getBoundingClientRect().height;
    await waitUntil(() => el.shadowRoot?.querySelector(rendered), `${el.localName} renders`, { timeout: 10000 });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const height = el.getBoundingClientRect().height;
    expect(el.getAttribute('style') ?? '').not.to.contain('--ketamine-reserve');
    if (!defined) expect(reserved, `reserved ${reserved} px, rendered ${height} px`).to.be.within(0.75 * height, 1.33 * height);
  }

  it('keeps about the space of a tag added later until its code runs, then upgrades it', async () => {
    const faq = document.createElement('ketamine-faq');
    faq.setAttribute('topics', 'cost');
    await reservedThenRendered(faq, stage, '[part="question"]');
    expect(faq.shadowRoot!.querySelectorAll('[part="question"]').length).to.be.greaterThan(0);
  });

  it('keeps about the space of a route table in a column over 58em, where it is a table rather than cards', async () => {
    const wide = document.createElement('div');
    wide.style.width = '1100px';
    stage.append(wide);
    await reservedThenRendered(document.createElement('ketamine-route-table'), wide, '[part="table"]');
  });
});
