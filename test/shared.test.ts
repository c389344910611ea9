import { expect, fixture, html } from '@open-wc/testing';
import { KetamineApprovalBadge } from '../src/approval-badge/approval-badge.js';
import { bundledDataset } from '../src/data/full.js';
import '../src/index.js';
import { defineElement } from '../src/shared/define.js';
import { formatDate, formatPartialDate, safeUrl } from '../src/shared/sources.js';
import { DISCLAIMER_CHECK_DELAY_MS, resetDisclaimerWarning } from '../src/shared/page-citations.js';
import { translate } from '../src/shared/strings.js';
import { cloneDataset, contrastRatio, emulateMedia, nextError, resetMedia, shadow, srgb, textOf } from './helpers.js';

// The shared behaviour of every widget, exercised through the smallest one.

describe('shared widget behaviour: where data comes from', () => {
  it('uses the bundled dataset by default', async () => {
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="anesthesia"></ketamine-approval-badge>`);
    expect(textOf(shadow(el).querySelector('[part="label"]'))).to.equal('Ketamine: FDA-approved (1970)');
  });

  it('loads another dataset from `src`, with its own UI strings and locale', async () => {
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="narkose" src="/test/fixtures/valid.json"></ketamine-approval-badge>`);
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part="label"]'))).to.equal('Ketamin: Zugelassen (1970)');
    expect(shadow(el).querySelector('[lang]')!.getAttribute('lang')).to.equal('de-DE');
  });

  it('prefers the `data` property over `src` and the bundled data', async () => {
    const data = cloneDataset();
    data.uses[0].ketamine.year = 1971;
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use=${data.uses[0].id} src="/test/fixtures/valid.json" .data=${data}></ketamine-approval-badge>`);
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part="label"]'))).to.contain('1971');
  });

  it('goes back to the bundled data when `src` is removed', async () => {
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="anesthesia" src="/test/fixtures/valid.json"></ketamine-approval-badge>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="error"]')).to.exist; // "anesthesia" is not in the fixture
    el.removeAttribute('src');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="error"]')).to.be.null;
    expect(textOf(shadow(el).querySelector('[part="label"]'))).to.contain('FDA-approved');
  });
});

describe('shared widget behaviour: error state', () => {
  const cases = [
    { name: 'a failed fetch', src: '/test/fixtures/does-not-exist.json', reason: 'fetch', message: /Could not load \/test\/fixtures\/does-not-exist\.json: HTTP 404/ },
    { name: 'invalid JSON', src: '/test/fixtures/invalid-json.json', reason: 'parse', message: /is not valid JSON/ },
    { name: 'a schema failure', src: '/test/fixtures/schema-error.json', reason: 'schema', message: /^uses\[0\]\.ketamine\.status: expected one of .*got 'aproved'$/ },
  ];
  for (const { name, src, reason, message } of cases) {
    it(`shows ${name} in the widget and fires ketamine-error`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('ketamine-approval-badge');
      el.use = 'narkose';
      const errorSeenByHost = nextError(wrapper); // bubbles out of the widget
      el.src = src;
      wrapper.append(el);
      const event = await errorSeenByHost;
      expect(event.bubbles && event.composed).to.be.true;
      expect(event.detail.reason).to.equal(reason);
      expect(event.detail.message).to.match(message);
      await el.updateComplete;
      const box = shadow(el).querySelector<HTMLElement>('[part="error"]')!;
      expect(box).to.exist;
      // One neutral sentence for the reader, announced politely; the technical reason only in the event.
      expect(textOf(box)).to.equal('This information could not be loaded.');
      expect(textOf(box)).not.to.contain(event.detail.message);
      expect(box.parentElement!.getAttribute('role')).to.equal('status');
      expect(box.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  }

  it('fires ketamine-error for a `data` property that fails the schema, listing the issues', async () => {
    const data = cloneDataset();
    (data.meta as unknown as Record<string, unknown>).version = 2;
    const el = document.createElement('ketamine-approval-badge');
    el.use = 'anesthesia';
    el.data = data;
    const error = nextError(el);
    (await fixture(html`<div></div>`)).append(el);
    const { detail } = await error;
    expect(detail.reason).to.equal('schema');
    expect(detail.issues[0]).to.deep.equal({ path: 'meta.version', message: 'expected string, got integer' });
  });

  it('throws nothing into the host page', async () => {
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="x" src="/test/fixtures/invalid-json.json"></ketamine-approval-badge>`);
      await el.updateComplete;
      el.data = { not: 'a dataset' };
      await el.updateComplete;
      el.src = '/nowhere.json';
      el.data = undefined;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(shadow(el).querySelector('[part="error"]')).to.exist;
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('shared widget behaviour: text, never HTML', () => {
  it('renders markup in the data as text and drops non-http links', async () => {
    const el = await fixture<KetamineApprovalBadge>(
      html`<ketamine-approval-badge use="narkose" src="/test/fixtures/valid.json"></ketamine-approval-badge>`,
    );
    await el.updateComplete;
    const uses = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<ketamine-uses src="/test/fixtures/valid.json"></ketamine-uses>`);
    await uses.updateComplete;
    expect(shadow(uses).querySelector('img, script, b')).to.be.null;
    expect(textOf(shadow(uses))).to.contain('<script>window.__pwned = true</script>');
    const root = shadow(el);
    root.querySelector<HTMLButtonElement>('[part~="sources-toggle"]')!.click();
    await el.updateComplete;
    expect(root.querySelector('img, script, b')).to.be.null;
    expect(textOf(root)).to.contain('Narkose <img src=x onerror=alert(1)>');
    expect(textOf(root)).to.contain('<b>Fachinformation</b>');
    expect(root.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/fachinformation');
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.be.undefined;
  });
});

describe('shared widget behaviour: links', () => {
  it('keeps only http(s) URLs from data (the schema also rejects others)', () => {
    expect(safeUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeUrl('HTTP://example.org')).to.equal('HTTP://example.org');
    expect(safeUrl('javascript:alert(1)')).to.be.undefined;
    expect(safeUrl(' javascript:alert(1)')).to.be.undefined;
    expect(safeUrl('data:text/html,hi')).to.be.undefined;
    expect(safeUrl(undefined)).to.be.undefined;
  });
});

describe('shared widget behaviour: definitions', () => {
  it('does not throw when a tag is defined twice (two copies of the library)', () => {
    const first = customElements.get('ketamine-approval-badge');
    class SecondCopy extends KetamineApprovalBadge {}
    expect(() => defineElement('ketamine-approval-badge', SecondCopy)).to.not.throw();
    expect(customElements.get('ketamine-approval-badge')).to.equal(first);
  });

  it('lets a host register the class under its own tag name', async () => {
    class MyBadge extends KetamineApprovalBadge {}
    defineElement('my-vendor-badge', MyBadge);
    const el = await fixture<KetamineApprovalBadge>(html`<my-vendor-badge use="ptsd"></my-vendor-badge>`);
    expect(el).to.be.instanceOf(KetamineApprovalBadge);
    expect(textOf(shadow(el).querySelector('[part="label"]'))).to.equal('Ketamine: Investigational');
  });
});

describe('shared widget behaviour: theming', () => {
  it("inherits the host page's font and colour by default", async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)">
      <ketamine-approval-badge use="ptsd"></ketamine-approval-badge>
    </div>`);
    const el = host.querySelector('ketamine-approval-badge')!;
    await el.updateComplete;
    const label = shadow(el).querySelector('[part="label"]')!;
    expect(getComputedStyle(label).fontFamily).to.equal(getComputedStyle(host).fontFamily);
    expect(getComputedStyle(label).color).to.equal('rgb(10, 20, 30)');
  });

  it('takes the global --ketamine-* tokens from the host', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="--ketamine-font-family: monospace; --ketamine-color-text: rgb(1, 2, 3)">
      <ketamine-approval-badge use="ptsd"></ketamine-approval-badge>
    </div>`);
    const el = host.querySelector('ketamine-approval-badge')!;
    await el.updateComplete;
    const label = shadow(el).querySelector('[part="label"]')!;
    expect(getComputedStyle(label).fontFamily).to.equal('monospace');
    expect(getComputedStyle(label).color).to.equal('rgb(1, 2, 3)');
  });

  it('applies a light or dark palette with `theme`', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="color: rgb(10, 20, 30)">
      <ketamine-approval-badge use="ptsd" theme="light"></ketamine-approval-badge>
      <ketamine-approval-badge use="ptsd" theme="dark"></ketamine-approval-badge>
    </div>`);
    const [light, dark] = host.querySelectorAll('ketamine-approval-badge');
    await light.updateComplete;
    await dark.updateComplete;
    expect(getComputedStyle(light).color).to.equal('rgb(26, 28, 30)');
    expect(getComputedStyle(dark).color).to.equal('rgb(238, 241, 244)');
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
  });

  it('exposes documented parts', async () => {
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="ptsd"></ketamine-approval-badge>`);
    // The footer's source list renders when its panel opens.
    shadow(el).querySelector<HTMLButtonElement>('[part~="sources-toggle"]')!.click();
    await el.updateComplete;
    for (const part of ['base', 'icon', 'label', 'info-button', 'explanation', 'sources']) {
      expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });
});

describe('shared widget behaviour: closed source lists', () => {
  it('leaves a closed panel\'s list out in the browser, and renders it when printing starts', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<ketamine-faq limit="3"></ketamine-faq>`);
    await el.updateComplete;
    const panel = shadow(el).querySelector<HTMLElement>('[part~="sources-panel"]')!;
    expect(panel.hidden).to.be.true;
    expect(panel.querySelectorAll('li')).to.have.length(0);
    window.dispatchEvent(new Event('beforeprint'));
    // Lit renders in the microtask after the event's listeners: before the browser lays the page out for print.
    await Promise.resolve();
    await el.updateComplete;
    const count = Number(textOf(shadow(el).querySelector('[part~="sources-toggle"]')).match(/\d+/)![0]);
    expect(panel.querySelectorAll('li')).to.have.length(count);
    window.dispatchEvent(new Event('afterprint'));
  });
});

