/**
 * "Embed anywhere": a host page built with Bootstrap 5 (its CSS from npm: reboot, `box-sizing` on `*`,
 * styled `table`, `button`, `caption`, `.visually-hidden`, `[hidden]`, `--bs-*` custom properties),
 * the widgets inside a Bootstrap grid column and card, as a CMS theme would place them.
 */
import { expect } from '@open-wc/testing';
import { shadow } from '../helpers.js';
import {
  STRUCTURAL_PROPS,
  WIDGETS,
  internalStyles,
  itChecksEveryWidget,
  mountWidget,
  styleDifferences,
  track,
  unmountAll,
  type MountOptions,
  type StyleEntry,
} from './host-page.js';

const BOOTSTRAP_CSS = '/node_modules/bootstrap/dist/css/bootstrap.min.css';

/** A fixed slot width (narrower than the card), so that widgets lay out alike with and without Bootstrap. The route table shows cards at this width (up to 58em). */
const WIDTH = '660px';
/** The route table shows cards up to 58em: give it room for its table layout, so the host's table rules are tested against a table. */
const widthOf = (tag: string) => (tag === 'ketamine-route-table' ? '1100px' : WIDTH);

async function installBootstrap(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = BOOTSTRAP_CSS;
  link.dataset.hostile = 'bootstrap';
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`${BOOTSTRAP_CSS} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return link;
}

/** `.container > .row > .col-12 > .card > .card-body`: where the widgets go. */
function bootstrapLayout(): HTMLElement {
  const container = track(document.createElement('div'));
  container.className = 'container py-3';
  container.innerHTML = `<div class="row"><div class="col-12"><div class="card"><div class="card-body"></div></div></div></div>`;
  document.body.append(container);
  return container.querySelector('.card-body')!;
}

describe('host page: Bootstrap 5', () => {
  /** Each widget's internal styles in a plain page, before Bootstrap, as rendered and opened. */
  const baseline = new Map<string, StyleEntry[]>();
  let link: HTMLLinkElement | undefined;
  let cardBody: HTMLElement;
  const mount = (spec: { tag: string }): MountOptions => ({ parent: cardBody, width: widthOf(spec.tag) });

  before(async function () {
    this.timeout(60000);
    for (const spec of WIDGETS) {
      const { el } = await mountWidget(spec, { width: widthOf(spec.tag) });
      baseline.set(spec.tag, internalStyles(el, STRUCTURAL_PROPS));
      await spec.open?.(el);
      baseline.set(`${spec.tag} opened`, internalStyles(el, STRUCTURAL_PROPS));
      unmountAll();
    }
  });

  beforeEach(async () => {
    link = await installBootstrap();
    cardBody = bootstrapLayout();
  });

  afterEach(() => {
    unmountAll();
    link?.remove();
    link = undefined;
  });

  it('has Bootstrap applied to the page', () => {
    expect(getComputedStyle(document.body).margin).to.equal('0px');
    expect(getComputedStyle(document.documentElement).getPropertyValue('--bs-body-color').trim()).to.equal('#212529');
  });

  itChecksEveryWidget({ mount });

  for (const spec of WIDGETS) {
    it(`<${spec.tag}> Bootstrap's element and class rules (reboot, table, button, caption, .visually-hidden, …) do not reach its internals`, async function () {
      this.timeout(30000);
      const { el } = await mountWidget(spec, mount(spec));
      expect(styleDifferences(baseline.get(spec.tag)!, internalStyles(el, STRUCTURAL_PROPS)), 'as rendered').to.deep.equal([]);
      if (spec.open) {
        await spec.open(el);
        expect(styleDifferences(baseline.get(`${spec.tag} opened`)!, internalStyles(el, STRUCTURAL_PROPS)), 'opened').to.deep.equal([]);
      }
    });

    it(`<${spec.tag}> takes the page's font and text colour from Bootstrap, as the theming contract says`, async () => {
      const { el } = await mountWidget(spec, mount(spec));
      const body = getComputedStyle(document.body);
      const text = shadow(el).querySelector(spec.text)!;
      expect(getComputedStyle(text).fontFamily).to.equal(body.fontFamily);
      expect(getComputedStyle(el).color).to.equal(body.color);
    });
  }
});
