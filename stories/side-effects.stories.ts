import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/side-effects/side-effects.js';

interface Args {
  groupBy: 'severity' | 'system';
  severity?: string;
  drug?: 'ketamine' | 'esketamine';
  context?: string;
  showFrequency: boolean;
  sort: 'dataset' | 'frequency';
  headingLevel: number;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<Args> = {
  title: 'Widgets/Side effects',
  component: 'ketamine-side-effects',
  args: { groupBy: 'severity', showFrequency: false, sort: 'dataset', headingLevel: 3 },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['severity', 'system'] },
    drug: { control: 'inline-radio', options: [undefined, 'ketamine', 'esketamine'] },
    sort: { control: 'inline-radio', options: ['dataset', 'frequency'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: ({ groupBy, severity, drug, context, showFrequency, sort, headingLevel, theme }) =>
    html`<ketamine-side-effects
      group-by=${groupBy}
      severity=${severity ?? nothing}
      drug=${drug ?? nothing}
      context=${context ?? nothing}
      ?show-frequency=${showFrequency}
      sort=${sort}
      heading-level=${headingLevel}
      theme=${theme ?? nothing}
    ></ketamine-side-effects>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every side effect, grouped by severity: common, serious, long-term. */
export const Default: Story = {};

/** `group-by="system"`: grouped by body system, each effect with its severity. */
export const GroupedBySystem: Story = { args: { groupBy: 'system' } };

/** `severity="common,long-term"`: only these severities. */
export const FilteredBySeverity: Story = { args: { severity: 'common,long-term' } };

/** `drug="esketamine"`: effects seen with esketamine nasal spray (Spravato). */
export const FilteredByDrug: Story = { args: { drug: 'esketamine' } };

/** `context="chronic-misuse"`: effects of long-term ketamine misuse. */
export const FilteredByContext: Story = { args: { context: 'chronic-misuse' } };

/** `show-frequency` with `sort="frequency"`: figures as text and bars (placebo hatched), most frequent first. */
export const FrequenciesSorted: Story = { args: { showFrequency: true, sort: 'frequency' } };

/** `severity="serious"`: the effects that can need urgent care, marked, under the dataset's emergency advice. */
export const SeriousOnly: Story = { args: { severity: 'serious' } };

export const DarkTheme: Story = {
  args: { theme: 'dark', drug: 'esketamine', showFrequency: true },
  parameters: { backgrounds: { value: '#16191d' } },
  decorators: [(story) => html`<div style="background:#16191d;padding:1rem">${story()}</div>`],
};

/** A host brand through the documented tokens and parts only. */
export const ThemedToHostBrand: Story = {
  args: { drug: 'esketamine', showFrequency: true, sort: 'frequency' },
  decorators: [
    (story) => html`<style>
        .brand ketamine-side-effects::part(heading) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
        .brand ketamine-side-effects::part(item urgent) {
          background: #fff5f4;
        }
      </style>
      <div
        class="brand"
        style="font-family: system-ui, sans-serif; color: #10243e; --ketamine-color-accent: #0057b8; --ketamine-side-effects-border-color: #0057b8; --ketamine-side-effects-bar-color: #0057b8; --ketamine-side-effects-bar-height: 0.75rem; --ketamine-radius: 0.75rem"
      >
        ${story()}
      </div>`,
  ],
};

/** An unknown severity (`severity="mild"`): a visible error and a `ketamine-error` event. */
export const ErrorUnknownSeverity: Story = { args: { severity: 'mild' } };
