import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { bundledDataset } from '../src/data/full.js';
import '../src/route-table/route-table.js';
import { ROUTE_COLUMNS, type KetamineRouteTable } from '../src/route-table/route-table.js';
import { cloneDataset, expectNotFound, shadow, textOf, unresolvedIdReferences } from './helpers.js';

const routes = bundledDataset.routes;

async function table(template = html`<ketamine-route-table></ketamine-route-table>`): Promise<KetamineRouteTable> {
  const el = await fixture<KetamineRouteTable>(template);
  await el.updateComplete;
  return el;
}

const rowIds = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('tbody tr')].map((tr) => tr.dataset.route);
const headers = (el: HTMLElement) => [...shadow(el).querySelectorAll('thead th')].map((th) => textOf(th));
const sortButton = (el: HTMLElement, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="sort-button"]')].find((b) => textOf(b) === label)!;

describe('<ketamine-route-table>: table', () => {
  it('is a real table with a caption, column headers and a row header per route', async () => {
    const el = await table();
    const tableEl = shadow(el).querySelector('table')!;
    expect(textOf(tableEl.caption)).to.equal('Ways of giving ketamine and esketamine, compared');
    expect(headers(el)).to.deep.equal(['Route', 'Bioavailability', 'Onset or peak', 'Duration', 'Setting', 'Supervision', 'FDA-approved products', 'Cost quoted']);
    expect(rowIds(el)).to.deep.equal(routes.map((r) => r.id));
    for (const tr of shadow(el).querySelectorAll('tbody tr')) {
      const th = tr.querySelector('th')!;
      expect(th.getAttribute('scope')).to.equal('row');
      expect(tr.querySelectorAll('td')).to.have.length(ROUTE_COLUMNS.length);
    }
    await expect(el).to.be.accessible();
  });

  it('shows each route’s figures from the data', async () => {
    const el = await table();
    const iv = shadow(el).querySelector('tr[data-route="intranasal-esketamine"]')!;
    const cells = [...iv.querySelectorAll('td')].map((td) => textOf(td));
    expect(cells[0]).to.contain(routes.find((r) => r.id === 'intranasal-esketamine')!.bioavailability!.text);
    expect(cells[5]).to.contain('Spravato');
    const oral = [...shadow(el).querySelectorAll('tr[data-route="oral"] td')].map((td) => textOf(td));
    expect(oral[5]).to.contain('None: no FDA-approved product by this route');
    expect(oral[6]).to.contain('No source quotes a cost');
  });

  it('draws bioavailability as a range bar on a 0-100% scale', async () => {
    const el = await table(html`<ketamine-route-table columns="bioavailability"></ketamine-route-table>`);
    for (const route of routes.filter((r) => r.bioavailability)) {
      const bar = shadow(el).querySelector(`tr[data-route="${route.id}"] [part="range"]`)!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect(bar.getAttribute('viewBox')).to.equal('0 0 100 6');
      const fill = bar.querySelector('.fill')!;
      const { low, high } = route.bioavailability!;
      const width = Number(fill.getAttribute('width'));
      expect(width, route.id).to.equal(Math.max(high - low, 1.5));
      expect(Number(fill.getAttribute('x')), route.id).to.equal(Math.min(low, 100 - width));
    }
  });

  it('shows each source’s estimate where sources disagree', async () => {
    const el = await table(html`<ketamine-route-table routes="intranasal-racemic" columns="bioavailability"></ketamine-route-table>`);
    const estimates = [...shadow(el).querySelectorAll('.estimates li')].map((li) => textOf(li));
    const data = routes.find((r) => r.id === 'intranasal-racemic')!.bioavailability!.estimates!;
    expect(estimates).to.have.length(data.length);
    data.forEach((e, i) => expect(estimates[i]).to.contain(e.label));
  });
});

describe('<ketamine-route-table>: choosing', () => {
  it('`routes` chooses and orders rows; `columns` chooses and orders columns', async () => {
    const el = await table(html`<ketamine-route-table routes="oral, iv,intranasal-esketamine" columns="cost,bioavailability"></ketamine-route-table>`);
    expect(rowIds(el)).to.deep.equal(['oral', 'iv', 'intranasal-esketamine']);
    expect(headers(el)).to.deep.equal(['Route', 'Cost quoted', 'Bioavailability']);
  });

  it('an unknown route, column or highlight shows the error state and fires ketamine-error', async () => {
    await expectNotFound('ketamine-route-table', 'routes', 'iv,smoked', 'Unknown route id(s): smoked.');
    await expectNotFound('ketamine-route-table', 'columns', 'onset,price', 'Unknown column(s): price.');
    await expectNotFound('ketamine-route-table', 'highlight', 'ivv', 'Unknown route id(s): ivv.');
  });
});