describe('shared widget behaviour: review dates and disclaimer on every widget', () => {
  const widgets = [
    html`<ketamine-faq limit="2"></ketamine-faq>`,
    html`<ketamine-side-effects severity="long-term"></ketamine-side-effects>`,
    html`<ketamine-route-table routes="oral"></ketamine-route-table>`,
    html`<ketamine-uses categories="other"></ketamine-uses>`,
    html`<ketamine-sources kinds="guideline"></ketamine-sources>`,
    html`<ketamine-approval-badge use="ptsd" variant="detail"></ketamine-approval-badge>`,
  ];

  it('each shows "Last reviewed" and the disclaimer, not "Next review due", and no stale notice while current', async () => {
    for (const template of widgets) {
      const el = await fixture<KetamineApprovalBadge>(template);
      await el.updateComplete;
      const root = shadow(el);
      expect(textOf(root.querySelector('[part="reviewed"]')), el.localName).to.equal(`Last reviewed ${formatDate(bundledDataset.meta.lastReviewed, 'en-US')}`);
      expect(textOf(root), el.localName).not.to.contain('Next review due');
      expect(textOf(root.querySelector('[part="disclaimer"]')), el.localName).to.equal(bundledDataset.meta.disclaimer);
      expect(root.querySelector('[part="stale-notice"]'), el.localName).to.be.null;
    }
  });

  it('each shows a notice once the dataset is past its next review date', async () => {
    const data = cloneDataset();
    data.meta.lastReviewed = '2020-01-10';
    data.meta.nextReview = '2020-07-10';
    for (const template of widgets) {
      const el = await fixture<KetamineApprovalBadge>(template);
      el.data = data;
      await el.updateComplete;
      const notice = shadow(el).querySelector('[part="stale-notice"]');
      expect(textOf(notice), el.localName).to.equal('This information was due for review on Jul 10, 2020 and may be out of date.');
      expect(notice!.getBoundingClientRect().height, el.localName).to.be.greaterThan(0);
    }
  });
});

