'use client';
import { useState } from 'react';
import { ApprovalBadge } from 'ketamine-widgets/react/approval-badge.js';
import { Faq } from 'ketamine-widgets/react/faq.js';

export function WrappedWidgets() {
  const [limit, setLimit] = useState(2);
  const [toggles, setToggles] = useState(0);
  return (
    <main>
      <p>
        Status: <ApprovalBadge use="anesthesia" />
      </p>
      <Faq limit={limit} onToggle={() => setToggles((n) => n + 1)} />
      <button id="more" type="button" onClick={() => setLimit(3)}>
        More questions
      </button>
      Toggles: <output id="toggles">{toggles}</output>
    </main>
  );
}
