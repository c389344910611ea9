import { expect, fixture, html } from '@open-wc/testing';
import { bundledDataset } from '../src/data/full.js';
import { BODY_SYSTEMS, SEVERITIES, type Dataset, type Frequency, type SideEffect, type UseContext } from '../src/data/types.js';
import '../src/side-effects/side-effects.js';
import { DRUG_CONTEXTS, type KetamineSideEffects } from '../src/side-effects/side-effects.js';
import { cloneDataset, emulateMedia, expectNotFound, nextError, resetMedia, shadow, textOf, unresolvedIdReferences } from './helpers.js';

const effects = bundledDataset.sideEffects;
const byId = (id: string) => effects.find((e) => e.id === id)!;

async function sideEffects(template = html`<ketamine-side-effects></ketamine-side-effects>`): Promise<KetamineSideEffects> {
  const el = await fixture<KetamineSideEffects>(template);
  await el.updateComplete;
  return el;
}

const all = (root: ParentNode, selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
const items = (root: ParentNode) => all(root, '[part~="item"]');
const shownIds = (el: HTMLElement) => items(shadow(el)).map((li) => li.dataset.id!);
const item = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLElement>(`[part~="item"][data-id="${id}"]`)!;
const groupsOf = (el: HTMLElement) => all(shadow(el), '[part="group"]').map((g) => ({ key: g.dataset.group!, ids: items(g).map((li) => li.dataset.id!) }));

/** The groups the widget should show for `shown` (in dataset order): fixed key order, empty groups left out. */
function expectedGroups(shown: SideEffect[], by: 'severity' | 'system') {
  const keys: readonly string[] = by === 'severity' ? SEVERITIES : BODY_SYSTEMS;
  return keys.map((key) => ({ key, ids: shown.filter((e) => e[by] === key).map((e) => e.id) })).filter((g) => g.ids.length);
}

const seenIn = (contexts: readonly UseContext[]) => effects.filter((e) => e.appliesTo.some((c) => contexts.includes(c)));
const peak = (figures: Frequency[]) => Math.max(-1, ...figures.map((f) => f.high ?? f.low));

afterEach(async () => {
  await resetMedia();
});

describe('<ketamine-side-effects>: grouping', () => {
  it('groups by severity by default: common, serious, long-term, each a heading followed by its list', async () => {
    const el = await sideEffects();
    expect(groupsOf(el)).to.deep.equal(expectedGroups(effects, 'severity'));
    expect(groupsOf(el).map((g) => g.key)).to.deep.equal(['common', 'serious', 'long-term']);
    const headings = all(shadow(el), '[part="heading"]');
    expect(headings.map((h) => textOf(h))).to.deep.equal(['Common side effects', 'Serious side effects', 'Long-term effects']);
    for (const heading of headings) {
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      const list = heading.nextElementSibling!;
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('aria-labelledby')).to.equal(heading.id);
      for (const child of list.children) expect(child.localName).to.equal('li');
    }
    expect(shownIds(el)).to.have.length(effects.length);
    expect(unresolvedIdReferences(shadow(el))).to.deep.equal([]);
  });

  it('groups by body system with `group-by="system"`, in the order of BODY_SYSTEMS, naming each severity', async () => {
    const el = await sideEffects(html`<ketamine-side-effects group-by="system"></ketamine-side-effects>`);
    const expected = expectedGroups(effects, 'system');
    expect(groupsOf(el)).to.deep.equal(expected);
    expect(expected.length).to.be.greaterThan(5);
    expect(textOf(shadow(el).querySelector('[part="heading"]'))).to.equal('Mind and mood');
    expect(textOf(item(el, 'bladder-damage').querySelector('[part="severity"]'))).to.equal('Long-term');
    expect(textOf(item(el, 'seizures').querySelector('[part="severity"]'))).to.equal('Serious');
    // Grouped by severity, the heading already says it.
    el.groupBy = 'severity';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="severity"]')).to.be.null;
  });

  it('leaves out empty groups', async () => {
    const el = await sideEffects(html`<ketamine-side-effects group-by="system" context="chronic-misuse"></ketamine-side-effects>`);
    const groups = groupsOf(el);
    expect(groups.length).to.be.lessThan(BODY_SYSTEMS.length);
    for (const group of groups) expect(group.ids.length, group.key).to.be.greaterThan(0);
    expect(all(shadow(el), '[part="heading"]')).to.have.length(groups.length);
  });

  it('sets the heading level from `heading-level`, clamped to 2-6', async () => {
    for (const [value, level] of [['5', '5'], ['2', '2'], ['1', '2'], ['9', '6'], ['x', '3']]) {
      const el = await sideEffects(html`<ketamine-side-effects heading-level=${value}></ketamine-side-effects>`);
      for (const heading of all(shadow(el), '[part="heading"]')) expect(heading.getAttribute('aria-level'), value).to.equal(level);
    }
  });
});