describe('shared widget behaviour: footer attribute', () => {
  const badgeWith = (footer?: string) =>
    fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="ptsd" variant="detail" footer=${footer ?? 'compact'}></ketamine-approval-badge>`);

  it('`compact` (default): one line with the review date and two disclosures', async () => {
    const el = await badgeWith();
    const footer = shadow(el).querySelector<HTMLElement>('[part~="footer"]')!;
    expect(footer.localName).to.equal('div');
    expect(textOf(footer)).to.contain(`Last reviewed ${formatDate(bundledDataset.meta.lastReviewed, 'en-US')}`);
    const toggles = footer.querySelectorAll<HTMLButtonElement>('[part~="footer-toggle"]');
    const ptsd = bundledDataset.uses.find((u) => u.id === 'ptsd')!.ketamine;
    expect([...toggles].map((b) => textOf(b))).to.deep.equal([`Sources (${new Set(ptsd.sources).size})`, 'About this information']);
    expect(footer.querySelector<HTMLElement>('[part~="about-panel"]')!.hidden).to.be.true;
    toggles[1].click();
    await el.updateComplete;
    expect(toggles[1].getAttribute('aria-expanded')).to.equal('true');
    expect(footer.querySelector<HTMLElement>('[part="disclaimer"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('`full`: sources, review date and disclaimer shown, no buttons', async () => {
    const el = await badgeWith('full');
    const footer = shadow(el).querySelector<HTMLElement>('[part~="footer"]')!;
    expect(footer.querySelector('[part~="footer-toggle"]')).to.be.null;
    expect(footer.querySelector<HTMLElement>('[part="sources"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(footer.querySelector<HTMLElement>('[part="disclaimer"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('`none`: no footer', async () => {
    const el = await badgeWith('none');
    expect(shadow(el).querySelector('[part~="footer"], [part="disclaimer"]')).to.be.null;
    expect(el.hasAttribute('footer')).to.be.true; // the host's own attribute, nothing added
  });

  it('is not reflected when left at its default', async () => {
    const el = document.createElement('ketamine-uses');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.hasAttribute('footer')).to.be.false;
    } finally {
      el.remove();
    }
  });
});

describe('shared widget behaviour: the date for the stale notice', () => {
  it('takes `today`, and judges the review date by it', async () => {
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="ptsd" variant="detail" today="2099-01-01"></ketamine-approval-badge>`);
    expect(shadow(el).querySelector('[part="stale-notice"]')).to.exist;
    el.today = '2000-01-01';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="stale-notice"]')).to.be.null;
  });

  it('reads the clock once when connected, never while rendering', async () => {
    const data = cloneDataset();
    data.meta.nextReview = '2020-01-01';
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="ptsd" variant="detail" .data=${data}></ketamine-approval-badge>`);
    expect(shadow(el).querySelector('[part="stale-notice"]')).to.exist;
    const RealDate = globalThis.Date;
    let reads = 0;
    globalThis.Date = class extends RealDate {
      constructor(...args: ConstructorParameters<typeof Date>) {
        if (!args.length) reads++;
        super(...args);
      }
    } as DateConstructor;
    try {
      el.drug = 'esketamine';
      await el.updateComplete;
      el.variant = 'compact';
      await el.updateComplete;
      expect(reads).to.equal(0);
      expect(shadow(el).querySelector('[part="stale-notice"]')).to.exist;
    } finally {
      globalThis.Date = RealDate;
    }
  });
});

describe('shared widget behaviour: label overrides', () => {
  it('merges a partial `strings` property over the dataset labels', async () => {
    const el = await fixture<KetamineApprovalBadge>(
      html`<ketamine-approval-badge use="ptsd" .strings=${{ 'badge.status.investigational': 'Still being studied' }}></ketamine-approval-badge>`,
    );
    expect(textOf(shadow(el).querySelector('[part="label"]'))).to.equal('Ketamine: Still being studied');
    expect(textOf(shadow(el).querySelector('[part="info-button"]'))).to.match(/^About this status: /); // the rest stays
  });

  it('takes `strings` as a JSON attribute, and ignores one that is not JSON without throwing', async () => {
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="ptsd" strings='{"badge.label": "{status} ({drug})"}'></ketamine-approval-badge>`);
    expect(textOf(shadow(el).querySelector('[part="label"]'))).to.equal('Investigational (Ketamine)');
    el.setAttribute('strings', '{not json');
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part="label"]'))).to.equal('Ketamine: Investigational');
  });
});

