import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { bundledDataset } from '../src/data/full.js';
import '../src/route-table/route-table.js';
import { ROUTE_COLUMNS, type KetamineRouteTable } from '../src/route-table/route-table.js';
import { cloneDataset, emulateMedia, expectNotFound, resetMedia, shadow, textOf, unresolvedIdReferences } from './helpers.js';

const routes = bundledDataset.routes;
const route = (id: string) => routes.find((r) => r.id === id)!;
/** The columns a default table shows: every column some route has data for (products always). */
const defaultColumns = ROUTE_COLUMNS.filter((c) => c === 'products' || routes.some((r) => r[c] !== undefined));

async function table(template = html`<ketamine-route-table></ketamine-route-table>`): Promise<KetamineRouteTable> {
  const el = await fixture<KetamineRouteTable>(template);
  await el.updateComplete;
  return el;
}

/** A table inside a container of `width` px (cards up to 58em, 928px at 16px; bars above their figures up to 64em). */
async function tableIn(width: number, template: TemplateResult): Promise<KetamineRouteTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const el = wrapper.querySelector<KetamineRouteTable>('ketamine-route-table')!;
  await el.updateComplete;
  return el;
}

const rowIds = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('tr[data-route]')].map((tr) => tr.dataset.route);
const headers = (el: HTMLElement) => [...shadow(el).querySelectorAll('thead th')].map((th) => textOf(th).replace(/^Sort by /, ''));
const row = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLTableRowElement>(`tr[data-route="${id}"]`)!;
const cell = (el: HTMLElement, id: string, column: string) => row(el, id).querySelector<HTMLElement>(`td[data-column="${column}"]`)!;
/** A cell's value without its references. */
const valueOf = (td: Element) => textOf(td.querySelector('[part="value"]')).replace(/\u2060?\[[\d, ]+\]$/, '').replace(/\u2060/g, '');
const toggle = (el: HTMLElement, id: string) => row(el, id).querySelector<HTMLButtonElement>('[part="details-toggle"]')!;
const detailsOf = (el: HTMLElement, id: string) => shadow(el).getElementById(toggle(el, id).getAttribute('aria-controls')!)!;
const sortButton = (el: HTMLElement, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="sort-button"]')].find((b) => textOf(b) === label)!;
const rect = (node: Element) => node.getBoundingClientRect();
const refNumbers = (refs: Element) => [...refs.querySelectorAll('[part="ref"]')].map((a) => Number(textOf(a)));

/** Can the reader see it: a box of some size, not clipped away, and the element on top at its centre. */
function expectVisible(el: HTMLElement, node: HTMLElement, what: string) {
  const box = rect(node);
  expect(box.width, `${what} width`).to.be.greaterThan(8);
  expect(box.height, `${what} height`).to.be.greaterThan(8);
  node.scrollIntoView({ block: 'center' });
  const { left, top, width, height } = rect(node);
  const hit = shadow(el).elementFromPoint(left + width / 2, top + height / 2);
  expect(hit === node || node.contains(hit), `${what} is on top at its centre`).to.be.true;
}

