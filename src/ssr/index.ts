/** `ketamine-widgets/ssr.js` (Node): see ./render.ts. */
export { renderToString, type RenderOptions } from './render.js';
