/** Placeholder: filled in by the reserve-space step. */
export function reserveSpace(): void {}
