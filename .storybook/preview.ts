import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { applyProperties } from './apply-properties';
// Written by `npm run analyze` (run before `storybook` and `build-storybook`); it feeds the docs tables.
import manifest from '../custom-elements.json';
import '../src/index.js';
import { widgetDocsPage } from './docs-page';
import { publicManifest, type Manifest } from './manifest';

const api = publicManifest(manifest as unknown as Manifest);
setCustomElementsManifest(api);

type ArgTypes = Record<string, { type?: { name?: string } | string; control?: unknown; options?: unknown[]; table?: { category?: string } }>;

/**
 * A control of the right kind for every public property, from its type in the manifest: text, number,
 * boolean, or a select for a union of string literals. Events, slots, parts and custom properties are
 * documented in the table but have no control (changing them there would do nothing).
 */
function controlsFromManifestTypes({ argTypes }: { argTypes: ArgTypes }): ArgTypes {
  for (const argType of Object.values(argTypes)) {
    const category = argType.table?.category;
    if (category && category !== 'properties') {
      argType.control = false;
      continue;
    }
    if (argType.control !== undefined) continue; // the story chose one
    const type = typeof argType.type === 'string' ? argType.type : argType.type?.name;
    if (!type) continue;
    const literals = type.split('|').map((part) => part.trim());
    if (literals.every((part) => /^'[^']*'$/.test(part))) {
      argType.options = literals.map((part) => part.slice(1, -1));
      argType.control = { type: literals.length <= 4 ? 'inline-radio' : 'select' };
    } else if (type === 'string') argType.control = { type: 'text' };
    else if (type === 'number') argType.control = { type: 'number' };
    else if (type === 'boolean') argType.control = { type: 'boolean' };
    else argType.control = { type: 'object' };
  }
  return argTypes;
}

const preview: Preview = {
  tags: ['autodocs'],
  // Canvases in a neutral system font (the iframe's default is the browser's serif); a story's own host
  // styles still win inside it.
  decorators: [
    (story, { args, initialArgs, argTypes, component }) => {
      // A control the story's own template does not bind still changes the widget: args changed in the
      // Controls panel that are public properties of the component are set on it after each render.
      const changed = Object.fromEntries(
        Object.entries(args).filter(([name, value]) => value !== initialArgs[name] && argTypes[name]?.table?.category === 'properties'),
      );
      return html`<div style="font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 16px; line-height: 1.5; color: CanvasText">
        ${story()}${typeof component === 'string' && Object.keys(changed).length ? applyProperties(component, changed) : nothing}
      </div>`;
    },
  ],
  argTypesEnhancers: [controlsFromManifestTypes as never],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // Fail the a11y panel on any axe violation, as the tests do.
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Widgets', ['FAQ', 'Approval badge', 'Side effects', 'Route table', 'Uses', 'Sources'], 'Guides', '*'] } },
    docs: {
      page: widgetDocsPage(api),
      // Stories on a docs page render in frames of a fixed height: a long widget cannot make the page
      // tens of thousands of pixels tall, and a story that moves focus or sets the URL hash (deep links)
      // does it inside its frame, not on the docs page.
      story: { inline: false, height: '400px' },
    },
  },
};

export default preview;
