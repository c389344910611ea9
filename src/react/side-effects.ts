/**
 * React wrapper for `<ketamine-side-effects>` alone (loads only this widget):
 *
 *   import { SideEffects } from 'ketamine-widgets/react/side-effects.js';
 */
import { createComponent } from '@lit/react';
import React from 'react';
import { KetamineSideEffects } from '../side-effects/side-effects.js';
import { onError } from './events.js';

export const SideEffects = createComponent({
  react: React,
  tagName: 'ketamine-side-effects',
  elementClass: KetamineSideEffects,
  events: onError,
});