describe('<ketamine-route-table>: table', () => {
  it('is a real table with a caption, column headers and a row header per route', async function () {
    this.timeout(30000); // axe over the whole table is slow in WebKit on a busy machine
    const el = await table();
    const tableEl = shadow(el).querySelector('table')!;
    expect(textOf(tableEl.caption)).to.equal('Ways of giving ketamine and esketamine, compared');
    const labels = Object.fromEntries(ROUTE_COLUMNS.map((c) => [c, bundledDataset.strings![`routeTable.column.${c}`]]));
    expect(headers(el)).to.deep.equal(['Route', ...defaultColumns.map((c) => labels[c])]);
    expect(rowIds(el)).to.deep.equal(routes.map((r) => r.id));
    for (const tr of shadow(el).querySelectorAll('tr[data-route]')) {
      expect(tr.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect(tr.querySelectorAll('td')).to.have.length(defaultColumns.length);
    }
    await expect(el).to.be.accessible();
  });

  it('cells hold each fact’s short value, not its explanation', async () => {
    const el = await table();
    let checked = 0;
    for (const r of routes) {
      for (const column of ['bioavailability', 'onset', 'duration', 'setting', 'supervision'] as const) {
        const fact = r[column];
        if (!fact?.short) continue;
        const td = cell(el, r.id, column);
        expect(valueOf(td), `${r.id} ${column}`).to.equal(fact.short);
        if (fact.text !== fact.short) expect(textOf(td), `${r.id} ${column}`).not.to.contain(fact.text);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(20);
    const products = cell(el, 'intranasal-esketamine', 'products');
    expect(valueOf(products)).to.equal(route('intranasal-esketamine').approvedProducts.join(', '));
    expect(valueOf(cell(el, 'oral', 'products'))).to.equal('None');
  });

  it('a fact without a short value shows its text in the cell', async () => {
    const data = cloneDataset();
    const oral = data.routes.find((r) => r.id === 'oral')!;
    delete oral.onset!.short;
    const el = await table(html`<ketamine-route-table .data=${data} routes="oral" columns="onset"></ketamine-route-table>`);
    expect(valueOf(cell(el, 'oral', 'onset'))).to.equal(oral.onset!.text);
  });

  it('leaves out a default column no route has data for, shows it when asked, and shows a cost a dataset gives', async () => {
    const data = cloneDataset();
    for (const r of data.routes) delete r.cost;
    const withoutCost = await table(html`<ketamine-route-table .data=${data}></ketamine-route-table>`);
    expect(headers(withoutCost)).not.to.include('Cost quoted');
    const asked = await table(html`<ketamine-route-table .data=${data} columns="onset,cost"></ketamine-route-table>`);
    expect(headers(asked)).to.deep.equal(['Route', 'Onset or peak', 'Cost quoted']);
    expect(valueOf(cell(asked, 'iv', 'cost'))).to.equal('None quoted');
    data.routes[1].cost = { short: '$10 a dose', text: 'Ten dollars a dose, says a test.', sources: [data.sources[0].id] };
    const withCost = await table(html`<ketamine-route-table .data=${data}></ketamine-route-table>`);
    expect(headers(withCost)).to.include('Cost quoted');
    expect(valueOf(cell(withCost, data.routes[1].id, 'cost'))).to.equal('$10 a dose');
  });

  it('row headers start where the cells start (not centred; left in a left-to-right page, right in a right-to-left one: see test/hostile/rtl.test.ts)', async () => {
    const el = await tableIn(1100, html`<ketamine-route-table routes="im,rectal"></ketamine-route-table>`);
    for (const id of ['im', 'rectal']) {
      const th = row(el, id).querySelector('th')!;
      const name = th.querySelector('.route-name-text')!;
      const padding = parseFloat(getComputedStyle(th).paddingInlineStart);
      const chevron = rect(th.querySelector('.chevron')!);
      expect(rect(name).left - rect(th).left, id).to.be.at.most(padding + chevron.width + 12);
      expect(chevron.left - rect(th).left, id).to.be.closeTo(padding, 1.5);
      expect(getComputedStyle(th).textAlign, id).to.equal('left');
    }
    expect(getComputedStyle(shadow(el).querySelector('caption')!).textAlign).to.equal('left');
    expect(getComputedStyle(shadow(el).querySelector('thead th')!).textAlign).to.equal('left');
  });

  it('keeps a number range such as "17-23%" on one line', async () => {
    const el = await tableIn(700, html`<ketamine-route-table routes="oral,sublingual" columns="bioavailability,onset,setting,supervision,products"></ketamine-route-table>`);
    const ranges = [...shadow(el).querySelectorAll<HTMLElement>('[part="value"] .nowrap')];
    const expected = ['oral', 'sublingual'].map((id) => /\d+-\d+%/.exec(route(id).bioavailability!.short!)![0]);
    expect(ranges.map((r) => textOf(r))).to.include.members(expected);
    for (const range of ranges) expect(range.getClientRects(), textOf(range)).to.have.length(1);
  });

  it('renders markup in the data as text', async () => {
    const data = cloneDataset();
    data.routes[0].name = '<em>IV</em><img src=x onerror="window.__rtPwned=1">';
    data.routes[0].onset!.short = '<b>soon</b> 1-2 <i>min</i>';
    const el = await table(html`<ketamine-route-table .data=${data} routes=${data.routes[0].id}></ketamine-route-table>`);
    expect(shadow(el).querySelector('tbody em, tbody img, tbody b, tbody i')).to.be.null;
    expect(textOf(shadow(el).querySelector('tbody th'))).to.equal(data.routes[0].name);
    expect(valueOf(cell(el, data.routes[0].id, 'onset'))).to.equal(data.routes[0].onset!.short);
  });
});

describe('<ketamine-route-table>: bioavailability bars', () => {
  it('draw a bar from 0 to the value, the range as a lighter extension; IV is a full bar', async () => {
    const el = await table(html`<ketamine-route-table columns="bioavailability"></ketamine-route-table>`);
    let ranges = 0;
    for (const r of routes.filter((x) => x.bioavailability)) {
      const bar = cell(el, r.id, 'bioavailability').querySelector('[part="range"]')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect(bar.getAttribute('viewBox')).to.equal('0 0 100 6');
      const { low, high } = r.bioavailability!;
      const fill = bar.querySelector('.fill')!;
      expect(Number(fill.getAttribute('x')), r.id).to.equal(0);
      expect(Number(fill.getAttribute('width')), r.id).to.equal(low);
      const extension = bar.querySelector('.extension');
      if (high > low) {
        ranges++;
        expect(Number(extension!.getAttribute('x')), r.id).to.equal(low);
        expect(Number(extension!.getAttribute('width')), r.id).to.equal(high - low);
        expect(getComputedStyle(extension!).fill, r.id).not.to.equal(getComputedStyle(fill).fill);
      } else {
        expect(extension, r.id).to.be.null;
      }
    }
    expect(ranges).to.be.greaterThan(0);
    // IV reads as full: the solid part covers the whole track.
    const iv = cell(el, 'iv', 'bioavailability').querySelector('[part="range"]')!;
    expect(rect(iv.querySelector('.fill')!).width).to.be.closeTo(rect(iv).width, 0.5);
  });

  it('puts the value in text beside each bar in the table layout', async () => {
    const el = await tableIn(1100, html`<ketamine-route-table columns="bioavailability,onset,setting"></ketamine-route-table>`);
    for (const r of routes.filter((x) => x.bioavailability)) {
      const td = cell(el, r.id, 'bioavailability');
      const bar = rect(td.querySelector('[part="range"]')!);
      const value = td.querySelector<HTMLElement>('[part="value"]')!;
      const firstLine = value.getClientRects()[0];
      expect(firstLine.left, r.id).to.be.at.least(bar.right);
      expect(bar.top, r.id).to.be.at.least(firstLine.top - 1);
      expect(bar.bottom, r.id).to.be.at.most(firstLine.bottom + 1);
    }
  });

  it('go above their values where the table is short of room for both (58-64em), and the table still fits', async () => {
    const el = await tableIn(960, html`<ketamine-route-table></ketamine-route-table>`);
    expect(getComputedStyle(row(el, 'iv')).display).to.equal('table-row');
    for (const r of routes.filter((x) => x.bioavailability)) {
      const td = cell(el, r.id, 'bioavailability');
      const bar = rect(td.querySelector('[part="range"]')!);
      expect(bar.bottom, r.id).to.be.at.most(rect(td.querySelector('[part="value"]')!).top + 1);
    }
    const scroller = shadow(el).querySelector('.scroll')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
  });

  it('grow from the right in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 1100px">
      <ketamine-route-table routes="oral" columns="bioavailability"></ketamine-route-table>
    </div>`);
    const el = wrapper.querySelector<KetamineRouteTable>('ketamine-route-table')!;
    await el.updateComplete;
    const bar = cell(el, 'oral', 'bioavailability').querySelector('[part="range"]')!;
    const fill = rect(bar.querySelector('.fill')!);
    expect(fill.right).to.be.closeTo(rect(bar).right, 0.5);
    expect(rect(cell(el, 'oral', 'bioavailability').querySelector('[part="value"]')!).right).to.be.at.most(rect(bar).left);
  });

  it('keep solid and range parts apart in forced colours', async function () {
    const el = await table(html`<ketamine-route-table routes="intranasal-racemic" columns="bioavailability"></ketamine-route-table>`);
    if (!(await emulateMedia([{ name: 'forced-colors', value: 'active' }]))) this.skip();
    try {
      if (!matchMedia('(forced-colors: active)').matches) this.skip();
      const bar = cell(el, 'intranasal-racemic', 'bioavailability').querySelector('[part="range"]')!;
      const [fill, extension] = [bar.querySelector('.fill')!, bar.querySelector('.extension')!].map((r) => getComputedStyle(r));
      const track = getComputedStyle(bar.querySelector('.track')!);
      // Solid text colour, then a see-through tint of it, then the empty track in the background colour.
      expect(Number(extension.fillOpacity)).to.be.below(1);
      expect(Number(fill.fillOpacity)).to.equal(1);
      expect(track.fill).not.to.equal(fill.fill);
    } finally {
      await resetMedia();
    }
  });

  it('says in words what the lighter part means, only where a range is drawn', async () => {
    const withRange = await table(html`<ketamine-route-table routes="iv,intranasal-racemic" columns="bioavailability"></ketamine-route-table>`);
    expect(textOf(shadow(withRange).querySelector('[part="legend"]'))).to.equal(bundledDataset.strings!['routeTable.legend']);
    const single = await table(html`<ketamine-route-table routes="iv,im" columns="bioavailability"></ketamine-route-table>`);
    expect(shadow(single).querySelector('[part="legend"]')).to.be.null;
    const noBars = await table(html`<ketamine-route-table routes="intranasal-racemic" columns="onset"></ketamine-route-table>`);
    expect(shadow(noBars).querySelector('[part="legend"]')).to.be.null;
  });
});

describe('<ketamine-route-table>: details', () => {
  it('each route’s name is a disclosure button (aria-expanded, aria-controls) for its details row', async () => {
    const el = await table();
    for (const r of routes) {
      const button = toggle(el, r.id);
      expect(button, r.id).to.exist;
      expect(button.closest('th')!.getAttribute('role')).to.equal('rowheader');
      expect(textOf(button)).to.equal(r.name);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const details = detailsOf(el, r.id);
      expect(details.hidden, r.id).to.be.true;
      expect(getComputedStyle(details).display).to.equal('none');
      expect(details.previousElementSibling).to.equal(row(el, r.id));
    }
    expect(unresolvedIdReferences(shadow(el))).to.deep.equal([]);
  });

  it('opens and closes by keyboard, focus staying on the button, showing the explanation of every value', async function () {
    this.timeout(30000); // axe over the whole table is slow in WebKit on a busy machine
    const el = await table(html`<ketamine-route-table routes="iv,intranasal-racemic"></ketamine-route-table>`);
    const button = toggle(el, 'intranasal-racemic');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = detailsOf(el, 'intranasal-racemic');
    expect(details.hidden).to.be.false;
    expect(rect(details).height).to.be.greaterThan(20);
    const r = route('intranasal-racemic');
    const text = textOf(details);
    expect(text).to.contain(r.notes!);
    for (const column of ['bioavailability', 'onset', 'setting', 'supervision'] as const) expect(text, column).to.contain(r[column]!.text);
    expect([...details.querySelectorAll('.estimates li')].map((li) => textOf(li))).to.have.length(r.bioavailability!.estimates!.length);
    r.bioavailability!.estimates!.forEach((e) => expect(text).to.contain(e.label));
    expect(detailsOf(el, 'iv').hidden, 'other routes stay closed').to.be.true;
    expect(shadow(el).activeElement).to.equal(button);
    await expect(el).to.be.accessible();

    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(details.hidden).to.be.true;
  });

  it('`expanded` opens chosen routes’ details (or `all`) at first; the reader can still close them', async function () {
    this.timeout(30000); // axe over the whole table is slow in WebKit on a busy machine
    const el = await table(html`<ketamine-route-table expanded="oral"></ketamine-route-table>`);
    expect(routes.filter((r) => toggle(el, r.id).getAttribute('aria-expanded') === 'true').map((r) => r.id)).to.deep.equal(['oral']);
    expect(detailsOf(el, 'oral').hidden).to.be.false;
    toggle(el, 'oral').click();
    await el.updateComplete;
    expect(detailsOf(el, 'oral').hidden).to.be.true;
    el.expanded = 'all';
    await el.updateComplete;
    for (const r of routes) expect(detailsOf(el, r.id).hidden, r.id).to.be.false;
    await expect(el).to.be.accessible();
    await expectNotFound('ketamine-route-table', 'expanded', 'oral,nope', 'Unknown route id(s): nope.');
  });

  it('`expanded="all"` applies to a dataset loaded later', async () => {
    const el = await table(html`<ketamine-route-table expanded="all" .data=${cloneDataset()} routes="iv,im"></ketamine-route-table>`);
    expect(detailsOf(el, 'im').hidden).to.be.false;
  });

  it('marks figures backed only by a marketing page or by secondary sources, in the details', async () => {
    const data = cloneDataset();
    const [marketing, study] = data.sources;
    marketing.kind = 'marketing';
    study.kind = 'study';
    const iv = data.routes.find((r) => r.id === 'iv')!;
    iv.setting = { short: 'clinic', text: 'A clinic, says its own page.', sources: [marketing.id] };
    iv.onset = { short: 'fast', text: 'Fast, says one study.', sources: [study.id], confidence: 'secondary' };
    const el = await table(html`<ketamine-route-table .data=${data} routes="iv" columns="setting,onset,duration"></ketamine-route-table>`);
    toggle(el, 'iv').click();
    await el.updateComplete;
    const notes = [...detailsOf(el, 'iv').querySelectorAll('[part="confidence"]')].map((n) => textOf(n));
    const strings = bundledDataset.strings!;
    expect(notes).to.deep.equal([`(${strings['provenance.marketingOnly']})`, `(${strings['confidence.secondary']})`]);
    expect(cell(el, 'iv', 'setting').querySelector('[part="confidence"]')).to.be.null;
  });

  it('prints every route’s details', async function () {
    const el = await tableIn(1100, html`<ketamine-route-table routes="iv,oral"></ketamine-route-table>`);
    if (!(await emulateMedia([], 'print'))) this.skip();
    try {
      expect(getComputedStyle(detailsOf(el, 'oral')).display).to.equal('table-row');
    } finally {
      await resetMedia();
    }
  });
});

describe('<ketamine-route-table>: choosing', () => {
  it('`routes` chooses and orders rows; `columns` chooses and orders columns', async () => {
    const el = await table(html`<ketamine-route-table routes="oral, iv,intranasal-esketamine" columns="products,bioavailability"></ketamine-route-table>`);
    expect(rowIds(el)).to.deep.equal(['oral', 'iv', 'intranasal-esketamine']);
    expect(headers(el)).to.deep.equal(['Route', 'FDA-approved products', 'Bioavailability']);
  });

  it('an unknown route, column or highlight shows the error state and fires ketamine-error', async () => {
    await expectNotFound('ketamine-route-table', 'routes', 'iv,smoked', 'Unknown route id(s): smoked.');
    await expectNotFound('ketamine-route-table', 'columns', 'onset,price', 'Unknown column(s): price.');
    await expectNotFound('ketamine-route-table', 'highlight', 'ivv', 'Unknown route id(s): ivv.');
  });
});

describe('<ketamine-route-table>: caption', () => {
  it('a `caption` slot replaces the caption, and it still names the table', async () => {
    const el = await table(html`<ketamine-route-table routes="iv"><span slot="caption">Routes we offer</span></ketamine-route-table>`);
    const slot = shadow(el).querySelector<HTMLSlotElement>('caption slot[name="caption"]')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Routes we offer']);
    const caption = shadow(el).querySelector('caption')!;
    expect(caption.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(rect(el.querySelector('[slot="caption"]')!).height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('the caption label can be overridden without a dataset (`strings`)', async () => {
    const el = await table(html`<ketamine-route-table routes="iv" .strings=${{ 'routeTable.caption': 'How ketamine is given' }}></ketamine-route-table>`);
    expect(textOf(shadow(el).querySelector('caption'))).to.equal('How ketamine is given');
  });
});

describe('<ketamine-route-table>: highlight', () => {
  it('marks the row with visible text inside the row header, not colour alone', async () => {
    const el = await table(html`<ketamine-route-table highlight="oral"></ketamine-route-table>`);
    const tr = row(el, 'oral');
    expect(tr.getAttribute('part')).to.equal('row highlighted');
    expect(textOf(tr.querySelector('th'))).to.match(/Highlighted$/);
    expect(textOf(toggle(el, 'oral')), 'the label is not part of the button’s name').to.equal(route('oral').name);
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

  it('sorts by route name and moves aria-sort to that column; an open route stays open with its row', async function () {
    this.timeout(30000); // axe over the whole table is slow in WebKit on a busy machine
    const el = await table(html`<ketamine-route-table sortable></ketamine-route-table>`);
    toggle(el, 'oral').click();
    sortButton(el, 'Bioavailability').click();
    await el.updateComplete;
    sortButton(el, 'Route').click();
    await el.updateComplete;
    const names = rowIds(el).map((id) => route(id!).name);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
    expect(shadow(el).querySelectorAll('[aria-sort]')).to.have.length(1);
    expect(sortButton(el, 'Route').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(detailsOf(el, 'oral').hidden).to.be.false;
    expect(detailsOf(el, 'oral').previousElementSibling).to.equal(row(el, 'oral'));
    await expect(el).to.be.accessible();
  });
});

describe('<ketamine-route-table>: references and sources', () => {
  it('cites each value with numbered references, in ascending order, that resolve to the footer’s list', async () => {
    const el = await table(html`<ketamine-route-table footer="full"></ketamine-route-table>`);
    const root = shadow(el);
    const groups = [...root.querySelectorAll('[part="refs"]')];
    expect(groups.length).to.be.greaterThan(routes.length);
    const list = [...root.querySelectorAll('[part~="sources"] li')];
    for (const group of groups) {
      const numbers = refNumbers(group);
      expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
      for (const ref of group.querySelectorAll('[part="ref"]')) {
        const target = root.getElementById(ref.getAttribute('href')!.slice(1));
        expect(list.indexOf(target!)).to.equal(Number(textOf(ref)) - 1);
      }
    }
    expect(unresolvedIdReferences(root)).to.deep.equal([]);
  });

  it('numbers sources in reading order, row by row', async () => {
    const el = await table(html`<ketamine-route-table footer="full"></ketamine-route-table>`);
    const seen: number[] = [];
    for (const ref of shadow(el).querySelectorAll('[part="ref"]')) {
      const n = Number(textOf(ref));
      if (!seen.includes(n)) seen.push(n);
    }
    // First citations come in order 1, 2, 3, ... (within a group the numbers are sorted, so allow that).
    expect([...seen].sort((a, b) => a - b)).to.deep.equal(seen.map((_, i) => i + 1));
  });

  it('never starts a line with a reference, even in narrow columns', async () => {
    const el = await tableIn(660, html`<ketamine-route-table></ketamine-route-table>`);
    let checked = 0;
    for (const td of shadow(el).querySelectorAll('tr[data-route] td')) {
      const value = td.querySelector('[part="value"]');
      const refs = value?.querySelector('[part="refs"]');
      if (!value || !refs) continue;
      const lines = [...value.getClientRects()];
      const start = Math.min(...lines.map((l) => l.left));
      const first = refs.getClientRects()[0];
      expect(refs.getClientRects(), 'one line').to.have.length(1);
      expect(first.left - start, `${textOf(td)}: reference at a line start`).to.be.greaterThan(4);
      checked++;
    }
    expect(checked).to.be.greaterThan(15);
  });

  it('a reference opens the compact footer’s source list and focuses the source, without touching the page URL', async () => {
    const el = await table(html`<ketamine-route-table routes="oral" columns="bioavailability"></ketamine-route-table>`);
    const before = location.href;
    const ref = shadow(el).querySelector<HTMLAnchorElement>('[part="ref"]')!;
    ref.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(shadow(el).activeElement!.id).to.equal(ref.getAttribute('href')!.slice(1));
    expect(shadow(el).querySelector<HTMLElement>('[part~="sources-panel"]')!.hidden).to.be.false;
    expect(location.href).to.equal(before);
  });

  it('a keyboard passes the table in one stop per route: cell references are out of the Tab order', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">
      <button id="before">before</button><ketamine-route-table></ketamine-route-table><button id="after">after</button>
    </div>`);
    const el = wrapper.querySelector<KetamineRouteTable>('ketamine-route-table')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let i = 0; i < 100; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement?.id === 'after') break;
      stops.push((shadow(el).activeElement as HTMLElement).getAttribute('part')!);
    }
    // Each route's name, then the compact footer's two buttons.
    expect(stops).to.deep.equal([...routes.map(() => 'details-toggle'), 'footer-toggle sources-toggle', 'footer-toggle about-toggle']);
    const cellRefs = [...shadow(el).querySelectorAll<HTMLAnchorElement>('tr[data-route] [part="ref"]')];
    expect(cellRefs.length).to.be.greaterThan(routes.length * 3);
    for (const ref of cellRefs) {
      expect(ref.tabIndex, textOf(ref)).to.equal(-1);
      // Still a link, named, for a screen reader's reading and its list of links.
      expect(ref.localName).to.equal('a');
      expect(ref.getAttribute('href')).to.match(/^#ref-/);
      expect(ref.getAttribute('aria-label')).to.match(/^Source \d+: ./);
    }
  });

  it('every reference in a row’s cells is also a link the keyboard reaches in the route’s details (none is mouse-only)', async function () {
    this.timeout(30000);
    // The bundled data, and a dataset where a fact has no short value and a route no notes (products cite its sources).
    const data = cloneDataset();
    const esketamine = data.routes.find((r) => r.id === 'intranasal-esketamine')!;
    delete esketamine.notes;
    delete esketamine.onset!.short;
    // Products cite the route's sources, and the onset: sources that no other value of the route cites.
    const factSources = new Set(ROUTE_COLUMNS.flatMap((c) => (c === 'products' ? [] : (esketamine[c]?.sources ?? []))));
    const [forProducts, forOnset] = data.sources.filter((src) => !factSources.has(src.id));
    esketamine.sources = [forProducts.id];
    esketamine.onset!.sources = [forOnset.id];
    for (const el of [await table(), await table(html`<ketamine-route-table .data=${data}></ketamine-route-table>`)]) {
      for (const r of routes) {
        const hrefs = (root: Element, selector: string) => new Set([...root.querySelectorAll(selector)].map((a) => a.getAttribute('href')));
        const inCells = hrefs(row(el, r.id), '[part="ref"]');
        if (!inCells.size) continue;
        const details = detailsOf(el, r.id);
        const inDetails = hrefs(details, 'a[part="ref"]:not([tabindex="-1"])');
        expect([...inCells].filter((href) => !inDetails.has(href)), r.id).to.deep.equal([]);
      }
    }
    // Opened, the details' links are Tab stops after the route's name.
    const el = await table(html`<ketamine-route-table .data=${data} routes="intranasal-esketamine"></ketamine-route-table>`);
    const button = toggle(el, 'intranasal-esketamine');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    const active = shadow(el).activeElement!;
    expect(active.getAttribute('part')).to.equal('ref');
    expect(detailsOf(el, 'intranasal-esketamine').contains(active)).to.be.true;
    expect(textOf(detailsOf(el, 'intranasal-esketamine'))).to.contain('Spravato');
    await expect(el).to.be.accessible();
  });

  it('lists exactly the sources of what it shows, in citation order', async () => {
    const el = await table(html`<ketamine-route-table routes="oral" columns="onset" footer="full"></ketamine-route-table>`);
    const items = [...shadow(el).querySelectorAll('[part~="sources"] li')].map((li) => li.id.replace(/^ref-/, ''));
    const oral = route('oral');
    expect(items).to.deep.equal([...new Set([...oral.onset!.sources, ...(oral.notes ? oral.sources : [])])]);
    expect(textOf(shadow(el).querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
    expect(textOf(shadow(el).querySelector('[part="reviewed"]'))).to.match(/^Last reviewed /);
  });

  it('forms no landmark: no <footer>, <section>, <aside> or landmark role in the widget', async () => {
    const el = await table(html`<ketamine-route-table sortable></ketamine-route-table>`);
    const landmarks = shadow(el).querySelectorAll('footer, header, section, aside, nav, main, form, [role="contentinfo"], [role="region"], [role="complementary"]');
    expect([...landmarks].map((n) => n.localName)).to.deep.equal([]);
  });
});

describe('<ketamine-route-table>: narrow containers (cards)', () => {
  it('turns routes into cards, every value labelled by its column heading, still a table to assistive tech', async () => {
    const el = await tableIn(300, html`<ketamine-route-table routes="iv,oral" columns="bioavailability,onset,setting"></ketamine-route-table>`);
    const root = shadow(el);
    expect(getComputedStyle(root.querySelector('tbody')!).display).to.equal('block');
    for (const td of root.querySelectorAll('tr[data-route] td')) {
      const label = td.querySelector('.cell-label')!;
      expect(getComputedStyle(label).display).to.equal('block');
      expect(label.getAttribute('aria-hidden')).to.equal('true');
    }
    const labels = [...row(el, 'iv').querySelectorAll('.cell-label')].map((l) => textOf(l));
    expect(labels).to.deep.equal(['Bioavailability', 'Onset or peak', 'Setting']);
    // Roles are explicit, so the changed display keeps table semantics.
    expect(root.querySelector('table')!.getAttribute('role')).to.equal('table');
    expect(root.querySelector('td')!.getAttribute('role')).to.equal('cell');
    expect(root.querySelector('thead th')!.getAttribute('role')).to.equal('columnheader');
    expect(root.querySelector('table')!.getBoundingClientRect().width).to.be.at.most(300);
    await expect(el).to.be.accessible();
  });

  it('a card’s values share its lines evenly, the bioavailability cell as wide as the others', async () => {
    for (const [width, perLine] of [[400, 2], [760, 3]] as const) {
      const el = await tableIn(width, html`<ketamine-route-table routes="iv"></ketamine-route-table>`);
      const tr = row(el, 'iv');
      expect(getComputedStyle(tr).display, `${width}px`).to.equal('block');
      for (const td of tr.querySelectorAll('td')) expect(rect(td).width, `${width}px ${td.dataset.column}`).to.be.closeTo(tr.clientWidth / perLine, 1);
    }
  });

  it('keeps the table layout, with labels hidden, when there is room', async () => {
    const el = await tableIn(1000, html`<ketamine-route-table></ketamine-route-table>`);
    expect(getComputedStyle(row(el, 'iv')).display).to.equal('table-row');
    expect(getComputedStyle(shadow(el).querySelector('.cell-label')!).display).to.equal('none');
  });

  it('every focusable control is visible in a card, details open or closed', async () => {
    const el = await tableIn(340, html`<ketamine-route-table sortable highlight="iv"></ketamine-route-table>`);
    toggle(el, 'iv').click();
    await el.updateComplete;
    const focusables = [...shadow(el).querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex="0"]')].filter(
      (node) => !node.closest('[hidden]'),
    );
    expect(focusables.length).to.be.greaterThan(routes.length + 2);
    for (const node of focusables) {
      const box = rect(node);
      expect(box.width, textOf(node)).to.be.greaterThan(4);
      expect(box.height, textOf(node)).to.be.greaterThan(4);
    }
    expect(rect(el).width).to.be.at.most(340);
  });

  it('shows a visible, labelled sort control above the cards that sorts by keyboard', async function () {
    this.timeout(30000); // axe over the whole table is slow in WebKit on a busy machine
    const el = await tableIn(340, html`<ketamine-route-table sortable columns="bioavailability,onset"></ketamine-route-table>`);
    const label = shadow(el).querySelector<HTMLElement>('[part="sort-label"]')!;
    expect(textOf(label)).to.equal('Sort by');
    expectVisible(el, label, 'Sort by label');
    const button = sortButton(el, 'Bioavailability');
    expectVisible(el, button, 'Bioavailability sort button');
    expectVisible(el, sortButton(el, 'Route'), 'Route sort button');
    // The label and its buttons sit above the first card.
    expect(rect(button).bottom).to.be.at.most(rect(shadow(el).querySelector('tbody')!).top);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowIds(el)[0]).to.equal([...routes].filter((r) => r.bioavailability).sort((a, b) => a.bioavailability!.low + a.bioavailability!.high - b.bioavailability!.low - b.bioavailability!.high)[0].id);
    await expect(el).to.be.accessible();
  });

  it('without `sortable` the hidden column headers hold nothing focusable', async () => {
    const el = await tableIn(340, html`<ketamine-route-table></ketamine-route-table>`);
    expect(shadow(el).querySelectorAll('thead button, thead a, thead [tabindex]')).to.have.length(0);
    expect(rect(shadow(el).querySelector('thead')!).height).to.be.at.most(1);
  });

  it('Tab goes from the sort buttons to each route’s details button, all visible', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 340px">
      <button id="before">before</button>
      <ketamine-route-table sortable routes="iv,oral" columns="bioavailability,products" footer="none"></ketamine-route-table>
    </div>`);
    const el = wrapper.querySelector<KetamineRouteTable>('ketamine-route-table')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const visited: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement as HTMLElement;
      expectVisible(el, active, textOf(active));
      visited.push(active.getAttribute('part')!);
    }
    expect(visited).to.deep.equal(['sort-button', 'sort-button', 'details-toggle', 'details-toggle']);
  });

  it('is readable at a 320px-wide viewport', async function () {
    // WebDriver sessions (WebKitGTK here) cannot resize the viewport from a test; the container tests above cover them.
    if (!(await setViewport({ width: 320, height: 640 }).then(() => true, () => false))) this.skip();
    try {
      const el = await table(html`<ketamine-route-table highlight="iv" sortable></ketamine-route-table>`);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(getComputedStyle(shadow(el).querySelector('tbody')!).display).to.equal('block');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<ketamine-route-table>: every container width', () => {
  // A tablet or a narrow column (about 640-930px) used to get the table layout, wider than its container, in a sideways
  // scroller. At every width either the table fits or the routes show as cards. In the page font of the benches and
  // screenshots (system-ui: DejaVu Sans here, as wide as Verdana) and in the default serif.
  const variants: [string, TemplateResult][] = [
    ['default', html`<ketamine-route-table></ketamine-route-table>`],
    ['sortable, highlighted, every route open', html`<ketamine-route-table sortable highlight="intranasal-racemic" expanded="all"></ketamine-route-table>`],
  ];
  for (const font of ['system-ui, sans-serif', 'serif']) {
    for (const [name, template] of variants) {
      it(`${name}, ${font}: from 320 to 1280px the table fits its container or shows cards (nothing scrolls sideways)`, async function () {
        this.timeout(60000);
        const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: 320px; font: 16px/1.5 ${font}`}>${template}</div>`);
        const el = wrapper.querySelector<KetamineRouteTable>('ketamine-route-table')!;
        await el.updateComplete;
        const scroller = shadow(el).querySelector<HTMLElement>('.scroll')!;
        const overflows: string[] = [];
        const layouts = new Set<string>();
        for (let width = 320; width <= 1280; width += 40) {
          wrapper.style.width = `${width}px`;
          const layout = getComputedStyle(row(el, 'iv')).display === 'block' ? 'cards' : 'table';
          layouts.add(layout);
          if (scroller.scrollWidth > scroller.clientWidth) overflows.push(`${width}px (${layout}): ${scroller.scrollWidth} > ${scroller.clientWidth}`);
          if (el.scrollWidth > el.clientWidth) overflows.push(`${width}px (${layout}): widget ${el.scrollWidth} > ${el.clientWidth}`);
        }
        expect(overflows).to.deep.equal([]);
        expect([...layouts]).to.have.members(['cards', 'table']);
      });
    }
  }
});

describe('<ketamine-route-table>: theming', () => {
  it('desktop headers and card titles take separate tokens, each with a text colour', async () => {
    const style = '--ketamine-route-table-header-background: rgb(0, 119, 122); --ketamine-route-table-header-color: rgb(255, 255, 255)';
    const wide = await tableIn(1000, html`<ketamine-route-table routes="iv" style=${style}></ketamine-route-table>`);
    const header = shadow(wide).querySelector('thead th')!;
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(0, 119, 122)');
    expect(getComputedStyle(header).color).to.equal('rgb(255, 255, 255)');

    // The card title follows the header pair unless given its own.
    const narrow = await tableIn(340, html`<ketamine-route-table routes="iv" style=${style}></ketamine-route-table>`);
    const title = row(narrow, 'iv').querySelector('th')!;
    expect(getComputedStyle(title).backgroundColor).to.equal('rgb(0, 119, 122)');
    expect(getComputedStyle(title).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(toggle(narrow, 'iv')).color).to.equal('rgb(255, 255, 255)');

    const own = `${style}; --ketamine-route-table-card-title-background: rgb(240, 240, 230); --ketamine-route-table-card-title-color: rgb(20, 20, 20)`;
    const themed = await tableIn(340, html`<ketamine-route-table routes="iv" style=${own}></ketamine-route-table>`);
    const ownTitle = row(themed, 'iv').querySelector('th')!;
    expect(getComputedStyle(ownTitle).backgroundColor).to.equal('rgb(240, 240, 230)');
    expect(getComputedStyle(ownTitle).color).to.equal('rgb(20, 20, 20)');
    await expect(themed).to.be.accessible();
  });
});

describe('<ketamine-route-table>: accessibility of every state', () => {
  it('is accessible inheriting a dark page’s colours, cards and table, a route open', async function () {
    this.timeout(30000); // axe over the whole table is slow in WebKit on a busy machine
    for (const width of [1100, 340]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px; background: #121417; color: #e8e8e8; color-scheme: dark`}>
        <ketamine-route-table sortable highlight="oral" expanded="intranasal-racemic"></ketamine-route-table>
      </div>`);
      const el = wrapper.querySelector<KetamineRouteTable>('ketamine-route-table')!;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    }
  });

  for (const theme of ['', 'light', 'dark']) {
    for (const width of [1100, 340]) {
      it(`is accessible with theme "${theme || 'inherit'}" at ${width}px, sortable, highlighted, a route open`, async function () {
    this.timeout(30000); // axe over the whole table is slow in WebKit on a busy machine
        const el = await tableIn(width, html`<ketamine-route-table sortable highlight="iv" theme=${theme || 'light'}></ketamine-route-table>`);
        if (!theme) el.removeAttribute('theme');
        toggle(el, 'intranasal-racemic').click();
        (shadow(el).querySelector('[part~="sources-toggle"]') as HTMLButtonElement).click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});
