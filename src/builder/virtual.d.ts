// The CLI's render code bundled for the browser by ssr-plugin.mjs (types are those of src/ssr/render.ts).
declare module 'virtual:ketamine-ssr' {
  export const renderToString: typeof import('../ssr/render.js').renderToString;
}
