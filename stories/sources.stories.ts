import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/sources/sources.js';
import '../src/uses/uses.js';
import '../src/approval-badge/approval-badge.js';

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

/**
 * One bibliography for the page: widgets with `footer="none"` and `<ketamine-sources for="page">`, which lists
 * what they cite now and carries the one review date and disclaimer. Change the uses filter to see it follow.
 */
export const PageBibliography: Story = {
  render: () => html`<div>
    <p>
      Ketamine for anesthesia: <ketamine-approval-badge use="anesthesia" drug="ketamine" hide-drug footer="none"></ketamine-approval-badge>
    </p>
    <ketamine-uses categories="pain" footer="none"></ketamine-uses>
    <h2>Sources</h2>
    <ketamine-sources for="page"></ketamine-sources>
  </div>`,
};

/** An unknown kind: a visible error and a `ketamine-error` event. */
export const ErrorUnknownKind: Story = { args: { kinds: 'blog' } };