describe('<ketamine-route-table>: highlight', () => {
  it('marks the row with visible text inside the row header, not colour alone', async () => {
    const el = await table(html`<ketamine-route-table highlight="oral"></ketamine-route-table>`);
    const row = shadow(el).querySelector('tr[data-route="oral"]')!;
    expect(row.getAttribute('part')).to.equal('row highlighted');
    expect(textOf(row.querySelector('th'))).to.match(/Highlighted$/);
    expect(shadow(el).querySelectorAll('[part="highlight-label"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});

describe('<ketamine-route-table>: sorting', () => {
  it('has sort buttons only with `sortable`, on the route name and bioavailability', async () => {
    expect(shadow(await table()).querySelector('[part="sort-button"]')).to.be.null;
    const el = await table(html`<ketamine-route-table sortable></ketamine-route-table>`);
    expect([...shadow(el).querySelectorAll('[part="sort-button"]')].map((b) => textOf(b))).to.deep.equal(['Route', 'Bioavailability']);
    expect(shadow(el).querySelector('[aria-sort]')).to.be.null;
  });

  it('sorts by bioavailability, ascending then descending, by keyboard, with aria-sort and a caption note', async () => {
    const el = await table(html`<ketamine-route-table sortable columns="bioavailability"></ketamine-route-table>`);
    const button = sortButton(el, 'Bioavailability');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const mid = (id?: string) => {
      const b = routes.find((r) => r.id === id)!.bioavailability;
      return b ? (b.low + b.high) / 2 : Infinity;
    };
    const ascending = rowIds(el).map(mid);
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a - b));
    const th = button.closest('th')!;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    expect(textOf(shadow(el).querySelector('caption'))).to.contain('sorted by Bioavailability, ascending');

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('descending');
    const descending = rowIds(el).map(mid).filter(Number.isFinite);
    expect(descending).to.deep.equal([...descending].sort((a, b) => b - a));
    expect(shadow(el).activeElement).to.equal(sortButton(el, 'Bioavailability')); // focus stays on the button
  });

  it('sorts by route name and moves aria-sort to that column', async () => {
    const el = await table(html`<ketamine-route-table sortable></ketamine-route-table>`);
    sortButton(el, 'Bioavailability').click();
    await el.updateComplete;
    sortButton(el, 'Route').click();
    await el.updateComplete;
    const names = rowIds(el).map((id) => routes.find((r) => r.id === id)!.name);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
    expect(shadow(el).querySelectorAll('[aria-sort]')).to.have.length(1);
    expect(sortButton(el, 'Route').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    await expect(el).to.be.accessible();
  });
});

describe('<ketamine-route-table>: footnotes and sources', () => {
  it('cites each figure with a footnote that resolves to the numbered sources list', async () => {
    const el = await table();
    const root = shadow(el);
    const notes = [...root.querySelectorAll<HTMLAnchorElement>('[part="footnote"]')];
    expect(notes.length).to.be.greaterThan(routes.length);
    for (const note of notes) {
      const id = note.getAttribute('href')!.slice(1);
      const target = root.getElementById(id);
      expect(target, id).to.exist;
      const n = Number(textOf(note).slice(1, -1));
      expect([...root.querySelectorAll('[part="sources"] li')].indexOf(target!)).to.equal(n - 1);
      expect(note.getAttribute('aria-label')).to.equal(`Source ${n}`);
    }
    expect(unresolvedIdReferences(root)).to.deep.equal([]);
  });

  it('moves focus to the source when a footnote is followed, without touching the page URL', async () => {
    const el = await table(html`<ketamine-route-table routes="oral" columns="bioavailability"></ketamine-route-table>`);
    const before = location.href;
    const note = shadow(el).querySelector<HTMLAnchorElement>('[part="footnote"]')!;
    note.click();
    expect(shadow(el).activeElement!.id).to.equal(note.getAttribute('href')!.slice(1));
    expect(location.href).to.equal(before);
  });

  it('lists exactly the sources the shown cells cite', async () => {
    const el = await table(html`<ketamine-route-table routes="oral" columns="onset"></ketamine-route-table>`);
    const items = [...shadow(el).querySelectorAll('[part="sources"] li')].map((li) => li.id.replace(/^ref-/, ''));
    expect(items).to.deep.equal(routes.find((r) => r.id === 'oral')!.onset!.sources);
    expect(textOf(shadow(el).querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
    expect(textOf(shadow(el).querySelector('[part="reviewed"]'))).to.match(/^Last reviewed /);
  });

  it('marks figures backed only by a marketing page or by secondary sources', async () => {
    const el = await table(html`<ketamine-route-table routes="iv,im" columns="cost,bioavailability"></ketamine-route-table>`);
    const cell = (route: string, i: number) => shadow(el).querySelectorAll(`tr[data-route="${route}"] td`)[i];
    expect(textOf(cell('iv', 0).querySelector('[part="confidence"]'))).to.equal("(Backed only by a marketing page: treat it as that seller's claim.)");
    expect(textOf(cell('im', 1).querySelector('[part="confidence"]'))).to.equal('(Based on secondary sources only.)');
    expect(cell('iv', 1).querySelector('[part="confidence"]')).to.be.null;
  });

  it('renders markup in the data as text', async () => {
    const data = cloneDataset();
    data.routes[0].name = '<em>IV</em><img src=x onerror="window.__rtPwned=1">';
    const el = await table(html`<ketamine-route-table .data=${data} routes=${data.routes[0].id}></ketamine-route-table>`);
    expect(shadow(el).querySelector('tbody em, tbody img')).to.be.null;
    expect(textOf(shadow(el).querySelector('tbody th'))).to.equal(data.routes[0].name);
  });
});

describe('<ketamine-route-table>: narrow containers', () => {
  it('turns rows into cards, every value labelled by its column heading, still a table to assistive tech', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px">
      <ketamine-route-table routes="iv,oral" columns="bioavailability,onset,setting"></ketamine-route-table>
    </div>`);
    const el = wrapper.querySelector('ketamine-route-table')!;
    await el.updateComplete;
    const root = shadow(el);
    expect(getComputedStyle(root.querySelector('tbody tr')!).display).to.equal('block');
    for (const td of root.querySelectorAll('tbody td')) {
      const label = td.querySelector('.cell-label')!;
      expect(getComputedStyle(label).display).to.equal('block');
      expect(label.getAttribute('aria-hidden')).to.equal('true');
    }
    const labels = [...root.querySelectorAll('tr[data-route="iv"] .cell-label')].map((l) => textOf(l));
    expect(labels).to.deep.equal(['Bioavailability', 'Onset or peak', 'Setting']);
    // Roles are explicit, so the changed display keeps table semantics.
    expect(root.querySelector('table')!.getAttribute('role')).to.equal('table');
    expect(root.querySelector('td')!.getAttribute('role')).to.equal('cell');
    expect(root.querySelector('thead th')!.getAttribute('role')).to.equal('columnheader');
    // Nothing is wider than the container.
    expect(root.querySelector('table')!.getBoundingClientRect().width).to.be.at.most(300);
    await expect(el).to.be.accessible();
  });

  it('keeps the table layout, with labels hidden, when there is room', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><ketamine-route-table></ketamine-route-table></div>`);
    const el = wrapper.querySelector('ketamine-route-table')!;
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).display).to.equal('table-row');
    expect(getComputedStyle(shadow(el).querySelector('.cell-label')!).display).to.equal('none');
  });

  it('is readable at a 320px-wide viewport', async function () {
    // WebDriver sessions (WebKitGTK here) cannot resize the viewport from a test; the container tests above cover them.
    if (!(await setViewport({ width: 320, height: 640 }).then(() => true, () => false))) this.skip();
    try {
      const el = await table(html`<ketamine-route-table highlight="iv" sortable></ketamine-route-table>`);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).display).to.equal('block');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<ketamine-route-table>: accessibility of every state', () => {
  for (const theme of ['', 'light', 'dark']) {
    it(`is accessible with theme "${theme || 'inherit'}", sortable and highlighted`, async () => {
      const el = await table(html`<ketamine-route-table sortable highlight="iv" theme=${theme || 'light'}></ketamine-route-table>`);
      if (!theme) el.removeAttribute('theme');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});
