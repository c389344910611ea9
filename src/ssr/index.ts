/** `ketamine-widgets/ssr.js` (Node): see ./render.ts. */
export { renderToString, renderToChunks, splitMarkup, MarkupLimitError, ERROR_MARKER, type RenderOptions, type MarkupPiece } from './render.js';