describe('<ketamine-side-effects>: filters', () => {
  it('`severity` shows only those severities', async () => {
    const el = await sideEffects(html`<ketamine-side-effects severity=" long-term , serious"></ketamine-side-effects>`);
    const shown = effects.filter((e) => e.severity === 'serious' || e.severity === 'long-term');
    expect(groupsOf(el)).to.deep.equal(expectedGroups(shown, 'severity'));
    expect(groupsOf(el).map((g) => g.key)).to.deep.equal(['serious', 'long-term']);
  });

  it('`drug` maps esketamine to the nasal spray and ketamine to anesthesia, infusions and misuse', async () => {
    expect(DRUG_CONTEXTS).to.deep.equal({
      ketamine: ['anesthetic-ketamine', 'subanesthetic-infusion', 'chronic-misuse'],
      esketamine: ['esketamine-nasal-spray'],
    });
    const esketamine = await sideEffects(html`<ketamine-side-effects drug="esketamine"></ketamine-side-effects>`);
    const sprayOnly = effects.filter((e) => e.appliesTo.includes('esketamine-nasal-spray'));
    expect(shownIds(esketamine)).to.have.members(sprayOnly.map((e) => e.id));
    expect(shownIds(esketamine)).to.include('taste-changes').and.not.include('hallucinations');

    const ketamine = await sideEffects(html`<ketamine-side-effects drug="ketamine"></ketamine-side-effects>`);
    const notSpray = seenIn(['anesthetic-ketamine', 'subanesthetic-infusion', 'chronic-misuse']);
    expect(shownIds(ketamine)).to.have.members(notSpray.map((e) => e.id));
    expect(shownIds(ketamine)).to.include('hallucinations').and.not.include('taste-changes');
  });

  it('`context` shows effects seen in any of the contexts', async () => {
    const el = await sideEffects(html`<ketamine-side-effects context="chronic-misuse,anesthetic-ketamine"></ketamine-side-effects>`);
    expect(groupsOf(el)).to.deep.equal(expectedGroups(seenIn(['chronic-misuse', 'anesthetic-ketamine']), 'severity'));
  });

  it('combines the filters: every one of them applies', async () => {
    const el = await sideEffects(html`<ketamine-side-effects drug="ketamine" severity="serious" context="chronic-misuse,esketamine-nasal-spray"></ketamine-side-effects>`);
    // drug="ketamine" rules out the nasal spray: left are serious effects of chronic misuse.
    const expected = effects.filter((e) => e.severity === 'serious' && e.appliesTo.includes('chronic-misuse'));
    expect(expected.length).to.be.greaterThan(1);
    expect(shownIds(el)).to.deep.equal(expected.map((e) => e.id));
  });

  it('follows attribute changes', async () => {
    const el = await sideEffects(html`<ketamine-side-effects severity="long-term"></ketamine-side-effects>`);
    expect(groupsOf(el).map((g) => g.key)).to.deep.equal(['long-term']);
    el.setAttribute('severity', 'common');
    await el.updateComplete;
    expect(groupsOf(el).map((g) => g.key)).to.deep.equal(['common']);
    el.removeAttribute('severity');
    await el.updateComplete;
    expect(shownIds(el)).to.have.length(effects.length);
  });

  it('says so, not as an error, when no effect matches', async () => {
    const el = await sideEffects(html`<ketamine-side-effects drug="esketamine" context="chronic-misuse"></ketamine-side-effects>`);
    expect(shownIds(el)).to.deep.equal([]);
    expect(shadow(el).querySelector('[part="group"], [part="error"], [part="emergency"]')).to.be.null;
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('No side effects match these filters.');
    expect(shadow(el).querySelector('[part="footer"] [part="sources"]')).to.be.null;
    expect(textOf(shadow(el).querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
  });
});

describe('<ketamine-side-effects>: unknown values', () => {
  const cases: Array<[string, string, string]> = [
    ['severity', 'serious,mild', 'Unknown severity: mild. Known severities: common, serious, long-term.'],
    ['drug', 'ibuprofen', 'Unknown drug "ibuprofen": use "ketamine" or "esketamine".'],
    ['context', 'veterinary', 'Unknown context: veterinary.'],
    ['group-by', 'organ', 'Unknown grouping "organ": use "severity" or "system".'],
    ['sort', 'alphabetical', 'Unknown sort order "alphabetical": use "dataset" or "frequency".'],
  ];
  for (const [attr, value, message] of cases) {
    it(`${attr}="${value}" shows the error state and fires ketamine-error`, async () => {
      await expectNotFound('ketamine-side-effects', attr, value, message, async (el) => {
        expect(shadow(el).querySelector('[part="base"]')).to.be.null;
        // Fixing the attribute brings the content back.
        el.removeAttribute(attr);
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="error"]')).to.be.null;
        expect(shownIds(el)).to.have.length(effects.length);
      });
    });
  }
});

describe('<ketamine-side-effects>: each effect', () => {
  it('shows name, description, where it applies, its sources by name, and the confidence note', async () => {
    const el = await sideEffects();
    const dissociation = byId('dissociation');
    const li = item(el, 'dissociation');
    expect(textOf(li.querySelector('[part="name"]'))).to.equal(dissociation.name);
    expect(textOf(li.querySelector('[part="description"]'))).to.equal(dissociation.description);
    expect(textOf(li.querySelector('[part="applies-to"]'))).to.equal(
      'Applies to: ketamine anesthesia, low-dose ketamine infusions, and esketamine nasal spray (Spravato).',
    );
    const sourcesLine = textOf(li.querySelector('[part="item-sources"]'));
    expect(sourcesLine.startsWith('Sources: ')).to.be.true;
    for (const id of dissociation.sources) expect(sourcesLine).to.contain(bundledDataset.sources.find((s) => s.id === id)!.title);
    expect(li.querySelector('[part="confidence"]')).to.be.null;
    const dysphoriaKinds = byId('dysphoria').sources.map((id) => bundledDataset.sources.find((s) => s.id === id)!.kind);
    expect(dysphoriaKinds.every((k) => k === 'article' || k === 'marketing')).to.be.true;
    expect(textOf(item(el, 'dysphoria').querySelector(':scope > [part="confidence"]'))).to.match(/^Backed only by (a marketing page|health-information articles or marketing pages)/);
  });
});

describe('<ketamine-side-effects>: frequencies', () => {
  const figures = (li: HTMLElement) => all(li, '[part="figure"]');
  const figureTexts = (li: HTMLElement) => figures(li).map((f) => textOf(f.querySelector('[part="figure-text"]')));

  it('shows none without `show-frequency`', async () => {
    const el = await sideEffects();
    expect(shadow(el).querySelector('[part="figures"], [part="bar"]')).to.be.null;
  });

  it('shows each figure as text, with what it was compared with and who was measured', async () => {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency></ketamine-side-effects>`);
    const [first, second] = byId('dissociation').frequencies!;
    expect(figureTexts(item(el, 'dissociation'))).to.have.length(3);
    expect(figureTexts(item(el, 'dissociation'))[0]).to.equal(`41% with esketamine nasal spray (Spravato) vs 9% with placebo — ${first.population}`);
    expect(figureTexts(item(el, 'dissociation'))[1]).to.equal(`61–75% with esketamine nasal spray (Spravato) — ${second.population}`);
    // A figure backed only by secondary sources says so.
    expect(textOf(figures(item(el, 'dissociation'))[2].querySelector('[part="confidence"]'))).to.equal('Based on secondary sources only.');
    // Every shown item with figures has one text per figure.
    for (const effect of effects) expect(figures(item(el, effect.id)), effect.id).to.have.length(effect.frequencies?.length ?? 0);
  });

  it('is never more precise than the data', async () => {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency></ketamine-side-effects>`);
    const first = (id: string) => figureTexts(item(el, id))[0].split(' — ')[0];
    expect(first('bladder-damage')).to.equal('26.6% with long-term ketamine misuse');
    expect(first('loss-of-consciousness')).to.equal('0.3–0.4% with esketamine nasal spray (Spravato)');
    expect(first('very-high-blood-pressure')).to.equal('8–19% with esketamine nasal spray (Spravato) vs 1–4% with placebo');
    expect(first('agitation')).to.equal('7.6% with ketamine anesthesia');
    expect(first('slurred-speech')).to.equal('4% with esketamine nasal spray (Spravato) vs 0% with placebo');
  });

  it('draws a bar per figure, as wide as the percentage, beside a comparator bar when there is a comparator', async () => {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency></ketamine-side-effects>`);
    for (const effect of effects.filter((e) => e.frequencies)) {
      figures(item(el, effect.id)).forEach((figureEl, i) => {
        const figure = effect.frequencies![i];
        const bars = figureEl.querySelector('[part="bars"]')!;
        expect(bars.getAttribute('aria-hidden'), effect.id).to.equal('true');
        const bar = bars.querySelector<HTMLElement>('[part="bar"]')!;
        const track = bar.parentElement!;
        const high = figure.high ?? figure.low;
        expect(bar.style.getPropertyValue('--_value'), effect.id).to.equal(`${high}%`);
        expect(bar.getBoundingClientRect().width / track.clientWidth, effect.id).to.be.closeTo(high / 100, 0.01);
        const comparatorBar = bars.querySelector<HTMLElement>('[part="comparator-bar"]');
        if (!figure.comparator) {
          expect(comparatorBar, effect.id).to.be.null;
          return;
        }
        const comparatorHigh = figure.comparator.high ?? figure.comparator.low;
        expect(comparatorBar!.style.getPropertyValue('--_value')).to.equal(`${comparatorHigh}%`);
        expect(comparatorBar!.getBoundingClientRect().width / comparatorBar!.parentElement!.clientWidth).to.be.closeTo(comparatorHigh / 100, 0.01);
      });
    }
    // The bars are visible: a real height, and the widest bar (84%) is wider than the placebo's (9%).
    const dissociationBars = all(item(el, 'dissociation'), '[part="bar"]');
    expect(dissociationBars[0].getBoundingClientRect().height).to.be.greaterThan(0);
    expect(dissociationBars[2].getBoundingClientRect().width).to.be.greaterThan(dissociationBars[0].getBoundingClientRect().width);
  });

  it('shows only the figures measured in the chosen contexts', async () => {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency drug="ketamine"></ketamine-side-effects>`);
    // Vomiting has Spravato-trial figures and one from ketamine sedation in children: only the latter is ketamine's.
    expect(figureTexts(item(el, 'vomiting'))).to.deep.equal([`8.4% with ketamine anesthesia — ${byId('vomiting').frequencies![2].population}`]);
    // Dissociation is shown (it happens with ketamine), without esketamine's figures.
    expect(shownIds(el)).to.include('dissociation');
    expect(item(el, 'dissociation').querySelector('[part="figures"]')).to.be.null;
  });

  it('`sort="frequency"` puts the highest figure first in each group; effects without figures last, in dataset order', async () => {
    const el = await sideEffects(html`<ketamine-side-effects sort="frequency"></ketamine-side-effects>`);
    const groups = groupsOf(el);
    for (const { key, ids } of groups) {
      const inGroup = effects.filter((e) => e.severity === key);
      const withFigures = inGroup.filter((e) => e.frequencies?.length);
      const sortedByPeak = [...withFigures].sort((a, b) => peak(b.frequencies!) - peak(a.frequencies!));
      const without = inGroup.filter((e) => !e.frequencies?.length);
      expect(ids, key).to.deep.equal([...sortedByPeak, ...without].map((e) => e.id));
    }
    expect(groups[0].ids.slice(0, 3)).to.deep.equal(['dissociation', 'sedation', 'dizziness']);
    // Without `sort`, the dataset's order.
    el.sort = 'dataset';
    await el.updateComplete;
    expect(groupsOf(el)).to.deep.equal(expectedGroups(effects, 'severity'));
  });

  it('sorts by the figures the filters leave', async () => {
    const el = await sideEffects(html`<ketamine-side-effects sort="frequency" drug="ketamine" severity="common"></ketamine-side-effects>`);
    // Ketamine's own figures: emergence reactions 12%, vomiting 8.4%, agitation 7.6%; the rest have none.
    expect(shownIds(el).slice(0, 3)).to.deep.equal(['emergence-reactions', 'vomiting', 'agitation']);
  });
});

