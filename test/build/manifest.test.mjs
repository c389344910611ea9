// custom-elements.json describes the published package (run after `npm run build`), and the Vue and
// Svelte typings generated from it cover every element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const tags = ['ketamine-approval-badge', 'ketamine-faq', 'ketamine-route-table', 'ketamine-side-effects', 'ketamine-sources', 'ketamine-uses'];
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: mod.path })));

test('every module path is a published file under dist/', () => {
  const paths = JSON.stringify(manifest).match(/"(?:path|module)":"[^"]*"/g);
  for (const entry of paths) {
    const path = JSON.parse(`{${entry}}`).path ?? JSON.parse(`{${entry}}`).module;
    assert.match(path, /^dist\/.+\.js$/, entry);
    assert.ok(existsSync(join(root, path)), `${path} is not in the build`);
  }
});

test('one definition per real tag, each naming the class that has that tag', () => {
  const definitions = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, in: mod.path })));
  assert.deepEqual(definitions.map((d) => d.name).sort(), tags);
  for (const definition of definitions) {
    const element = elements.find((e) => e.name === definition.declaration.name && e.path === definition.declaration.module);
    assert.equal(element?.tagName, definition.name, definition.name);
    // The definition lives in the module a user imports to register the tag.
    assert.equal(definition.in, `dist/${definition.name.replace('ketamine-', '')}.js`);
  }
});

test('every event has a typed detail; no private, protected or static members', () => {
  for (const element of elements) {
    assert.ok(element.events?.length, element.tagName);
    for (const event of element.events) assert.match(event.type?.text ?? '', /^CustomEvent<\w+>$/, `${element.tagName} ${event.name}`);
    for (const member of element.members) {
      assert.ok(!member.privacy || member.privacy === 'public', `${element.tagName} ${member.name} is ${member.privacy}`);
      assert.ok(!member.static, `${element.tagName} static ${member.name}`);
      assert.doesNotMatch(member.name, /^[#_]/);
    }
  }
  const faq = elements.find((e) => e.tagName === 'ketamine-faq');
  for (const internal of ['openIds', 'pendingLoad', 'loadController', 'reportedError', 'bundledData']) {
    assert.ok(!faq.members.some((m) => m.name === internal), internal);
  }
  assert.deepEqual(faq.members.filter((m) => m.kind === 'method').map((m) => m.name).filter((n) => ['toggle', 'showAll', 'hideAll'].includes(n)), ['toggle', 'showAll', 'hideAll']);
});

test('the Vue and Svelte typings declare every tag with its properties and events', () => {
  const vue = readFileSync(join(root, 'dist/types/vue.d.ts'), 'utf8');
  const svelte = readFileSync(join(root, 'dist/types/svelte.d.ts'), 'utf8');
  assert.match(vue, /declare module 'vue' \{\s+interface GlobalComponents \{/);
  assert.match(svelte, /declare module 'svelte\/elements' \{\s+interface SvelteHTMLElements \{/);
  for (const element of elements) {
    for (const [name, text] of [['vue', vue], ['svelte', svelte]]) {
      const line = text.split('\n').find((l) => l.includes(`'${element.tagName}':`));
      assert.ok(line, `${name}: ${element.tagName}`);
      for (const field of element.members.filter((m) => m.kind === 'field' && !m.readonly)) assert.ok(line.includes(`'${field.name}'`), `${name}: ${element.tagName}.${field.name}`);
      for (const event of element.events) assert.ok(line.includes(`'${event.name}': ${event.type.text}`), `${name}: ${element.tagName} ${event.name}`);
    }
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.exports['./vue.js'].types, './dist/types/vue.d.ts');
  assert.equal(pkg.exports['./svelte.js'].types, './dist/types/svelte.d.ts');
});
