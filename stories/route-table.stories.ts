import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/route-table/route-table.js';

interface Args {
  routes?: string;
  columns?: string;
  highlight?: string;
  expanded?: string;
  sortable: boolean;
  footer?: 'compact' | 'full' | 'none';
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Route table',
  component: 'ketamine-route-table',
  args: { sortable: false },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    footer: { control: 'inline-radio', options: [undefined, 'compact', 'full', 'none'] },
  },
  render: ({ routes, columns, highlight, expanded, sortable, footer, theme, src }) =>
    html`<ketamine-route-table
      routes=${routes ?? nothing}
      columns=${columns ?? nothing}
      highlight=${highlight ?? nothing}
      expanded=${expanded ?? nothing}
      ?sortable=${sortable}
      footer=${footer ?? nothing}
      theme=${theme ?? nothing}
      src=${src ?? nothing}
    ></ketamine-route-table>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every route, short comparable values in the cells; a route's name opens its explanations. */
export const Default: Story = {};

/** `routes` chooses and orders the rows; `columns` the columns. */
export const ChosenRoutesAndColumns: Story = {
  args: { routes: 'iv,intranasal-esketamine,oral', columns: 'bioavailability,onset,setting,supervision' },
};

/** `expanded` opens routes' details at first: each value's explanation, the route's notes and their sources. */
export const DetailsOpen: Story = { args: { routes: 'iv,intranasal-esketamine,oral', expanded: 'intranasal-esketamine' } };

/** `highlight` marks a row, with a visible "Highlighted" label, not colour alone. */
export const Highlighted: Story = { args: { highlight: 'intranasal-esketamine', columns: 'bioavailability,setting,products' } };

/** `sortable`: header buttons sort by route name or bioavailability, with `aria-sort`. */
export const Sortable: Story = { args: { sortable: true, columns: 'bioavailability,onset,products' } };

/**
 * Sources disagree on intranasal racemic ketamine: the bar is solid to the lowest estimate and lighter up to
 * the highest (said in words under the table); the details list each source's estimate.
 */
export const WhereSourcesDisagree: Story = {
  args: { routes: 'intranasal-racemic,intranasal-esketamine', columns: 'bioavailability,onset', expanded: 'intranasal-racemic' },
};

/** `footer="full"` shows the numbered sources, review date and disclaimer instead of the compact line. */
export const FullFooter: Story = { args: { routes: 'iv,oral', columns: 'bioavailability,onset,setting', footer: 'full' } };

/**
 * In a container up to 58em wide (928px at 16px) each route becomes a card, every value labelled by its column heading;
 * with `sortable`, a labelled "Sort by" bar above the cards.
 */
export const NarrowContainer: Story = {
  args: { routes: 'iv,intranasal-esketamine,sublingual', sortable: true, highlight: 'iv' },
  decorators: [(story) => html`<div style="max-width: 22rem">${story()}</div>`],
};

/** The `caption` slot replaces the caption (the `strings` property can also change `routeTable.caption`). */
export const CustomCaption: Story = {
  args: { routes: 'iv,intranasal-esketamine', columns: 'bioavailability,setting,supervision' },
  render: ({ routes, columns }) =>
    html`<ketamine-route-table routes=${routes ?? nothing} columns=${columns ?? nothing}><span slot="caption">How the treatments we offer are given</span></ketamine-route-table>`,
};

export const DarkTheme: Story = {
  args: { theme: 'dark', highlight: 'iv', columns: 'bioavailability,onset,duration' },
  decorators: [(story) => html`<div style="background:#16191d;padding:1rem">${story()}</div>`],
};

/**
 * A host brand through the documented tokens and parts only. Each background comes with its text colour:
 * the column headers and, in the card layout, the card titles.
 */
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
        style="font-family: Georgia, serif; color: #2b2118; --ketamine-route-table-header-background: #00666b; --ketamine-route-table-header-color: #ffffff; --ketamine-route-table-card-title-background: #e3f1f1; --ketamine-route-table-card-title-color: #2b2118; --ketamine-route-table-bar-color: #00666b; --ketamine-route-table-highlight-color: #8a3b12; --ketamine-color-border: #8f8270"
      >
        ${story()}
      </div>`,
  ],
};

/** An unknown route id: a short neutral message and a `ketamine-error` event with the reason. */
export const ErrorUnknownRoute: Story = { args: { routes: 'iv,smoked' } };
