// Hydrate support must load before Lit: the server-rendering tests below hydrate a server-rendered FAQ.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { bundledDataset } from '../src/data/full.js';
import type { Dataset } from '../src/data/types.js';
import '../src/faq/faq.js';
import type { FaqToggleDetail, KetamineFaq } from '../src/faq/faq.js';
import { cloneDataset, emulateMedia, expectNotFound, resetMedia, shadow, textOf, unresolvedIdReferences } from './helpers.js';

const faqData = bundledDataset.faq;

async function faq(template = html`<ketamine-faq></ketamine-faq>`): Promise<KetamineFaq> {
  const el = await fixture<KetamineFaq>(template);
  await el.updateComplete;
  return el;
}

const questions = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('[part="question"]')];
const question = (el: HTMLElement, id: string) => shadow(el).getElementById(`q-${id}`)!;
const item = (el: HTMLElement, id: string) => question(el, id).parentElement as HTMLDetailsElement;
const answer = (el: HTMLElement, id: string) => shadow(el).getElementById(`a-${id}`);
const isOpen = (el: HTMLElement, id: string) => item(el, id).open && !!answer(el, id)?.checkVisibility() && answer(el, id)!.getBoundingClientRect().height > 0;
const toggleAll = (el: HTMLElement) => shadow(el).querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
const shownIds = (el: HTMLElement) => questions(el).map((b) => b.id.replace(/^q-/, ''));
const idle = () => new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(resolve, { timeout: 1000 }) : setTimeout(resolve, 100)));

/** A dataset of `count` generated questions (for what only shows at size). */
function generated(count: number): Dataset {
  const data = cloneDataset();
  const source = data.sources[0].id;
  data.faq = Array.from({ length: count }, (_, i) => ({
    id: `generated-${i}`,
    question: `Generated question number ${i}?`,
    answer: [`Generated answer ${i}, about topic ${i % 7}.`],
    topics: ['basics'],
    sources: [source],
  }));
  return data;
}

afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await resetMedia();
});

