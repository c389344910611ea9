/** Registers every widget and exports their classes, the data API and the shared helpers. */
export { KetamineApprovalBadge } from './approval-badge/approval-badge.js';
export { KetamineFaq, type FaqToggleDetail } from './faq/faq.js';
export { KetamineRouteTable, ROUTE_COLUMNS, type RouteColumn } from './route-table/route-table.js';
export { KetamineSideEffects } from './side-effects/side-effects.js';
export { KetamineSources } from './sources/sources.js';
export { KetamineUses } from './uses/uses.js';
export { KetamineElement, type Theme } from './shared/ketamine-element.js';
export { defineElement } from './shared/define.js';
export type { KetamineErrorDetail, KetamineErrorEvent } from './shared/events.js';
export * from './data/index.js';
