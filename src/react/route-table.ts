/**
 * React wrapper for `<ketamine-route-table>` alone (loads only this widget):
 *
 *   import { RouteTable } from 'ketamine-widgets/react/route-table.js';
 */
import { createComponent } from '@lit/react';
import React from 'react';
import { KetamineRouteTable } from '../route-table/route-table.js';
import { onError } from './events.js';

export const RouteTable = createComponent({
  react: React,
  tagName: 'ketamine-route-table',
  elementClass: KetamineRouteTable,
  events: onError,
});
