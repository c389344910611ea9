import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';

/*
 * Three host sites restyle every widget with the documented `--ketamine-*` custom properties and
 * documented `::part()` names only: no `!important`, no selectors into the shadow DOM. Each look's CSS
 * sits in a <style> element scoped to its wrapper class, so the looks can share a page (the docs page).
 * The host page's own elements (masthead, headings, paragraphs) are the host's to style as it likes.
 */

type Theme = 'light' | 'dark' | 'auto';

interface PlaygroundArgs {
  fontFamily: string;
  colorText: string;
  colorBackground: string;
  colorSurface: string;
  colorBorder: string;
  colorAccent: string;
  colorFocus: string;
  radius: string;
  space: string;
  theme: 'none' | Theme;
}

/** The six widgets as a host article would place them, under the host's own section headings. */
function articleBody(badgeSentence: TemplateResult, theme?: Theme): TemplateResult {
  const t = theme ?? nothing;
  return html`
    <p class="kw-lede">${badgeSentence}</p>

    <section class="kw-section kw-faq">
      <h2>Questions readers ask</h2>
      <ketamine-faq limit="4" searchable theme=${t}></ketamine-faq>
    </section>

    <section class="kw-section kw-routes">
      <h2>How it is given</h2>
      <ketamine-route-table routes="iv,intranasal-esketamine,oral" columns="bioavailability,onset,setting" theme=${t}></ketamine-route-table>
    </section>

    <section class="kw-section kw-effects">
      <h2>Side effects</h2>
      <ketamine-side-effects severity="serious" theme=${t}></ketamine-side-effects>
    </section>

    <section class="kw-section kw-uses">
      <h2>What it is used for</h2>
      <ketamine-uses categories="mental-health" theme=${t}></ketamine-uses>
    </section>

    <section class="kw-section kw-sources">
      <h2>Where the facts come from</h2>
      <ketamine-sources kinds="regulatory" theme=${t}></ketamine-sources>
    </section>

    <p class="kw-colophon">
      Example host page: the widgets are restyled with documented <code>--ketamine-*</code> custom properties and
      <code>::part()</code> names only.
    </p>
  `;
}

/* ------------------------------------------------------------------------------------------------ */
/* 1. Clinical blue: a hospital's patient-information site. Sans-serif, navy on white cards, one    */
/*    blue accent, rounded corners, uppercase table headers, a solid blue "Show all" button.         */
/* ------------------------------------------------------------------------------------------------ */

