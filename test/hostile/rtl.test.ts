/**
 * "Embed anywhere": a right-to-left host page (`<html dir="rtl" lang="ar">`). The widgets' content is
 * English (their dataset's locale) but they sit in a right-to-left page: they inherit `direction: rtl`
 * and lay out from the right, as the page around them does, and stay readable.
 */
import { expect } from '@open-wc/testing';
import { shadow } from '../helpers.js';
import { WIDGETS, chevronHorizontalSign, expectShown, itChecksEveryWidget, mountWidget, overflowing, unmountAll, type Widget } from './host-page.js';

/** Fixed slot width, as in the other host pages. */
const WIDTH = '700px';
/** The route table shows cards up to 58em and its table layout (bars beside their figures) from 64em: give it room for the table. */
const widthOf = (tag: string) => (tag === 'ketamine-route-table' ? '1100px' : WIDTH);

const rect = (node: Element) => node.getBoundingClientRect();
const q = (el: Widget, selector: string) => {
  const found = shadow(el).querySelector(selector);
  if (!found) throw new Error(`${el.localName}: nothing matches ${selector}`);
  return found;
};

/** The right edge of a node's content box (inside its padding and border). */
function contentRight(node: Element): number {
  const style = getComputedStyle(node);
  return rect(node).right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
}

/** The right end of the first line of text in `node` (a line may hold several bidi runs). */
function firstLineRight(node: Element): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const top = Math.min(...rects.map((r) => r.top));
  return Math.max(...rects.filter((r) => Math.abs(r.top - top) < 2).map((r) => r.right));
}

/** The right end of each line of text in `node`, top to bottom. */
function lineRights(node: Element): number[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  const lines = new Map<number, number>();
  for (const r of range.getClientRects()) {
    if (r.width <= 0) continue;
    const top = [...lines.keys()].find((t) => Math.abs(t - r.top) < 2) ?? r.top;
    lines.set(top, Math.max(lines.get(top) ?? -Infinity, r.right));
  }
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, right]) => right);
}

/** Where the last character of `node`'s text is drawn, and the word before it. */
function lastCharacterAndWord(node: Element): { char: DOMRect; word: DOMRect; text: string } {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let last: Text | undefined;
  while (walker.nextNode()) if ((walker.currentNode as Text).data.trim()) last = walker.currentNode as Text;
  const data = last!.data.trimEnd();
  const range = (start: number, end: number) => {
    const r = document.createRange();
    r.setStart(last!, start);
    r.setEnd(last!, end);
    return r.getBoundingClientRect();
  };
  const wordStart = data.slice(0, -1).search(/\S+$/);
  return { char: range(data.length - 1, data.length), word: range(wordStart, data.length - 1), text: data.slice(wordStart) };
}

