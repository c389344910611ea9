import { defineElement } from '../shared/define.js';
import { KetamineFaq } from './faq.component.js';

export { KetamineFaq };
export type { FaqToggleDetail } from './faq.component.js';

defineElement('ketamine-faq', KetamineFaq);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-faq': KetamineFaq;
  }
}
