import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `npm run analyze` (run before `storybook` and `build-storybook`); it feeds the docs tables.
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Fail the a11y panel on any axe violation, as the tests do.
    a11y: { test: 'error' },
  },
};

export default preview;
