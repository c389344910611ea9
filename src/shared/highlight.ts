import { html, type TemplateResult } from 'lit';

/** Case-insensitive test used by search filters. */
export function includesQuery(text: string, query: string): boolean {
  return !query || text.toLocaleLowerCase().includes(query.toLocaleLowerCase());
}

/**
 * `text` with every case-insensitive occurrence of `query` wrapped in `<mark part="match">`.
 * The pieces are bound as text, so data never becomes HTML.
 */
export function highlight(text: string, query: string): string | TemplateResult {
  if (!query) return text;
  const lower = text.toLocaleLowerCase();
  const needle = query.toLocaleLowerCase();
  const pieces: Array<string | TemplateResult> = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    pieces.push(text.slice(from, at), html`<mark part="match">${text.slice(at, at + needle.length)}</mark>`);
    from = at + needle.length;
  }
  if (!pieces.length) return text;
  pieces.push(text.slice(from));
  return html`${pieces}`;
}
