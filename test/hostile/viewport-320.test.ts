/**
 * "Embed anywhere": a 320px-wide viewport (WCAG 1.4.10 Reflow: 320 CSS px, no horizontal scrolling).
 * The viewport is set through Web Test Runner's setViewport; WebDriver sessions (WebKitGTK here) cannot
 * resize it from a test, so this page is skipped there (the narrow-container tests of each widget's own
 * test file still run in WebKit).
 */
import { expect } from '@open-wc/testing';
import { shadow } from '../helpers.js';
import { WIDGETS, badgeIn, expectFitsViewport, itChecksEveryWidget, itFitsTheViewport, mountWidget, trySetViewport, unmountAll } from './host-page.js';

describe('host page: 320px-wide viewport', () => {
  const initial = { width: window.innerWidth, height: window.innerHeight };

  before(async function () {
    // setViewport throws in WebDriver sessions (WebKitGTK): the whole page is skipped there.
    if (!(await trySetViewport(320, 640))) this.skip();
    await trySetViewport(initial.width, initial.height);
  });

  beforeEach(async () => {
    await trySetViewport(320, 640);
    expect(window.innerWidth).to.equal(320);
  });

  afterEach(async () => {
    unmountAll();
    await trySetViewport(initial.width, initial.height);
  });

  itChecksEveryWidget();
  itFitsTheViewport();

  it('<ketamine-route-table> shows each route as a card', async () => {
    const spec = WIDGETS.find((w) => w.tag === 'ketamine-route-table')!;
    const { el } = await mountWidget(spec);
    expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).display).to.equal('block');
  });

  it('<ketamine-approval-badge> explanation stays in the viewport, embedded as in the README', async () => {
    const badge = await badgeIn('<p>Esketamine for treatment-resistant depression: <ketamine-approval-badge use="treatment-resistant-depression"></ketamine-approval-badge></p>');
    expectFitsViewport(badge, 'explanation open');
  });

  it('<ketamine-approval-badge> explanation stays in the viewport, badge after a short label', async () => {
    const badge = await badgeIn('<p>FDA status: <ketamine-approval-badge use="treatment-resistant-depression"></ketamine-approval-badge></p>');
    expectFitsViewport(badge, 'explanation open');
  });

  // Regression (fixed in 32eb120): <ketamine-approval-badge> at a 320px viewport, when the badge is not at the start of its line (here at the end
  // of a right-aligned line, as in a right-aligned table cell or header): the toggletip is anchored at the badge's
  // start edge (`inset-inline-start: 0`) and only its width is capped (`max-width: min(22rem, 100vw - 2rem)`), so the
  // opened explanation spans x=92..380px and the page scrolls sideways (scrollWidth 380px). It needs to shift back
  // into the viewport (or be anchored to the line start/end that has room).
  it('<ketamine-approval-badge> explanation stays in the viewport, badge at the end of a right-aligned line', async () => {
    const badge = await badgeIn('<p style="text-align: right"><ketamine-approval-badge use="ptsd"></ketamine-approval-badge></p>');
    expectFitsViewport(badge, 'explanation open');
  });
});
