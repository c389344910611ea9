import { defineElement } from '../shared/define.js';
import { KetamineSources } from './sources.component.js';

export { KetamineSources };

defineElement('ketamine-sources', KetamineSources);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-sources': KetamineSources;
  }
}