describe('<ketamine-faq>: the disclosure pattern', () => {
  it('shows every question of the dataset, collapsed, in order', async () => {
    const el = await faq();
    expect(shownIds(el)).to.deep.equal(faqData.map((q) => q.id));
    for (const q of faqData) expect(isOpen(el, q.id), q.id).to.be.false;
    expect(textOf(questions(el)[0])).to.equal(faqData[0].question);
  });

  it('makes each question a native <summary> holding a heading, so it works before and without JavaScript', async () => {
    const el = await faq();
    for (const summary of questions(el)) {
      expect(summary.localName).to.equal('summary');
      expect(summary.parentElement!.localName).to.equal('details');
      const heading = summary.querySelector('[role="heading"]')!;
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(textOf(heading)).to.equal(textOf(summary));
    }
    expect(unresolvedIdReferences(shadow(el))).to.deep.equal([]);
  });

  it('labels answers as regions only when at most 6 are shown (APG: no landmark flood)', async function () {
    this.timeout(30000); // axe over every open answer is slow in WebKit on a busy machine
    const many = await faq();
    many.showAll();
    await many.updateComplete;
    expect(faqData.length).to.be.greaterThan(6);
    expect(shadow(many).querySelectorAll('[role="region"]')).to.have.length(0);
    await expect(many).to.be.accessible();

    const few = await faq(html`<ketamine-faq limit="3"></ketamine-faq>`);
    few.showAll();
    await few.updateComplete;
    const regions = [...shadow(few).querySelectorAll('[role="region"]')];
    expect(regions).to.have.length(3);
    for (const region of regions) expect(shadow(few).getElementById(region.getAttribute('aria-labelledby')!)!.localName).to.equal('summary');
    expect(unresolvedIdReferences(shadow(few))).to.deep.equal([]);
  });

  it('sets the heading level from `heading-level`, clamped to 2-6', async () => {
    for (const [value, level] of [['5', '5'], ['2', '2'], ['1', '2'], ['9', '6'], ['x', '3']]) {
      const el = await faq(html`<ketamine-faq heading-level=${value} limit="1"></ketamine-faq>`);
      expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level'), value).to.equal(level);
    }
  });

  it('opens and closes an answer on click', async () => {
    const el = await faq();
    const id = faqData[2].id;
    question(el, id).click();
    await el.updateComplete;
    expect(isOpen(el, id)).to.be.true;
    expect(textOf(answer(el, id))).to.contain(faqData[2].answer[0]);
    question(el, id).click();
    await el.updateComplete;
    expect(isOpen(el, id)).to.be.false;
  });

  it('collapsed answers take no space, before and after they are rendered', async () => {
    const el = await faq(html`<ketamine-faq limit="5"></ketamine-faq>`);
    const gap = (id: string) => item(el, id).getBoundingClientRect().height - question(el, id).getBoundingClientRect().height;
    for (const id of shownIds(el)) expect(gap(id), id).to.be.at.most(1.5); // the 1px border between questions
    await idle();
    await el.updateComplete;
    for (const id of shownIds(el)) expect(gap(id), id).to.be.at.most(1.5);
    el.toggle(shownIds(el)[1], true);
    await el.updateComplete;
    expect(gap(shownIds(el)[1])).to.be.greaterThan(20);
  });

  it('renders an answer when first opened (large FAQs), and keeps it', async () => {
    const el = await faq(html`<ketamine-faq .data=${generated(150)}></ketamine-faq>`);
    await idle();
    expect(answer(el, 'generated-5')).to.be.null;
    question(el, 'generated-5').click();
    await el.updateComplete;
    expect(textOf(answer(el, 'generated-5'))).to.contain('Generated answer 5,');
    question(el, 'generated-5').click();
    await el.updateComplete;
    expect(answer(el, 'generated-5')).to.exist;
    expect(item(el, 'generated-5').open).to.be.false;
  });

  it('lays out closed questions after the 40th only as they come near the view, then at their own size; open ones and printed ones always', async function () {
    const el = await faq(html`<ketamine-faq .data=${generated(60)}></ketamine-faq>`);
    const visibility = (id: string) => getComputedStyle(item(el, id)).contentVisibility;
    if (visibility('generated-0') === undefined) this.skip(); // no content-visibility in this engine
    expect(visibility('generated-39')).to.equal('visible');
    expect(visibility('generated-40')).to.equal('auto');
    // In view (after the frame that lays it out), a closed question takes its own height: no gap below it.
    question(el, 'generated-50').scrollIntoView();
    await new Promise<void>((resolve) => {
      const observer = new ResizeObserver(() => (observer.disconnect(), resolve()));
      observer.observe(document.body);
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const gap = item(el, 'generated-50').getBoundingClientRect().height - question(el, 'generated-50').getBoundingClientRect().height;
    expect(gap).to.be.at.most(1.5);
    el.toggle('generated-55', true);
    await el.updateComplete;
    expect(visibility('generated-55')).to.equal('visible');
    if (await emulateMedia([], 'print')) {
      try {
        expect(visibility('generated-59')).to.equal('visible');
      } finally {
        await resetMedia();
      }
    }
  });

  it('follows answers the browser opens by itself (find-in-page)', async () => {
    const el = await faq(html`<ketamine-faq limit="3"></ketamine-faq>`);
    const id = faqData[1].id;
    item(el, id).open = true; // what find-in-page does to a <details> holding the match
    await oneEvent(item(el, id), 'toggle');
    await el.updateComplete;
    expect(isOpen(el, id)).to.be.true;
    expect(el.openQuestionIds).to.deep.equal([id]);
  });
});

describe('<ketamine-faq>: alignment', () => {
  // A long question wraps: its first line must start at the start edge, not be centred.
  const longQuestion = 'Is this a long question that has to wrap onto several lines on a narrow screen, to show its alignment?';
  async function wrapped(dir: 'ltr' | 'rtl') {
    const data = cloneDataset();
    data.faq[0].question = longQuestion;
    const host = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width: 260px; text-align: center"><ketamine-faq limit="1" .data=${data}></ketamine-faq></div>`);
    const el = host.querySelector('ketamine-faq')!;
    await el.updateComplete;
    return el;
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`start-aligns questions that wrap (${dir}), even in a centred host`, async () => {
      const el = await wrapped(dir);
      const summary = questions(el)[0];
      expect(getComputedStyle(summary).textAlign).to.be.oneOf(['start', dir === 'ltr' ? 'left' : 'right']);
      const heading = summary.querySelector('[role="heading"]')!;
      const range = document.createRange();
      range.selectNodeContents(heading);
      const lines = [...range.getClientRects()];
      expect(lines.length, 'the question wraps').to.be.greaterThan(1);
      const box = heading.getBoundingClientRect();
      // Each line but the last fills the line box; the last sits against the start edge.
      const last = lines[lines.length - 1];
      if (dir === 'ltr') expect(last.left - box.left).to.be.below(2);
      else expect(box.right - last.right).to.be.below(2);
    });
  }
});

describe('<ketamine-faq>: keyboard', () => {
  it('Tab moves between questions; Enter and Space toggle', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><ketamine-faq limit="3"></ketamine-faq></div>`);
    const el = host.querySelector('ketamine-faq')!;
    await el.updateComplete;
    host.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' }); // "Show all answers"
    expect(shadow(el).activeElement).to.equal(toggleAll(el));
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(questions(el)[0]);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(questions(el)[1]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(isOpen(el, faqData[1].id)).to.be.true;
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(isOpen(el, faqData[1].id)).to.be.false;
  });

  it('Up, Down, Home and End move between questions', async () => {
    const el = await faq(html`<ketamine-faq limit="4"></ketamine-faq>`);
    const buttons = questions(el);
    buttons[0].focus();
    const focused = () => buttons.indexOf(shadow(el).activeElement as HTMLElement);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(1);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(3);
    await sendKeys({ press: 'ArrowDown' }); // wraps
    expect(focused()).to.equal(0);
    await sendKeys({ press: 'ArrowUp' }); // wraps
    expect(focused()).to.equal(3);
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(0);
  });
});

describe('<ketamine-faq>: show all, single', () => {
  it('"Show all answers" opens every answer, then reads "Hide all answers"', async () => {
    const el = await faq(html`<ketamine-faq topics="cost"></ketamine-faq>`);
    const button = toggleAll(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(button)).to.equal('Show all answers');
    button.click();
    await el.updateComplete;
    for (const id of shownIds(el)) expect(isOpen(el, id), id).to.be.true;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(button)).to.equal('Hide all answers');
    button.click();
    await el.updateComplete;
    for (const id of shownIds(el)) expect(isOpen(el, id), id).to.be.false;
    expect(textOf(button)).to.equal('Show all answers');
  });

  it('reads "Hide all answers" once the reader has opened each answer by hand', async () => {
    const el = await faq(html`<ketamine-faq limit="2"></ketamine-faq>`);
    for (const button of questions(el)) button.click();
    await el.updateComplete;
    expect(toggleAll(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('`single` keeps one answer open and has no "Show all"', async () => {
    const el = await faq(html`<ketamine-faq single limit="3"></ketamine-faq>`);
    expect(toggleAll(el)).to.be.null;
    const [a, b] = shownIds(el);
    question(el, a).click();
    await el.updateComplete;
    question(el, b).click();
    await el.updateComplete;
    expect(isOpen(el, b)).to.be.true;
    expect(isOpen(el, a)).to.be.false;
  });
});

describe('<ketamine-faq>: ketamine-faq-toggle', () => {
  it('fires before the change with { id, open }, bubbling out of the widget', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><ketamine-faq limit="2"></ketamine-faq></div>`);
    const el = host.querySelector('ketamine-faq')!;
    await el.updateComplete;
    const id = faqData[0].id;
    let openWhenFired: boolean | undefined;
    host.addEventListener('ketamine-faq-toggle', () => (openWhenFired = item(el, id).open), { once: true });
    const event = oneEvent(host, 'ketamine-faq-toggle');
    question(el, id).click();
    const { detail, cancelable, composed } = (await event) as CustomEvent<FaqToggleDetail>;
    expect(detail).to.deep.equal({ id, open: true });
    expect(cancelable && composed).to.be.true;
    expect(openWhenFired).to.be.false;
  });

  it('is cancelable: preventDefault() keeps the answer as it was', async () => {
    const el = await faq(html`<ketamine-faq limit="2"></ketamine-faq>`);
    el.addEventListener('ketamine-faq-toggle', (e) => e.preventDefault());
    question(el, faqData[0].id).click();
    await el.updateComplete;
    expect(item(el, faqData[0].id).open).to.be.false;
  });
});

