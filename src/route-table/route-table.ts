import { defineElement } from '../shared/define.js';
import { KetamineRouteTable } from './route-table.component.js';

export { KetamineRouteTable };
export { ROUTE_COLUMNS, type RouteColumn } from './route-table.component.js';

defineElement('ketamine-route-table', KetamineRouteTable);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-route-table': KetamineRouteTable;
  }
}
