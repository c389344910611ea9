import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundledDataset } from '../src/data/full.js';
import { BODY_SYSTEMS, SEVERITIES, type Dataset, type Frequency, type SideEffect, type UseContext } from '../src/data/types.js';
import '../src/side-effects/side-effects.js';
import { DRUG_CONTEXTS, careOf, type KetamineSideEffects } from '../src/side-effects/side-effects.js';
import { frequencyInWords, peakOf } from '../src/side-effects/frequency.js';
import { cloneDataset, contrastRatio, emulateMedia, expectNotFound, nextError, resetMedia, shadow, textOf, unresolvedIdReferences } from './helpers.js';

const effects = bundledDataset.sideEffects;
const byId = (id: string) => effects.find((e) => e.id === id)!;

/**
 * A widget from `template`. Unless `collapsed` (the default view), every effect is listed (`collapse-after`
 * 0, unless the template sets it), so that tests about content see every effect.
 */
async function sideEffects(template = html`<ketamine-side-effects></ketamine-side-effects>`, { collapsed = false } = {}): Promise<KetamineSideEffects> {
  const el = await fixture<KetamineSideEffects>(template);
  if (!collapsed && !el.hasAttribute('collapse-after')) el.collapseAfter = 0;
  await el.updateComplete;
  return el;
}

/** A widget over `data` (a changed copy of the bundled dataset). */
function withData(data: Dataset, attrs: Record<string, string> = {}): Promise<KetamineSideEffects> {
  const el = document.createElement('ketamine-side-effects') as KetamineSideEffects;
  el.collapseAfter = 0;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.data = data;
  return fixture<KetamineSideEffects>(el).then(async (e) => (await e.updateComplete, e));
}

const all = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const items = (root: ParentNode) => all(root, '[part~="item"]');
const shownIds = (el: HTMLElement) => items(shadow(el)).map((li) => li.dataset.id!);
const item = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLElement>(`[part~="item"][data-id="${id}"]`)!;
const toggleOf = (el: HTMLElement, id: string) => item(el, id).querySelector<HTMLButtonElement>('[part="toggle"]')!;
const groupsOf = (el: HTMLElement) => all(shadow(el), '[part="group"]').map((g) => ({ key: g.dataset.group!, ids: items(g).map((li) => li.dataset.id!) }));
const visible = (node: Element) => node.getClientRects().length > 0;

async function open(el: KetamineSideEffects, id: string): Promise<HTMLElement> {
  toggleOf(el, id).click();
  await el.updateComplete;
  return item(el, id);
}

/** The order the widget shows a group's effects in: grouped by severity, emergency card, urgent card, then the rest. */
function shownOrder(list: SideEffect[], by: 'severity' | 'system'): SideEffect[] {
  if (by === 'system') return list;
  return [...list.filter((e) => careOf(e) === 'emergency'), ...list.filter((e) => careOf(e) === 'urgent'), ...list.filter((e) => !careOf(e))];
}

/** The groups the widget should show for `shown` (in dataset order): fixed key order, empty groups left out. */
function expectedGroups(shown: SideEffect[], by: 'severity' | 'system') {
  const keys: readonly string[] = by === 'severity' ? SEVERITIES : BODY_SYSTEMS;
  return keys.map((key) => ({ key, ids: shownOrder(shown.filter((e) => e[by] === key), by).map((e) => e.id) })).filter((g) => g.ids.length);
}

const seenIn = (contexts: readonly UseContext[]) => effects.filter((e) => e.appliesTo.some((c) => contexts.includes(c)));

/** A copy of the dataset whose first effect has exactly these figures (and a known name). */
function withFigures(figures: Frequency[], patch: Partial<SideEffect> = {}): { data: Dataset; id: string } {
  const data = cloneDataset();
  const target = data.sideEffects[0];
  Object.assign(target, { frequencies: figures, ...patch });
  return { data, id: target.id };
}
const figure = (low: number, extra: Partial<Frequency> = {}): Frequency => ({
  low,
  population: 'adults in the test study',
  context: 'esketamine-nasal-spray',
  sources: [bundledDataset.sources[0].id],
  ...extra,
});

/** What a keyboard reaches: focusable, rendered, not disabled. */
const tabStops = (el: HTMLElement) =>
  all(shadow(el), 'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').filter(visible);

afterEach(async () => {
  await resetMedia();
});

