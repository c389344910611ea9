/**
 * React wrappers (React 18 and later), made with @lit/react: typed props for every attribute and
 * property, and `on…` props for the widgets' events. Recommended for server rendering with React 19
 * too (React does not attach custom-element listeners while hydrating plain tags).
 *
 *   import { Faq } from 'ketamine-widgets/react.js';          // every wrapper (and every widget)
 *   import { Faq } from 'ketamine-widgets/react/faq.js';      // this widget only
 *   <Faq topics="cost" searchable onToggle={(e) => console.log(e.detail)} />
 */
export { ApprovalBadge } from './approval-badge.js';
export { Faq } from './faq.js';
export { RouteTable } from './route-table.js';
export { SideEffects } from './side-effects.js';
export { Sources } from './sources.js';
export { Uses } from './uses.js';
