/**
 * React wrapper for `<ketamine-sources>` alone (loads only this widget):
 *
 *   import { Sources } from 'ketamine-widgets/react/sources.js';
 */
import { createComponent } from '@lit/react';
import React from 'react';
import { KetamineSources } from '../sources/sources.js';
import { onError } from './events.js';

export const Sources = createComponent({
  react: React,
  tagName: 'ketamine-sources',
  elementClass: KetamineSources,
  events: onError,
});
