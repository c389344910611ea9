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

  it('keeps about the space of a tag added later until its code runs, then upgrades it', async () => {
    const faq = document.createElement('ketamine-faq');
    faq.setAttribute('topics', 'cost');
    stage.append(faq);
    await Promise.resolve(); // the loader's MutationObserver
    await Promise.resolve();
    const defined = !!customElements.get('ketamine-faq');
    const reserved = faq.getBoundingClientRect().height;
    await waitUntil(() => faq.shadowRoot?.querySelector('[part="question"]'), 'the FAQ renders', { timeout: 10000 });
    await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const rendered = faq.getBoundingClientRect().height;
    const questions = faq.shadowRoot!.querySelectorAll('[part="question"]').length;
    expect(questions).to.be.greaterThan(0);
    expect(faq.getAttribute('style') ?? '').not.to.contain('--ketamine-reserve');
    if (!defined) {
      expect(reserved, `reserved ${reserved} px, rendered ${rendered} px`).to.be.within(0.75 * rendered, 1.33 * rendered);
    }
  });

  it('keeps about the space of a route table in a column over 58em, where it is a table rather than cards', async () => {
    const wide = document.createElement('div');
    wide.style.width = '1100px';
    stage.append(wide);
    const table = document.createElement('ketamine-route-table');
    wide.append(table);
    await Promise.resolve(); // the loader's MutationObserver
    await Promise.resolve();
    const defined = !!customElements.get('ketamine-route-table');
    const reserved = table.getBoundingClientRect().height;
    await waitUntil(() => table.shadowRoot?.querySelector('[part="table"]'), 'the route table renders', { timeout: 10000 });
    await (table as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const rendered = table.getBoundingClientRect().height;
    expect(table.getAttribute('style') ?? '').not.to.contain('--ketamine-reserve');
    if (!defined) {
      expect(reserved, `reserved ${reserved} px, rendered ${rendered} px`).to.be.within(0.75 * rendered, 1.33 * rendered);
    }
  });
});
