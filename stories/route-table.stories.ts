import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/route-table/route-table.js';

interface Args {
  routes?: string;
  columns?: string;
  highlight?: string;
  sortable: boolean;
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Route table',
  component: 'ketamine-route-table',
  args: { sortable: false },
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] } },
  render: ({ routes, columns, highlight, sortable, theme, src }) =>
    html`<ketamine-route-table
      routes=${routes ?? nothing}
      columns=${columns ?? nothing}
      highlight=${highlight ?? nothing}
      ?sortable=${sortable}
      theme=${theme ?? nothing}
      src=${src ?? nothing}
    ></ketamine-route-table>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every route and every column. */
export const Default: Story = {};

/** `routes` chooses and orders the rows; `columns` the columns. */
export const ChosenRoutesAndColumns: Story = {
  args: { routes: 'iv,intranasal-esketamine,oral', columns: 'bioavailability,onset,setting,supervision' },
};

/** `highlight` marks a row, with a visible "Highlighted" label, not colour alone. */
export const Highlighted: Story = { args: { highlight: 'intranasal-esketamine', columns: 'bioavailability,setting,products' } };

/** `sortable`: header buttons sort by route name or bioavailability, with `aria-sort`. */
export const Sortable: Story = { args: { sortable: true, columns: 'bioavailability,onset,products' } };

/** Sources disagree on intranasal racemic ketamine: the overall range and each source's estimate. */
export const WhereSourcesDisagree: Story = { args: { routes: 'intranasal-racemic,intranasal-esketamine', columns: 'bioavailability,onset' } };

/** Quoted costs, labelled as one source's quote. */
export const Costs: Story = { args: { columns: 'cost,setting' } };

/** In a container under 40rem wide each row becomes a card, every value labelled by its column heading. */
export const NarrowContainer: Story = {
  args: { routes: 'iv,intranasal-esketamine,sublingual', columns: 'bioavailability,onset,setting' },
  decorators: [(story) => html`<div style="max-width: 20rem">${story()}</div>`],
};

export const DarkTheme: Story = {
  args: { theme: 'dark', highlight: 'iv', columns: 'bioavailability,onset,duration' },
  decorators: [(story) => html`<div style="background:#16191d;padding:1rem">${story()}</div>`],
};

/** A host brand through the documented tokens and parts only. */
export const ThemedToHostBrand: Story = {
  args: { highlight: 'oral', columns: 'bioavailability,setting', sortable: true },
  decorators: [
    (story) => html`<style>
        .brand ketamine-route-table::part(caption) {
          font-size: 1.25rem;
        }
      </style>
      <div
        class="brand"
        style="font-family: Georgia, serif; color: #2b2118; --ketamine-route-table-header-background: #f4ece1; --ketamine-route-table-bar-color: #8a3b12; --ketamine-route-table-highlight-color: #8a3b12; --ketamine-color-border: #b9a48e"
      >
        ${story()}
      </div>`,
  ],
};

/** An unknown route id: a visible error and a `ketamine-error` event. */
export const ErrorUnknownRoute: Story = { args: { routes: 'iv,smoked' } };
