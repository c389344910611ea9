import { noChange } from 'lit';
import { Directive, directive, type ChildPart, type PartInfo, PartType } from 'lit/directive.js';

/** Renders nothing; after each render sets `properties` on the first `<tagName>` beside it. */
class ApplyPropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('applyProperties() goes in child position');
  }

  render(_tagName: string, _properties: Record<string, unknown>) {
    return noChange;
  }

  override update(part: ChildPart, [tagName, properties]: [string, Record<string, unknown>]) {
    const container = part.parentNode as ParentNode;
    queueMicrotask(() => {
      const element = container.querySelector(tagName) as (HTMLElement & Record<string, unknown>) | null;
      if (!element) return;
      for (const [name, value] of Object.entries(properties)) if (element[name] !== value) element[name] = value;
    });
    return noChange;
  }
}

export const applyProperties = directive(ApplyPropertiesDirective);
