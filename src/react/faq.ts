/**
 * React wrapper for `<ketamine-faq>` alone (loads only this widget):
 *
 *   import { Faq } from 'ketamine-widgets/react/faq.js';
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import { KetamineFaq } from '../faq/faq.js';
import type { FaqToggleDetail } from '../faq/faq.component.js';
import { onError } from './events.js';

export const Faq = createComponent({
  react: React,
  tagName: 'ketamine-faq',
  elementClass: KetamineFaq,
  events: { ...onError, onToggle: 'ketamine-faq-toggle' as EventName<CustomEvent<FaqToggleDetail>> },
});
