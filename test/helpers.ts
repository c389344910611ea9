import { executeServerCommand } from '@web/test-runner-commands';
import { oneEvent } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled.js';
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
