/**
 * JSX typings for using the tags directly (React 19 passes properties and events to custom elements):
 *
 *   import type {} from 'ketamine-widgets/jsx.js';
 *   <ketamine-faq topics="cost" searchable onketamine-faq-toggle={(e) => ...} />
 */
import type { DOMAttributes, RefAttributes } from 'react';
import type { KetamineApprovalBadge } from '../approval-badge/approval-badge.component.js';
import type { FaqToggleDetail, KetamineFaq } from '../faq/faq.component.js';
import type { KetamineRouteTable } from '../route-table/route-table.component.js';
import type { KetamineErrorEvent } from '../shared/events.js';
import type { KetamineSideEffects } from '../side-effects/side-effects.component.js';
import type { KetamineSources } from '../sources/sources.component.js';
import type { KetamineUses } from '../uses/uses.component.js';

/** A widget's own properties (not HTMLElement's), its attributes as strings, and the shared events. */
type WidgetProps<T extends HTMLElement> = Partial<Omit<T, keyof HTMLElement | 'render' | 'renderRoot'>> &
  DOMAttributes<T> &
  RefAttributes<T> & {
    class?: string;
    id?: string;
    style?: string | Record<string, string>;
    'onketamine-error'?: (event: KetamineErrorEvent) => void;
    [attribute: `${string}-${string}`]: unknown;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'ketamine-approval-badge': WidgetProps<KetamineApprovalBadge>;
      'ketamine-faq': WidgetProps<KetamineFaq> & { 'onketamine-faq-toggle'?: (event: CustomEvent<FaqToggleDetail>) => void };
      'ketamine-route-table': WidgetProps<KetamineRouteTable>;
      'ketamine-side-effects': WidgetProps<KetamineSideEffects>;
      'ketamine-sources': WidgetProps<KetamineSources>;
      'ketamine-uses': WidgetProps<KetamineUses>;
    }
  }
}

export type { WidgetProps };
