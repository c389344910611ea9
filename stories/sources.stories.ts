import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/sources/sources.js';

interface Args {
  ids?: string;
  kinds?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/Sources',
  component: 'ketamine-sources',
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] } },
  render: ({ ids, kinds, theme }) =>
    html`<ketamine-sources ids=${ids ?? nothing} kinds=${kinds ?? nothing} theme=${theme ?? nothing}></ketamine-sources>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every source of the dataset, grouped by kind. */
export const Default: Story = {};

/** `ids` lists chosen sources, e.g. those a page cites. */
export const ChosenSources: Story = { args: { ids: 'fda-spravato-label,fda-ketalar-label,asra-2018-chronic,ptsd-meta-2024' } };

/** `kinds` keeps some kinds of source only. */
export const RegulatoryAndGuidelines: Story = { args: { kinds: 'regulatory,guideline' } };

export const DarkTheme: Story = {
  args: { theme: 'dark', kinds: 'study,marketing' },
  decorators: [(story) => html`<div style="background:#16191d;padding:1rem">${story()}</div>`],
};

/** An unknown kind: a visible error and a `ketamine-error` event. */
export const ErrorUnknownKind: Story = { args: { kinds: 'blog' } };
