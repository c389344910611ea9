import { nothing, noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), on every render
 * including the first. Lit's `styleMap` writes a `style` attribute on first render, which a strict
 * Content-Security-Policy (no 'unsafe-inline' in style-src) blocks.
 */
class CssPropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() goes on an element: <span ${cssProperties({...})}>');
  }

  render(_properties: Record<string, string>) {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
