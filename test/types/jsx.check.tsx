// Type tests (checked by `npm run typecheck`, never run): the JSX typings accept the widgets'
// attributes and events and reject wrong types.
import type {} from '../../src/react/jsx.js';
import { Faq, RouteTable } from '../../src/react/index.js';
import { Faq as FaqOnly } from '../../src/react/faq.js';

export const faq = <ketamine-faq topics="cost" searchable limit={5} onketamine-faq-toggle={(e) => e.detail.open} />;
export const badge = <ketamine-approval-badge use="ptsd" drug="esketamine" onketamine-error={(e) => e.detail.reason} />;

// @ts-expect-error `limit` is a number
export const wrongType = <ketamine-faq limit="five" />;

// @ts-expect-error `drug` is ketamine or esketamine
export const wrongDrug = <ketamine-approval-badge use="ptsd" drug="aspirin" />;

export const wrapped = <Faq topics="cost" headingLevel={2} onToggle={(e) => e.detail.id} />;

// @ts-expect-error the wrapper's `sortable` is a boolean
export const wrongWrapped = <RouteTable sortable="yes" />;

// The per-widget wrapper entries carry the same typed props.
export const faqOnly = <FaqOnly limit={2} onToggle={(e) => e.detail.open} />;
// @ts-expect-error `limit` is a number
export const wrongFaqOnly = <FaqOnly limit="two" />;
