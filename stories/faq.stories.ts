import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/faq/faq.js';

interface Args {
  topics?: string;
  questions?: string;
  limit?: number;
  single: boolean;
  searchable: boolean;
  headingLevel: number;
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/FAQ',
  component: 'ketamine-faq',
  args: { single: false, searchable: false, headingLevel: 3 },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: ({ topics, questions, limit, single, searchable, headingLevel, theme, src }) =>
    html`<ketamine-faq
      topics=${topics ?? nothing}
      questions=${questions ?? nothing}
      limit=${limit ?? nothing}
      ?single=${single}
      ?searchable=${searchable}
      heading-level=${headingLevel}
      theme=${theme ?? nothing}
      src=${src ?? nothing}
    ></ketamine-faq>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every question in the dataset. */
export const Default: Story = {};

/** `topics="depression,cost"`: questions tagged with either topic. */
export const ByTopic: Story = { args: { topics: 'depression,cost' } };

/** `questions` picks questions and sets their order. */
export const HandPicked: Story = { args: { questions: 'fda-approved-for-depression,cost,insurance,home-use' } };

/** `limit` caps the number shown. */
export const Limited: Story = { args: { limit: 5 } };

/** `single`: opening one answer closes the others (no "Show all" button). */
export const SingleMode: Story = { args: { single: true, topics: 'safety' } };

/**
 * `searchable`: every word must match, in any order, with plurals, simple stems and the dataset's
 * `searchSynonyms` ("spravato cost", "ketamine for anxiety", "pregnant", "driving"). Matches are highlighted;
 * a collapsed answer that matched shows a snippet; nothing found says so once, with a Clear search button.
 */
export const Searchable: Story = { args: { searchable: true } };

/** In a right-to-left page, questions start at the right (the chevron at the left). */
export const RightToLeft: Story = {
  args: { limit: 4 },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};

export const DarkTheme: Story = {
  args: { theme: 'dark', topics: 'regulation' },
  decorators: [(story) => html`<div style="background:#16191d;padding:1rem">${story()}</div>`],
};

/** A host brand through the documented tokens and parts only. */
export const ThemedToHostBrand: Story = {
  args: { topics: 'cost,access', searchable: true },
  decorators: [
    (story) => html`<style>
        .brand ketamine-faq::part(question) {
          padding-inline: 0.75rem;
        }
        .brand ketamine-faq::part(item open) {
          background: #f3f7fb;
        }
      </style>
      <div
        class="brand"
        style="font-family: system-ui, sans-serif; color: #10243e; --ketamine-color-accent: #0057b8; --ketamine-faq-border-color: #0057b8; --ketamine-radius: 0.75rem; --ketamine-color-focus: #0057b8"
      >
        ${story()}
      </div>`,
  ],
};

/** Opened by the URL hash `#cost`, as a link from elsewhere would. */
export const DeepLinked: Story = {
  args: { topics: 'cost,access' },
  decorators: [
    (story) => {
      history.replaceState(null, '', '#cost');
      return story();
    },
  ],
};

/** An unknown question id: a visible error and a `ketamine-error` event. */
export const ErrorUnknownQuestion: Story = { args: { questions: 'what-is-ketamine,no-such-question' } };

/** A `src` dataset that is not valid JSON. */
export const ErrorInvalidJson: Story = { args: { src: 'fixtures/invalid-json.json' } };
