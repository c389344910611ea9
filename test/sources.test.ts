import { expect, fixture, html } from '@open-wc/testing';
import { bundledDataset } from '../src/data/full.js';
import { SOURCE_KINDS } from '../src/data/types.js';
import { formatPartialDate } from '../src/shared/sources.js';
import { formatDate } from '../src/shared/sources.js';
import '../src/sources/sources.js';
import type { KetamineSources } from '../src/sources/sources.js';
import { cloneDataset, expectNotFound, shadow, textOf } from './helpers.js';

async function sources(template = html`<ketamine-sources></ketamine-sources>`): Promise<KetamineSources> {
  const el = await fixture<KetamineSources>(template);
  await el.updateComplete;
  return el;
}
const groups = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('[part="group"]')];
const listed = (el: HTMLElement) => [...shadow(el).querySelectorAll('[part~="source"]')].map((li) => li.id.replace(/^source-/, ''));

describe('<ketamine-sources>', () => {
  it('lists every source of the dataset, grouped by kind in a fixed order, under headings', async () => {
    const el = await sources();
    const kinds = groups(el).map((g) => g.dataset.kind);
    expect(kinds).to.deep.equal(SOURCE_KINDS.filter((k) => bundledDataset.sources.some((s) => s.kind === k)));
    expect(listed(el).sort()).to.deep.equal(bundledDataset.sources.map((s) => s.id).sort());
    for (const group of groups(el)) {
      const heading = group.querySelector('[part="group-heading"]')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      for (const li of group.querySelectorAll('[part~="source"]')) {
        const source = bundledDataset.sources.find((s) => `source-${s.id}` === li.id)!;
        expect(source.kind).to.equal(group.dataset.kind);
      }
    }
    expect(textOf(groups(el).find((g) => g.dataset.kind === 'regulatory')!.querySelector('[part="group-heading"]'))).to.equal('Regulatory documents');
    await expect(el).to.be.accessible();
  });

  it('shows title, publisher, dates, link and note of each source', async () => {
    const el = await sources(html`<ketamine-sources ids="fda-ketalar-label,pk-chong-2009"></ketamine-sources>`);
    const ketalar = bundledDataset.sources.find((s) => s.id === 'fda-ketalar-label')!;
    const li = shadow(el).querySelector('#source-fda-ketalar-label')!;
    expect(li.querySelector('a')!.getAttribute('href')).to.equal(ketalar.url);
    expect(textOf(li)).to.contain(ketalar.title).and.contain(ketalar.publisher).and.contain(`Published ${formatPartialDate(ketalar.published!, 'en-US')}`).and.contain(`Accessed ${formatDate(ketalar.accessed, 'en-US')}`);
    const chong = bundledDataset.sources.find((s) => s.id === 'pk-chong-2009')!;
    expect(textOf(shadow(el).querySelector('#source-pk-chong-2009 [part="source-note"]'))).to.equal(chong.note);
  });

  it('`ids` and `kinds` choose the sources', async () => {
    const el = await sources(html`<ketamine-sources ids="pk-chong-2009,fda-spravato-label,apa-2017" kinds="regulatory,study"></ketamine-sources>`);
    expect(listed(el)).to.deep.equal(['fda-spravato-label', 'pk-chong-2009']);
  });

  it('an unknown id or kind shows the error state and fires ketamine-error', async () => {
    await expectNotFound('ketamine-sources', 'ids', 'fda-ketalar-label,wikipedia', 'Unknown source id(s): wikipedia.');
    await expectNotFound('ketamine-sources', 'kinds', 'blog', 'Unknown kind(s) of source: blog.');
  });

  it('renders markup in the data as text and keeps only http(s) links', async () => {
    const data = cloneDataset();
    data.sources[0].title = '<b>Label</b><img src=x>';
    const el = await sources(html`<ketamine-sources .data=${data} ids=${data.sources[0].id}></ketamine-sources>`);
    expect(shadow(el).querySelector('[part~="source"] b, img')).to.be.null;
    expect(textOf(shadow(el).querySelector('[part~="source"] a'))).to.equal('<b>Label</b><img src=x>');
  });

  it('shows "Last reviewed" and the disclaimer, not the editorial "Next review due"', async () => {
    const el = await sources();
    expect(textOf(shadow(el).querySelector('[part="reviewed"]'))).to.equal(`Last reviewed ${formatDate(bundledDataset.meta.lastReviewed, 'en-US')}`);
    expect(textOf(shadow(el))).not.to.contain('Next review due');
    expect(textOf(shadow(el).querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
  });
});
