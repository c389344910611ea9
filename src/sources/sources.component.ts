import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SOURCE_KINDS, type Dataset, type Source, type SourceKind } from '../data/types.js';
import { clampHeadingLevel, parseList } from '../shared/attributes.js';
import { KetamineElement } from '../shared/ketamine-element.js';
import { PAGE_SOURCES_EVENT, pageCitations, registerBibliography } from '../shared/page-citations.js';
import { renderProvenanceFooter } from '../shared/provenance.js';
import { formatDate, formatPartialDate, safeUrl } from '../shared/sources.js';
import { sourcesStyles } from './sources.styles.js';
import { bundledSlice } from '../data/bundled.js';
import { sources } from '../../data/ketamine.json';

/**
 * The bibliography of the dataset, or of the sources given by id, grouped by kind (regulatory
 * documents, guidelines, studies, articles, marketing pages), each with title, publisher, dates and link.
 *
 * With `for="page"` it lists what the other widgets on the page cite right now (updated as they
 * change: a search, a filter, a widget added or removed), with one review date and one disclaimer:
 * the page's bibliography. Widgets can then drop their own footers (`footer="none"`) and the
 * disclaimer stays on the page, here. This widget's own `footer` shows the review date and the disclaimer
 * in full (`compact` and `full` alike; `none` leaves them out).
 *
 * @tagname ketamine-sources
 * @summary Bibliography of the dataset, grouped by kind of source.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart group - One kind of source: its heading, note and list.
 * @csspart group-heading - The heading of a kind.
 * @csspart group-about - What a kind of source is worth, under its heading.
 * @csspart list - The list of sources of one kind.
 * @csspart source - One source; also `source marketing` etc. with its kind.
 * @csspart source-note - A note on a source (e.g. details still to be confirmed).
 * @csspart empty - The text shown when no source is left.
 * @csspart footer - "Last reviewed" and the disclaimer, always shown (unless `footer="none"`).
 * @csspart reviewed - The "Last reviewed" date.
 * @csspart stale-notice - The notice shown once the dataset is past its next review date.
 * @csspart disclaimer - The disclaimer.
 * @csspart error - "This information could not be loaded."
 *
 * @cssprop --ketamine-sources-heading-font-size - Size of the group headings (default: 1.0625em).
 *
 * @fires ketamine-error - An id in `ids` or a kind in `kinds` is unknown, or the dataset could not be loaded.
 */
export class KetamineSources extends KetamineElement {
  /** Reactive properties and their attributes (instead of decorators: no decorator code to ship). */
  static override properties = {
    for: { attribute: 'for' },
    ids: {},
    kinds: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [KetamineElement.styles, sourcesStyles];
  static override bundledData = bundledSlice({ sources });
  /** A bibliography cites nothing itself: listing it in the page's bibliography would list everything. */
  protected static override citesForPage = false;

  /** `page`: list the sources cited by the widgets on this page now, instead of the dataset's. */
  for?: string;

  /** Comma-separated source ids to list (default: every source in the dataset). */
  ids?: string;

  /** Comma-separated kinds to list: `regulatory`, `guideline`, `study`, `article`, `marketing`. */
  kinds?: string;

  /** Level of the group headings, 2-6 (default 3). */
  headingLevel = 3;

  private shown: Source[] = [];
  private pageSources: Source[] = [];

  private get pageMode(): boolean {
    return this.for === 'page';
  }

  private onPageSourcesChange = () => {
    if (this.pageMode) this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(PAGE_SOURCES_EVENT, this.onPageSourcesChange);
    registerBibliography(this, this.pageMode);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(PAGE_SOURCES_EVENT, this.onPageSourcesChange);
    registerBibliography(this, false);
  }

  override firstUpdated(): void {
    super.firstUpdated();
    // A server render cannot know what the page's widgets cite: the first client render matched it (empty); now fill in.
    if (this.pageMode) queueMicrotask(() => this.requestUpdate());
  }

  protected override findProblem(dataset: Dataset): string | undefined {
    const known = new Set(dataset.sources.map((s) => s.id));
    const unknownIds = parseList(this.ids).filter((id) => !known.has(id));
    if (unknownIds.length) return this.t('error.unknownSource', { ids: unknownIds.join(', ') });
    const unknownKinds = parseList(this.kinds).filter((k) => !SOURCE_KINDS.includes(k as SourceKind));
    if (unknownKinds.length) return this.t('error.unknownKind', { kinds: unknownKinds.join(', '), known: SOURCE_KINDS.join(', ') });
    return undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('for') && this.isConnected) registerBibliography(this, this.pageMode);
    const dataset = this.activeDataset;
    if (!dataset || this.error) return;
    const ids = parseList(this.ids);
    const kinds = parseList(this.kinds);
    // The page's widgets may carry trimmed copies of a source (the code-split build leaves out `note` and
    // `accessed`): this widget's own record of the same id is the full one.
    if (this.pageMode && this.hasUpdated) this.pageSources = pageCitations().sources.map((s) => dataset.sources.find((own) => own.id === s.id) ?? s);
    let sources = this.pageMode ? this.pageSources : ids.length ? ids.map((id) => dataset.sources.find((s) => s.id === id)!) : dataset.sources;
    if (kinds.length) sources = sources.filter((s) => kinds.includes(s.kind));
    this.shown = sources;
  }

  private renderSource(source: Source): TemplateResult {
    const t = this.t.bind(this);
    const url = safeUrl(source.url);
    const dates = [
      source.published ? t('sourcesList.published', { date: formatPartialDate(source.published, this.locale) }) : '',
      source.accessed ? t('sourcesList.accessed', { date: formatDate(source.accessed, this.locale) }) : '',
    ].filter(Boolean);
    return html`<li part=${`source ${source.kind}`} id=${`source-${source.id}`}>
      ${url ? html`<a href=${url}>${source.title}</a>` : source.title}. ${source.publisher}.
      <span class="meta">${dates.join(' · ')}</span>
      ${source.note ? html`<span part="source-note">${source.note}</span>` : nothing}
    </li>`;
  }

  protected override renderContent(dataset: Dataset): TemplateResult {
    const t = this.t.bind(this);
    const level = clampHeadingLevel(this.headingLevel);
    const groups = SOURCE_KINDS.map((kind) => ({ kind, sources: this.shown.filter((s) => s.kind === kind) })).filter((g) => g.sources.length);
    return html`<section part="base" lang=${dataset.meta.locale} aria-label=${t('sourcesList.label')}>
      ${groups.length
        ? groups.map(
            ({ kind, sources }) => html`<div part="group" data-kind=${kind}>
              <div part="group-heading" role="heading" aria-level=${level}>${t(`sourcesList.group.${kind}`)}</div>
              <p part="group-about">${t(`sourcesList.about.${kind}`)}</p>
              <ul part="list">
                ${sources.map((source) => this.renderSource(source))}
              </ul>
            </div>`,
          )
        : html`<p part="empty">${t(this.pageMode ? 'sourcesList.pageEmpty' : 'sourcesList.none')}</p>`}
      ${renderProvenanceFooter({
        dataset,
        t,
        locale: this.locale,
        // The bibliography is the place for the disclaimer: shown in full, never behind a button.
        mode: this.footerMode === 'none' ? 'none' : 'full',
        cited: [],
        today: this.reviewToday,
      })}
    </section>`;
  }
}
