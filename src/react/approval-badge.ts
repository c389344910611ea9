/**
 * React wrapper for `<ketamine-approval-badge>` alone (loads only this widget):
 *
 *   import { ApprovalBadge } from 'ketamine-widgets/react/approval-badge.js';
 */
import { createComponent } from '@lit/react';
import React from 'react';
import { KetamineApprovalBadge } from '../approval-badge/approval-badge.js';
import { onError } from './events.js';

export const ApprovalBadge = createComponent({
  react: React,
  tagName: 'ketamine-approval-badge',
  elementClass: KetamineApprovalBadge,
  events: onError,
});