describe('<ketamine-faq>: choosing questions', () => {
  it('`topics` shows questions with any of the topics', async () => {
    const el = await faq(html`<ketamine-faq topics="depression,cost"></ketamine-faq>`);
    const expected = faqData.filter((q) => q.topics.includes('depression') || q.topics.includes('cost')).map((q) => q.id);
    expect(expected.length).to.be.greaterThan(3);
    expect(shownIds(el)).to.deep.equal(expected);
  });

  it('`questions` picks questions in the given order', async () => {
    const el = await faq(html`<ketamine-faq questions="cost, what-is-ketamine ,insurance"></ketamine-faq>`);
    expect(shownIds(el)).to.deep.equal(['cost', 'what-is-ketamine', 'insurance']);
  });

  it('`limit` caps the count', async () => {
    const el = await faq(html`<ketamine-faq limit="4"></ketamine-faq>`);
    expect(shownIds(el)).to.deep.equal(faqData.slice(0, 4).map((q) => q.id));
  });

  it('an unknown question id or topic shows the error state and fires ketamine-error', async () => {
    await expectNotFound('ketamine-faq', 'questions', 'cost,nope', 'Unknown question id(s): nope.');
    await expectNotFound('ketamine-faq', 'topics', 'cost,hair', 'Unknown topic(s): hair.');
  });
});

