import { expect, fixture, waitUntil } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import ReactTestUtils from 'react-dom/test-utils';
import { ApprovalBadge, Faq } from '../src/react/index.js';
import { shadow, textOf } from './helpers.js';

// The React wrappers, rendered by React 18 into a real page.

describe('React wrappers', () => {
  it('render the widget with props as attributes and properties, and pass events to on… props', async () => {
    const container = await fixture<HTMLDivElement>('<div></div>');
    const toggles: unknown[] = [];
    const root = ReactDOMClient.createRoot(container);
    const { act } = ReactTestUtils;
    const createElement = React.createElement;
    await act(async () => {
      root.render(
        createElement('div', null,
          createElement(Faq, { topics: 'cost', headingLevel: 2, onToggle: (e: CustomEvent) => toggles.push(e.detail) }),
          createElement(ApprovalBadge, { use: 'ptsd', drug: 'ketamine' }),
        ),
      );
    });
    const faq = container.querySelector('ketamine-faq')!;
    const badge = container.querySelector('ketamine-approval-badge')!;
    await waitUntil(() => faq.shadowRoot?.querySelector('[part="question"]'));
    expect(faq.getAttribute('topics') ?? (faq as unknown as { topics: string }).topics).to.equal('cost');
    expect(shadow(faq).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    await badge.updateComplete;
    expect(textOf(shadow(badge).querySelector('[part="label"]'))).to.equal('Ketamine: Investigational');

    shadow(faq).querySelector<HTMLButtonElement>('[part="question"]')!.click();
    expect(toggles).to.have.length(1);
    expect((toggles[0] as { open: boolean }).open).to.be.true;
    await act(async () => root.unmount());
  });
});
