import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/approval-badge/approval-badge.js';

interface Args {
  use: string;
  drug?: 'ketamine' | 'esketamine';
  variant: 'compact' | 'detail';
  hideDrug?: boolean;
  footer?: 'compact' | 'full' | 'none';
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
    hideDrug: { control: 'boolean', name: 'hide-drug' },
    footer: { control: 'inline-radio', options: ['compact', 'full', 'none'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
  },
  render: ({ use, drug, variant, hideDrug, footer, theme, src }) =>
    html`<ketamine-approval-badge
      use=${use}
      drug=${drug ?? nothing}
      variant=${variant}
      ?hide-drug=${hideDrug}
      footer=${footer ?? nothing}
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

/** `hide-drug` where the sentence already names the drug, and the `label` slot for the publisher's own words. */
export const ReadsAsPartOfTheSentence: Story = {
  render: () => html`<p>
    Ketamine has been <ketamine-approval-badge use="anesthesia" drug="ketamine" hide-drug></ketamine-approval-badge> for anesthesia,
    and is used <ketamine-approval-badge use="chronic-pain-crps" drug="ketamine"><span slot="label">off-label</span></ketamine-approval-badge>
    for some chronic pain.
  </p>`,
};

/** A use about suicide: the crisis line shows under the badge, without opening anything. */
export const CrisisLine: Story = { args: { use: 'mdd-suicidal-ideation', drug: 'esketamine' } };

/** An unknown `use` id: one neutral inline sentence for the reader; the reason goes to `ketamine-error` and the console. */
export const ErrorUnknownUse: Story = {
  render: () => html`<p>Ketamine for hair loss <ketamine-approval-badge use="hair-loss"></ketamine-approval-badge> is not a thing.</p>`,
};

/** A `src` dataset that fails the schema. */
export const ErrorInvalidDataset: Story = { args: { use: 'narkose', src: 'fixtures/schema-error.json' } };
