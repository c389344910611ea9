import { defineElement } from '../shared/define.js';
import { KetamineApprovalBadge } from './approval-badge.component.js';

export { KetamineApprovalBadge };

defineElement('ketamine-approval-badge', KetamineApprovalBadge);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-approval-badge': KetamineApprovalBadge;
  }
}