describe('<ketamine-side-effects>: grouping and headings', () => {
  it('groups by severity by default, each group a heading; every effect name is a heading one level below its group or care card', async () => {
    const el = await sideEffects();
    expect(groupsOf(el)).to.deep.equal(expectedGroups(effects, 'severity'));
    const headings = all(shadow(el), '[part="heading"]');
    expect(headings.map((h) => h.getAttribute('aria-level'))).to.satisfy((levels: string[]) => levels.every((l) => l === '3'));
    expect(textOf(headings[0])).to.equal('Common side effects');
    expect(shownIds(el)).to.have.length(effects.length);
    for (const li of items(shadow(el))) {
      const heading = li.querySelector('[part="item-heading"]')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      const card = li.closest('[part~="care-card"]');
      const parentLevel = Number((card ? card.querySelector('[part="care-heading"]')! : li.closest('[part="group"]')!.querySelector('[part="heading"]')!).getAttribute('aria-level'));
      expect(Number(heading.getAttribute('aria-level')), li.dataset.id).to.equal(parentLevel + 1);
      // The heading holds the button, whose name starts with the effect's name.
      const button = heading.querySelector('[part="toggle"]')!;
      expect(textOf(button).startsWith(byId(li.dataset.id!).name), li.dataset.id).to.be.true;
    }
    expect(unresolvedIdReferences(shadow(el))).to.deep.equal([]);
  });

  it('groups by body system with `group-by="system"`, naming each severity and marking effects that need care', async () => {
    const el = await sideEffects(html`<ketamine-side-effects group-by="system"></ketamine-side-effects>`);
    expect(groupsOf(el)).to.deep.equal(expectedGroups(effects, 'system'));
    expect(shadow(el).querySelector('[part~="care-card"]')).to.be.null;
    for (const effect of effects) {
      const li = item(el, effect.id);
      const severityNames: Record<string, string> = { common: 'Common', serious: 'Serious', 'long-term': 'Long-term', other: 'Possible' };
      expect(textOf(li.querySelector('[part="severity"]')), effect.id).to.equal(severityNames[effect.severity]);
      const marker = li.querySelector('[part="urgent-marker"]');
      const care = careOf(effect);
      expect(textOf(marker), effect.id).to.equal(care === 'emergency' ? 'Emergency' : care === 'urgent' ? 'Urgent' : '');
      if (marker) expect(marker.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    }
    // Once, before the groups: what the marks mean, in the dataset's words.
    const key = shadow(el).querySelector('[part="emergency"]')!;
    expect(textOf(key)).to.contain(`Emergency: ${bundledDataset.meta.emergencyAdvice}`);
    expect(key.compareDocumentPosition(shadow(el).querySelector('[part="group"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('sets heading levels from `heading-level` (2-6); effect names one below, never past 6', async () => {
    for (const [value, level] of [['5', 5], ['2', 2], ['1', 2], ['9', 6], ['x', 3]] as const) {
      const el = await sideEffects(html`<ketamine-side-effects heading-level=${value} severity="common"></ketamine-side-effects>`);
      for (const heading of all(shadow(el), '[part="heading"]')) expect(heading.getAttribute('aria-level'), value).to.equal(String(level));
      for (const heading of all(shadow(el), '[part="item-heading"]')) expect(heading.getAttribute('aria-level'), value).to.equal(String(Math.min(6, level + 1)));
    }
  });
});

describe('<ketamine-side-effects>: filters', () => {
  it('`severity` shows only those severities', async () => {
    const el = await sideEffects(html`<ketamine-side-effects severity=" long-term , serious"></ketamine-side-effects>`);
    const shown = effects.filter((e) => e.severity === 'serious' || e.severity === 'long-term');
    expect(groupsOf(el)).to.deep.equal(expectedGroups(shown, 'severity'));
  });

  it('`drug` maps esketamine to the nasal spray and ketamine to anesthesia, infusions and misuse', async () => {
    expect(DRUG_CONTEXTS).to.deep.equal({
      ketamine: ['anesthetic-ketamine', 'subanesthetic-infusion', 'chronic-misuse'],
      esketamine: ['esketamine-nasal-spray'],
    });
    const esketamine = await sideEffects(html`<ketamine-side-effects drug="esketamine"></ketamine-side-effects>`);
    expect(shownIds(esketamine)).to.have.members(seenIn(['esketamine-nasal-spray']).map((e) => e.id));
    const ketamine = await sideEffects(html`<ketamine-side-effects drug="ketamine"></ketamine-side-effects>`);
    expect(shownIds(ketamine)).to.have.members(seenIn(DRUG_CONTEXTS.ketamine).map((e) => e.id));
  });

  it('`context` shows effects seen in any of the contexts; all filters combine', async () => {
    const el = await sideEffects(html`<ketamine-side-effects context="chronic-misuse,anesthetic-ketamine"></ketamine-side-effects>`);
    expect(groupsOf(el)).to.deep.equal(expectedGroups(seenIn(['chronic-misuse', 'anesthetic-ketamine']), 'severity'));
    const combined = await sideEffects(html`<ketamine-side-effects drug="ketamine" severity="serious" context="chronic-misuse,esketamine-nasal-spray"></ketamine-side-effects>`);
    const expected = effects.filter((e) => e.severity === 'serious' && e.appliesTo.includes('chronic-misuse'));
    expect(shownIds(combined)).to.have.members(expected.map((e) => e.id));
  });

  it('follows attribute changes, and says so, not as an error, when nothing matches', async () => {
    const el = await sideEffects(html`<ketamine-side-effects severity="long-term"></ketamine-side-effects>`);
    expect(groupsOf(el).map((g) => g.key)).to.deep.equal(['long-term']);
    el.removeAttribute('severity');
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(effects.length);
    el.setAttribute('drug', 'esketamine');
    el.setAttribute('context', 'chronic-misuse');
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal([]);
    expect(shadow(el).querySelector('[part="group"], [part="error"], [part~="care-card"]')).to.be.null;
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('No side effects match these filters.');
  });
});

describe('<ketamine-side-effects>: unknown values', () => {
  const cases: Array<[string, string, string]> = [
    ['severity', 'serious,mild', 'Unknown severity: mild.'],
    ['drug', 'ibuprofen', 'Unknown drug "ibuprofen": use "ketamine" or "esketamine".'],
    ['context', 'veterinary', 'Unknown context: veterinary.'],
    ['group-by', 'organ', 'Unknown grouping "organ": use "severity" or "system".'],
    ['sort', 'alphabetical', 'Unknown sort order "alphabetical": use "dataset" or "frequency".'],
  ];
  for (const [attr, value, message] of cases) {
    it(`${attr}="${value}" shows the error state and fires ketamine-error`, async () => {
      await expectNotFound('ketamine-side-effects', attr, value, message, async (el) => {
        expect(shadow(el).querySelector('[part="base"]')).to.be.null;
        el.setAttribute('collapse-after', '0');
        el.removeAttribute(attr);
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="error"]')).to.be.null;
        expect(shownIds(el)).to.have.length(effects.length);
      });
    });
  }
});

describe('<ketamine-side-effects>: each effect is a disclosure', () => {
  it('starts closed: a button with aria-expanded="false" controlling an empty, hidden panel', async () => {
    const el = await sideEffects();
    for (const li of items(shadow(el))) {
      const button = li.querySelector('[part="toggle"]')!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('part')).to.equal('details');
      expect(panel.hidden).to.be.true;
      // Details are rendered when first opened: nothing heavy in the first render.
      expect(panel.childElementCount, li.dataset.id).to.equal(0);
    }
    expect(shadow(el).querySelector('[part="description"], [part="figure"], [part="item-sources"]')).to.be.null;
  });

  it('opens on click to the description, the figures with their key, where it was seen and "Sources (n)", and closes again', async () => {
    const el = await sideEffects();
    const effect = effects.find((e) => (e.frequencies?.length ?? 0) > 1 && e.appliesTo.length > 1)!;
    const li = await open(el, effect.id);
    const button = toggleOf(el, effect.id);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(li.part.contains('open')).to.be.true;
    const panel = li.querySelector<HTMLElement>('[part="details"]')!;
    expect(panel.hidden).to.be.false;
    expect(visible(panel)).to.be.true;
    expect(textOf(panel.querySelector('[part="description"]'))).to.equal(effect.description);
    expect(all(panel, '[part="figure"]')).to.have.length(effect.frequencies!.length);
    expect(panel.querySelector('[part="legend"]')).to.exist;
    expect(textOf(panel.querySelector('[part="applies-to"]'))).to.match(/^Seen with /);
    const sources = panel.querySelector('[part="item-sources"]')!;
    expect(textOf(sources.querySelector('summary'))).to.equal(`Sources (${new Set(effect.sources).size})`);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.be.true;
    expect(visible(panel)).to.be.false;
  });

  it('opens and closes from the keyboard (Enter and Space)', async () => {
    const el = await sideEffects(html`<ketamine-side-effects severity="common"></ketamine-side-effects>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows the crisis line without opening anything on effects that touch suicide', async () => {
    const el = await sideEffects();
    const crisisEffects = effects.filter((e) => e.crisis);
    expect(crisisEffects.length).to.be.greaterThan(0);
    for (const effect of crisisEffects) {
      const note = item(el, effect.id).querySelector('[part="crisis"]')!;
      expect(textOf(note)).to.equal(bundledDataset.meta.crisisLine);
      expect(note.closest('[part="details"]')).to.be.null;
      expect(visible(note)).to.be.true;
    }
    expect(all(shadow(el), '[part="crisis"]')).to.have.length(crisisEffects.length);
  });

  it('renders every effect\'s details for printing', async () => {
    const el = await sideEffects(html`<ketamine-side-effects severity="long-term"></ketamine-side-effects>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(all(shadow(el), '[part="description"]')).to.have.length(shownIds(el).length);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(all(shadow(el), '[part="description"]')).to.have.length(0);
  });

  it('renders data text as text', async () => {
    const data = cloneDataset();
    const pwned = '<img src=x onerror="window.__sePwned=1"><b>bold</b>';
    const target = data.sideEffects.find((e) => e.frequencies?.some((f) => f.comparator))!;
    target.name = `Name ${pwned}`;
    target.description = `Description ${pwned}`;
    const withComparator = target.frequencies!.find((f) => f.comparator)!;
    withComparator.population = `population ${pwned}`;
    withComparator.comparator!.label = `placebo ${pwned}`;
    data.meta.emergencyAdvice = `Advice ${pwned}`;
    const el = await withData(data, { 'show-frequency': '' });
    await open(el, target.id);
    expect(shadow(el).querySelector('img, b')).to.be.null;
    const li = item(el, target.id);
    expect(textOf(li.querySelector('[part="name"]'))).to.equal(`Name ${pwned}`);
    expect(textOf(li.querySelector('[part="description"]'))).to.equal(`Description ${pwned}`);
    expect(textOf(shadow(el))).to.contain(`placebo ${pwned} — population ${pwned}`);
    expect(textOf(shadow(el).querySelector('[part~="care-card"]'))).to.contain(`Advice ${pwned}`);
    expect((window as unknown as { __sePwned?: number }).__sePwned).to.be.undefined;
  });
});

describe('<ketamine-side-effects>: how often, in words', () => {
  it('turns percentages into "N in 10/100/1,000" words, never more precise than the figures', () => {
    const words = (low: number, high?: number) => frequencyInWords(low, high);
    expect(words(41)).to.deep.equal({ key: 'about', low: 4, total: 10 });
    expect(words(40)).to.deep.equal({ key: 'exact', low: 4, total: 10 });
    expect(words(7.6)).to.deep.equal({ key: 'about', low: 8, total: 100 });
    expect(words(4)).to.deep.equal({ key: 'exact', low: 4, total: 100 });
    expect(words(0.3, 0.4)).to.deep.equal({ key: 'exactRange', low: 3, high: 4, total: 1000 });
    expect(words(48, 61)).to.deep.equal({ key: 'aboutRange', low: 5, high: 6, total: 10 });
    expect(words(26, 28)).to.deep.equal({ key: 'about', low: 3, total: 10 });
    expect(words(0, 4)).to.deep.equal({ key: 'upTo', high: 4, total: 100 });
    expect(words(0)).to.deep.equal({ key: 'none' });
    expect(words(0.004)).to.deep.equal({ key: 'fewer', total: 10000 });
    expect(words(97)).to.deep.equal({ key: 'nearlyAll' });
    expect(words(100)).to.deep.equal({ key: 'all' });
    expect(words(Number.NaN)).to.be.undefined;
  });

  it('shows the span of the figures beside the name, leaving out figures resting on secondary sources', async () => {
    const { data, id } = withFigures([figure(41, { comparator: { label: 'placebo', low: 9 } }), figure(61, { high: 75 }), figure(84, { confidence: 'secondary' })]);
    const el = await withData(data);
    // The population most of the group's figures are for is named once, under the group's heading.
    expect(textOf(item(el, id).querySelector('[part="frequency"]'))).to.equal('about 4 to 8 in 10 people');
    const note = item(el, id).closest('[part="group"]')!.querySelector('[part="group-note"]');
    expect(textOf(note)).to.equal('How often is for people using esketamine spray, unless it says otherwise.');
    const exact = withFigures([figure(0.3, { high: 0.4 })]);
    const el2 = await withData(exact.data);
    expect(textOf(item(el2, exact.id).querySelector('[part="frequency"]'))).to.equal('3 to 4 in 1,000 people');
    // Covering one context only (drug="esketamine"), the population goes without saying, not even in a note.
    const el4 = await withData(exact.data, { drug: 'esketamine' });
    expect(textOf(item(el4, exact.id).querySelector('[part="frequency"]'))).to.equal('3 to 4 in 1,000 people');
    expect(shadow(el4).querySelector('[part="group-note"]')).to.be.null;
    // Never a span across populations: the words are for the first figure's population, named where it is not the group's.
    const mixed = withFigures([figure(26.6, { context: 'chronic-misuse' }), figure(2), figure(7.6, { context: 'anesthetic-ketamine' })]);
    const el5 = await withData(mixed.data);
    expect(textOf(item(el5, mixed.id).querySelector('[part="frequency"]'))).to.equal('about 3 in 10 people who misuse ketamine long term');
    // An effect without figures says nothing about how often.
    const none = withFigures([]);
    const el3 = await withData(none.data);
    expect(item(el3, none.id).querySelector('[part="frequency"]')).to.be.null;
  });
});

describe('<ketamine-side-effects>: figures', () => {
  const figureTexts = (root: ParentNode) => all(root, '[part="figure-text"]').map((f) => textOf(f));

  it('gives each figure one short line, the context named once per run of figures, never more precise than the data', async () => {
    const { data, id } = withFigures([
      figure(26.6, { context: 'chronic-misuse' }),
      figure(0.3, { high: 0.4 }),
      figure(8, { high: 19, comparator: { label: 'placebo', low: 1, high: 4 } }),
    ]);
    const el = await withData(data);
    const li = await open(el, id);
    expect(figureTexts(li)).to.deep.equal([
      '26.6% — adults in the test study',
      '0.3–0.4% — adults in the test study',
      '8–19% vs 1–4% with placebo — adults in the test study',
    ]);
    expect(all(li, '[part="figure-context"]').map((p) => textOf(p))).to.deep.equal(['With long-term ketamine misuse:', 'With esketamine nasal spray (Spravato):']);
  });

  it('has a text key to the bars naming only what is drawn (range, placebo)', async () => {
    const withBoth = withFigures([figure(61, { high: 75 }), figure(41, { comparator: { label: 'placebo', low: 9 } })]);
    const el = await withData(withBoth.data);
    const legend = textOf((await open(el, withBoth.id)).querySelector('[part="legend"]'));
    expect(legend).to.equal('Bars, 0–100% of people: had the effect rest of a range placebo');
    const plain = withFigures([figure(20)]);
    const el2 = await withData(plain.data);
    expect(textOf((await open(el2, plain.id)).querySelector('[part="legend"]'))).to.equal('Bars, 0–100% of people: had the effect');
  });

  it('with `drug="esketamine"` names the drug once per group, in the key, not on each line, and prints no "Seen with"', async () => {
    const el = await sideEffects(html`<ketamine-side-effects drug="esketamine" show-frequency></ketamine-side-effects>`);
    const drugName = 'esketamine nasal spray (Spravato)';
    const groups = all(shadow(el), '[part="group"]');
    const groupsWithFigures = groups.filter((g) => g.querySelector('[part="figure"]'));
    expect(groupsWithFigures.length).to.be.greaterThan(0);
    for (const group of groupsWithFigures) {
      expect(textOf(group.querySelector(':scope > [part="legend"]'))).to.contain(`with ${drugName}`);
      // Only the key names the drug; figure lines and context labels do not repeat it.
      expect(textOf(group).split(drugName).length - 1, group.dataset.group).to.equal(1);
    }
    expect(shadow(el).querySelector('[part="figure-context"]')).to.be.null;
    for (const id of shownIds(el)) await open(el, id);
    expect(shadow(el).querySelector('[part="applies-to"]')).to.be.null;
    expect(textOf(shadow(el))).not.to.contain('Applies to');
  });

  it('shows every figure with `show-frequency` without opening, one key per group; descriptions stay in the details', async () => {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency></ketamine-side-effects>`);
    for (const effect of effects) {
      const li = item(el, effect.id);
      const shown = all(li, '[part="figure"]').filter((f) => !f.closest('[part="details"]'));
      expect(shown, effect.id).to.have.length(effect.frequencies?.length ?? 0);
    }
    for (const group of all(shadow(el), '[part="group"]')) {
      expect(all(group, '[part="legend"]').length, group.dataset.group).to.equal(group.querySelector('[part="figure"]') ? 1 : 0);
    }
    expect(shadow(el).querySelector('[part="description"]')).to.be.null;
  });

  it('draws a bar per figure, as wide as the percentage, beside a comparator bar', async () => {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency collapse-after="0"></ketamine-side-effects>`);
    for (const effect of effects.filter((e) => e.frequencies?.length)) {
      all(item(el, effect.id), '[part="figure"]').forEach((figureEl, i) => {
        const data = effect.frequencies![i];
        const bars = figureEl.querySelector('[part="bars"]')!;
        expect(bars.getAttribute('aria-hidden'), effect.id).to.equal('true');
        const bar = bars.querySelector<HTMLElement>('[part="bar"]')!;
        const high = data.high ?? data.low;
        expect(bar.style.getPropertyValue('--_value'), effect.id).to.equal(`${high}%`);
        expect(bar.getBoundingClientRect().width / bar.parentElement!.clientWidth, effect.id).to.be.closeTo(high / 100, 0.01);
        const comparatorBar = bars.querySelector<HTMLElement>('[part="comparator-bar"]');
        expect(!!comparatorBar, effect.id).to.equal(!!data.comparator);
        if (comparatorBar) {
          const comparatorHigh = data.comparator!.high ?? data.comparator!.low;
          expect(comparatorBar.getBoundingClientRect().width / comparatorBar.parentElement!.clientWidth).to.be.closeTo(comparatorHigh / 100, 0.01);
        }
      });
    }
  });

  it('shows only the figures measured in the chosen contexts', async () => {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency drug="ketamine"></ketamine-side-effects>`);
    for (const id of shownIds(el)) {
      const expected = (byId(id).frequencies ?? []).filter((f) => DRUG_CONTEXTS.ketamine.includes(f.context));
      expect(all(item(el, id), '[part="figure"]'), id).to.have.length(expected.length);
    }
  });
});

describe('<ketamine-side-effects>: sorting and scale', () => {
  it('`sort="frequency"` puts the highest figure first in each list; effects without figures last, in dataset order', async () => {
    const el = await sideEffects(html`<ketamine-side-effects sort="frequency" collapse-after="0"></ketamine-side-effects>`);
    for (const list of all(shadow(el), '[part="list"]')) {
      const ids = items(list).map((li) => li.dataset.id!);
      const peaks = ids.map((id) => peakOf(byId(id).frequencies ?? []));
      for (let i = 1; i < peaks.length; i++) expect(peaks[i], ids[i]).to.be.at.most(peaks[i - 1]);
      const without = ids.filter((id) => !byId(id).frequencies?.length);
      expect(without).to.deep.equal(effects.filter((e) => without.includes(e.id)).map((e) => e.id));
    }
  });

  it('sorts and sums up 200,000 figures without overflowing the call stack', async function () {
    this.timeout(60_000); // a correctness test at scale, not a timing: the time is a benchmark figure
    const data = cloneDataset();
    const target = data.sideEffects[data.sideEffects.length - 1];
    target.severity = 'common';
    target.frequencies = Array.from({ length: 200_000 }, (_, i) => figure((i % 97) + 1));
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await withData(data, { sort: 'frequency', severity: 'common' });
      expect(errors).to.deep.equal([]);
      expect(shadow(el).querySelector('[part="error"]')).to.be.null;
      expect(shownIds(el)[0]).to.equal(target.id);
      expect(textOf(item(el, target.id).querySelector('[part="frequency"]'))).to.equal('1 to 97 in 100 people');
      // Opened, it shows the first 50 figures and a button for the rest: every figure stays reachable.
      const li = await open(el, target.id);
      expect(all(li, '[part="figure"]')).to.have.length(50);
      const more = li.querySelector<HTMLButtonElement>('[part="figures"] [part="show-more"]')!;
      expect(textOf(more)).to.equal('Show all 200,000 figures');
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('renders 10,000 effects as rows only: no details until opened', async function () {
    this.timeout(60_000);
    const data = cloneDataset();
    data.sideEffects = Array.from({ length: 10_000 }, (_, i) => ({ ...bundledDataset.sideEffects[i % bundledDataset.sideEffects.length], id: `effect-${i}` }));
    const el = await withData(data, { 'collapse-after': '0' });
    expect(items(shadow(el))).to.have.length(10_000);
    expect(all(shadow(el), '[part="details"] > *')).to.have.length(0);
    const li = await open(el, 'effect-9999');
    expect(textOf(li.querySelector('[part="description"]'))).to.equal(data.sideEffects[9999].description);
  });
});

describe('<ketamine-side-effects>: care cards', () => {
  it('puts serious effects under an emergency card and an urgent card, each saying what to do in the dataset\'s words', async () => {
    const data = cloneDataset();
    data.meta.emergencyAdvice = 'Emergency advice from the data: call 000.';
    data.meta.urgentAdvice = 'Urgent advice from the data: call your doctor today.';
    const serious = data.sideEffects.filter((e) => e.severity === 'serious');
    const urgentOnes = serious.slice(0, 2);
    for (const e of urgentOnes) Object.assign(e, { urgent: true, care: 'urgent' });
    // `urgent: true` without `care` (datasets from before `care`) is an emergency.
    const legacy = serious[serious.length - 1];
    legacy.urgent = true;
    delete legacy.care;
    const el = await withData(data, { severity: 'serious' });
    const emergencyCard = shadow(el).querySelector('[part~="care-card"][part~="emergency"]')!;
    const urgentCard = shadow(el).querySelector('[part~="care-card"][part~="urgent"]')!;
    expect(textOf(emergencyCard.querySelector('[part="care-heading"]'))).to.equal('Get emergency help now');
    expect(textOf(urgentCard.querySelector('[part="care-heading"]'))).to.equal('Get medical help now');
    expect(textOf(emergencyCard.querySelector('[part="care-advice"]'))).to.equal('Emergency advice from the data: call 000.');
    expect(textOf(urgentCard.querySelector('[part="care-advice"]'))).to.equal('Urgent advice from the data: call your doctor today.');
    expect(items(urgentCard).map((li) => li.dataset.id)).to.include.members(urgentOnes.map((e) => e.id));
    expect(items(urgentCard).map((li) => li.dataset.id)).to.deep.equal(serious.filter((e) => careOf(e) === 'urgent').map((e) => e.id));
    expect(items(emergencyCard).map((li) => li.dataset.id)).to.deep.equal(serious.filter((e) => careOf(e) === 'emergency').map((e) => e.id));
    expect(items(emergencyCard).map((li) => li.dataset.id)).to.include(legacy.id);
    // The rest of the serious effects follow, outside the cards.
    const outside = items(shadow(el)).filter((li) => !li.closest('[part~="care-card"]'));
    expect(outside.map((li) => li.dataset.id)).to.deep.equal(serious.filter((e) => !careOf(e)).map((e) => e.id));
    for (const card of [emergencyCard, urgentCard]) expect(card.querySelector('[part="care-heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('words the urgent card itself when the dataset has no `urgentAdvice`, and shows no card without effects needing care', async () => {
    const data = cloneDataset();
    delete data.meta.urgentAdvice;
    Object.assign(data.sideEffects.find((e) => e.severity === 'serious')!, { urgent: true, care: 'urgent' });
    const el = await withData(data);
    expect(textOf(shadow(el).querySelector('[part~="urgent"] [part="care-advice"]'))).to.equal('Call your doctor or an urgent-care service now if you have any of these.');
    el.severity = 'long-term';
    await el.updateComplete;
    expect(effects.some((e) => e.severity === 'long-term' && careOf(e))).to.be.false;
    expect(shadow(el).querySelector('[part~="care-card"], [part="emergency"]')).to.be.null;
  });
});

describe('<ketamine-side-effects>: a short default view', () => {
  it('holds back effects past `collapse-after` (default 5) behind "Show N more", never effects that need care', async () => {
    const el = await sideEffects(undefined, { collapsed: true });
    const common = effects.filter((e) => e.severity === 'common');
    const commonGroup = shadow(el).querySelector('[part="group"][data-group="common"]')!;
    const shown = items(commonGroup).filter(visible);
    expect(shown.map((li) => li.dataset.id)).to.deep.equal(common.slice(0, 5).map((e) => e.id));
    const more = commonGroup.querySelector<HTMLButtonElement>('[part="show-more"]')!;
    expect(textOf(more)).to.equal(`Show ${common.length - 5} more`);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).getElementById(more.getAttribute('aria-controls')!)).to.equal(commonGroup.querySelector('[part="list"]'));
    // Every effect that needs care is visible.
    for (const effect of effects.filter((e) => careOf(e))) expect(visible(item(el, effect.id)), effect.id).to.be.true;

    more.click();
    await el.updateComplete;
    expect(items(commonGroup).filter(visible)).to.have.length(common.length);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(more)).to.equal('Show fewer');
    // Focus moves to the first effect revealed.
    expect(shadow(el).activeElement).to.equal(toggleOf(el, common[5].id));
    await expect(el).to.be.accessible();
  });

  it('shows everything with collapse-after="0", and never hides a single extra effect', async () => {
    const el = await sideEffects(html`<ketamine-side-effects collapse-after="0"></ketamine-side-effects>`);
    expect(shadow(el).querySelector('[part="show-more"]')).to.be.null;
    expect(items(shadow(el)).filter(visible)).to.have.length(effects.length);
    const common = effects.filter((e) => e.severity === 'common').length;
    el.collapseAfter = common - 1;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="show-more"]')).to.be.null;
  });

  it('has one tab stop per visible effect, plus "Show more" and the footer buttons: no links until something is opened', async () => {
    const el = await sideEffects(undefined, { collapsed: true });
    const stops = tabStops(el);
    const toggles = stops.filter((s) => s.part.contains('toggle'));
    expect(toggles).to.have.length(items(shadow(el)).filter(visible).length);
    const others = stops.filter((s) => !s.part.contains('toggle'));
    expect(others.every((s) => s.part.contains('show-more') || s.closest('[part="footer"]')), others.map((s) => s.outerHTML).join()).to.be.true;
    expect(others.length).to.be.at.most(4);
    expect(stops.filter((s) => s.localName === 'a')).to.have.length(0);
  });
});

describe('<ketamine-side-effects>: footer', () => {
  it('cites exactly the sources of the shown effects and their figures, opened or not', async () => {
    for (const template of [
      html`<ketamine-side-effects severity="long-term" footer="full"></ketamine-side-effects>`,
      html`<ketamine-side-effects drug="ketamine" footer="full"></ketamine-side-effects>`,
    ]) {
      const el = await sideEffects(template);
      const allowed = el.drug ? DRUG_CONTEXTS[el.drug] : undefined;
      const expected = new Set<string>();
      for (const e of shownIds(el).map(byId)) {
        e.sources.forEach((s) => expected.add(s));
        for (const f of e.frequencies ?? []) if (!allowed || allowed.includes(f.context)) f.sources.forEach((s) => expected.add(s));
      }
      const listed = all(shadow(el), '[part="footer"] [part="sources"] li');
      expect(listed).to.have.length(expected.size);
      expect(textOf(shadow(el).querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
    }
  });
});

describe('<ketamine-side-effects>: theming', () => {
  it('exposes the documented parts', async () => {
    const data = cloneDataset();
    Object.assign(data.sideEffects.find((e) => e.severity === 'serious')!, { urgent: true, care: 'urgent' });
    const el = await withData(data, { 'show-frequency': '' });
    el.collapseAfter = 8;
    await open(el, effects.find((e) => e.frequencies?.length)!.id);
    const bySystem = await sideEffects(html`<ketamine-side-effects group-by="system"></ketamine-side-effects>`);
    const parts = ['base', 'group', 'heading', 'group-note', 'legend', 'care-card', 'care-heading', 'care-advice', 'emergency-icon', 'list', 'item', 'item-heading', 'toggle', 'name', 'frequency', 'crisis', 'details', 'description', 'applies-to', 'figures', 'figure-context', 'figure', 'figure-text', 'figure-value', 'population', 'bars', 'bar-track', 'bar', 'comparator-bar', 'swatch', 'item-sources', 'show-more', 'footer'];
    for (const part of parts) expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
    for (const part of ['emergency', 'severity', 'urgent-marker']) expect(shadow(bySystem).querySelector(`[part~="${part}"]`), part).to.exist;
  });

  it('takes its component tokens from the host', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="--ketamine-side-effects-bar-color: rgb(1, 2, 3); --ketamine-side-effects-urgent-color: rgb(4, 5, 6); --ketamine-side-effects-border-color: rgb(7, 8, 9); --ketamine-side-effects-urgent-text-color: rgb(10, 11, 12)">
      <ketamine-side-effects show-frequency></ketamine-side-effects>
    </div>`);
    const el = host.querySelector('ketamine-side-effects')!;
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('[part="bar"]')!).backgroundImage).to.contain('rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(el).querySelector('[part~="care-card"]')!).borderTopColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(shadow(el).querySelector('[part~="emergency"] > [part="care-heading"]')!).color).to.equal('rgb(10, 11, 12)');
    expect(getComputedStyle(shadow(el).querySelector('[part~="item"]')!).borderBottomColor).to.equal('rgb(7, 8, 9)');
  });
});