describe('<ketamine-sources for="page">: one bibliography for the page', () => {
  it('lists what the widgets on the page cite now, with one disclaimer, and follows their changes', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <ketamine-uses categories="other" footer="none"></ketamine-uses>
      <ketamine-approval-badge use="anesthesia" drug="ketamine" footer="none"></ketamine-approval-badge>
      <ketamine-sources for="page"></ketamine-sources>
    </div>`);
    const [uses, badge, sources] = [...page.children] as Array<HTMLElement & { updateComplete: Promise<boolean> }>;
    await Promise.all([uses.updateComplete, badge.updateComplete]);
    await sources.updateComplete;
    await new Promise((r) => setTimeout(r));
    await sources.updateComplete;
    const listed = () => [...shadow(sources).querySelectorAll('[part~="source"]')].map((li) => li.id.replace(/^source-/, '')).sort();
    const expected = (categories: string[]) => {
      const ids = new Set<string>();
      for (const u of bundledDataset.uses.filter((u) => categories.includes(u.category))) [...u.sources, ...u.ketamine.sources, ...u.esketamine.sources].forEach((id) => ids.add(id));
      bundledDataset.uses[0].ketamine.sources.forEach((id) => ids.add(id));
      return [...ids].sort();
    };
    expect(listed()).to.deep.equal(expected(['other']));
    expect(textOf(shadow(sources))).not.to.contain('undefined');
    expect(page.querySelectorAll('*')).to.have.length(3);
    expect(shadow(uses).querySelector('[part="disclaimer"]')).to.be.null;
    expect(textOf(shadow(sources).querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);

    (uses as unknown as { categories: string }).categories = 'pain';
    await uses.updateComplete;
    await sources.updateComplete;
    expect(listed()).to.deep.equal(expected(['pain']));

    uses.remove();
    await sources.updateComplete;
    expect(listed()).to.deep.equal([...new Set(bundledDataset.uses[0].ketamine.sources)].sort());
    await expect(sources).to.be.accessible();
  });
});

describe('shared widget behaviour: inherit mode on dark pages', () => {
  const pages = [
    ['declares color-scheme: dark', 'color-scheme: dark; background: rgb(18, 20, 23); color: rgb(238, 238, 238)'],
    ['is dark without declaring it', 'background: rgb(18, 20, 23); color: rgb(238, 238, 238)'],
  ];
  for (const [name, style] of pages) {
    it(`keeps status, danger and link colours at 4.5:1 on a page that ${name}`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div style=${style}>
        <ketamine-approval-badge use="mdd-suicidal-ideation" drug="ketamine" variant="detail" footer="full"></ketamine-approval-badge>
        <ketamine-approval-badge use="anesthesia" drug="ketamine"></ketamine-approval-badge>
        <ketamine-approval-badge use="ptsd" drug="ketamine"></ketamine-approval-badge>
      </div>`);
      const badges = [...page.querySelectorAll('ketamine-approval-badge')];
      for (const el of badges) await el.updateComplete;
      const background = 'rgb(18, 20, 23)';
      for (const el of badges) {
        const icon = shadow(el).querySelector('[part="icon"]')!;
        expect(contrastRatio(getComputedStyle(icon).color, background), `${el.getAttribute('use')} status`).to.be.at.least(4.5);
      }
      const crisisIcon = shadow(badges[0]).querySelector('[part="crisis"] svg')!;
      expect(contrastRatio(getComputedStyle(crisisIcon).color, background), 'danger').to.be.at.least(4.5);
      const link = shadow(badges[0]).querySelector('[part="sources"] a')!;
      expect(contrastRatio(getComputedStyle(link).color, background), 'link').to.be.at.least(4.5);
    });
  }

  it('keeps them at 4.5:1 on a light card inside a dark page, and follows the page when it switches to dark mode', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark; background: rgb(18, 20, 23); color: rgb(238, 238, 238)">
      <div id="card" style="background: white; color: rgb(20, 20, 20)">
        <ketamine-approval-badge use="mdd-suicidal-ideation" drug="ketamine" variant="detail" footer="full"></ketamine-approval-badge>
      </div>
    </div>`);
    const el = page.querySelector('ketamine-approval-badge')!;
    await el.updateComplete;
    const colours = () => ({
      status: getComputedStyle(shadow(el).querySelector('[part="icon"]')!).color,
      danger: getComputedStyle(shadow(el).querySelector('[part="crisis"] svg')!).color,
      link: getComputedStyle(shadow(el).querySelector('[part="sources"] a')!).color,
    });
    for (const [part, colour] of Object.entries(colours())) expect(contrastRatio(colour, 'white'), `${part} on the light card`).to.be.at.least(4.5);
    // The host page turns dark (a dark-mode switch): no script runs, the colours follow.
    const card = page.querySelector<HTMLElement>('#card')!;
    card.style.background = 'rgb(18, 20, 23)';
    card.style.color = 'rgb(238, 238, 238)';
    for (const [part, colour] of Object.entries(colours())) expect(contrastRatio(colour, 'rgb(18, 20, 23)'), `${part} after the switch`).to.be.at.least(4.5);
  });

  it("gives links the browser's link colour on a light page, and the host's tokens win", async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="background: white; color: black">
      <ketamine-approval-badge use="ptsd" variant="detail" footer="full"></ketamine-approval-badge>
      <ketamine-approval-badge use="ptsd" variant="detail" footer="full" style="--ketamine-color-link: rgb(1, 2, 3)"></ketamine-approval-badge>
    </div>`);
    const [plain, branded] = [...page.querySelectorAll('ketamine-approval-badge')];
    await plain.updateComplete;
    await branded.updateComplete;
    const probe = document.createElement('a');
    probe.href = '#';
    probe.style.color = 'LinkText';
    page.append(probe);
    // The same blue as the browser's light-scheme links (#0000ee in Chromium, Firefox and WebKit), through relative colours.
    const [r, g, b] = srgb(getComputedStyle(shadow(plain).querySelector('[part="sources"] a')!).color);
    const [lr, lg, lb] = srgb(getComputedStyle(probe).color);
    expect(Math.max(Math.abs(r - lr), Math.abs(g - lg), Math.abs(b - lb)), `${[r, g, b]} vs LinkText ${[lr, lg, lb]}`).to.be.at.most(3);
    expect(getComputedStyle(shadow(branded).querySelector('[part="sources"] a')!).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('shared widget behaviour: forced colours', () => {
  afterEach(() => resetMedia());

  it('draws the crisis callout, footer buttons and error in system colours', async function () {
    const page = await fixture<HTMLDivElement>(html`<div>
      <ketamine-approval-badge use="mdd-suicidal-ideation" variant="detail"></ketamine-approval-badge>
      <ketamine-approval-badge use="nonexistent"></ketamine-approval-badge>
    </div>`);
    const [badge, broken] = [...page.querySelectorAll('ketamine-approval-badge')];
    await badge.updateComplete;
    await broken.updateComplete;
    if (!(await emulateMedia([{ name: 'forced-colors', value: 'active' }]))) this.skip();
    const probe = document.createElement('div');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(shadow(badge).querySelector('[part="crisis"]')!).borderInlineStartColor).to.equal(canvasText);
    expect(getComputedStyle(shadow(broken).querySelector('[part="error"]')!).borderTopColor).to.equal(canvasText);
    const toggle = shadow(badge).querySelector<HTMLElement>('[part~="footer-toggle"]')!;
    expect(getComputedStyle(toggle).textDecorationLine).to.equal('underline');
    await expect(page).to.be.accessible();
  });
});