const clinicalStyles = html`<style>
  .kw-clinical {
    /* Global tokens */
    --ketamine-font-family: 'Inter', 'Segoe UI', system-ui, -apple-system, Roboto, 'Helvetica Neue', Arial, sans-serif;
    --ketamine-color-text: #10243e;
    --ketamine-color-background: #ffffff;
    --ketamine-color-surface: #eaf1fa;
    --ketamine-color-border: #6d8199;
    --ketamine-color-muted: #3d5068;
    --ketamine-color-accent: #0057b8;
    --ketamine-color-focus: #0057b8;
    --ketamine-radius: 0.5rem;
    --ketamine-space: 0.875rem;
    /* Component tokens */
    --ketamine-faq-border-color: #c9d6e5;
    --ketamine-faq-question-hover-background: #eaf1fa;
    --ketamine-route-table-header-background: #eaf1fa;
    --ketamine-route-table-bar-color: #0057b8;
    --ketamine-side-effects-border-color: #c9d6e5;
    --ketamine-approval-badge-font-size: 0.8125em;

    font-family: var(--ketamine-font-family);
    color: #10243e;
    background: #f4f7fb;
    line-height: 1.55;
  }
  .kw-clinical .kw-masthead {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1rem;
    padding: 0.9rem 1.5rem;
    background: #0057b8;
    color: #ffffff;
  }
  .kw-clinical .kw-site {
    margin: 0;
    font-weight: 700;
    font-size: 1.125rem;
    letter-spacing: 0.01em;
  }
  .kw-clinical .kw-site-tagline {
    margin: 0;
    font-size: 0.9375rem;
  }
  .kw-clinical .kw-main {
    max-width: 64rem;
    margin: 0 auto;
    padding: 1.5rem;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: 1.25rem;
  }
  .kw-clinical h1 {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 1.75rem;
    line-height: 1.2;
  }
  .kw-clinical .kw-lede,
  .kw-clinical .kw-colophon {
    grid-column: 1 / -1;
    margin: 0;
  }
  .kw-clinical .kw-section {
    padding: 1.25rem 1.5rem;
    border: 1px solid #c9d6e5;
    border-radius: 0.75rem;
    background: #ffffff;
    box-shadow: 0 1px 2px rgb(16 36 62 / 0.06);
  }
  .kw-clinical .kw-faq,
  .kw-clinical .kw-routes,
  .kw-clinical .kw-effects {
    grid-column: 1 / -1;
  }
  .kw-clinical h2 {
    margin: 0 0 0.75rem;
    font-size: 1.25rem;
    color: #10243e;
  }
  .kw-clinical .kw-colophon {
    font-size: 0.875rem;
    color: #3d5068;
  }

  /* Parts */
  .kw-clinical ketamine-faq::part(toggle-all) {
    border-color: #0057b8;
    background: #0057b8;
    color: #ffffff;
    font-weight: 600;
  }
  .kw-clinical ketamine-faq::part(toggle-all):hover {
    background: #004494;
  }
  .kw-clinical ketamine-faq::part(search-input) {
    border-width: 1px;
  }
  .kw-clinical ketamine-faq::part(question) {
    padding-inline: 0.75rem;
    border-radius: 0.5rem;
  }
  .kw-clinical ketamine-faq::part(item open) {
    background: #f6f9fd;
  }
  .kw-clinical ketamine-faq::part(answer) {
    padding-inline: 0.75rem;
  }
  .kw-clinical ketamine-route-table::part(caption) {
    font-size: 1rem;
    color: #10243e;
  }
  .kw-clinical ketamine-route-table::part(header) {
    font-size: 0.8125em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .kw-clinical ketamine-side-effects::part(heading),
  .kw-clinical ketamine-uses::part(group-heading),
  .kw-clinical ketamine-sources::part(group-heading) {
    color: #0057b8;
  }
  .kw-clinical ketamine-side-effects::part(item urgent) {
    padding-inline: 0.75rem;
    background: #fff6f5;
  }
  .kw-clinical ketamine-uses::part(use-heading) {
    font-size: 1.0625em;
  }
  .kw-clinical ketamine-approval-badge::part(base) {
    font-weight: 700;
  }
</style>`;

/* ------------------------------------------------------------------------------------------------ */
/* 2. Editorial serif: a magazine's long read. Georgia on cream, rust accent, square corners,       */
/*    hairline and double rules, italic and small-caps headings, a larger, lighter question type.    */
/* ------------------------------------------------------------------------------------------------ */

