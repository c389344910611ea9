import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/approval-badge/approval-badge.js';
import type { KetamineApprovalBadge } from '../src/approval-badge/approval-badge.js';
import { resolveStatus, sentenceCount } from '../src/approval-badge/approval-status.js';
import { bundledDataset } from '../src/data/full.js';
import { nextError, shadow, textOf, unresolvedIdReferences } from './helpers.js';

async function badge(attrs: { use: string; drug?: string; variant?: string }): Promise<KetamineApprovalBadge> {
  const el = await fixture<KetamineApprovalBadge>(
    html`<ketamine-approval-badge use=${attrs.use} drug=${attrs.drug ?? ''} variant=${attrs.variant ?? 'compact'}></ketamine-approval-badge>`,
  );
  if (!attrs.drug) el.removeAttribute('drug');
  await el.updateComplete;
  return el;
}

const label = (el: HTMLElement) => textOf(shadow(el).querySelector('[part="label"]'));
const button = (el: HTMLElement) => shadow(el).querySelector<HTMLButtonElement>('[part="info-button"]')!;
const explanation = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part="explanation"]')!;

describe('<ketamine-approval-badge>: status', () => {
  const cases: Array<[string, string | undefined, string, string]> = [
    ['anesthesia', 'ketamine', 'Ketamine: FDA-approved (1970)', 'approved'],
    ['treatment-resistant-depression', undefined, 'Approved for esketamine only (2019)', 'esketamine-only'],
    ['treatment-resistant-depression', 'esketamine', 'Esketamine: FDA-approved (2019)', 'approved'],
    ['mdd-suicidal-ideation', 'esketamine', 'Esketamine: FDA-approved (2020)', 'approved'],
    ['treatment-resistant-depression', 'ketamine', 'Ketamine: Off-label', 'off-label'],
    ['ptsd', 'ketamine', 'Ketamine: Investigational', 'investigational'],
    ['anesthesia', 'esketamine', 'Esketamine: Not approved', 'not-approved'],
  ];
  for (const [use, drug, text, status] of cases) {
    it(`shows "${text}" for ${use}${drug ? ` / ${drug}` : ''}, with a distinct icon`, async () => {
      const el = await badge({ use, drug });
      expect(label(el)).to.equal(text);
      expect(shadow(el).querySelector('[part="base"]')!.classList.contains(status)).to.be.true;
      const icon = shadow(el).querySelector('[part="icon"] svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.innerHTML.length).to.be.greaterThan(20);
    });
  }

  it('gives every status a different icon shape (colour is not the only cue)', async () => {
    const shapes = new Set<string>();
    for (const [use, drug] of cases) {
      const el = await badge({ use, drug });
      shapes.add(shadow(el).querySelector('[part="icon"] svg')!.innerHTML.replace(/<!--.*?-->/g, ''));
    }
    expect(shapes.size).to.equal(5);
  });

  it('without `drug` shows the more favourable status and names the drug', () => {
    for (const use of bundledDataset.uses) {
      const { status, drug } = resolveStatus(use);
      const rank = ['not-approved', 'investigational', 'off-label', 'approved'];
      if (status === 'esketamine-only') {
        expect(use.esketamine.status).to.equal('approved');
        expect(use.ketamine.status).to.not.equal('approved');
      } else {
        expect(rank.indexOf(status)).to.equal(Math.max(rank.indexOf(use.ketamine.status), rank.indexOf(use.esketamine.status)));
        expect(use[drug].status).to.equal(status);
      }
    }
  });

  it('updates when `use` or `drug` changes', async () => {
    const el = await badge({ use: 'anesthesia' });
    el.use = 'ptsd';
    await el.updateComplete;
    expect(label(el)).to.equal('Ketamine: Investigational');
    el.drug = 'esketamine';
    await el.updateComplete;
    expect(label(el)).to.equal('Esketamine: Not approved');
  });

  it('has no live region: a static badge must not be announced on every change', async () => {
    const el = await badge({ use: 'anesthesia' });
    expect(shadow(el).querySelector('[role="status"], [role="alert"], [aria-live]')).to.be.null;
  });
});

describe('<ketamine-approval-badge>: explanation (compact toggletip)', () => {
  it('explains the status, the use and its sources behind a button', async () => {
    const el = await badge({ use: 'treatment-resistant-depression' });
    const btn = button(el);
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
    expect(btn.getAttribute('aria-controls')).to.equal('explanation');
    expect(textOf(btn)).to.equal('About this status: Treatment-resistant depression');
    expect(explanation(el).hidden).to.be.true;
    expect(unresolvedIdReferences(shadow(el))).to.deep.equal([]);

    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('true');
    expect(explanation(el).hidden).to.be.false;
    // The source list renders when its panel opens (a closed panel's list is left out in the browser).
    expect(explanation(el).querySelector('[part~="sources-panel"] li')).to.be.null;
    explanation(el).querySelector<HTMLButtonElement>('[part~="sources-toggle"]')!.click();
    await el.updateComplete;
    const text = textOf(explanation(el));
    expect(text).to.contain('Esketamine (Spravato) is FDA-approved for this use. Ketamine itself is not');
    expect(text).to.contain('Sources');
    const spravato = bundledDataset.sources.find((s) => s.id === 'fda-spravato-label')!;
    expect(text).to.contain(spravato.title);
    expect(text).to.contain('Regulatory source');
    expect(text).to.match(/Last reviewed \w+ \d+, \d{4}/);
    await expect(el).to.be.accessible();
  });

  it('opens with Enter and Space, closes with Escape and returns focus', async () => {
    const el = await badge({ use: 'ptsd' });
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('is reached by Tab only through its button', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><ketamine-approval-badge use="ptsd"></ketamine-approval-badge><button id="after">after</button></div>`);
    const el = host.querySelector('ketamine-approval-badge')!;
    await el.updateComplete;
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(host.querySelector('#after'));
  });

  it('closes on a click outside', async () => {
    const el = await badge({ use: 'ptsd' });
    button(el).click();
    await el.updateComplete;
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(explanation(el).hidden).to.be.true;
  });

  it('shows the status note and flags secondary-only evidence', async () => {
    const el = await badge({ use: 'bipolar-depression', drug: 'ketamine', variant: 'detail' });
    expect(textOf(explanation(el))).to.contain('Some of this relies on secondary sources.');
  });
});

describe('<ketamine-approval-badge>: detail variant', () => {
  it("shows the explanation inline and has nothing to tab to but links and the footer's buttons", async () => {
    const el = await badge({ use: 'mdd-suicidal-ideation', variant: 'detail' });
    expect(button(el)).to.be.null;
    expect(explanation(el).hidden).to.be.false;
    expect(explanation(el).getBoundingClientRect().height).to.be.greaterThan(0);
    const focusables = [...shadow(el).querySelectorAll('button, input, [tabindex]:not(li)')];
    expect(focusables.map((b) => b.getAttribute('part'))).to.deep.equal(['footer-toggle sources-toggle', 'footer-toggle about-toggle']);
    await expect(el).to.be.accessible();
  });
});

describe('<ketamine-approval-badge>: errors', () => {
  it('shows the error state and fires ketamine-error for an unknown use id', async () => {
    const el = document.createElement('ketamine-approval-badge');
    el.use = 'hair-loss';
    const error = nextError(el);
    document.body.append(el);
    try {
      const { detail } = await error;
      expect(detail.reason).to.equal('not-found');
      expect(detail.message).to.match(/^Unknown use "hair-loss"\. Known uses: anesthesia, /);
      await el.updateComplete;
      // The reader gets one neutral sentence; the reason stays in the event.
      expect(textOf(shadow(el).querySelector('[part="error"]'))).to.equal('This information could not be loaded.');
      await expect(el).to.be.accessible();

      el.use = 'ptsd'; // fixing the attribute clears the error
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).to.be.null;
      expect(label(el)).to.equal('Ketamine: Investigational');
    } finally {
      el.remove();
    }
  });

  it('shows the error state for an unknown drug', async () => {
    const el = document.createElement('ketamine-approval-badge');
    Object.assign(el, { use: 'ptsd', drug: 'aspirin' });
    const error = nextError(el);
    document.body.append(el);
    try {
      expect((await error).detail.message).to.contain('Unknown drug "aspirin"');
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[part="error"]'))).to.equal('This information could not be loaded.');
    } finally {
      el.remove();
    }
  });
});

describe('<ketamine-approval-badge>: accessibility of every state', () => {
  for (const theme of ['', 'light', 'dark', 'auto']) {
    for (const use of ['anesthesia', 'treatment-resistant-depression', 'chronic-pain-crps', 'ptsd']) {
      it(`is accessible: ${use}, theme "${theme || 'inherit'}", open`, async () => {
        const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use=${use} theme=${theme || 'light'}></ketamine-approval-badge>`);
        if (!theme) el.removeAttribute('theme');
        await el.updateComplete;
        await expect(el).to.be.accessible();
        button(el).click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});

describe('<ketamine-approval-badge>: toggletip', () => {
  it('holds one or two sentences on what the status means for this use', async () => {
    expect(sentenceCount('One. Two, e.g. this. Three 3.5 times!')).to.equal(3);
    for (const use of bundledDataset.uses) {
      for (const drug of [undefined, 'ketamine', 'esketamine']) {
        const el = await badge({ use: use.id, drug });
        const meaning = textOf(explanation(el).querySelector('.meaning'));
        expect(sentenceCount(meaning), `${use.id} ${drug}: ${meaning}`).to.be.within(1, 2);
        const { entry, status } = resolveStatus(use, drug as 'ketamine' | undefined);
        // The use's own note where it is short enough; else what the status means.
        if (entry.note && sentenceCount(entry.note) <= 2 && status !== 'esketamine-only') expect(meaning).to.equal(entry.note);
      }
    }
  });

  it('offers the sources of this status through its footer', async () => {
    const el = await badge({ use: 'anesthesia', drug: 'ketamine' });
    button(el).click();
    await el.updateComplete;
    const sourcesToggle = explanation(el).querySelector<HTMLButtonElement>('[part~="sources-toggle"]')!;
    expect(textOf(sourcesToggle)).to.equal(`Sources (${bundledDataset.uses[0].ketamine.sources.length})`);
    sourcesToggle.click();
    await el.updateComplete;
    expect(explanation(el).querySelector<HTMLElement>('[part~="sources-panel"]')!.hidden).to.be.false;
    expect(explanation(el).hidden, 'stays open while used').to.be.false;
    await expect(el).to.be.accessible();
  });

  it('has a visible close button that closes it and returns focus', async () => {
    const el = await badge({ use: 'ptsd' });
    button(el).click();
    await el.updateComplete;
    const close = shadow(el).querySelector<HTMLButtonElement>('[part="close-button"]')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    const box = close.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    close.click();
    await el.updateComplete;
    expect(explanation(el).hidden).to.be.true;
    expect(shadow(el).activeElement).to.equal(button(el));
  });

  it('closes when focus leaves it, so that it never covers the next focused control', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><ketamine-approval-badge use="ptsd"></ketamine-approval-badge> <a href="#x" id="after">after</a></div>`);
    const el = host.querySelector('ketamine-approval-badge')!;
    await el.updateComplete;
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Tab moves through the toggletip's controls (close, sources, about), still open...
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(explanation(el).hidden).to.be.false;
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="close-button"]'));
    // ...and closes once focus goes past it.
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(host.querySelector('#after'));
    expect(explanation(el).hidden).to.be.true;
  });

  it('is at most 400 px tall on a 375 px phone', async function () {
    try {
      await setViewport({ width: 375, height: 700 });
    } catch {
      this.skip(); // WebDriver (WebKitGTK) cannot resize the viewport
    }
    try {
      for (const use of bundledDataset.uses) {
        const el = await badge({ use: use.id });
        button(el).click();
        await el.updateComplete;
        const { height, left, right } = explanation(el).getBoundingClientRect();
        expect(height, use.id).to.be.at.most(400);
        expect(left, use.id).to.be.at.least(0);
        expect(right, use.id).to.be.at.most(375);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<ketamine-approval-badge>: inside a sentence', () => {
  it('`hide-drug` leaves the drug out of the label, for a sentence that names it', async () => {
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="anesthesia" drug="ketamine" hide-drug></ketamine-approval-badge>`);
    expect(label(el)).to.equal('FDA-approved (1970)');
    expect(textOf(button(el))).to.equal('About this status: Anesthesia');
  });

  it('the `label` slot replaces the label text; the icon and explanation stay', async () => {
    const el = await fixture<KetamineApprovalBadge>(
      html`<ketamine-approval-badge use="anesthesia" drug="ketamine"><span slot="label">approved since 1970</span></ketamine-approval-badge>`,
    );
    const slot = shadow(el).querySelector<HTMLSlotElement>('[part="label"] slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['approved since 1970']);
    expect(el.innerText.trim()).to.equal('approved since 1970');
    expect(button(el)).to.exist;
    await expect(el).to.be.accessible();
  });

  it('stays on the line of its sentence, and so does its error message', async () => {
    const p = await fixture<HTMLParagraphElement>(
      html`<p style="width: 40rem; font: 16px/1.5 sans-serif">Ketamine for anesthesia <ketamine-approval-badge use="anesthesia" hide-drug></ketamine-approval-badge> is old.</p>`,
    );
    const el = p.querySelector('ketamine-approval-badge')!;
    await el.updateComplete;
    const oneLine = p.getBoundingClientRect().height;
    expect(oneLine).to.be.below(40);
    el.use = 'nonexistent';
    await el.updateComplete;
    const error = shadow(el).querySelector<HTMLElement>('[part="error"]')!;
    expect(getComputedStyle(error).display).to.equal('inline-flex');
    expect(textOf(error)).to.equal('This information could not be loaded.');
    expect(p.getBoundingClientRect().height).to.be.below(40);
    await expect(el).to.be.accessible();
  });

  it('reflects no default onto the element (a framework hydrating server HTML sees no change)', async () => {
    const el = document.createElement('ketamine-approval-badge');
    el.setAttribute('use', 'ptsd');
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.getAttributeNames()).to.deep.equal(['use']);
      el.variant = 'detail';
      el.drug = 'ketamine';
      await el.updateComplete;
      expect(el.getAttributeNames()).to.deep.equal(['use']);
      expect(explanation(el).hidden).to.be.false; // the property alone switches the variant
    } finally {
      el.remove();
    }
  });

  it('shows the crisis line for a use about suicide (even with footer="none"): under a detail badge, in a compact badge\'s explanation, never splitting the host\'s sentence', async () => {
    const el = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="mdd-suicidal-ideation" variant="detail" footer="none"></ketamine-approval-badge>`);
    const crisis = shadow(el).querySelector<HTMLElement>('[part="crisis"]')!;
    expect(textOf(crisis)).to.equal(bundledDataset.meta.crisisLine);
    expect(crisis.closest('[part="explanation"]')).to.be.null;
    expect(crisis.getBoundingClientRect().height).to.be.greaterThan(0);
    // Compact, in running text: the badge stays one inline box; the crisis line opens with the explanation.
    const inline = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="mdd-suicidal-ideation" footer="none"></ketamine-approval-badge>`);
    const inlineCrisis = shadow(inline).querySelector<HTMLElement>('[part="crisis"]')!;
    expect(inlineCrisis.closest('[part="explanation"]')).to.not.be.null;
    expect(inlineCrisis.getBoundingClientRect().height).to.equal(0);
    shadow(inline).querySelector<HTMLButtonElement>('[part="info-button"]')!.click();
    await inline.updateComplete;
    expect(inlineCrisis.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(inline).to.be.accessible();
    const other = await fixture<KetamineApprovalBadge>(html`<ketamine-approval-badge use="ptsd"></ketamine-approval-badge>`);
    expect(shadow(other).querySelector('[part="crisis"]')).to.be.null;
  });
});
