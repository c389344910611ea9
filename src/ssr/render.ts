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
import { collectResult, type RenderResult } from '@lit-labs/ssr/lib/render-result.js';
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

/**
 * Renders every `ketamine-*` widget in a whole HTML page (or any fragment), one widget at a time,
 * leaving the rest of the markup exactly as it is: for page-level hooks such as an Eleventy
 * transform. (`renderToString` renders its markup as one template, which suits fragments.)
 */
export async function renderPage(markup: string, { deferHydration = false, maxDepth }: RenderOptions & { maxDepth?: number } = {}): Promise<string> {
  let out = '';
  for (const piece of splitMarkup(markup, { maxDepth })) {
    out += piece.kind === 'html' ? piece.text : await renderToString(piece.text, { deferHydration });
  }
  return out;
}

/** Like `renderToString`, piece by piece as they are rendered, so a caller can stream large output. */
export async function* renderToChunks(markup: string, { deferHydration = false }: RenderOptions = {}): AsyncGenerator<string> {
  yield* flatten(render(html`${unsafeStatic(markup)}`, { deferHydration }));
}

async function* flatten(result: RenderResult): AsyncGenerator<string> {
  for (const chunk of result) {
    if (typeof chunk === 'string') yield chunk;
    else yield* flatten(await chunk);
  }
}

/** The marker of a widget's error state in rendered HTML (see `KetamineElement.renderError`). */
export const ERROR_MARKER = '<span part="error"';

export interface MarkupPiece {
  /** `html`: markup outside any widget, passed through as it is; `widget`: one `ketamine-*` element with its content. */
  kind: 'html' | 'widget';
  text: string;
  /** 1-based line of the piece's start in the input. */
  line: number;
  /** The widget's tag name (for `widget` pieces). */
  tag?: string;
}

/** Thrown by `splitMarkup` when the input nests deeper than allowed. */
export class MarkupLimitError extends Error {}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;

/**
 * Splits page markup into the HTML between widgets and the outermost `ketamine-*` elements, so that
 * each widget is rendered (and its output written) on its own: memory stays bounded by one widget,
 * not by the page. A light scan, not a full HTML parser: comments, raw-text elements (`script`,
 * `style`, ...), quoted attributes and void elements are understood; unmatched end tags are skipped.
 * Throws `MarkupLimitError` when elements nest deeper than `maxDepth`.
 */
export function* splitMarkup(markup: string, { maxDepth = 256 }: { maxDepth?: number } = {}): Generator<MarkupPiece> {
  const stack: string[] = [];
  let emitted = 0;
  let widget: { start: number; depth: number; tag: string } | undefined;
  let i = 0;
  let line = 1;
  let lineCountedTo = 0;
  const lineAt = (index: number) => {
    for (let at = markup.indexOf('\n', lineCountedTo); at !== -1 && at < index; at = markup.indexOf('\n', at + 1)) line++;
    lineCountedTo = Math.max(lineCountedTo, index);
    return line;
  };
  while ((i = markup.indexOf('<', i)) !== -1) {
    if (markup.startsWith('<!--', i)) {
      const end = markup.indexOf('-->', i + 4);
      i = end === -1 ? markup.length : end + 3;
      continue;
    }
    if (markup[i + 1] === '!' || markup[i + 1] === '?') {
      const end = markup.indexOf('>', i);
      i = end === -1 ? markup.length : end + 1;
      continue;
    }
    TAG.lastIndex = i;
    const match = TAG.exec(markup);
    if (!match) {
      i++;
      continue;
    }
    const [whole, closing, rawName, attributes] = match;
    const name = rawName.toLowerCase();
    const tagStart = i;
    i += whole.length;
    if (!closing) {
      if (name.startsWith('ketamine-') && !widget) widget = { start: tagStart, depth: stack.length, tag: name };
      if (VOID_ELEMENTS.has(name) || (attributes.endsWith('/') && !name.includes('-'))) continue;
      stack.push(name);
      if (stack.length > maxDepth) {
        throw new MarkupLimitError(`elements nest deeper than ${maxDepth} levels (line ${lineAt(tagStart)}, <${name}>)`);
      }
      if (RAW_TEXT_ELEMENTS.has(name)) {
        const end = new RegExp(`</${name}`, 'ig');
        end.lastIndex = i;
        i = end.exec(markup)?.index ?? markup.length;
      }
      continue;
    }
    const open = stack.lastIndexOf(name);
    if (open === -1) continue;
    stack.length = open;
    if (widget && stack.length <= widget.depth) {
      if (widget.start > emitted) yield { kind: 'html', text: markup.slice(emitted, widget.start), line: lineAt(emitted) };
      yield { kind: 'widget', text: markup.slice(widget.start, i), line: lineAt(widget.start), tag: widget.tag };
      emitted = i;
      widget = undefined;
    }
  }
  if (widget) {
    // An unclosed widget: the rest of the input is its content, as an HTML parser would read it.
    if (widget.start > emitted) yield { kind: 'html', text: markup.slice(emitted, widget.start), line: lineAt(emitted) };
    yield { kind: 'widget', text: markup.slice(widget.start), line: lineAt(widget.start), tag: widget.tag };
  } else if (emitted < markup.length) {
    yield { kind: 'html', text: markup.slice(emitted), line: lineAt(emitted) };
  }
}
