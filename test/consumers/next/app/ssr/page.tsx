// Server Component: the widgets rendered to HTML (declarative shadow DOM) on the server, cached.
import { renderToString } from 'ketamine-widgets/ssr.js';
import { ServerRenderedWidgets } from './widgets';

async function renderWidget(markup: string): Promise<string> {
  'use cache';
  return renderToString(markup);
}

export default async function Page() {
  const [badge, faq] = await Promise.all([
    renderWidget('<ketamine-approval-badge use="anesthesia"></ketamine-approval-badge>'),
    renderWidget('<ketamine-faq limit="2"></ketamine-faq>'),
  ]);
  return <ServerRenderedWidgets badgeHtml={badge} faqHtml={faq} />;
}
