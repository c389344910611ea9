import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundledDataset } from '../src/data/full.js';
import { USE_CATEGORIES } from '../src/data/types.js';
import { formatDate } from '../src/shared/sources.js';
import '../src/uses/uses.js';
import type { KetamineUses } from '../src/uses/uses.js';
import { cloneDataset, expectNotFound, shadow, textOf, unresolvedIdReferences } from './helpers.js';

const data = bundledDataset.uses;

async function uses(template = html`<ketamine-uses></ketamine-uses>`): Promise<KetamineUses> {
  const el = await fixture<KetamineUses>(template);
  await el.updateComplete;
  return el;
}
const shownIds = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('[part~="use"]')].map((li) => li.dataset.use);
const use = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLElement>(`[data-use="${id}"]`)!;

describe('<ketamine-uses>', () => {
  it('shows every use, grouped by category under headings, uses one level below', async function () {
    this.timeout(30000); // axe over every use: slow in WebKitGTK on a busy machine
    const el = await uses(html`<ketamine-uses heading-level="2"></ketamine-uses>`);
    const groups = [...shadow(el).querySelectorAll<HTMLElement>('[part="group"]')];
    expect(groups.map((g) => g.dataset.category)).to.deep.equal(USE_CATEGORIES.filter((c) => data.some((u) => u.category === c)));
    for (const group of groups) {
      expect(group.querySelector('[part="group-heading"]')!.getAttribute('aria-level')).to.equal('2');
      for (const li of group.querySelectorAll<HTMLElement>('[part~="use"]')) {
        expect(data.find((u) => u.id === li.dataset.use)!.category).to.equal(group.dataset.category);
        expect(li.querySelector('[part="use-heading"]')!.getAttribute('aria-level')).to.equal('3');
      }
    }
    expect(shownIds(el).sort()).to.deep.equal(data.map((u) => u.id).sort());
    expect(unresolvedIdReferences(shadow(el))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it("shows both drugs' status as text with an icon", async () => {
    const el = await uses();
    const labels = [...use(el, 'treatment-resistant-depression').querySelectorAll('[part="status-label"]')].map((l) => textOf(l));
    expect(labels).to.deep.equal(['Ketamine: Off-label', 'Esketamine: FDA-approved (2019)']);
    const anesthesia = [...use(el, 'anesthesia').querySelectorAll('[part="status-label"]')].map((l) => textOf(l));
    expect(anesthesia).to.deep.equal(['Ketamine: FDA-approved (1970)', 'Esketamine: Not approved']);
    expect(use(el, 'anesthesia').querySelector('[part="status-icon"] svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('filters by status, for either drug or for one', async () => {
    const approved = await uses(html`<ketamine-uses status="approved"></ketamine-uses>`);
    expect(shownIds(approved).sort()).to.deep.equal(data.filter((u) => u.ketamine.status === 'approved' || u.esketamine.status === 'approved').map((u) => u.id).sort());
    const esk = await uses(html`<ketamine-uses status="approved" drug="esketamine"></ketamine-uses>`);
    expect(shownIds(esk).sort()).to.deep.equal(['mdd-suicidal-ideation', 'treatment-resistant-depression']);
    const cats = await uses(html`<ketamine-uses categories="pain"></ketamine-uses>`);
    expect(shownIds(cats).sort()).to.deep.equal(data.filter((u) => u.category === 'pain').map((u) => u.id).sort());
  });

  it('says so when the filters leave nothing', async () => {
    const el = await uses(html`<ketamine-uses status="approved" categories="pain"></ketamine-uses>`);
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('No uses match these filters.');
  });

  it('an unknown status, drug or category shows the error state and fires ketamine-error', async () => {
    await expectNotFound('ketamine-uses', 'status', 'approvd', 'Unknown status: approvd.');
    await expectNotFound('ketamine-uses', 'drug', 'aspirin', 'Unknown drug "aspirin"');
    await expectNotFound('ketamine-uses', 'categories', 'dental', 'Unknown category: dental.');
  });

  it('shows the evidence, with numbered references to the sources, behind a disclosure button, by keyboard', async () => {
    const d = cloneDataset();
    d.uses.find((u) => u.id === 'long-covid')!.ketamine.confidence = 'secondary';
    const el = await uses(html`<ketamine-uses categories="other" .data=${d}></ketamine-uses>`);
    const li = use(el, 'long-covid');
    const button = li.querySelector<HTMLButtonElement>('[part="evidence-toggle"]')!;
    const evidence = li.querySelector<HTMLElement>('[part="evidence"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(evidence.hidden).to.be.true;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(evidence.hidden).to.be.false;
    const item = d.uses.find((u) => u.id === 'long-covid')!;
    expect(textOf(evidence)).to.contain(item.ketamine.note ?? '');
    // Short numbered references, not bibliographic strings; each number is in the footer's numbered list.
    for (const id of item.ketamine.sources) expect(textOf(evidence)).not.to.contain(bundledDataset.sources.find((s) => s.id === id)!.title);
    const refs = [...evidence.querySelectorAll<HTMLAnchorElement>('[part="ref"]')];
    expect(refs.length).to.be.greaterThan(0);
    for (const ref of refs) expect(ref.getAttribute('aria-label')).to.match(/^Source \d+: /);
    expect(textOf(evidence)).to.contain('Some of this relies on secondary sources.');
    await expect(el).to.be.accessible();

    // A reference opens the footer's source list and moves focus to the entry.
    refs[0].click();
    await el.updateComplete;
    const target = shadow(el).querySelector(refs[0].getAttribute('href')!)!;
    expect(shadow(el).querySelector<HTMLElement>('[part~="sources-panel"]')!.hidden).to.be.false;
    // Each number is its entry's place in the footer's numbered list.
    const list = [...shadow(el).querySelectorAll('[part~="footer"] ol[part="sources"] li')];
    for (const ref of refs) {
      const id = ref.getAttribute('href')!.replace('#ref-', '');
      expect(list.findIndex((li) => li.id === `ref-${id}`) + 1, id).to.equal(Number(textOf(ref)));
    }
    expect(shadow(el).activeElement).to.equal(target);
  });

  it('shows the crisis line with uses that touch suicide', async () => {
    const d = cloneDataset();
    d.uses.find((u) => u.id === 'mdd-suicidal-ideation')!.crisis = true;
    d.meta.crisisLine = 'Crisis text from the data.';
    const el = await uses(html`<ketamine-uses .data=${d} footer="none"></ketamine-uses>`);
    for (const u of d.uses) {
      // In the open, in the shared callout, never inside the collapsed evidence; whatever the footer setting.
      const callout = use(el, u.id).querySelector<HTMLElement>(':scope > [part="crisis"]');
      expect(!!callout, u.id).to.equal(!!u.crisis);
      if (callout) {
        expect(textOf(callout)).to.equal('Crisis text from the data.');
        expect(callout.classList.contains('crisis')).to.be.true;
        expect(callout.getBoundingClientRect().height).to.be.greaterThan(0);
      }
    }
  });

  it('ends with one compact footer: the review date, "Sources (n)" of the shown uses and "About this information"', async () => {
    const el = await uses(html`<ketamine-uses categories="anesthesia"></ketamine-uses>`);
    const shown = data.filter((u) => u.category === 'anesthesia');
    const cited = new Set(shown.flatMap((u) => [...u.sources, ...u.ketamine.sources, ...u.esketamine.sources]));
    const footer = shadow(el).querySelector<HTMLElement>('[part~="footer"]')!;
    expect(footer.localName).to.equal('div'); // no contentinfo landmark inside a widget
    expect(textOf(footer.querySelector('.footer-line')).replace(/\s*·\s*/g, ' · ')).to.equal(`Last reviewed ${formatDate(bundledDataset.meta.lastReviewed, 'en-US')} · Sources (${cited.size}) · About this information`);
    const [sourcesToggle, aboutToggle] = footer.querySelectorAll<HTMLButtonElement>('[part~="footer-toggle"]');
    expect(footer.querySelector<HTMLElement>('[part~="sources-panel"]')!.hidden).to.be.true;
    // A closed panel's list is left out in the browser (a cold first render prepares fewer templates); it renders on opening.
    expect(footer.querySelectorAll('[part="sources"] li')).to.have.length(0);
    sourcesToggle.click();
    aboutToggle.click();
    await el.updateComplete;
    expect(footer.querySelectorAll('[part="sources"] li')).to.have.length(cited.size);
    expect(sourcesToggle.getAttribute('aria-expanded')).to.equal('true');
    expect(footer.querySelector<HTMLElement>('[part~="sources-panel"]')!.hidden).to.be.false;
    expect(textOf(footer.querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
    expect(footer.querySelector<HTMLElement>('[part="disclaimer"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('lists only the sources of the uses shown after filtering', async () => {
    const el = await uses(html`<ketamine-uses categories="pain" footer="full"></ketamine-uses>`);
    const count = () => shadow(el).querySelectorAll('[part~="footer"] [part="sources"] li').length;
    const all = count();
    el.categories = 'other';
    await el.updateComplete;
    const other = data.filter((u) => u.category === 'other');
    expect(count()).to.equal(new Set(other.flatMap((u) => [...u.sources, ...u.ketamine.sources, ...u.esketamine.sources])).size);
    expect(count()).to.not.equal(all);
  });

  it('takes partial label overrides from `strings`', async () => {
    const el = await uses(html`<ketamine-uses categories="other" .strings=${{ 'uses.evidence': 'Why we say this' }}></ketamine-uses>`);
    expect(textOf(shadow(el).querySelector('[part="evidence-toggle"]'))).to.equal('Why we say this');
    expect(textOf(shadow(el).querySelector('[part="group-heading"]'))).to.equal('Other uses'); // the rest stays
  });
});
