import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundledDataset } from '../src/data/full.js';
import '../src/faq/faq.js';
import type { FaqToggleDetail, KetamineFaq } from '../src/faq/faq.js';
import { cloneDataset, emulateMedia, expectNotFound, resetMedia, shadow, textOf, unresolvedIdReferences } from './helpers.js';

const faqData = bundledDataset.faq;

async function faq(template = html`<ketamine-faq></ketamine-faq>`): Promise<KetamineFaq> {
  const el = await fixture<KetamineFaq>(template);
  await el.updateComplete;
  return el;
}

const questions = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="question"]')];
const question = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLButtonElement>(`#q-${id}`)!;
const answer = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLElement>(`#a-${id}`)!;
const isOpen = (el: HTMLElement, id: string) => question(el, id).getAttribute('aria-expanded') === 'true' && !answer(el, id).hasAttribute('hidden');
const toggleAll = (el: HTMLElement) => shadow(el).querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
const shownIds = (el: HTMLElement) => questions(el).map((b) => b.id.replace(/^q-/, ''));

afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await resetMedia();
});

describe('<ketamine-faq>: the accordion pattern', () => {
  it('shows every question of the dataset, collapsed, in order', async () => {
    const el = await faq();
    expect(shownIds(el)).to.deep.equal(faqData.map((q) => q.id));
    for (const q of faqData) expect(isOpen(el, q.id), q.id).to.be.false;
    expect(textOf(questions(el)[0])).to.equal(faqData[0].question);
  });

  it('puts each question button in a heading and labels each answer region with it', async () => {
    const el = await faq();
    for (const button of questions(el)) {
      const heading = button.parentElement!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(button.localName).to.equal('button');
      const region = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-labelledby')).to.equal(button.id);
    }
    expect(unresolvedIdReferences(shadow(el))).to.deep.equal([]);
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
    expect(answer(el, id).getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textOf(answer(el, id))).to.contain(faqData[2].answer[0]);
    question(el, id).click();
    await el.updateComplete;
    expect(isOpen(el, id)).to.be.false;
  });

  it('keeps collapsed answers findable by find-in-page where the engine supports it', async () => {
    const el = await faq();
    const id = faqData[1].id;
    const supported = 'onbeforematch' in document.documentElement;
    expect(answer(el, id).getAttribute('hidden')).to.equal(supported ? 'until-found' : '');
    // The browser fires beforematch and reveals the text when find-in-page lands in it: the state follows.
    answer(el, id).removeAttribute('hidden');
    answer(el, id).dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(isOpen(el, id)).to.be.true;
  });
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
    const focused = () => buttons.indexOf(shadow(el).activeElement as HTMLButtonElement);
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
    host.addEventListener('ketamine-faq-toggle', () => (openWhenFired = isOpen(el, id)), { once: true });
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
    expect(isOpen(el, faqData[0].id)).to.be.false;
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
  const type = async (el: KetamineFaq, text: string) => {
    const input = shadow(el).querySelector<HTMLInputElement>('[part="search-input"]')!;
    input.focus();
    input.select();
    await sendKeys({ type: text });
    await el.updateComplete;
  };
  const status = (el: HTMLElement) => shadow(el).querySelector('[part="search-status"]')!;

  it('has a labelled search box and a polite status, empty at first', async () => {
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    const input = shadow(el).querySelector<HTMLInputElement>('[part="search-input"]')!;
    expect(input.labels![0].textContent!.trim()).to.equal('Search the questions and answers');
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(textOf(status(el))).to.equal('');
    expect(shadow(el).querySelector('[part="search"]')).to.exist;
    expect(faq).to.exist;
  });

  it('filters questions and answers as you type and announces the count', async () => {
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    await type(el, 'insurance');
    const expected = faqData.filter((q) => `${q.question} ${q.answer.join(' ')}`.toLowerCase().includes('insurance')).map((q) => q.id);
    expect(expected.length).to.be.greaterThan(0);
    expect(shownIds(el)).to.deep.equal(expected);
    expect(textOf(status(el))).to.equal(`${expected.length} question${expected.length === 1 ? ' matches' : 's match'}`);
    await expect(el).to.be.accessible();
  });

  it('highlights matches as text, never HTML', async () => {
    const data = cloneDataset();
    data.faq[0].question = 'Is <b>ketamine</b> <img src=x onerror="window.__faqPwned=1"> safe?';
    const el = await faq(html`<ketamine-faq searchable .data=${data} limit="1"></ketamine-faq>`);
    await type(el, '<b>ket');
    const marks = [...shadow(el).querySelectorAll('[part="question"] mark')];
    expect(marks.map((m) => m.textContent)).to.deep.equal(['<b>ket']);
    expect(shadow(el).querySelector('[part="question"] b, img')).to.be.null;
    expect(textOf(question(el, data.faq[0].id))).to.equal(data.faq[0].question);
    expect((window as unknown as { __faqPwned?: number }).__faqPwned).to.be.undefined;
  });

  it('says so when nothing matches, and announces it', async () => {
    const el = await faq(html`<ketamine-faq searchable></ketamine-faq>`);
    await type(el, 'qzxv'); // no doubled letters: WebKitGTK's WebDriver drops repeated keys
    expect(questions(el)).to.have.length(0);
    expect(textOf(shadow(el).querySelector('[part="empty"]'))).to.equal('No questions match “qzxv”.');
    expect(textOf(status(el))).to.equal('0 questions match');
  });
});