/** What "lays out right to left" means for each widget: where its pieces sit. */
const RTL_LAYOUT: Record<string, (el: Widget) => void> = {
  'ketamine-faq': (el) => {
    const button = q(el, '[part="question"]');
    const text = q(el, '[part~="question-text"]');
    const chevron = q(el, '[part="indicator"]');
    expect(rect(text).right, 'question text starts at the right').to.be.closeTo(contentRight(button), 1.5);
    expect(rect(chevron).right, 'chevron on the left, after the text').to.be.at.most(rect(text).left + 0.5);
    expect(rect(q(el, '[part="toggle-all"]')).right, '"Show all" left of the search box').to.be.at.most(rect(q(el, '[part="search"]')).left + 0.5);
  },
  'ketamine-side-effects': (el) => {
    // Where the effect's name starts in its button: its own test below.
    const heading = q(el, '[part~="emergency"] > [part="care-heading"]');
    expect(rect(heading.querySelector('[part="emergency-icon"]')!).right, 'care card icon at the right, before its title').to.be.closeTo(contentRight(heading), 1.5);
    expectAlignedWithPage(q(el, '[part="care-advice"]'), 'care advice starts at the right');
    expectAlignedWithPage(q(el, '[part="figure-text"]'), 'figure text starts at the right');
    const bar = q(el, '[part="bar"]');
    expect(rect(bar).right, 'frequency bar grows from the right').to.be.closeTo(contentRight(bar.parentElement!), 1.5);
  },
  'ketamine-route-table': (el) => {
    const row = q(el, 'tbody tr');
    const th = row.querySelector('th')!;
    const firstCell = row.querySelector('td')!;
    expect(rect(th).left, 'route name is the rightmost column').to.be.at.least(rect(firstCell).right - 0.5);
    expectAlignedWithPage(q(el, 'caption'), 'caption starts at the right');
  },
  'ketamine-uses': (el) => {
    const [ketamine, esketamine] = shadow(el).querySelectorAll('[part="statuses"] > *');
    expect(rect(esketamine).right, 'second status left of the first').to.be.at.most(rect(ketamine).left + 0.5);
    expectAlignedWithPage(q(el, '[part="summary"]'), 'summary starts at the right');
  },
  'ketamine-sources': (el) => {
    const list = getComputedStyle(q(el, '[part="list"]'));
    expect(parseFloat(list.paddingRight), 'list markers on the right').to.be.greaterThan(0);
    expect(parseFloat(list.paddingLeft)).to.equal(0);
    expectAlignedWithPage(q(el, '[part="group-about"]'), 'text starts at the right');
  },
  'ketamine-approval-badge': (el) => {
    expect(rect(q(el, '[part="icon"]')).left, 'status icon right of its label').to.be.at.least(rect(q(el, '[part="label"]')).right - 0.5);
    expect(rect(q(el, '[part="info-button"]')).right, '(i) button after (left of) the status').to.be.at.most(rect(q(el, '[part="base"]')).left + 0.5);
  },
};

/**
 * English text in a right-to-left page: the layout around it mirrors, but each paragraph keeps its own
 * left-to-right order (unicode-bidi: plaintext), so its punctuation stays at the end (tested below).
 */
function expectAlignedWithPage(node: Element, label: string) {
  expect(getComputedStyle(node).unicodeBidi, `${label}: its own text direction`).to.equal('plaintext');
  expect(firstLineRight(node), `${label}: inside its box`).to.be.at.most(contentRight(node) + 0.5);
}

