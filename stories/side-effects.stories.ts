import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/side-effects/side-effects.js';
import type { KetamineSideEffects } from '../src/side-effects/side-effects.js';

interface Args {
  groupBy: 'severity' | 'system';
  severity?: string;
  drug?: 'ketamine' | 'esketamine';
  context?: string;
  showFrequency: boolean;
  sort: 'dataset' | 'frequency';
  headingLevel: number;
  collapseAfter: number;
  footer: 'compact' | 'full' | 'none';
  theme?: 'light' | 'dark' | 'auto';
  /** Ids of effects to open once rendered (not an attribute: `toggleEffect(id)`). */
  open?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Side effects',
  component: 'ketamine-side-effects',
  args: { groupBy: 'severity', showFrequency: false, sort: 'dataset', headingLevel: 3, collapseAfter: 5, footer: 'compact' },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['severity', 'system'] },
    drug: { control: 'inline-radio', options: [undefined, 'ketamine', 'esketamine'] },
    sort: { control: 'inline-radio', options: ['dataset', 'frequency'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    collapseAfter: { control: { type: 'number', min: 0 } },
    footer: { control: 'inline-radio', options: ['compact', 'full', 'none'] },
  },
  render: ({ groupBy, severity, drug, context, showFrequency, sort, headingLevel, collapseAfter, footer, theme, open }) =>
    html`<ketamine-side-effects
      ${ref((el) => {
        const widget = el as KetamineSideEffects | undefined;
        if (widget && open) void widget.updateComplete.then(() => open.split(',').forEach((id) => widget.toggleEffect(id.trim(), true)));
      })}
      group-by=${groupBy}
      severity=${severity ?? nothing}
      drug=${drug ?? nothing}
      context=${context ?? nothing}
      ?show-frequency=${showFrequency}
      sort=${sort}
      heading-level=${headingLevel}
      collapse-after=${collapseAfter}
      footer=${footer}
      theme=${theme ?? nothing}
    ></ketamine-side-effects>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The default view, as a medicine page: common effects as a short list with how often in words (the
 * first 8, then "Show N more"), serious ones under "Get emergency help now" / "Get medical help now"
 * care cards, long-term effects; each name opens its description, figures and sources.
 */
export const Default: Story = {};

/** An effect opened: its description, figures (one line each, with a key to the bars), where it was seen, "Sources (n)". */
export const EffectOpened: Story = { args: { open: 'dissociation' } };

/** `collapse-after="0"`: every effect listed, none held back. */
export const EveryEffectListed: Story = { args: { collapseAfter: 0 } };

/** `group-by="system"`: grouped by body system, each effect with its severity; effects that need care marked "Emergency" or "Urgent", explained once above. */
export const GroupedBySystem: Story = { args: { groupBy: 'system' } };

/** `severity="common,long-term"`: only these severities. */
export const FilteredBySeverity: Story = { args: { severity: 'common,long-term' } };

/** `drug="esketamine"`: effects seen with esketamine nasal spray (Spravato); the drug is named once, not on every line. */
export const FilteredByDrug: Story = { args: { drug: 'esketamine' } };

/** `context="chronic-misuse"`: effects of long-term ketamine misuse. */
export const FilteredByContext: Story = { args: { context: 'chronic-misuse' } };

/** `show-frequency` with `sort="frequency"`: every figure shown without opening (one line each, bars with a key per group), most frequent first. */
export const FrequenciesSorted: Story = { args: { showFrequency: true, sort: 'frequency' } };

/** `severity="serious"`: the care cards, each with the dataset's advice (`meta.emergencyAdvice`, `meta.urgentAdvice`). */
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
        .brand ketamine-side-effects::part(care-heading) {
          letter-spacing: 0.02em;
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

/** An unknown severity (`severity="mild"`): one neutral sentence for the reader; the reason in a `ketamine-error` event. */
export const ErrorUnknownSeverity: Story = { args: { severity: 'mild' } };