describe('<ketamine-faq>: deep links', () => {
  it('opens, focuses and scrolls to the question named by the URL hash', async () => {
    history.replaceState(null, '', '#insurance');
    const el = await faq();
    expect(isOpen(el, 'insurance')).to.be.true;
    expect(shadow(el).activeElement).to.equal(question(el, 'insurance'));
    expect(shownIds(el).filter((id) => isOpen(el, id))).to.deep.equal(['insurance']);
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
    expect(shownIds(el).some((id) => isOpen(el, id))).to.be.false;
  });

  it("offers each question's link", async () => {
    const el = await faq(html`<ketamine-faq limit="2"></ketamine-faq>`);
    el.toggle(faqData[1].id, true);
    await el.updateComplete;
    const link = answer(el, faqData[1].id).querySelector('[part="permalink"]')!;
    expect(link.getAttribute('href')).to.equal(`#${faqData[1].id}`);
    expect(textOf(link)).to.equal('Link to this question');
    expect(link.getAttribute('aria-label')).to.equal(`Link to this question: ${faqData[1].question}`);
  });
});

describe('<ketamine-faq>: footer, sources and safety text', () => {
  it('lists exactly the sources the shown answers cite, with the review date and disclaimer', async () => {
    const el = await faq(html`<ketamine-faq topics="cost"></ketamine-faq>`);
    const shown = faqData.filter((q) => q.topics.includes('cost'));
    const cited = [...new Set(shown.flatMap((q) => q.sources))];
    const items = [...shadow(el).querySelectorAll('[part="footer"] [part="sources"] li')].map((li) => textOf(li));
    expect(items).to.have.length(cited.length);
    cited.forEach((id, i) => expect(items[i]).to.contain(bundledDataset.sources.find((s) => s.id === id)!.title));
    expect(textOf(shadow(el).querySelector('[part="reviewed"]'))).to.match(/^Last reviewed Nov 22, 2026$/);
    expect(textOf(shadow(el).querySelector('[part="disclaimer"]'))).to.equal(bundledDataset.meta.disclaimer);
  });

  it("names each answer's sources inside the answer once it is open", async () => {
    const el = await faq(html`<ketamine-faq questions="cost"></ketamine-faq>`);
    const item = faqData.find((q) => q.id === 'cost')!;
    // A collapsed answer carries its text (for find-in-page) but not yet its sources line.
    expect(answer(el, 'cost').querySelector('.answer-meta')).to.be.null;
    expect(textOf(answer(el, 'cost'))).to.contain(item.answer[0]);
    el.toggle('cost', true);
    await el.updateComplete;
    for (const id of item.sources) expect(textOf(answer(el, 'cost'))).to.contain(bundledDataset.sources.find((s) => s.id === id)!.title);
  });

  it('shows the dataset crisis line with every answer about suicide, and only there', async () => {
    const data = cloneDataset();
    data.meta.crisisLine = 'Crisis line from the data: call 000.';
    const el = await faq(html`<ketamine-faq .data=${data}></ketamine-faq>`);
    for (const item of data.faq) {
      const text = textOf(answer(el, item.id));
      expect(text.includes('Crisis line from the data: call 000.'), item.id).to.equal(!!item.crisis);
    }
  });

  it('marks answers backed only by marketing pages, only by articles, or by secondary sources', async () => {
    const data = cloneDataset();
    const set = (id: string, sources: string[], confidence?: 'secondary') => {
      const item = data.faq.find((q) => q.id === id)!;
      item.sources = sources;
      delete item.confidence;
      if (confidence) item.confidence = confidence;
    };
    set('cost', ['seed-athome-iv']); // a marketing page
    set('insurance', ['seed-whatedu', 'seed-athome-iv']); // an article and a marketing page
    set('routes', ['fda-spravato-label'], 'secondary');
    set('what-is-ketamine', ['fda-ketalar-label']);
    const el = await faq(html`<ketamine-faq .data=${data} questions="cost,insurance,routes,what-is-ketamine"></ketamine-faq>`);
    el.showAll();
    await el.updateComplete;
    const note = (id: string) => textOf(answer(el, id).querySelector('[part="confidence"]'));
    expect(note('cost')).to.equal("Backed only by a marketing page: treat it as that seller's claim.");
    expect(note('insurance')).to.equal('Backed only by health-information articles or marketing pages, not by a label, guideline or study.');
    expect(note('routes')).to.equal('Based on secondary sources only.');
    expect(answer(el, 'what-is-ketamine').querySelector('[part="confidence"]')).to.be.null;
  });

  it('links each source an answer names and says what kind of source it is', async () => {
    const el = await faq(html`<ketamine-faq questions="fda-approved-for-depression"></ketamine-faq>`);
    const item = faqData.find((q) => q.id === 'fda-approved-for-depression')!;
    el.toggle(item.id, true);
    await el.updateComplete;
    const line = answer(el, item.id).querySelector('.answer-meta')!;
    for (const id of item.sources) {
      const source = bundledDataset.sources.find((s) => s.id === id)!;
      expect(textOf(line)).to.contain(source.title);
      if (source.url) expect([...line.querySelectorAll('a')].some((a) => a.getAttribute('href') === source.url), id).to.be.true;
    }
    expect(textOf(line)).to.contain('(Regulatory source)');
  });
});