const editorialStyles = html`<style>
  .kw-editorial {
    /* Global tokens */
    --ketamine-font-family: Georgia, 'Iowan Old Style', 'Palatino Linotype', 'Book Antiqua', 'Times New Roman', serif;
    --ketamine-line-height: 1.65;
    --ketamine-color-text: #2b2118;
    --ketamine-color-background: #fbf7f0;
    --ketamine-color-surface: #f3eadc;
    --ketamine-color-border: #8c7560;
    --ketamine-color-muted: #5b4a3a;
    --ketamine-color-accent: #8a3b12;
    --ketamine-color-focus: #8a3b12;
    --ketamine-radius: 0;
    --ketamine-space: 1rem;
    /* Component tokens */
    --ketamine-faq-border-color: #cdbba3;
    --ketamine-faq-question-font-size: 1.25em;
    --ketamine-faq-question-hover-background: #f3eadc;
    --ketamine-color-highlight: #f6dcb0;
    --ketamine-route-table-header-background: transparent;
    --ketamine-route-table-bar-color: #8a3b12;
    --ketamine-side-effects-heading-font-size: 1.375em;
    --ketamine-side-effects-border-color: #cdbba3;
    --ketamine-uses-heading-font-size: 1.375em;
    --ketamine-sources-heading-font-size: 1.125em;
    --ketamine-approval-badge-radius: 0;
    --ketamine-color-status-off-label: #8a3b12;

    font-family: var(--ketamine-font-family);
    color: #2b2118;
    background: #fbf7f0;
    line-height: 1.65;
    font-size: 1.0625rem;
  }
  .kw-editorial .kw-masthead {
    max-width: 44rem;
    margin: 0 auto;
    padding: 1.75rem 1.5rem 0.75rem;
    text-align: center;
    border-bottom: 4px double #2b2118;
  }
  .kw-editorial .kw-site {
    margin: 0;
    font-size: 2rem;
    font-weight: 700;
    letter-spacing: 0.02em;
    font-variant-caps: small-caps;
  }
  .kw-editorial .kw-site-tagline {
    margin: 0.25rem 0 0;
    font-style: italic;
    color: #5b4a3a;
  }
  .kw-editorial .kw-main {
    max-width: 44rem;
    margin: 0 auto;
    padding: 1.5rem 1.5rem 2rem;
  }
  .kw-editorial .kw-kicker {
    margin: 0;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.08em;
    color: #8a3b12;
  }
  .kw-editorial h1 {
    margin: 0.25rem 0 1rem;
    font-size: 2.25rem;
    font-weight: 400;
    line-height: 1.15;
  }
  .kw-editorial .kw-lede::first-letter {
    float: left;
    margin: 0.05em 0.1em 0 0;
    font-size: 3.4em;
    line-height: 0.85;
    color: #8a3b12;
  }
  .kw-editorial .kw-section {
    margin-top: 2rem;
    padding-top: 1rem;
    border-top: 1px solid #2b2118;
  }
  .kw-editorial h2 {
    margin: 0 0 0.75rem;
    font-size: 1rem;
    font-weight: 700;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.1em;
    color: #8a3b12;
  }
  .kw-editorial .kw-colophon {
    margin-top: 2rem;
    font-size: 0.875rem;
    font-style: italic;
    color: #5b4a3a;
  }

  /* Parts */
  .kw-editorial ketamine-faq::part(heading) {
    font-weight: 400;
  }
  .kw-editorial ketamine-faq::part(list) {
    border-bottom: 3px double #8c7560;
  }
  .kw-editorial ketamine-faq::part(search-input) {
    border-width: 0 0 2px;
    background: transparent;
  }
  .kw-editorial ketamine-faq::part(toggle-all) {
    background: transparent;
    font-style: italic;
  }
  .kw-editorial ketamine-faq::part(permalink) {
    font-style: italic;
  }
  .kw-editorial ketamine-route-table::part(table) {
    border-top: 2px solid #2b2118;
  }
  .kw-editorial ketamine-route-table::part(caption) {
    font-size: 1.125em;
    font-weight: 400;
    font-style: italic;
  }
  .kw-editorial ketamine-route-table::part(header) {
    font-variant-caps: all-small-caps;
    letter-spacing: 0.06em;
    font-size: 1.0625em;
  }
  .kw-editorial ketamine-route-table::part(route-name) {
    font-style: italic;
  }
  .kw-editorial ketamine-side-effects::part(heading),
  .kw-editorial ketamine-uses::part(group-heading) {
    font-weight: 400;
    font-style: italic;
  }
  .kw-editorial ketamine-side-effects::part(urgent-marker) {
    font-variant-caps: all-small-caps;
    letter-spacing: 0.04em;
  }
  .kw-editorial ketamine-uses::part(evidence-toggle) {
    font-style: italic;
  }
  .kw-editorial ketamine-sources::part(group-heading) {
    font-variant-caps: all-small-caps;
    letter-spacing: 0.08em;
  }
  .kw-editorial ketamine-sources::part(group-about) {
    font-style: italic;
  }
  .kw-editorial ketamine-approval-badge::part(base),
  .kw-editorial ketamine-uses::part(status-base) {
    font-weight: 400;
    font-variant-caps: all-small-caps;
    letter-spacing: 0.04em;
  }
</style>`;

