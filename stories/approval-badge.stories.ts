import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/approval-badge/approval-badge.js';

interface Args {
  use: string;
  drug?: 'ketamine' | 'esketamine';
  variant: 'compact' | 'detail';
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Approval badge',
  component: 'ketamine-approval-badge',
  args: { use: 'treatment-resistant-depression', variant: 'compact' },
  argTypes: {
    drug: { control: 'inline-radio', options: [undefined, 'ketamine', 'esketamine'] },
    variant: { control: 'inline-radio', options: ['compact', 'detail'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: ({ use, drug, variant, theme, src }) =>
    html`<ketamine-approval-badge
      use=${use}
      drug=${drug ?? nothing}
      variant=${variant}
      theme=${theme ?? nothing}
      src=${src ?? nothing}
    ></ketamine-approval-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Without `drug`: esketamine is approved for this use and ketamine is not. */
export const ApprovedForEsketamineOnly: Story = {};

export const FdaApprovedKetamine: Story = { args: { use: 'anesthesia', drug: 'ketamine' } };

export const FdaApprovedEsketamine: Story = { args: { use: 'mdd-suicidal-ideation', drug: 'esketamine' } };

export const OffLabel: Story = { args: { use: 'chronic-pain-crps', drug: 'ketamine' } };

export const Investigational: Story = { args: { use: 'ptsd', drug: 'ketamine' } };

export const NotApproved: Story = { args: { use: 'anesthesia', drug: 'esketamine' } };

/** The explanation and its sources shown under the badge instead of behind a button. */
export const DetailVariant: Story = { args: { use: 'treatment-resistant-depression', variant: 'detail' } };

export const LightTheme: Story = { args: { theme: 'light', variant: 'detail' } };

export const DarkTheme: Story = {
  args: { theme: 'dark', variant: 'detail' },
  parameters: { backgrounds: { value: '#16191d' } },
  decorators: [(story) => html`<div style="background:#16191d;padding:1rem">${story()}</div>`],
};

export const AutoTheme: Story = { args: { theme: 'auto', variant: 'detail' } };

/** The host's own look through the global tokens only. */
export const ThemedByHost: Story = {
  args: { use: 'migraine', variant: 'detail' },
  decorators: [
    (story) =>
      html`<div
        style="font-family: Georgia, serif; color: #2b2118; --ketamine-color-accent: #8a3b12; --ketamine-color-status-off-label: #8a3b12; --ketamine-radius: 0"
      >
        ${story()}
      </div>`,
  ],
};

/** Inline in running text, as publishers use it. */
export const InSentence: Story = {
  render: () => html`<p>
    Esketamine nasal spray <ketamine-approval-badge use="treatment-resistant-depression" drug="esketamine"></ketamine-approval-badge> is
    used with or without an oral antidepressant, while IV ketamine for depression is
    <ketamine-approval-badge use="treatment-resistant-depression" drug="ketamine"></ketamine-approval-badge>.
  </p>`,
};

/** An unknown `use` id: a visible error and a `ketamine-error` event. */
export const ErrorUnknownUse: Story = { args: { use: 'hair-loss' } };

/** A `src` dataset that fails the schema. */
export const ErrorInvalidDataset: Story = { args: { use: 'narkose', src: 'fixtures/schema-error.json' } };