describe('<ketamine-side-effects>: the emergency band on any page', () => {
  const pages = [
    ['a light page', 'background: white; color: rgb(20, 20, 20)', 'white'],
    ['a page that is dark without declaring it', 'background: rgb(18, 20, 23); color: rgb(238, 238, 238)', 'rgb(18, 20, 23)'],
    ['a page that declares color-scheme: dark', 'color-scheme: dark; background: rgb(18, 20, 23); color: rgb(238, 238, 238)', 'rgb(18, 20, 23)'],
  ];
  for (const [name, style, background] of pages) {
    it(`reads at 4.5:1 on its band, and the band stands out (3:1), on ${name}`, async () => {
      const page = await fixture<HTMLDivElement>(html`<div style=${style}><ketamine-side-effects></ketamine-side-effects></div>`);
      const el = page.querySelector('ketamine-side-effects')!;
      await el.updateComplete;
      const band = getComputedStyle(shadow(el).querySelector('[part~="emergency"] > [part="care-heading"]')!);
      expect(contrastRatio(band.color, band.backgroundColor), 'text on the band').to.be.at.least(4.5);
      expect(contrastRatio(band.backgroundColor, background), 'band on the page').to.be.at.least(3);
    });
  }
});

describe('<ketamine-side-effects>: layout and media', () => {
  it('fits a 320px wide container without horizontal scrolling, opened or not', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <ketamine-side-effects show-frequency group-by="system"></ketamine-side-effects>
    </div>`);
    const el = host.querySelector('ketamine-side-effects')! as KetamineSideEffects;
    await el.updateComplete;
    for (const effect of effects.slice(0, 10)) el.toggleEffect(effect.id, true);
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(320);
    for (const node of all(shadow(el), '*').filter(visible)) {
      expect(node.getBoundingClientRect().right, node.getAttribute('part') ?? node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('starts every button\'s text at the start of the row', async () => {
    const el = await sideEffects(html`<ketamine-side-effects severity="common"></ketamine-side-effects>`);
    const button = toggleOf(el, effects.find((e) => e.severity === 'common' && e.name.length > 60)?.id ?? effects[0].id);
    expect(getComputedStyle(button).textAlign).to.be.oneOf(['start', 'left']);
  });

  it('keeps the bars, cards and markers visible in forced-colors mode', async function () {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency drug="esketamine"></ketamine-side-effects>`);
    if (!(await emulateMedia([{ name: 'forced-colors', value: 'active' }]))) this.skip();
    const probe = document.createElement('div');
    probe.style.cssText = 'color: CanvasText; background-color: Highlight';
    document.body.append(probe);
    const { color: canvasText, backgroundColor: highlight } = getComputedStyle(probe);
    probe.remove();
    const bar = shadow(el).querySelector('[part="bar"]')!;
    expect(getComputedStyle(bar).backgroundColor).to.equal(highlight);
    expect(getComputedStyle(shadow(el).querySelector('[part="comparator-bar"]')!).backgroundImage).to.contain('repeating-linear-gradient');
    expect(getComputedStyle(shadow(el).querySelector('[part~="care-card"]')!).borderTopColor).to.equal(canvasText);
    await expect(el).to.be.accessible();
  });
});