/* ------------------------------------------------------------------------------------------------ */
/* 3. Dark high contrast: a night-reading news site. White on near-black, yellow accent and focus,  */
/*    theme="dark" for the status colours, heavier weights, thick borders and an open-item rule.     */
/* ------------------------------------------------------------------------------------------------ */

const darkStyles = html`<style>
  .kw-dark {
    /* Global tokens (they win over the theme="dark" palette where both set a colour) */
    --ketamine-font-family: 'Atkinson Hyperlegible', Verdana, Tahoma, system-ui, sans-serif;
    --ketamine-font-size: 1.0625rem;
    --ketamine-line-height: 1.6;
    --ketamine-color-text: #ffffff;
    --ketamine-color-background: #0b0c0e;
    --ketamine-color-surface: #1b1e23;
    --ketamine-color-border: #c4ccd6;
    --ketamine-color-muted: #d6dbe1;
    --ketamine-color-accent: #ffd23f;
    --ketamine-color-link: #ffd23f;
    --ketamine-color-focus: #ffd23f;
    --ketamine-color-highlight: #ffd23f;
    --ketamine-radius: 0.25rem;
    --ketamine-space: 1rem;
    /* Component tokens */
    --ketamine-faq-question-hover-background: #2a2f36;
    --ketamine-route-table-header-background: #1b1e23;
    --ketamine-side-effects-bar-height: 0.75rem;
    --ketamine-approval-badge-background: #1b1e23;

    color-scheme: dark;
    font-family: var(--ketamine-font-family);
    color: #ffffff;
    background: #0b0c0e;
    line-height: 1.6;
    font-size: 1.0625rem;
  }
  .kw-dark .kw-masthead {
    padding: 1rem 1.5rem;
    border-bottom: 3px solid #ffd23f;
  }
  .kw-dark .kw-site {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 800;
    letter-spacing: 0.12em;
    text-transform: uppercase;
  }
  .kw-dark .kw-site-tagline {
    margin: 0.125rem 0 0;
    color: #d6dbe1;
  }
  .kw-dark .kw-main {
    max-width: 56rem;
    margin: 0 auto;
    padding: 1.5rem;
  }
  .kw-dark h1 {
    margin: 0 0 1rem;
    font-size: 2rem;
    font-weight: 800;
    line-height: 1.2;
  }
  .kw-dark .kw-lede {
    font-size: 1.125rem;
  }
  .kw-dark .kw-section {
    margin-top: 1.5rem;
    padding: 1.25rem;
    border: 2px solid #c4ccd6;
    border-radius: 0.25rem;
  }
  .kw-dark h2 {
    margin: 0 0 1rem;
    font-size: 1.375rem;
    font-weight: 800;
  }
  .kw-dark h2::before {
    content: '';
    display: inline-block;
    width: 0.6rem;
    height: 0.6rem;
    margin-inline-end: 0.5rem;
    background: #ffd23f;
  }
  .kw-dark .kw-colophon {
    margin-top: 1.5rem;
    color: #d6dbe1;
  }
  .kw-dark code {
    color: #ffd23f;
  }

  /* Parts */
  .kw-dark ketamine-faq::part(question) {
    font-weight: 700;
    padding-inline: 0.75rem;
  }
  .kw-dark ketamine-faq::part(item open) {
    box-shadow: inset 4px 0 0 #ffd23f;
  }
  .kw-dark ketamine-faq::part(answer) {
    padding-inline: 0.75rem;
  }
  .kw-dark ketamine-faq::part(toggle-all) {
    border: 2px solid #ffffff;
    background: transparent;
    font-weight: 700;
  }
  .kw-dark ketamine-faq::part(search-input) {
    border-color: #ffffff;
  }
  .kw-dark ketamine-route-table::part(caption) {
    font-size: 1.125em;
  }
  .kw-dark ketamine-route-table::part(header) {
    border-bottom-color: #ffd23f;
  }
  .kw-dark ketamine-side-effects::part(emergency) {
    border-width: 3px;
    border-inline-start-width: 0.5rem;
  }
  .kw-dark ketamine-side-effects::part(urgent-marker) {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .kw-dark ketamine-uses::part(evidence-toggle) {
    font-weight: 700;
  }
  .kw-dark ketamine-sources::part(group-heading),
  .kw-dark ketamine-uses::part(group-heading),
  .kw-dark ketamine-side-effects::part(heading) {
    font-weight: 800;
  }
  .kw-dark ketamine-approval-badge::part(base),
  .kw-dark ketamine-uses::part(status-base) {
    border-width: 2px;
  }
</style>`;

