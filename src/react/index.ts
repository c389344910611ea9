/**
 * React wrappers (React 18 and later), made with @lit/react: typed props for every attribute and
 * property, and `on…` props for the widgets' events. React 19 can also use the tags directly
 * (see README, "React").
 *
 *   import { Faq } from 'ketamine-widgets/react.js';
 *   <Faq topics="cost" searchable onToggle={(e) => console.log(e.detail)} />
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import { KetamineApprovalBadge } from '../approval-badge/approval-badge.js';
import { KetamineFaq } from '../faq/faq.js';
import { KetamineRouteTable } from '../route-table/route-table.js';
import { KetamineSideEffects } from '../side-effects/side-effects.js';
import { KetamineSources } from '../sources/sources.js';
import { KetamineUses } from '../uses/uses.js';
import type { FaqToggleDetail } from '../faq/faq.component.js';
import type { KetamineErrorEvent } from '../shared/events.js';

const onError = { onError: 'ketamine-error' as EventName<KetamineErrorEvent> };

export const ApprovalBadge = createComponent({ react: React, tagName: 'ketamine-approval-badge', elementClass: KetamineApprovalBadge, events: onError });

export const Faq = createComponent({
  react: React,
  tagName: 'ketamine-faq',
  elementClass: KetamineFaq,
  events: { ...onError, onToggle: 'ketamine-faq-toggle' as EventName<CustomEvent<FaqToggleDetail>> },
});

export const RouteTable = createComponent({ react: React, tagName: 'ketamine-route-table', elementClass: KetamineRouteTable, events: onError });

export const SideEffects = createComponent({ react: React, tagName: 'ketamine-side-effects', elementClass: KetamineSideEffects, events: onError });

export const Sources = createComponent({ react: React, tagName: 'ketamine-sources', elementClass: KetamineSources, events: onError });

export const Uses = createComponent({ react: React, tagName: 'ketamine-uses', elementClass: KetamineUses, events: onError });
