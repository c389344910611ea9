/**
 * Registers a custom element unless the tag is taken. A page may load two copies of the library
 * (a plugin and a theme, say); the first definition wins and the second is a no-op, not an exception.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
