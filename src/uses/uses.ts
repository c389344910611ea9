import { defineElement } from '../shared/define.js';
import { KetamineUses } from './uses.component.js';

export { KetamineUses };

defineElement('ketamine-uses', KetamineUses);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-uses': KetamineUses;
  }
}
