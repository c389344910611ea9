import type { EventName } from '@lit/react';
import type { KetamineErrorEvent } from '../shared/events.js';

/** The event every wrapper maps: `onError` receives `ketamine-error`. */
export const onError = { onError: 'ketamine-error' as EventName<KetamineErrorEvent> };
