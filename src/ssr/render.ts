/**
 * Server-side rendering (Node): turns markup with ketamine-widgets tags into HTML with declarative
 * shadow DOM, readable before (and without) JavaScript. Load `ketamine-widgets/hydrate.js` (or the
 * CDN file) on the page and the widgets hydrate in place instead of rendering again.
 *
 *   import { renderToString } from 'ketamine-widgets/ssr.js';
 *   const html = await renderToString('<ketamine-faq topics="cost"></ketamine-faq>');
 *
 * The markup is your own page's HTML (trusted): it is rendered as a template, with every
 * `ketamine-*` element in it expanded. Data comes from the bundled dataset (`src` is not fetched on
 * the server; such a widget renders its loading text and loads in the browser).
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../index.js';

export interface RenderOptions {
  /**
   * Adds `defer-hydration` to each widget: the hydrate entry then hydrates a widget when it comes
   * near the viewport or is interacted with, instead of all at once while the page loads.
   */
  deferHydration?: boolean;
}

export async function renderToString(markup: string, { deferHydration = false }: RenderOptions = {}): Promise<string> {
  return collectResult(render(html`${unsafeStatic(markup)}`, { deferHydration }));
}
