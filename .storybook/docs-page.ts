// Each widget's docs page, in the order a developer needs it: what it is, how to embed it, the live
// example with a control per public attribute, then the rest of the API from the manifest (methods, which
// Storybook's tables leave out; events, slots, parts and custom properties are in the Controls table).
import { createElement as h, Fragment } from 'react';
import { Controls, Description, Markdown, Primary, Source, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';
import { findDeclaration, publicMembers, type Manifest } from './manifest';

/** The embed, as the README documents it, for one tag. */
export function usageSnippet(tagName: string): string {
  const module = tagName.replace(/^ketamine-/, '');
  return [
    '<!-- One script tag: the widget loads what it needs. -->',
    '<script type="module" blocking="render" src="https://cdn.jsdelivr.net/npm/ketamine-widgets/dist/cdn/loader.js"></script>',
    `<${tagName}></${tagName}>`,
    '',
    '<!-- Or with a bundler: npm install ketamine-widgets -->',
    `<script type="module">import 'ketamine-widgets/${module}.js';</script>`,
  ].join('\n');
}

const escapeCell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** Public methods as a Markdown table: Storybook's argTypes skip methods. */
export function methodsTable(manifest: Manifest, tagName: string): string {
  const declaration = findDeclaration(manifest, tagName);
  const methods = declaration ? publicMembers(declaration).filter((m) => m.kind === 'method') : [];
  if (!methods.length) return '';
  const rows = methods.map((m) => {
    const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ');
    return `| \`${m.name}(${escapeCell(params)})\` | ${escapeCell(m.return?.type?.text ?? 'void')} | ${escapeCell(m.description)} |`;
  });
  return ['## Methods', '', '| method | returns | what it does |', '|---|---|---|', ...rows].join('\n');
}

export function widgetDocsPage(manifest: Manifest) {
  return function WidgetDocsPage() {
    const meta = useOf('meta', ['meta']) as { csfFile: { meta: { component?: string } } };
    const tagName = meta.csfFile.meta.component;
    const methods = tagName ? methodsTable(manifest, tagName) : '';
    return h(
      Fragment,
      null,
      h(Title),
      h(Subtitle),
      h(Description, { of: 'meta' }),
      tagName ? h(Fragment, null, h('h2', { id: 'usage' }, 'Usage'), h(Source, { code: usageSnippet(tagName), language: 'html', dark: true })) : null,
      h(Primary),
      h('h2', { id: 'api' }, 'Attributes, properties, events, slots, parts and custom properties'),
      h(Controls),
      methods ? h(Markdown, null, methods) : null,
      h(Stories, { includePrimary: false, title: 'Examples' }),
    );
  };
}
