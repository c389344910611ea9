/**
 * React wrapper for `<ketamine-uses>` alone (loads only this widget):
 *
 *   import { Uses } from 'ketamine-widgets/react/uses.js';
 */
import { createComponent } from '@lit/react';
import React from 'react';
import { KetamineUses } from '../uses/uses.js';
import { onError } from './events.js';

export const Uses = createComponent({
  react: React,
  tagName: 'ketamine-uses',
  elementClass: KetamineUses,
  events: onError,
});
