import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundledDataset } from '../src/data/full.js';
import { USE_CATEGORIES } from '../src/data/types.js';
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
  it('shows every use, grouped by category under headings, uses one level below', async () => {
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

  it('shows the evidence and linked sources of a use behind a disclosure button, by keyboard', async () => {
    const el = await uses(html`<ketamine-uses categories="other"></ketamine-uses>`);
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
    const item = data.find((u) => u.id === 'long-covid')!;
    expect(textOf(evidence)).to.contain(item.ketamine.note ?? '');
    for (const id of item.ketamine.sources) expect(textOf(evidence)).to.contain(bundledDataset.sources.find((s) => s.id === id)!.title);
    expect(textOf(evidence)).to.contain('Based on secondary sources only.');
    await expect(el).to.be.accessible();
  });

  it('shows the crisis line with uses that touch suicide', async () => {
    const d = cloneDataset();
    d.uses.find((u) => u.id === 'mdd-suicidal-ideation')!.crisis = true;
    d.meta.crisisLine = 'Crisis text from the data.';
    const el = await uses(html`<ketamine-uses .data=${d}></ketamine-uses>`);
    for (const u of d.uses) {
      expect(textOf(use(el, u.id).querySelector('[part="evidence"]')).includes('Crisis text from the data.'), u.id).to.equal(!!u.crisis);
    }
  });

  it('ends with the sources of the shown uses, the review dates and the disclaimer', async () => {
    const el = await uses(html`<ketamine-uses categories="anesthesia"></ketamine-uses>`);
    const shown = data.filter((u) => u.category === 'anesthesia');
    const cited = new Set(shown.flatMap((u) => [...u.sources, ...u.ketamine.sources, ...u.esketamine.sources]));
    expect(shadow(el).querySelectorAll('[part="footer"] [part="sources"] li')).to.have.length(cited.size);
    expect(textOf(shadow(el).querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
  });
});
