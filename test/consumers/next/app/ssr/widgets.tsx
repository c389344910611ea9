'use client';
// Client Component: hydrates the server-rendered widgets in place, then binds React state to a
// property and listens to the FAQ's event.
import { useEffect, useRef, useState } from 'react';
import type { KetamineFaq } from 'ketamine-widgets';

export function ServerRenderedWidgets({ badgeHtml, faqHtml }: { badgeHtml: string; faqHtml: string }) {
  const faqHost = useRef<HTMLDivElement>(null);
  const [limit, setLimit] = useState(2);
  const [toggles, setToggles] = useState(0);

  // Lit's hydrate support and the widgets, in the browser only.
  useEffect(() => {
    void import('ketamine-widgets/hydrate.js');
  }, []);
  useEffect(() => {
    const faq = faqHost.current!.querySelector('ketamine-faq')!;
    const onToggle = () => setToggles((n) => n + 1);
    faq.addEventListener('ketamine-faq-toggle', onToggle);
    return () => faq.removeEventListener('ketamine-faq-toggle', onToggle);
  }, []);
  useEffect(() => {
    const faq = faqHost.current!.querySelector<KetamineFaq>('ketamine-faq')!;
    if (faq.limit !== limit) void customElements.whenDefined('ketamine-faq').then(() => (faq.limit = limit));
  }, [limit]);

  return (
    <main>
      <p>
        Status: <span dangerouslySetInnerHTML={{ __html: badgeHtml }} suppressHydrationWarning />
      </p>
      <div ref={faqHost} dangerouslySetInnerHTML={{ __html: faqHtml }} suppressHydrationWarning />
      <button id="more" type="button" onClick={() => setLimit(3)}>
        More questions
      </button>
      Toggles: <output id="toggles">{toggles}</output>
    </main>
  );
}