describe('shared widget behaviour: footer="none" keeps the disclaimer on the page', () => {
  const warnings = async (template: ReturnType<typeof html>) => {
    resetDisclaimerWarning();
    const seen: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => seen.push(args.join(' '));
    try {
      const page = await fixture<HTMLDivElement>(template);
      for (const el of page.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('*')) await el.updateComplete;
      await new Promise((r) => setTimeout(r, DISCLAIMER_CHECK_DELAY_MS + 200));
      return seen.filter((w) => w.includes('footer="none"'));
    } finally {
      console.warn = original;
    }
  };

  it('tells the developer once when no <ketamine-sources for="page"> carries it', async function () {
    this.timeout(10000);
    const seen = await warnings(html`<div>
      <ketamine-approval-badge use="ptsd" footer="none"></ketamine-approval-badge>
      <ketamine-approval-badge use="anxiety" footer="none"></ketamine-approval-badge>
    </div>`);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('<ketamine-sources for="page">');
  });

  it('stays quiet when the page has its bibliography', async function () {
    this.timeout(10000);
    const seen = await warnings(html`<div>
      <ketamine-approval-badge use="ptsd" footer="none"></ketamine-approval-badge>
      <ketamine-sources for="page"></ketamine-sources>
    </div>`);
    expect(seen).to.deep.equal([]);
  });
});