describe('<ketamine-side-effects>: accessibility of every state', () => {
  it('default', async () => {
    await expect(await sideEffects(undefined, { collapsed: true })).to.be.accessible();
  });
  it('effects opened, with figures, sources and the crisis line', async () => {
    const el = await sideEffects();
    for (const effect of [effects.find((e) => e.frequencies?.some((f) => f.comparator))!, effects.find((e) => e.crisis)!]) await open(el, effect.id);
    shadow(el).querySelector<HTMLDetailsElement>('[part="item-sources"]')!.open = true;
    await expect(el).to.be.accessible();
  });
  it('show-frequency, sorted', async () => {
    await expect(await sideEffects(html`<ketamine-side-effects show-frequency sort="frequency"></ketamine-side-effects>`)).to.be.accessible();
  });
  it('grouped by system', async () => {
    await expect(await sideEffects(html`<ketamine-side-effects group-by="system" show-frequency></ketamine-side-effects>`)).to.be.accessible();
  });
  it('dark theme, opened', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="background:#16191d">
      <ketamine-side-effects theme="dark" show-frequency></ketamine-side-effects>
    </div>`);
    const el = host.querySelector('ketamine-side-effects')! as KetamineSideEffects;
    await el.updateComplete;
    el.toggleEffect(effects[0].id, true);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
  it('filtered to nothing', async () => {
    await expect(await sideEffects(html`<ketamine-side-effects drug="esketamine" context="anesthetic-ketamine"></ketamine-side-effects>`)).to.be.accessible();
  });
  it('error', async () => {
    const el = document.createElement('ketamine-side-effects');
    el.setAttribute('severity', 'mild');
    const error = nextError(el);
    document.body.append(el);
    try {
      await error;
      await (el as KetamineSideEffects).updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });
});