describe('<ketamine-faq>: search', () => {
  const input = (el: KetamineFaq) => shadow(el).querySelector<HTMLInputElement>('[part="search-input"]')!;
  const type = async (el: KetamineFaq, text: string) => {
    input(el).focus();
    input(el).select();
    await sendKeys({ type: text });
    await el.updateComplete;
  };
  /** Sets the query as typing would, without the keyboard (faster, for many queries). */
  const search = async (el: KetamineFaq, text: string) => {
    input(el).value = text;
    input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    return shownIds(el);
  };
  const status = (el: HTMLElement) => shadow(el).querySelector('[part="search-status"]')!;
  const textOfItem = (id: string) => {
    const q = faqData.find((x) => x.id === id)!;
    return `${q.question} ${q.answer.join(' ')}`.toLowerCase();
  };

  it('has a labelled search box and a polite status, empty at first', async () => {
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    expect(input(el).labels![0].textContent!.trim()).to.equal('Search the questions and answers');
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(textOf(status(el))).to.equal('');
  });

  it('filters questions and answers as you type and announces the count', async () => {
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    await type(el, 'telehealth');
    const shown = shownIds(el);
    expect(shown.length).to.be.greaterThan(0);
    expect(shown.length).to.be.lessThan(faqData.length);
    for (const id of shown) expect(textOfItem(id), id).to.contain('telehealth');
    expect(textOf(status(el))).to.equal(`${shown.length} question${shown.length === 1 ? ' matches' : 's match'}`);
    await expect(el).to.be.accessible();
  });

  it('a search shows each question open or closed as the reader left it (the <details> are reused for other questions)', async () => {
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    await idle();
    questions(el)[1].click();
    await el.updateComplete;
    const opened = shownIds(el)[1];
    // A query whose matches put other questions where the opened one was.
    const shown = await search(el, 'insurance');
    expect(shown[1]).to.not.equal(opened);
    for (const id of shown) expect(item(el, id).open, id).to.equal(id === opened);
    for (const id of shown) expect(item(el, id).getAttribute('part'), id).to.equal(id === opened ? 'item open' : 'item');
    expect(el.openQuestionIds).to.deep.equal([opened]);
  });

  it('finds what readers type: "spravato cost", "ketamine depression", "ketamine for anxiety", "pregnant", "driving"', async () => {
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    for (const query of ['spravato cost', 'ketamine depression', 'ketamine for anxiety', 'pregnant', 'driving']) {
      expect(await search(el, query), query).to.not.be.empty;
    }
    for (const id of await search(el, 'pregnant')) expect(textOfItem(id), id).to.match(/pregnan/);
    for (const id of await search(el, 'driving')) expect(textOfItem(id), id).to.match(/\bdriv/);
    const everyDrive = faqData.filter((q) => /\bdriv/.test(textOfItem(q.id))).map((q) => q.id);
    expect(await search(el, 'driving')).to.deep.equal(everyDrive);
  });

  it('matches every word in any order, ignores stop words, and tolerates plurals and stems', async () => {
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    const both = await search(el, 'spravato cost');
    expect(await search(el, 'cost spravato')).to.deep.equal(both);
    expect(await search(el, 'SPRAVATO   costs')).to.deep.equal(both);
    expect(await search(el, 'ketamine for anxiety')).to.deep.equal(await search(el, 'ketamine anxiety'));
    expect(await search(el, 'what is the risk')).to.deep.equal(await search(el, 'risks'));
    // Every word must match: adding a word found nowhere leaves nothing.
    expect(await search(el, 'spravato qzxv')).to.deep.equal([]);
  });

  it("uses the dataset's synonym groups", async () => {
    const data = cloneDataset();
    data.searchSynonyms = [['zebra', 'telehealth']];
    const el = await faq(html`<ketamine-faq searchable .data=${data}></ketamine-faq>`);
    const telehealth = await search(el, 'telehealth');
    expect(telehealth).to.not.be.empty;
    expect(await search(el, 'zebras')).to.deep.equal(telehealth);
    const marks = [...shadow(el).querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
    expect(marks).to.include('telehealth');
  });

  it('uses the bundled synonyms with the bundled data (they load with the search code), and none with a dataset without them', async () => {
    const bundled = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    expect(bundledDataset.searchSynonyms!.some((group) => group.includes('afford') && group.includes('cost'))).to.be.true;
    const found = await search(bundled, 'afford');
    expect(found.filter((id) => !/afford/i.test(textOfItem(id))), 'found through a synonym').to.not.be.empty;
    const data = cloneDataset();
    delete data.searchSynonyms;
    const own = await faq(html`<ketamine-faq searchable .data=${data}></ketamine-faq>`);
    for (const id of await search(own, 'afford')) expect(textOfItem(id), id).to.match(/afford/i);
  });

  it('shows a highlighted snippet under a collapsed question whose answer matched', async () => {
    const data = cloneDataset();
    data.faq[0].answer = ['First paragraph without it.', 'Second paragraph: a zebra crossing, then more words after it.'];
    const el = await faq(html`<ketamine-faq searchable .data=${data}></ketamine-faq>`);
    expect(await search(el, 'zebra')).to.deep.equal([data.faq[0].id]);
    const snippet = question(el, data.faq[0].id).querySelector('[part="snippet"]')!;
    expect(textOf(snippet)).to.contain('a zebra crossing');
    expect([...snippet.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['zebra']);
    // Opened, the answer itself shows the highlight instead.
    question(el, data.faq[0].id).click();
    await el.updateComplete;
    expect(question(el, data.faq[0].id).querySelector('[part="snippet"]')).to.be.null;
    expect([...answer(el, data.faq[0].id)!.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['zebra']);
    await expect(el).to.be.accessible();
  });

  it('highlights matches as text, never HTML', async () => {
    const data = cloneDataset();
    data.faq[0].question = 'Is <b>ketamine</b> <img src=x onerror="window.__faqPwned=1"> safe?';
    const el = await faq(html`<ketamine-faq searchable .data=${data} limit="1"></ketamine-faq>`);
    await type(el, 'ketam');
    const marks = [...shadow(el).querySelectorAll('[role="heading"] mark')];
    expect(marks.map((m) => m.textContent)).to.deep.equal(['ketamine']);
    expect(shadow(el).querySelector('[part="question"] b, img')).to.be.null;
    expect(textOf(question(el, data.faq[0].id).querySelector('[role="heading"]'))).to.equal(data.faq[0].question);
    expect((window as unknown as { __faqPwned?: number }).__faqPwned).to.be.undefined;
  });

  it('highlights the right letters where lower-casing changes the length ("İ")', async () => {
    const data = cloneDataset();
    data.faq[0].question = 'İİİ İstanbul: is ketamine used there?';
    const el = await faq(html`<ketamine-faq searchable .data=${data} limit="1"></ketamine-faq>`);
    const marks = () => [...shadow(el).querySelectorAll('[role="heading"] mark')].map((m) => m.textContent);
    await search(el, 'ketamine');
    expect(marks()).to.deep.equal(['ketamine']);
    await search(el, 'istanbul');
    expect(marks()).to.deep.equal(['İstanbul']);
    await search(el, 'İİİ');
    expect(marks()).to.deep.equal(['İİİ']);
    expect(textOf(question(el, data.faq[0].id).querySelector('[role="heading"]'))).to.equal(data.faq[0].question);
  });

  it('says once when nothing matches, with a button that clears the search', async () => {
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    await type(el, 'qzxv'); // no doubled letters: WebKitGTK's WebDriver drops repeated keys
    expect(questions(el)).to.have.length(0);
    expect(textOf(status(el))).to.equal('No questions match “qzxv”.');
    expect(textOf(shadow(el)).split('No questions match')).to.have.length(2); // said once
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part="clear-search"]')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(faqData.map((q) => q.id));
    expect(input(el).value).to.equal('');
    expect(shadow(el).activeElement).to.equal(input(el));
    expect(textOf(status(el))).to.equal('');
  });

  it('renders long lists and many matches a page at a time, with "Show more questions"', async () => {
    const Faq = customElements.get('ketamine-faq') as unknown as { pageSize: { all: number; search: number } };
    const saved = Faq.pageSize;
    Faq.pageSize = { all: 10, search: 4 };
    try {
      const el = await faq(html`<ketamine-faq searchable .data=${generated(25)}></ketamine-faq>`);
      expect(shownIds(el)).to.have.length(10);
      const more = () => shadow(el).querySelector<HTMLButtonElement>('[part="show-more"]');
      expect(textOf(more())).to.equal('Show 10 more questions (15 not shown yet)');
      more()!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(20);
      expect(shadow(el).activeElement).to.equal(questions(el)[10]);
      // "Show all answers" opens the ones not rendered yet too: they appear open.
      toggleAll(el).click();
      await el.updateComplete;
      more()!.click();
      await el.updateComplete;
      expect(shownIds(el)).to.have.length(25);
      expect(more()).to.be.null;
      for (const id of shownIds(el)) expect(item(el, id).open, id).to.be.true;
      // A search starts again at one page of matches; the status counts them all.
      const matching = await search(el, 'generated');
      expect(matching).to.have.length(4);
      expect(textOf(status(el))).to.equal('25 questions match');
      await expect(el).to.be.accessible();
    } finally {
      Faq.pageSize = saved;
    }
  });

  it('on long lists, waits for a pause in typing before searching; updateComplete waits with it', async () => {
    const el = await faq(html`<ketamine-faq searchable .data=${generated(400)}></ketamine-faq>`);
    input(el).value = 'number 123';
    input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(shownIds(el)).to.have.length(400); // not yet
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['generated-123']);
  });

  it('the footer lists only the sources of the questions shown now', async () => {
    const el = await faq(html`<ketamine-faq searchable footer="full"></ketamine-faq>`);
    const listed = () => [...shadow(el).querySelectorAll('[part~="footer"] [part~="sources"] li')].length;
    const citedBy = (ids: string[]) => new Set(faqData.filter((q) => ids.includes(q.id)).flatMap((q) => q.sources)).size;
    expect(listed()).to.equal(citedBy(shownIds(el)));
    const shown = await search(el, 'telehealth');
    expect(shown.length).to.be.lessThan(faqData.length);
    expect(listed()).to.equal(citedBy(shown));
    expect(listed()).to.be.lessThan(citedBy(faqData.map((q) => q.id)));
  });
});

describe('<ketamine-faq>: deep links', () => {
  it('opens, focuses and scrolls to the question named by the URL hash', async () => {
    history.replaceState(null, '', '#insurance');
    const el = await faq();
    expect(isOpen(el, 'insurance')).to.be.true;
    expect(shadow(el).activeElement).to.equal(question(el, 'insurance'));
    expect(shownIds(el).filter((id) => item(el, id).open)).to.deep.equal(['insurance']);
  });

  it('follows hash changes', async () => {
    const el = await faq();
    location.hash = '#cost';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(isOpen(el, 'cost')).to.be.true;
  });

  it('ignores hashes that are not one of its questions', async () => {
    history.replaceState(null, '', '#main-content');
    const el = await faq();
    expect(shownIds(el).some((id) => item(el, id).open)).to.be.false;
  });

  it('ignores malformed hashes (#%, #%E0%A4%A), at load and on hashchange, without throwing', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      for (const hash of ['#%', '#%E0%A4%A']) {
        history.replaceState(null, '', hash);
        const el = await faq();
        expect(questions(el).length, hash).to.equal(faqData.length);
        location.hash = '#cost';
        await oneEvent(window, 'hashchange');
        location.hash = hash;
        await oneEvent(window, 'hashchange');
        await el.updateComplete;
        expect(isOpen(el, 'cost')).to.be.true;
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it("offers each question's link", async () => {
    const el = await faq(html`<ketamine-faq limit="2"></ketamine-faq>`);
    el.toggle(faqData[1].id, true);
    await el.updateComplete;
    const link = answer(el, faqData[1].id)!.querySelector('[part="permalink"]')!;
    expect(link.getAttribute('href')).to.equal(`#${faqData[1].id}`);
    expect(textOf(link)).to.equal('Link to this question');
    expect(link.getAttribute('aria-label')).to.equal(`Link to this question: ${faqData[1].question}`);
  });
});

describe('<ketamine-faq>: sources and safety text', () => {
  it("names each answer's sources inside the answer", async () => {
    const el = await faq(html`<ketamine-faq questions="fda-approved-for-depression"></ketamine-faq>`);
    const q = faqData.find((x) => x.id === 'fda-approved-for-depression')!;
    el.toggle(q.id, true);
    await el.updateComplete;
    const sources = answer(el, q.id)!.querySelector('[part~="item-sources"]')!;
    expect(textOf(sources)).to.contain(`Sources (${q.sources.length})`);
    for (const id of q.sources) {
      const source = bundledDataset.sources.find((s) => s.id === id)!;
      expect(textOf(sources)).to.contain(source.title);
      if (source.url) expect([...sources.querySelectorAll('a')].some((a) => a.getAttribute('href') === source.url), id).to.be.true;
    }
  });

  it('shows the crisis line with every answer about suicide, and once in the open when one is shown', async () => {
    const data = cloneDataset();
    data.meta.crisisLine = 'Crisis line from the data: call 000.';
    const el = await faq(html`<ketamine-faq .data=${data}></ketamine-faq>`);
    el.showAll();
    await el.updateComplete;
    for (const q of data.faq) expect(textOf(answer(el, q.id)).includes('Crisis line from the data: call 000.'), q.id).to.equal(!!q.crisis);
    expect(data.faq.some((q) => q.crisis)).to.be.true;
    el.hideAll();
    await el.updateComplete;
    const visible = [...shadow(el).querySelectorAll<HTMLElement>('[part~="crisis"]')].filter((c) => c.checkVisibility());
    expect(visible).to.have.length(1);
    const none = await faq(html`<ketamine-faq .data=${data} questions="cost"></ketamine-faq>`);
    expect(shadow(none).querySelector('[part~="crisis"]')).to.be.null;
  });

  it('marks answers backed only by marketing pages, only by articles, or by secondary sources', async () => {
    const data = cloneDataset();
    const marketing = data.sources.find((s) => s.kind === 'marketing');
    const article = data.sources.find((s) => s.kind === 'article');
    const label = data.sources.find((s) => s.kind === 'regulatory')!;
    const set = (id: string, sources: string[], confidence?: 'secondary') => {
      const q = data.faq.find((x) => x.id === id)!;
      q.sources = sources;
      delete q.confidence;
      if (confidence) q.confidence = confidence;
    };
    if (marketing) set('cost', [marketing.id]);
    if (marketing && article) set('insurance', [article.id, marketing.id]);
    set('routes', [label.id], 'secondary');
    set('what-is-ketamine', [label.id]);
    const el = await faq(html`<ketamine-faq .data=${data} questions="cost,insurance,routes,what-is-ketamine"></ketamine-faq>`);
    el.showAll();
    await el.updateComplete;
    const note = (id: string) => textOf(answer(el, id)!.querySelector('[part="confidence"]'));
    const strings = bundledDataset.strings!;
    if (marketing) expect(note('cost')).to.equal(strings['provenance.marketingOnly']);
    if (marketing && article) expect(note('insurance')).to.equal(strings['provenance.secondaryOnly']);
    expect(note('routes')).to.equal(strings['confidence.secondary']);
    expect(answer(el, 'what-is-ketamine')!.querySelector('[part="confidence"]')).to.be.null;
  });
});

describe('<ketamine-faq>: structured data', () => {
  const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

  it('adds one FAQPage JSON-LD script for the shown questions after the first paint, and removes it with the element', async () => {
    const el = await faq(html`<ketamine-faq structured-data topics="cost"></ketamine-faq>`);
    await waitUntil(() => scripts().length === 1, 'JSON-LD written');
    const script = scripts()[0];
    expect(script.parentElement).to.equal(el);
    expect(shadow(el).querySelector('script')).to.be.null;
    const json = JSON.parse(script.textContent!);
    expect(json['@type']).to.equal('FAQPage');
    const shown = faqData.filter((q) => q.topics.includes('cost'));
    expect(json.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(shown.map((q) => q.question));
    expect(json.mainEntity[0].acceptedAnswer.text).to.equal(shown[0].answer.join('\n\n'));

    el.topics = 'veterinary';
    await el.updateComplete;
    const veterinary = faqData.filter((q) => q.topics.includes('veterinary')).map((q) => q.question);
    await waitUntil(() => JSON.parse(scripts()[0].textContent!).mainEntity.length === veterinary.length, 'JSON-LD updated');
    expect(scripts()).to.have.length(1);
    expect(JSON.parse(scripts()[0].textContent!).mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(veterinary);

    el.remove();
    expect(scripts()).to.have.length(0);
  });

  it('follows the element when it is moved', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><div id="a"><ketamine-faq structured-data limit="2"></ketamine-faq></div><div id="b"></div></div>`);
    const el = host.querySelector('ketamine-faq')!;
    await el.updateComplete;
    await waitUntil(() => scripts().length === 1, 'JSON-LD written');
    host.querySelector('#b')!.append(el); // a framework moving it: disconnect, then connect
    await waitUntil(() => scripts().length === 1 && scripts()[0].parentElement === el, 'JSON-LD back after the move');
    expect(JSON.parse(scripts()[0].textContent!).mainEntity).to.have.length(2);
    el.remove();
  });

  it('adds nothing without the attribute, and escapes "<" so that text cannot end the script', async () => {
    await faq(html`<ketamine-faq limit="1"></ketamine-faq>`);
    await idle();
    expect(scripts()).to.have.length(0);
    const data = cloneDataset();
    data.faq[0].answer = ['</script><script>window.__ldPwned=1</script>'];
    const el = await faq(html`<ketamine-faq structured-data limit="1" .data=${data}></ketamine-faq>`);
    await waitUntil(() => scripts().length === 1, 'JSON-LD written');
    expect(scripts()[0].textContent).to.not.contain('</script>');
    expect(JSON.parse(scripts()[0].textContent!).mainEntity[0].acceptedAnswer.text).to.equal(data.faq[0].answer[0]);
    el.remove();
  });

  it("writes JSON-LD under Trusted Types (require-trusted-types-for 'script') without a violation, through the ketamine-widgets policy", async function () {
    const frame = document.createElement('iframe');
    const csp = "require-trusted-types-for 'script'; trusted-types lit-html ketamine-widgets";
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script>window.violations = []; document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
      window.addEventListener('error', (e) => violations.push('error ' + e.message));</script>
      <script type="module" src="/src/faq/faq.ts"></script></head>
      <body><ketamine-faq structured-data limit="2"></ketamine-faq></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { violations: string[]; trustedTypes?: unknown };
      if (!win.trustedTypes) this.skip(); // this engine has no Trusted Types
      // Enforced: a plain string into a script sink throws (and is reported; cleared below).
      expect(() => (win.document.createElement('script').textContent = 'void 0')).to.throw();
      await new Promise((resolve) => setTimeout(resolve));
      win.violations.length = 0;
      await waitUntil(() => win.document.querySelector('script[type="application/ld+json"]'), 'JSON-LD written', { timeout: 5000 });
      const ld = win.document.querySelector('script[type="application/ld+json"]')!;
      expect(JSON.parse(ld.textContent!).mainEntity).to.have.length(2);
      // Deep links still work afterwards (a violation used to break them).
      win.location.hash = '#what-is-ketamine';
      const el = win.document.querySelector('ketamine-faq') as KetamineFaq;
      await waitUntil(() => el.openQuestionIds.includes('what-is-ketamine'), 'deep link opened');
      expect(win.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('<ketamine-faq>: server-rendered, before and without JavaScript', () => {
  const serverHtml = (markup: string, options = {}) => executeServerCommand('ssr-render', { markup, options }) as Promise<string>;
  const canParseDsd = 'setHTMLUnsafe' in Element.prototype;

  it('hydrates and writes its JSON-LD under Trusted Types without a violation', async function () {
    this.timeout(20000);
    const markup = await serverHtml('<ketamine-faq structured-data limit="2"></ketamine-faq>');
    const frame = document.createElement('iframe');
    const csp = "require-trusted-types-for 'script'; trusted-types lit-html ketamine-widgets";
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${csp}">
      <script>window.violations = []; document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
      window.addEventListener('error', (e) => violations.push('error ' + e.message));</script></head>
      <body>${markup}<script type="module" src="/src/hydrate.ts"></script></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { violations: string[]; trustedTypes?: unknown };
      const el = win.document.querySelector('ketamine-faq') as KetamineFaq;
      if (!win.trustedTypes || !el.shadowRoot) this.skip(); // no Trusted Types, or no declarative shadow DOM in srcdoc
      expect(() => (win.document.createElement('script').textContent = 'void 0'), 'Trusted Types enforced').to.throw();
      await new Promise((resolve) => setTimeout(resolve));
      win.violations.length = 0;
      const first = el.shadowRoot!.querySelector<HTMLElement>('[part="question"]')!;
      await waitUntil(() => win.document.querySelector('script[type="application/ld+json"]'), 'JSON-LD written', { timeout: 10000 });
      expect(el.shadowRoot!.querySelector('[part="question"]'), 'hydrated in place').to.equal(first);
      first.click();
      await el.updateComplete;
      expect(el.openQuestionIds).to.have.length(1);
      expect(win.violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('opens a question with JavaScript off', async function () {
    const markup = await serverHtml('<ketamine-faq topics="cost"></ketamine-faq>');
    expect(markup).to.contain('<details');
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: no JavaScript in the frame
    frame.style.cssText = 'width: 800px; height: 600px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><body>${markup}</body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const el = frame.contentDocument!.querySelector('ketamine-faq')!;
      if (!el.shadowRoot) this.skip(); // this engine does not parse declarative shadow DOM in srcdoc
      expect(frame.contentWindow!.customElements.get('ketamine-faq')).to.be.undefined;
      const summary = el.shadowRoot.querySelector<HTMLElement>('[part="question"]')!;
      const details = summary.parentElement as HTMLDetailsElement;
      const body = details.querySelector<HTMLElement>('[part="answer"]')!;
      expect(body.checkVisibility()).to.be.false;
      summary.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(details.open).to.be.true;
      expect(body.checkVisibility()).to.be.true;
      expect(body.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });

  it('keeps what the reader opened before the script arrived, without rendering again', async function () {
    if (!canParseDsd) this.skip();
    const markup = await serverHtml('<ketamine-faq topics="cost"></ketamine-faq>', { deferHydration: true });
    const inert = document.implementation.createHTMLDocument('');
    (inert.body as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.adoptNode(inert.body.querySelector('ketamine-faq')!) as KetamineFaq;
    host.append(el);
    expect(el.hasAttribute('defer-hydration')).to.be.true;
    const [first, second] = questions(el);
    first.click(); // before hydration: the native <details> opens
    expect((first.parentElement as HTMLDetailsElement).open).to.be.true;
    el.removeAttribute('defer-hydration'); // the script arrives: hydrate
    await el.updateComplete;
    await el.updateComplete;
    expect(questions(el)[0], 'hydrated in place').to.equal(first);
    expect((first.parentElement as HTMLDetailsElement).open, 'still open').to.be.true;
    expect(el.openQuestionIds).to.deep.equal([first.id.slice(2)]);
    second.click();
    await el.updateComplete;
    expect((second.parentElement as HTMLDetailsElement).open).to.be.true;
    first.click();
    await el.updateComplete;
    expect((first.parentElement as HTMLDetailsElement).open).to.be.false;
    expect(el.openQuestionIds).to.deep.equal([second.id.slice(2)]);
  });
});

describe('<ketamine-faq>: media', () => {
  it('shows every answer when printed, and restores the state afterwards', async () => {
    const el = await faq(html`<ketamine-faq limit="3"></ketamine-faq>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    for (const id of shownIds(el)) expect(isOpen(el, id), id).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    for (const id of shownIds(el)) expect(item(el, id).open, id).to.be.false;
  });

  it('turns the chevron when opening (no other animation: opening costs what a native <details> does), not under prefers-reduced-motion', async function () {
    const el = await faq(html`<ketamine-faq limit="1"></ketamine-faq>`);
    const id = faqData[0].id;
    question(el, id).click();
    await el.updateComplete;
    const indicator = question(el, id).querySelector('[part="indicator"]')!;
    expect(parseFloat(getComputedStyle(indicator).transitionDuration)).to.be.greaterThan(0);
    expect(getComputedStyle(answer(el, id)!).animationName).to.equal('none');
    if (!(await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) this.skip();
    expect(parseFloat(getComputedStyle(indicator).transitionDuration)).to.equal(0);
  });

  it('uses system colours in forced-colors mode', async function () {
    const el = await faq(html`<ketamine-faq searchable limit="2"></ketamine-faq>`);
    if (!(await emulateMedia([{ name: 'forced-colors', value: 'active' }]))) this.skip();
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    await expect(el).to.be.accessible();
    const probe = document.createElement('div');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(shadow(el).querySelector('[part="list"]')!).borderBottomColor).to.equal(canvasText);
  });
});

describe('<ketamine-faq>: accessibility of every state', () => {
  it('closed', async () => {
    await expect(await faq()).to.be.accessible();
  });
  it('one open', async () => {
    const el = await faq();
    question(el, faqData[3].id).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
  it('all open, searchable', async function () {
    this.timeout(30000);
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    toggleAll(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
  it('dark theme, all open', async () => {
    const el = await faq(html`<ketamine-faq theme="dark" topics="safety"></ketamine-faq>`);
    toggleAll(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