/** +1 if a `linear-gradient` runs to the right, -1 to the left (mirrored by the element's transform, if any). */
function gradientHorizontalSign(node: Element): number {
  const style = getComputedStyle(node);
  const image = style.backgroundImage;
  let sign = 1; // the default direction, "to bottom", has no horizontal part; the bars all give one
  const to = /linear-gradient\(\s*to (left|right)/.exec(image);
  const angle = /linear-gradient\(\s*(-?[\d.]+)(deg|turn|rad)/.exec(image);
  if (to) sign = to[1] === 'right' ? 1 : -1;
  else if (angle) {
    const radians = angle[2] === 'deg' ? (Number(angle[1]) * Math.PI) / 180 : angle[2] === 'turn' ? Number(angle[1]) * 2 * Math.PI : Number(angle[1]);
    sign = Math.sign(Math.sin(radians));
  }
  const matrix = /matrix\(([^,]+)/.exec(style.transform);
  return matrix ? sign * Math.sign(Number(matrix[1])) : sign;
}

/** Text blocks of each widget whose lines must start at the right in a right-to-left page (tested below). */
const RTL_TEXT: Record<string, string[]> = {
  'ketamine-faq': ['[part~="question-text"]'],
  'ketamine-side-effects': ['[part="care-advice"]', '[part="figure-text"]'],
  'ketamine-route-table': ['[part="caption"]'],
  'ketamine-uses': ['[part="summary"]'],
  'ketamine-sources': ['[part="group-about"]'],
  'ketamine-approval-badge': ['[part="label"]'],
};



describe('host page: right-to-left (dir="rtl", lang="ar")', () => {
  let saved: { dir: string | null; lang: string | null };

  beforeEach(() => {
    const html = document.documentElement;
    saved = { dir: html.getAttribute('dir'), lang: html.getAttribute('lang') };
    html.dir = 'rtl';
    html.lang = 'ar';
  });

  afterEach(() => {
    unmountAll();
    const html = document.documentElement;
    for (const [name, value] of Object.entries(saved)) {
      if (value === null) html.removeAttribute(name);
      else html.setAttribute(name, value);
    }
  });

  itChecksEveryWidget({ mount: () => ({ width: WIDTH }) });

  for (const spec of WIDGETS) {
    it(`<${spec.tag}> lays out right to left: direction rtl inside its shadow root, its pieces from the right`, async () => {
      const { el } = await mountWidget(spec, { width: widthOf(spec.tag) });
      for (const node of shadow(el).querySelectorAll(spec.content)) expect(getComputedStyle(node).direction).to.equal('rtl');
      RTL_LAYOUT[spec.tag](el);
    });

    it(`<${spec.tag}> text lines start at the right, as the page's do`, async function () {
      const { el } = await mountWidget(spec, { width: WIDTH });
      for (const selector of RTL_TEXT[spec.tag]) {
        const node = q(el, selector);
        const right = contentRight(node);
        const gaps = lineRights(node).map((r) => Math.round(right - r));
        expect(gaps.length, `${selector} lines`).to.be.greaterThan(0);
        expect(gaps, `${selector}: each line's distance from its box's right edge`).to.satisfy((all: number[]) => all.every((gap) => Math.abs(gap) <= 1));
      }
    });

    it(`<${spec.tag}> stays inside its slot, closed and opened`, async () => {
      const { el, slot } = await mountWidget(spec, { width: WIDTH });
      const box = rect(slot);
      expect(overflowing(el, box.left, box.right), 'closed').to.deep.equal([]);
      await spec.open?.(el);
      expect(overflowing(el, box.left, box.right), 'opened').to.deep.equal([]);
    });
  }

  // Regression (fixed in 32eb120): every widget in a right-to-left page, with its English (bundled) dataset: the widgets' text inherits the
  // page's RTL base direction although the content is `lang="en"`, so the Unicode bidi algorithm moves sentence-final
  // punctuation to the left end of the line: the disclaimer renders as ".care" on its last line, with the full stop
  // at the far left, ~640px from "care" (and likewise any paragraph or label that ends in punctuation). Suggested fix
  // that keeps the right-to-left layout the tests above expect: `unicode-bidi: plaintext` (or `dir="auto"`) on the
  // text blocks, or the dataset locale's direction on the text (`dir="ltr"` for `en`), the layout following the page.
  // The full stop's centre is compared with the word's end: WebKitGTK reports whole-pixel range boxes, and a full stop
  // kerned into the word overlaps it by a pixel there (it was skipped in WebKit for that, believed a bidi failure).
  it('English sentences in the widgets keep their final full stop after their last word', async () => {
    for (const spec of WIDGETS) {
      const { el } = await mountWidget(spec, { width: WIDTH });
      await spec.open?.(el);
      const paragraph = q(el, '[part="disclaimer"]');
      expectShown(paragraph, `<${spec.tag}> disclaimer, opened`);
      const { char, word, text } = lastCharacterAndWord(paragraph);
      const centre = char.left + char.width / 2;
      expect(centre, `<${spec.tag}> "${text}": full stop drawn ${centre < word.left ? 'left' : 'right'} of "${text.slice(0, -1)}"`).to.be.at.least(word.right - 0.5);
      unmountAll();
    }
  });

  // Regression (fixed 2026-12-02): under `unicode-bidi: plaintext`, `text-align: start` followed the English text (left).
  it('<ketamine-side-effects> effect names start at the right, next to their chevron', async () => {
    const spec = WIDGETS.find((w) => w.tag === 'ketamine-side-effects')!;
    const { el } = await mountWidget(spec, { width: WIDTH });
    const toggle = q(el, '[part="toggle"]');
    const chevron = getComputedStyle(toggle, '::before');
    expect(parseFloat(chevron.right), 'chevron at the right (inline start)').to.be.below(parseFloat(chevron.left));
    // The line (name, then "about N in 10 people", an English line) ends at the right edge, next to the chevron.
    const lineEnd = Math.max(...[...toggle.querySelectorAll('[part="name"], [part="frequency"]')].map((part) => rect(part).right));
    expect(lineEnd, 'effect line starts at the right').to.be.closeTo(contentRight(toggle), 1.5);
  });

  it('<ketamine-faq> chevron points down when closed and up when open, as in a left-to-right page', async () => {
    const spec = WIDGETS.find((w) => w.tag === 'ketamine-faq')!;
    const { el } = await mountWidget(spec, { width: WIDTH });
    const chevron = q(el, '[part="indicator"]');
    expect(chevronHorizontalSign(getComputedStyle(chevron).transform)).to.equal(0);
    (q(el, '[part="question"]') as HTMLElement).click();
    await el.updateComplete;
    expect(chevronHorizontalSign(getComputedStyle(q(el, '[part="indicator"]')).transform)).to.equal(0);
  });

  // Regression (fixed in 32eb120): <ketamine-uses> in a right-to-left page: the collapsed "Evidence and sources" chevron (`::before`, drawn with
  // physical `border-right`/`border-bottom` and `rotate(-45deg)`) still points right, i.e. backwards in RTL; a
  // disclosure's closed marker points in the reading direction (as `<details>`' ▸ becomes ◂ in RTL).
  it('<ketamine-uses> collapsed evidence chevron points to the inline end (left)', async () => {
    const spec = WIDGETS.find((w) => w.tag === 'ketamine-uses')!;
    const { el } = await mountWidget(spec, { width: WIDTH });
    const toggle = q(el, '[part="evidence-toggle"]');
    expect(chevronHorizontalSign(getComputedStyle(toggle, '::before').transform)).to.equal(-1);
  });

  // Regression (fixed in 32eb120): <ketamine-route-table highlight="iv"> in a right-to-left page: the highlighted row's accent bar is
  // `box-shadow: inset 0.3rem 0 0` on the route-name cell, a physical left-side shadow, so in RTL it is drawn on the
  // left edge of that cell (between it and the next column) instead of at the row's start, on the right.
  it('<ketamine-route-table> draws the highlighted row\'s accent bar on the inline-start (right) side', async () => {
    const spec = WIDGETS.find((w) => w.tag === 'ketamine-route-table')!;
    const { el } = await mountWidget(spec, { width: widthOf(spec.tag) });
    const shadowValue = getComputedStyle(q(el, '[part~="highlighted"] > th')).boxShadow;
    const [, x] = /(-?[\d.]+)px\s+(-?[\d.]+)px/.exec(shadowValue) ?? [];
    expect(Number(x), `box-shadow ${shadowValue}`).to.be.below(0);
  });

  // Regression (fixed in 32eb120): <ketamine-side-effects show-frequency> in a right-to-left page: a range figure's bar (e.g. "61–75%") is
  // solid up to the low end and lighter from low to high, drawn with `linear-gradient(to right, …)`. In RTL the bar
  // grows from the right, but the gradient still runs left to right, so the lighter part sits at the bar's start
  // (near 0%) instead of at its far end: the range reads backwards.
  it('<ketamine-side-effects> range bars are solid from the inline start (right) in RTL', async () => {
    const spec = WIDGETS.find((w) => w.tag === 'ketamine-side-effects')!;
    const { el } = await mountWidget(spec, { width: WIDTH });
    const ranges = [...shadow(el).querySelectorAll<HTMLElement>('[part="bar"]')].filter((bar) => parseFloat(bar.style.getPropertyValue('--_solid')) < 100);
    expect(ranges.length, 'range figures in the data').to.be.greaterThan(0);
    for (const bar of ranges) expect(gradientHorizontalSign(bar), getComputedStyle(bar).backgroundImage).to.equal(-1);
  });
});
