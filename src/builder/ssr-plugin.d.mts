import type { Plugin } from 'vite';
/** Serves `virtual:ketamine-ssr`: src/ssr/render.ts bundled for the browser (see ssr-plugin.mjs). */
export function browserSsr(): Plugin;
