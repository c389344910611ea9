/**
 * "Embed anywhere": 200% zoom. A test cannot set the browser's zoom level, so it is emulated:
 *  - page zoom at 200% on a 1280px-wide window lays the page out in a 640 CSS px viewport: setViewport(640);
 *  - text zoom / "resize text to 200%" (WCAG 1.4.4) doubles the default font size, which also doubles `rem`:
 *    `<html style="font-size: 200%">`, so the widgets' hosts inherit 32px.
 * Together that is stricter than either alone: twice the text in half the room. setViewport throws in WebDriver
 * sessions (WebKitGTK here), so this page is skipped there.
 */
import { expect } from '@open-wc/testing';
import { shadow } from '../helpers.js';
import { WIDGETS, badgeIn, itChecksEveryWidget, itFitsTheViewport, mountWidget, trySetViewport, unmountAll } from './host-page.js';

describe('host page: 200% zoom (640px viewport, 200% font size)', () => {
  const initial = { width: window.innerWidth, height: window.innerHeight };
  let fontSize = '';

  before(async function () {
    // setViewport throws in WebDriver sessions (WebKitGTK): the whole page is skipped there.
    if (!(await trySetViewport(640, 400))) this.skip();
    await trySetViewport(initial.width, initial.height);
  });

  beforeEach(async () => {
    await trySetViewport(640, 400);
    fontSize = document.documentElement.style.fontSize;
    document.documentElement.style.fontSize = '200%';
  });

  afterEach(async () => {
    unmountAll();
    document.documentElement.style.fontSize = fontSize;
    await trySetViewport(initial.width, initial.height);
  });

  it('emulates 200%: a 640px viewport and 32px text', async () => {
    expect(window.innerWidth).to.equal(640);
    const { el } = await mountWidget(WIDGETS[0]);
    expect(getComputedStyle(el).fontSize).to.equal('32px');
  });

  itChecksEveryWidget({ minFontSize: 24 });
  itFitsTheViewport();

  it('<ketamine-route-table> shows each route as a card (the 58em breakpoint is 1856px at 200% text)', async () => {
    const spec = WIDGETS.find((w) => w.tag === 'ketamine-route-table')!;
    const { el } = await mountWidget(spec);
    expect(getComputedStyle(shadow(el).querySelector('tbody tr')!).display).to.equal('block');
  });

  it('<ketamine-approval-badge> explanation stays in the viewport, embedded as in the README', async () => {
    const badge = await badgeIn('<p>Esketamine for treatment-resistant depression: <ketamine-approval-badge use="treatment-resistant-depression"></ketamine-approval-badge></p>');
    expect(shadow(badge).querySelector('[part="explanation"]')!.getBoundingClientRect().right).to.be.at.most(640);
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
  });
});