describe('<ketamine-side-effects>: urgent care', () => {
  it('marks every urgent effect with text and an icon, and only those', async () => {
    const el = await sideEffects();
    for (const effect of effects) {
      const li = item(el, effect.id);
      const marker = li.querySelector('[part="urgent-marker"]');
      expect(!!marker, effect.id).to.equal(effect.urgent);
      expect(li.part.contains('urgent'), effect.id).to.equal(effect.urgent);
      if (!marker) continue;
      expect(textOf(marker)).to.equal('Seek emergency care');
      expect(marker.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    }
    expect(effects.filter((e) => e.urgent).length).to.be.greaterThan(3);
  });

  it("shows the dataset's emergency advice before the groups whenever an urgent effect is shown", async () => {
    const data = cloneDataset();
    data.meta.emergencyAdvice = 'Emergency advice from the data: call 000.';
    const el = await sideEffects(html`<ketamine-side-effects .data=${data}></ketamine-side-effects>`);
    const callout = shadow(el).querySelector('[part="emergency"]')!;
    expect(textOf(callout)).to.equal('Effects marked “Seek emergency care” need urgent help. Emergency advice from the data: call 000.');
    expect(callout.compareDocumentPosition(shadow(el).querySelector('[part="group"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);

    el.severity = 'long-term'; // no urgent effect among these
    await el.updateComplete;
    expect(effects.some((e) => e.severity === 'long-term' && e.urgent)).to.be.false;
    expect(shadow(el).querySelector('[part="emergency"]')).to.be.null;
  });
});

describe('<ketamine-side-effects>: safety of data text', () => {
  it('renders markup in the data as text', async () => {
    const data: Dataset = cloneDataset();
    const pwned = '<img src=x onerror="window.__sePwned=1"><b>bold</b>';
    const target = data.sideEffects.find((e) => e.id === 'dissociation')!;
    target.name = `Name ${pwned}`;
    target.description = `Description ${pwned}`;
    target.frequencies![0].population = `population ${pwned}`;
    target.frequencies![0].comparator!.label = `placebo ${pwned}`;
    data.meta.emergencyAdvice = `Advice ${pwned}`;
    const el = await sideEffects(html`<ketamine-side-effects show-frequency .data=${data}></ketamine-side-effects>`);
    expect(shadow(el).querySelector('img, b')).to.be.null;
    const li = item(el, 'dissociation');
    expect(textOf(li.querySelector('[part="name"]'))).to.equal(`Name ${pwned}`);
    expect(textOf(li.querySelector('[part="description"]'))).to.equal(`Description ${pwned}`);
    expect(textOf(li.querySelector('[part="figure-text"]'))).to.contain(`placebo ${pwned} — population ${pwned}`);
    expect(textOf(shadow(el).querySelector('[part="emergency"]'))).to.contain(`Advice ${pwned}`);
    expect((window as unknown as { __sePwned?: number }).__sePwned).to.be.undefined;
  });
});

describe('<ketamine-side-effects>: footer', () => {
  const footerSources = (el: HTMLElement) => all(shadow(el), '[part="footer"] [part="sources"] li').map((li) => textOf(li));
  const titles = (ids: string[]) => ids.map((id) => bundledDataset.sources.find((s) => s.id === id)!.title);

  it('lists exactly the sources the shown effects cite, then the review date and disclaimer', async () => {
    for (const template of [
      html`<ketamine-side-effects severity="long-term"></ketamine-side-effects>`,
      html`<ketamine-side-effects drug="ketamine" show-frequency></ketamine-side-effects>`,
      html`<ketamine-side-effects group-by="system"></ketamine-side-effects>`,
    ]) {
      const el = await sideEffects(template);
      const shown = shownIds(el).map(byId);
      const cited = [...new Set(shown.flatMap((e) => e.sources))];
      expect(footerSources(el)).to.have.length(cited.length);
      footerSources(el).forEach((text, i) => expect(text).to.contain(titles(cited)[i]));
      expect(textOf(shadow(el).querySelector('[part="reviewed"]'))).to.match(/^Last reviewed \w{3} \d{1,2}, \d{4}$/);
      expect(textOf(shadow(el).querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
    }
  });
});

describe('<ketamine-side-effects>: theming', () => {
  it('exposes the documented parts', async () => {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency group-by="system"></ketamine-side-effects>`);
    const parts = ['base', 'emergency', 'emergency-icon', 'group', 'heading', 'list', 'item', 'name', 'severity', 'urgent-marker', 'description', 'applies-to', 'figures', 'figure', 'figure-text', 'bars', 'bar-track', 'bar', 'comparator-bar', 'confidence', 'item-sources', 'footer', 'sources', 'reviewed', 'disclaimer'];
    for (const part of parts) expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
  });

  it('takes its component tokens from the host', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="--ketamine-side-effects-bar-color: rgb(1, 2, 3); --ketamine-side-effects-urgent-color: rgb(4, 5, 6); --ketamine-side-effects-border-color: rgb(7, 8, 9)">
      <ketamine-side-effects show-frequency></ketamine-side-effects>
    </div>`);
    const el = host.querySelector('ketamine-side-effects')!;
    await el.updateComplete;
    expect(getComputedStyle(shadow(el).querySelector('[part="bar"]')!).backgroundImage).to.contain('rgb(1, 2, 3)');
    expect(getComputedStyle(shadow(el).querySelector('[part="urgent-marker"]')!).borderTopColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(shadow(el).querySelector('[part~="item"]')!).borderBottomColor).to.equal('rgb(7, 8, 9)');
  });
});

describe('<ketamine-side-effects>: layout and media', () => {
  it('fits a 320px wide container without horizontal scrolling', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <ketamine-side-effects show-frequency group-by="system"></ketamine-side-effects>
    </div>`);
    const el = host.querySelector('ketamine-side-effects')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.equal(320);
    for (const node of all(shadow(el), '*')) {
      expect(node.getBoundingClientRect().right, node.getAttribute('part') ?? node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('keeps the bars and the urgent marker visible in forced-colors mode', async function () {
    const el = await sideEffects(html`<ketamine-side-effects show-frequency drug="esketamine"></ketamine-side-effects>`);
    if (!(await emulateMedia([{ name: 'forced-colors', value: 'active' }]))) this.skip();
    const probe = document.createElement('div');
    probe.style.cssText = 'color: CanvasText; background-color: Highlight';
    document.body.append(probe);
    const { color: canvasText, backgroundColor: highlight } = getComputedStyle(probe);
    probe.remove();
    const bar = shadow(el).querySelector('[part="bar"]')!;
    expect(getComputedStyle(bar).backgroundImage).to.equal('none');
    expect(getComputedStyle(bar).backgroundColor).to.equal(highlight);
    expect(getComputedStyle(shadow(el).querySelector('[part="comparator-bar"]')!).backgroundImage).to.contain('repeating-linear-gradient');
    expect(getComputedStyle(shadow(el).querySelector('[part="bar-track"]')!).borderTopColor).to.equal(canvasText);
    expect(getComputedStyle(shadow(el).querySelector('[part="urgent-marker"]')!).borderTopColor).to.equal(canvasText);
    await expect(el).to.be.accessible();
  });
});

describe('<ketamine-side-effects>: accessibility of every state', () => {
  it('default', async () => {
    await expect(await sideEffects()).to.be.accessible();
  });
  it('show-frequency, sorted', async () => {
    await expect(await sideEffects(html`<ketamine-side-effects show-frequency sort="frequency"></ketamine-side-effects>`)).to.be.accessible();
  });
  it('grouped by system', async () => {
    await expect(await sideEffects(html`<ketamine-side-effects group-by="system" show-frequency></ketamine-side-effects>`)).to.be.accessible();
  });
  it('dark theme', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="background:#16191d">
      <ketamine-side-effects theme="dark" show-frequency></ketamine-side-effects>
    </div>`);
    const el = host.querySelector('ketamine-side-effects')!;
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
      await el.updateComplete;
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });
});
