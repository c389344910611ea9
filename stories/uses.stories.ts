import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/uses/uses.js';

interface Args {
  status?: string;
  drug?: 'ketamine' | 'esketamine';
  categories?: string;
  footer?: 'compact' | 'full' | 'none';
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/Uses overview',
  component: 'ketamine-uses',
  argTypes: {
    drug: { control: 'inline-radio', options: [undefined, 'ketamine', 'esketamine'] },
    footer: { control: 'inline-radio', options: ['compact', 'full', 'none'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: ({ status, drug, categories, footer, theme }) =>
    html`<ketamine-uses
      status=${status ?? nothing}
      drug=${drug ?? nothing}
      categories=${categories ?? nothing}
      footer=${footer ?? nothing}
      theme=${theme ?? nothing}
    ></ketamine-uses>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every use, grouped by category, with both drugs' status. Long: the docs page shows the filtered stories. */
export const Default: Story = { args: { categories: 'anesthesia,other' } };

/** `footer="full"`: the numbered source list, review date and disclaimer shown, not behind buttons. */
export const FullFooter: Story = { args: { categories: 'other', footer: 'full' } };

/** Labels changed through the `strings` property, without a dataset. */
export const OwnLabels: Story = {
  render: () => html`<ketamine-uses categories="pain" .strings=${{ 'uses.evidence': 'Why we say this', 'uses.category.pain': 'Pain relief' }}></ketamine-uses>`,
};

/** `status="approved"`: uses where either drug is FDA-approved. */
export const ApprovedOnly: Story = { args: { status: 'approved' } };

/** `status` with `drug`: uses where ketamine is used off-label. */
export const KetamineOffLabel: Story = { args: { status: 'off-label', drug: 'ketamine' } };

/** `categories` keeps some categories. */
export const MentalHealth: Story = { args: { categories: 'mental-health' } };

export const DarkTheme: Story = {
  args: { theme: 'dark', categories: 'pain' },
  decorators: [(story) => html`<div style="background:#16191d;padding:1rem">${story()}</div>`],
};

/** An unknown status: a visible error and a `ketamine-error` event. */
export const ErrorUnknownStatus: Story = { args: { status: 'approvd' } };
