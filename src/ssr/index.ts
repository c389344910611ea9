/** `ketamine-widgets/ssr.js` (Node): see ./render.ts. */
export { renderToString, renderPage, renderToChunks, splitMarkup, MarkupLimitError, ERROR_MARKER, type RenderOptions, type MarkupPiece } from './render.js';
