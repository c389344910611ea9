// The embed builder's model (src/builder/model.ts): controls from custom-elements.json with the
// dataset's values, settings <-> URL, snippets, contrast. The page itself is tested built, in
// test/build/builder.test.mjs.
import { expect } from '@open-wc/testing';
import manifest from '../custom-elements.json';
import data from '../data/ketamine.json';
import {
  WIDGETS,
  contrast,
  defaultSettings,
  embedSnippet,
  EMBED_SCRIPT,
  frameworkSnippet,
  fromParams,
  renderCommand,
  styleBlock,
  tagMarkup,
  toParams,
  widget,
  type Settings,
} from '../src/builder/model.js';

type Declaration = { tagName?: string; attributes?: { name: string }[] };
const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

describe('embed builder model', () => {
  it('has a control for every public attribute of every widget in custom-elements.json', () => {
    for (const declaration of declarations) {
      const info = widget(declaration.tagName!);
      expect(info.tag).to.equal(declaration.tagName);
      expect(info.controls.map((c) => c.name)).to.deep.equal(declaration.attributes!.map((a) => a.name));
    }
    expect(WIDGETS[0].tag).to.equal('ketamine-faq');
  });

  it('offers the dataset values for ids, never a text box', () => {
    const faq = widget('ketamine-faq');
    const topics = faq.controls.find((c) => c.name === 'topics')!;
    expect(topics.kind).to.equal('multi');
    const used = new Set(data.faq.flatMap((q) => q.topics));
    expect(topics.options!.map((o) => o.value).sort()).to.deep.equal([...used].sort());
    expect(faq.controls.find((c) => c.name === 'questions')!.options!.map((o) => o.label)).to.deep.equal(data.faq.map((q) => q.question));
    const badge = widget('ketamine-approval-badge');
    const use = badge.controls.find((c) => c.name === 'use')!;
    expect(use).to.include({ kind: 'choice', required: true });
    expect(use.options!.map((o) => o.value)).to.deep.equal(data.uses.map((u) => u.id));
    expect(badge.controls.find((c) => c.name === 'variant')!.options!.map((o) => o.value)).to.deep.equal(['compact', 'detail']);
    expect(badge.controls.find((c) => c.name === 'hide-drug')!.kind).to.equal('checkbox');
    const routes = widget('ketamine-route-table');
    expect(routes.controls.find((c) => c.name === 'highlight')!.options!.map((o) => o.value)).to.deep.equal(data.routes.map((r) => r.id));
    const severities = widget('ketamine-side-effects').controls.find((c) => c.name === 'severity')!;
    expect(severities.options!.map((o) => o.value)).to.deep.equal(['common', 'serious', 'long-term', 'other']);
    const headingLevel = faq.controls.find((c) => c.name === 'heading-level')!;
    expect(headingLevel.options!.map((o) => o.value)).to.deep.equal(['2', '3', '4', '5', '6']);
    // Only the dataset URL, labels (JSON) and dates are typed; no id is.
    for (const info of WIDGETS) for (const c of info.controls) if (c.kind === 'text') expect.fail(`${info.tag} ${c.name} is free text`);
  });

  it('keeps settings in URL parameters and drops what the dataset does not have', () => {
    const settings: Settings = {
      tag: 'ketamine-faq',
      attributes: { topics: 'cost,access', searchable: '', 'heading-level': '2' },
      theme: { font: 'Georgia, "Times New Roman", serif', radius: '0.5rem', colours: { accent: '#8a2be2', text: 'rgb(20 20 20)' } },
    };
    const params = toParams(settings);
    expect(fromParams(new URLSearchParams(params.toString()))).to.deep.equal(settings);
    const tampered = new URLSearchParams('widget=faq&a.topics=cost,not-a-topic&a.questions=nope&a.heading-level=9&t.accent=red;}body{x:y&t.radius=99px');
    const cleaned = fromParams(tampered);
    expect(cleaned.attributes).to.deep.equal({ topics: 'cost' });
    expect(cleaned.theme.colours).to.deep.equal({});
    expect(cleaned.theme.radius).to.equal('');
    expect(fromParams(new URLSearchParams('widget=approval-badge')).attributes).to.deep.equal({ use: data.uses[0].id });
    expect(fromParams(new URLSearchParams('widget=nope')).tag).to.equal('ketamine-faq');
    // Colours pasted from a site's CSS, in any of its forms; nothing else.
    for (const ok of ['#1a5fb4', 'rgb(26 95 180)', 'rgba(0,0,0,.5)', 'hsl(210deg 50% 40%)', 'oklch(0.55 0.15 250)', 'navy'])
      expect(fromParams(new URLSearchParams({ 't.accent': ok })).theme.colours.accent, ok).to.equal(ok);
    for (const bad of ['red;}body{x:y', 'url(x)', 'rgb(0 0 0));', 'var(--x)', 'expression(alert(1))'])
      expect(fromParams(new URLSearchParams({ 't.accent': bad })).theme.colours, bad).to.deep.equal({});
  });

  it('writes the three snippets from the same settings', () => {
    const settings: Settings = { ...defaultSettings('ketamine-route-table'), attributes: { routes: 'iv,oral', sortable: '' } };
    settings.theme.colours.accent = '#005a9c';
    expect(tagMarkup(settings)).to.equal('<ketamine-route-table routes="iv,oral" sortable></ketamine-route-table>');
    expect(styleBlock(settings)).to.equal('<style>\n  ketamine-route-table {\n    --ketamine-color-accent: #005a9c;\n  }\n</style>\n');
    expect(embedSnippet(settings)).to.equal(`<script type="module" blocking="render" src="${EMBED_SCRIPT}"></script>\n${styleBlock(settings)}${tagMarkup(settings)}\n`);
    expect(renderCommand(settings)).to.equal(`npx ketamine-widgets render '${tagMarkup(settings)}'`);
    expect(frameworkSnippet(settings, 'react')).to.contain(`import { RouteTable } from 'ketamine-widgets/react/route-table.js';`);
    expect(frameworkSnippet(settings, 'react')).to.contain('<RouteTable routes="iv,oral" sortable />');
    for (const framework of ['vue', 'svelte', 'angular'] as const) {
      expect(frameworkSnippet(settings, framework)).to.contain(tagMarkup(settings));
      expect(frameworkSnippet(settings, framework)).to.contain(`import 'ketamine-widgets/route-table.js';`);
    }
    // Attribute values are escaped in the tag.
    expect(tagMarkup({ ...settings, attributes: { src: '/x.json?a="b"&c' } })).to.equal('<ketamine-route-table src="/x.json?a=&quot;b&quot;&amp;c"></ketamine-route-table>');
    expect(styleBlock(defaultSettings('ketamine-faq'))).to.equal('');
    // Angular's template is a JavaScript template literal: a backtick or ${ in a value cannot end it.
    const angular = frameworkSnippet({ ...settings, attributes: { src: '/a`b${c}.json' } }, 'angular');
    expect(angular).to.contain('template: `<ketamine-route-table src="/a\\`b\\${c}.json"></ketamine-route-table>`,');
    expect(renderCommand({ ...settings, attributes: { src: "/it's.json" } })).to.equal(`npx ketamine-widgets render '<ketamine-route-table src="/it'\\''s.json"></ketamine-route-table>'`);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.001);
    expect(contrast([255, 255, 255], [255, 255, 255])).to.equal(1);
    // #777 on white is just under AA, #767676 just over.
    expect(contrast([0x77, 0x77, 0x77], [255, 255, 255])).to.be.lessThan(4.5);
    expect(contrast([0x76, 0x76, 0x76], [255, 255, 255])).to.be.greaterThan(4.5);
  });
});