describe('shared widget behaviour: errors are announced', () => {
  it('shows "Loading…" and then the error in the same polite live region', async () => {
    // A fetch that answers 404 when the test says so, so that "Loading…" is seen first in every engine.
    const realFetch = window.fetch;
    let answer!: () => void;
    window.fetch = () => new Promise<Response>((resolve) => (answer = () => resolve(new Response('not here', { status: 404 }))));
    const el = document.createElement('ketamine-uses');
    el.src = '/slow/dataset.json';
    const error = nextError(el);
    document.body.append(el);
    try {
      await new Promise((r) => setTimeout(r, 50)); // not updateComplete: that waits for the load
      const region = shadow(el).querySelector('[role="status"]');
      expect(textOf(region)).to.equal('Loading…');
      answer();
      await error;
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="status"]')).to.equal(region);
      expect(textOf(region)).to.equal('This information could not be loaded.');
    } finally {
      window.fetch = realFetch;
      el.remove();
    }
  });
});

describe('shared widget behaviour: page colours follow a move', () => {
  it('takes the colours of the section it is moved to (a dark sidebar)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div id="light" style="background: white; color: black"><ketamine-approval-badge use="ptsd" drug="ketamine"></ketamine-approval-badge></div>
      <div id="dark" style="background: rgb(18, 20, 23); color: rgb(238, 238, 238)"></div>
    </div>`);
    const el = page.querySelector('ketamine-approval-badge')!;
    await el.updateComplete;
    const iconColour = () => getComputedStyle(shadow(el).querySelector('[part="icon"]')!).color;
    expect(contrastRatio(iconColour(), 'white')).to.be.at.least(4.5);
    page.querySelector('#dark')!.append(el);
    expect(contrastRatio(iconColour(), 'rgb(18, 20, 23)')).to.be.at.least(4.5);
  });
});

describe('shared widget behaviour: dates without Intl for the bundled locale', () => {
  it('formats en-US dates exactly as Intl does (medium dates, month and year), other locales through Intl', () => {
    const medium = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
    const monthYear = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 10, 28]) {
        const iso = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(formatDate(iso, 'en-US'), iso).to.equal(medium.format(new Date(`${iso}T00:00:00Z`)));
      }
      const ym = `1999-${String(month).padStart(2, '0')}`;
      expect(formatPartialDate(ym, 'en-US'), ym).to.equal(monthYear.format(new Date(`${ym}-01T00:00:00Z`)));
    }
    expect(formatPartialDate('2019', 'en-US')).to.equal('2019');
    expect(formatDate('2026-11-22', 'de-DE')).to.equal(new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-11-22T00:00:00Z')));
    expect(formatDate('not a date', 'en-US')).to.equal('not a date');
  });
});

describe('shared widget behaviour: labels', () => {
  it('picks English plurals as Intl.PluralRules does, and only own string labels', () => {
    const strings = { 'x.one': 'one thing', 'x.other': '{count} things' };
    const rules = new Intl.PluralRules('en-US');
    for (const count of [0, 1, 2, 1.5, 11, 21, 101]) {
      const expected = rules.select(count) === 'one' ? 'one thing' : `${count} things`;
      expect(translate(strings, {}, 'en-US', 'x', { count }), String(count)).to.equal(expected);
    }
    const hostile = Object.create({ 'y': 'from the prototype' }) as Record<string, string>;
    (hostile as Record<string, unknown>).z = 5;
    expect(translate(hostile, { y: 'fallback y', z: 'fallback z' }, 'en-US', 'y')).to.equal('fallback y');
    expect(translate(hostile, { y: 'fallback y', z: 'fallback z' }, 'en-US', 'z')).to.equal('fallback z');
    expect(translate({}, {}, 'de-DE', 'x', { count: 1 })).to.equal('x');
  });
});
