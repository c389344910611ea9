import { LitElement, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledMeta, bundledStrings } from '../data/bundled.js';
import { DatasetError, fetchDataset, parseDataset } from '../data/load.js';
import type { Dataset } from '../data/types.js';
import type { KetamineErrorDetail } from './events.js';
import { warningIcon } from './icons.js';
import { translate } from './strings.js';
import { themeStyles } from './theme.styles.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every widget shares: where its data comes from (bundled, `src`, or `data`), the error
 * state, the theme attribute and UI labels. Subclasses implement `renderContent(dataset)`.
 *
 * Nothing is thrown into the host page: a bad dataset or a widget-specific problem (see `fail()`)
 * renders a visible message in the widget and fires `ketamine-error`.
 *
 * @fires ketamine-error - The widget shows its error state. `detail`: `{ reason: 'fetch' | 'parse' | 'schema' | 'not-found', message, issues }`.
 * @csspart error - The error message box.
 * @csspart loading - The text shown while a `src` dataset loads.
 *
 * @cssprop --ketamine-font-family - Font of every widget (default: inherited from the page).
 * @cssprop --ketamine-font-size - Base text size (default: inherited).
 * @cssprop --ketamine-line-height - Line height (default: 1.5).
 * @cssprop --ketamine-color-text - Text colour (default: inherited, or the `theme` palette's).
 * @cssprop --ketamine-color-background - Widget background (default: transparent, or the `theme` palette's).
 * @cssprop --ketamine-color-surface - Background of boxes and panels (default: a tint of the text colour).
 * @cssprop --ketamine-color-border - Borders (default: the text colour at 45%).
 * @cssprop --ketamine-color-muted - Secondary text such as dates and source kinds.
 * @cssprop --ketamine-color-accent - Accent for links and highlights (default: the text colour, or the palette's blue).
 * @cssprop --ketamine-color-link - Link colour (default: the accent).
 * @cssprop --ketamine-color-focus - Focus ring colour (default: the text colour, or the palette's blue).
 * @cssprop --ketamine-color-danger - Error and urgent-care colour.
 * @cssprop --ketamine-radius - Corner radius (default: 0.375rem).
 * @cssprop --ketamine-space - Base spacing unit (default: 0.75rem).
 * @cssprop --ketamine-transition-duration - Length of open/close animations (default: 150ms; 0 under prefers-reduced-motion).
 */
export abstract class KetamineElement extends LitElement {
  static override styles: CSSResultGroup = [themeStyles];

  /** Colour scheme: none inherits the host page's colours; `light`/`dark` force our palette; `auto` follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: Theme;

  /** The widget's slice of the bundled dataset (`bundledSlice()` with the sections it shows). */
  static bundledData: Dataset;

  /** URL of a dataset JSON file to use instead of the bundled one (validated against the schema). */
  @property() src?: string;

  /** A dataset object to use instead of the bundled one or `src` (validated against the schema). */
  @property({ attribute: false }) data?: unknown;

  /** The dataset in use, once loaded and valid. */
  @state() protected activeDataset?: Dataset;

  /** Why nothing but an error can be shown, if so. */
  @state() protected error?: DatasetError;

  private pendingLoad?: Promise<void>;
  private loadController?: AbortController;
  private reportedError?: DatasetError;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || (!this.activeDataset && !this.pendingLoad && !this.error)) this.loadData();
    if (this.activeDataset) {
      // Re-checked on every update, so fixing the attribute clears the error.
      const problem = this.findProblem(this.activeDataset);
      if (problem && this.error?.message !== problem) this.error = new DatasetError('not-found', problem);
      else if (!problem && this.error?.reason === 'not-found') this.error = undefined;
    }
  }

  /** A subclass returns a message when its attributes ask for something the dataset lacks (e.g. an unknown id). */
  protected findProblem(_dataset: Dataset): string | undefined {
    return undefined;
  }

  override updated(_changed: PropertyValues<this>): void {
    // Report each error once, after it is on screen.
    if (this.error && this.error !== this.reportedError) {
      this.reportedError = this.error;
      const detail: KetamineErrorDetail = { reason: this.error.reason, message: this.error.message, issues: this.error.issues };
      this.dispatchEvent(new CustomEvent('ketamine-error', { detail, bubbles: true, composed: true }));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadController?.abort();
  }

  /** `await el.updateComplete` also waits for a `src` or `data` dataset to load and render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pendingLoad) {
      await this.pendingLoad;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private loadData(): void {
    this.loadController?.abort();
    this.error = undefined;
    if (this.data === undefined && !this.src) {
      this.activeDataset = (this.constructor as typeof KetamineElement).bundledData;
      this.pendingLoad = undefined;
      return;
    }
    const controller = (this.loadController = new AbortController());
    this.activeDataset = undefined;
    const load = this.data !== undefined ? parseDataset(this.data) : fetchDataset(this.src!, controller.signal);
    const pending = (this.pendingLoad = load
      .then(
        (dataset) => {
          if (!controller.signal.aborted) this.activeDataset = dataset;
        },
        (cause: unknown) => {
          if (controller.signal.aborted) return;
          this.error = cause instanceof DatasetError ? cause : new DatasetError('parse', String(cause));
        },
      )
      .finally(() => {
        if (this.pendingLoad === pending) this.pendingLoad = undefined;
      }));
  }

  /** A UI label from the dataset in use (or the bundled English), with `{placeholders}` filled. */
  protected t(key: string, vars?: Record<string, string | number>): string {
    const strings = this.activeDataset?.strings ?? bundledStrings;
    return translate(strings, bundledStrings, this.locale, key, vars);
  }

  protected get locale(): string {
    return (this.activeDataset?.meta ?? bundledMeta).locale;
  }

  protected abstract renderContent(dataset: Dataset): TemplateResult;

  protected override render(): TemplateResult {
    if (this.error) return this.renderError(this.error);
    if (!this.activeDataset) return html`<p part="loading" class="loading">${this.t('loading')}</p>`;
    return this.renderContent(this.activeDataset);
  }

  protected renderError(error: DatasetError): TemplateResult {
    return html`<div part="error" class="error" lang=${bundledMeta.locale}>
      ${warningIcon}
      <div>
        <p><strong>${this.t('error.title')}</strong></p>
        <p class="error-detail">${error.message}</p>
      </div>
    </div>`;
  }
}