const meta: Meta<PlaygroundArgs> = {
  title: 'Guides/Theming',
  // The guide (theming.mdx) is this file's docs page, instead of an autodocs page.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj<PlaygroundArgs>;

/** A hospital's patient-information pages: sans-serif, navy on white cards, one blue accent. */
export const ClinicalBlue: Story = {
  parameters: { controls: { disable: true } },
  render: () => html`${clinicalStyles}
    <div class="kw-clinical">
      <div class="kw-masthead">
        <p class="kw-site">Northfield Health</p>
        <p class="kw-site-tagline">Patient information</p>
      </div>
      <div class="kw-main">
        <h1>Ketamine and esketamine: what they are used for</h1>
        ${articleBody(
          html`Esketamine nasal spray is used for depression that has not responded to other treatment:
            <ketamine-approval-badge use="treatment-resistant-depression"></ketamine-approval-badge>. Ask your care team
            whether it could be right for you.`,
        )}
      </div>
    </div>`,
};

/** A magazine's long read: Georgia on cream, rust accent, square corners, rules and small caps. */
export const EditorialSerif: Story = {
  parameters: { controls: { disable: true } },
  render: () => html`${editorialStyles}
    <div class="kw-editorial">
      <div class="kw-masthead">
        <p class="kw-site">The Evening Ledger</p>
        <p class="kw-site-tagline">Science, medicine and the people in between</p>
      </div>
      <div class="kw-main">
        <p class="kw-kicker">Explainer · Medicine</p>
        <h1>From the operating theatre to the psychiatrist’s office</h1>
        ${articleBody(
          html`Ketamine began as an anaesthetic, and its cousin esketamine now comes as a nasal spray for depression that
            other treatments have not helped —
            <ketamine-approval-badge use="treatment-resistant-depression"></ketamine-approval-badge> — while most other
            psychiatric uses remain off-label or under study.`,
        )}
      </div>
    </div>`,
};

/** A night-reading news site: white on near-black, yellow accent and focus, `theme="dark"` status colours. */
export const DarkHighContrast: Story = {
  parameters: { controls: { disable: true } },
  render: () => html`${darkStyles}
    <div class="kw-dark">
      <div class="kw-masthead">
        <p class="kw-site">Night Desk</p>
        <p class="kw-site-tagline">High-contrast news for late readers</p>
      </div>
      <div class="kw-main">
        <h1>Ketamine, explained in plain terms</h1>
        ${articleBody(
          html`Esketamine nasal spray for treatment-resistant depression:
            <ketamine-approval-badge use="treatment-resistant-depression" theme="dark"></ketamine-approval-badge>.
            Other uses of ketamine for mental health are off-label or still being studied.`,
          'dark',
        )}
      </div>
    </div>`,
};

const colorPresets = ['#1a1c1e', '#ffffff', '#0b5cad', '#10243e', '#0057b8', '#2b2118', '#8a3b12', '#fbf7f0', '#0b0c0e', '#ffd23f'];
const tokenDoc = (token: string, what: string, byDefault: string) => ({
  description: `\`${token}\`: ${what}`,
  table: { category: 'Global tokens', defaultValue: { summary: byDefault } },
});

/**
 * Try the global tokens: each control sets one `--ketamine-*` custom property on the wrapper, inline.
 * A colour token set here wins over the `theme` palette; clear a control to fall back to the theme's
 * colour, or with no theme, to what the page gives (inherited text colour, tints of it).
 */
export const Playground: Story = {
  parameters: { layout: 'padded' },
  args: {
    fontFamily: 'system-ui, sans-serif',
    colorText: '#1a1c1e',
    colorBackground: '#ffffff',
    colorSurface: '#f2f4f7',
    colorBorder: '#7a8591',
    colorAccent: '#0b5cad',
    colorFocus: '#0b5cad',
    radius: '0.375rem',
    space: '0.75rem',
    theme: 'none',
  },
  argTypes: {
    fontFamily: { control: 'text', ...tokenDoc('--ketamine-font-family', 'font of every widget', "inherited from the page") },
    colorText: { control: { type: 'color', presetColors: colorPresets }, ...tokenDoc('--ketamine-color-text', 'text colour', "inherited, or the theme palette's") },
    colorBackground: {
      control: { type: 'color', presetColors: colorPresets },
      ...tokenDoc('--ketamine-color-background', 'widget background (and the badge popup)', "transparent, or the theme palette's"),
    },
    colorSurface: { control: { type: 'color', presetColors: colorPresets }, ...tokenDoc('--ketamine-color-surface', 'boxes, panels, header cells', 'a 6% tint of the text colour') },
    colorBorder: { control: { type: 'color', presetColors: colorPresets }, ...tokenDoc('--ketamine-color-border', 'borders and separators', 'the text colour at 45%') },
    colorAccent: {
      control: { type: 'color', presetColors: colorPresets },
      ...tokenDoc('--ketamine-color-accent', 'links, chevrons, bars, highlights', "the text colour, or the theme palette's blue"),
    },
    colorFocus: { control: { type: 'color', presetColors: colorPresets }, ...tokenDoc('--ketamine-color-focus', 'focus ring', "the text colour, or the theme palette's blue") },
    radius: { control: 'text', ...tokenDoc('--ketamine-radius', 'corner radius', '0.375rem') },
    space: { control: 'text', ...tokenDoc('--ketamine-space', 'base spacing unit', '0.75rem') },
    theme: {
      control: 'select',
      options: ['none', 'light', 'dark', 'auto'],
      description: '`theme` attribute on each widget: none inherits from the page; light/dark apply our palette; auto follows prefers-color-scheme.',
      table: { category: 'Attribute', defaultValue: { summary: 'none' } },
    },
  },
  render: ({ fontFamily, colorText, colorBackground, colorSurface, colorBorder, colorAccent, colorFocus, radius, space, theme }) => {
    const tokens = {
      '--ketamine-font-family': fontFamily || undefined,
      '--ketamine-color-text': colorText || undefined,
      '--ketamine-color-background': colorBackground || undefined,
      '--ketamine-color-surface': colorSurface || undefined,
      '--ketamine-color-border': colorBorder || undefined,
      '--ketamine-color-accent': colorAccent || undefined,
      '--ketamine-color-focus': colorFocus || undefined,
      '--ketamine-radius': radius || undefined,
      '--ketamine-space': space || undefined,
    };
    const t = theme === 'none' ? nothing : theme;
    return html`<style>
        /* The host sentence follows the same tokens as the widgets; unset tokens leave the page's own values. */
        .kw-playground {
          padding: 1.5rem;
          font-family: var(--ketamine-font-family);
          color: var(--ketamine-color-text);
          background: var(--ketamine-color-background);
          border-radius: var(--ketamine-radius);
        }
        .kw-playground > * + * {
          margin-top: 1.5rem;
        }
        .kw-playground p {
          margin-bottom: 0;
        }
      </style>
      <div class="kw-playground" style=${styleMap(tokens)}>
        <ketamine-faq limit="3" searchable theme=${t}></ketamine-faq>
        <p>
          Esketamine for treatment-resistant depression:
          <ketamine-approval-badge use="treatment-resistant-depression" theme=${t}></ketamine-approval-badge>
        </p>
        <ketamine-route-table routes="iv,intranasal-esketamine,oral" columns="bioavailability,onset,setting" theme=${t}></ketamine-route-table>
      </div>`;
  },
};
