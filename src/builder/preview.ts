/**
 * Preview mode of builder.html (`?preview`, inside the builder's frame): a blank host page with the
 * widgets' code (the hydrate entry, as in the CDN file) that the builder fills with the chosen tag and
 * `<style>`. It imports nothing of the builder, so Lit loads here only through the widgets.
 */
import { HOST_PAGES, type HostScheme } from './host-pages.js';

export interface PreviewPayload {
  tag: string;
  attributes: Record<string, string>;
  tokens: [string, string][];
  host: HostScheme;
}

declare global {
  interface Window {
    ketaminePreview?: (payload: PreviewPayload) => void;
  }
}

/** Preview mode: this document is the host page inside the preview frame. */
export async function runPreview() {
  // A blank page: the builder's own markup and styles are not the host page's.
  for (const sheet of document.querySelectorAll('link[rel=stylesheet], style')) sheet.remove();
  document.body.replaceChildren();
  document.body.removeAttribute('class');
  document.title = 'Embed builder preview';
  await import('../hydrate.js');
  const style = document.head.appendChild(document.createElement('style'));
  const host = document.createElement('div');
  host.id = 'preview-host';
  document.body.append(host);
  window.ketaminePreview = ({ tag, attributes, tokens, host: scheme }) => {
    const page = HOST_PAGES[scheme];
    document.documentElement.style.colorScheme = scheme;
    document.documentElement.style.background = page.background;
    document.documentElement.style.color = page.text;
    document.body.style.cssText = 'margin:0;padding:1rem;font:16px/1.5 system-ui,sans-serif';
    // The same rule the embed's <style> writes, as text in a style element (values were checked as colours/fonts).
    style.textContent = tokens.length ? `${tag} {\n${tokens.map(([p, v]) => `  ${p}: ${v};`).join('\n')}\n}` : '';
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    host.replaceChildren(element);
  };
  document.dispatchEvent(new Event('ketamine-preview-ready'));
  window.parent?.postMessage({ ketaminePreview: 'ready' }, location.origin);
}