describe('<ketamine-faq>: structured data', () => {
  const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

  it('adds one FAQPage JSON-LD script for the shown questions to the light DOM, and removes it with the element', async () => {
    const el = await faq(html`<ketamine-faq structured-data topics="cost"></ketamine-faq>`);
    expect(scripts()).to.have.length(1);
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
    expect(scripts()).to.have.length(1);
    expect(JSON.parse(scripts()[0].textContent!).mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(
      faqData.filter((q) => q.topics.includes('veterinary')).map((q) => q.question),
    );

    el.remove();
    expect(scripts()).to.have.length(0);
  });

  it('adds nothing without the attribute, and escapes "<" so that text cannot end the script', async () => {
    await faq(html`<ketamine-faq limit="1"></ketamine-faq>`);
    expect(scripts()).to.have.length(0);
    const data = cloneDataset();
    data.faq[0].answer = ['</script><script>window.__ldPwned=1</script>'];
    const el = await faq(html`<ketamine-faq structured-data limit="1" .data=${data}></ketamine-faq>`);
    expect(scripts()[0].textContent).to.not.contain('</script>');
    expect(JSON.parse(scripts()[0].textContent!).mainEntity[0].acceptedAnswer.text).to.equal(data.faq[0].answer[0]);
    el.remove();
  });
});

describe('<ketamine-faq>: media', () => {
  it('shows every answer, with its sources, when printed', async function () {
    const el = await faq(html`<ketamine-faq limit="3"></ketamine-faq>`);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    for (const id of shownIds(el)) expect(answer(el, id).querySelector('.answer-meta'), id).to.exist;
    if (!(await emulateMedia([], 'print'))) this.skip();
    for (const id of shownIds(el)) {
      expect(answer(el, id).getBoundingClientRect().height, id).to.be.greaterThan(0);
      expect(getComputedStyle(answer(el, id)).display).to.equal('block');
    }
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(answer(el, shownIds(el)[0]).querySelector('.answer-meta')).to.be.null;
    expect(getComputedStyle(shadow(el).querySelector('[part="toolbar"]')!).display).to.equal('none');
  });

  it('animates opening, except under prefers-reduced-motion', async function () {
    const el = await faq(html`<ketamine-faq limit="1"></ketamine-faq>`);
    const id = faqData[0].id;
    question(el, id).click();
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(answer(el, id)).animationDuration)).to.be.greaterThan(0);
    if (!(await emulateMedia([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) this.skip();
    expect(parseFloat(getComputedStyle(answer(el, id)).animationDuration)).to.equal(0);
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
  it('all open, searchable', async () => {
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
