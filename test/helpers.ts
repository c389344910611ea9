import { executeServerCommand } from '@web/test-runner-commands';
import { expect, oneEvent } from '@open-wc/testing';
import { bundledDataset } from '../src/data/full.js';
import type { Dataset } from '../src/data/types.js';
import type { KetamineErrorEvent } from '../src/shared/events.js';

/** A deep copy of the bundled dataset to change in a test. */
export function cloneDataset(): Dataset {
  return structuredClone(bundledDataset);
}

/** The shadow root of a widget, typed. */
export function shadow(el: HTMLElement): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** Visible text of a node, whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the next `ketamine-error` from `el`. */
export function nextError(el: HTMLElement): Promise<KetamineErrorEvent> {
  return oneEvent(el, 'ketamine-error') as Promise<KetamineErrorEvent>;
}

/** Every id reference (aria-controls, aria-labelledby, aria-describedby, for) inside `root` resolves inside `root`. */
export function unresolvedIdReferences(root: ShadowRoot): string[] {
  const missing: string[] = [];
  for (const el of root.querySelectorAll('[aria-controls], [aria-labelledby], [aria-describedby], label[for]')) {
    for (const attr of ['aria-controls', 'aria-labelledby', 'aria-describedby', 'for']) {
      for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
        if (!root.getElementById(id)) missing.push(`${attr}="${id}"`);
      }
    }
  }
  return missing;
}

/**
 * Emulates CSS media features (and print) in the browser, through the `emulate-media-features`
 * command of web-test-runner.config.mjs. Resolves false where the browser cannot emulate them
 * (the caller then skips); `resetMedia()` undoes it.
 */
export async function emulateMedia(features: Array<{ name: string; value: string }>, type?: 'print' | 'screen'): Promise<boolean> {
  return (await executeServerCommand('emulate-media-features', { features, type })) === true;
}

export function resetMedia(): Promise<boolean> {
  return emulateMedia([]);
}

/**
 * Puts `<tag attr="value">` in the page and checks the widget shows the not-found error state with
 * `message` and fires `ketamine-error`; then runs `andThen` (e.g. fixing the attribute) and removes it.
 */
export async function expectNotFound(
  tag: string,
  attr: string,
  value: string,
  message: string,
  andThen?: (el: HTMLElement & { updateComplete: Promise<boolean> }) => Promise<void>,
): Promise<void> {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  el.setAttribute(attr, value);
  const error = nextError(el);
  document.body.append(el);
  try {
    const { detail } = await error;
    expect(detail.reason).to.equal('not-found');
    expect(detail.message).to.contain(message);
    await el.updateComplete;
    // The reader sees one neutral sentence; the technical reason is only in the event (and the console).
    const box = shadow(el).querySelector('[part="error"]');
    expect(textOf(box)).to.equal('This information could not be loaded.');
    expect(textOf(box)).not.to.contain(message);
    await expect(el).to.be.accessible();
    await andThen?.(el);
  } finally {
    el.remove();
  }
}

/**
 * A computed colour (`rgb(...)`, `oklch(...)`, any CSS colour) as sRGB bytes, read back from a canvas: computed
 * styles keep the colour's own space (relative colours compute to `oklch(...)`).
 */
export function srgb(colour: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** WCAG contrast ratio of two CSS colours. */
export function contrastRatio(a: string, b: string): number {
  const lum = (colour: string) => {
    const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    const [r, g, bl] = srgb(colour);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
