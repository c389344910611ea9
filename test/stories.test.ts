import { expect, fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as approvalBadge from '../stories/approval-badge.stories.js';
import * as faq from '../stories/faq.stories.js';
import * as routeTable from '../stories/route-table.stories.js';
import * as sideEffects from '../stories/side-effects.stories.js';
import * as sources from '../stories/sources.stories.js';
import * as uses from '../stories/uses.stories.js';
import * as theming from '../stories/theming.stories.js';
import { shadow, unresolvedIdReferences } from './helpers.js';

// Every documented example is also a test: each story is rendered as a fixture and axe-checked.

type Decorator = (story: () => TemplateResult, context: unknown) => TemplateResult;
interface StoryModule {
  default: { args?: object; render?: (args: any) => TemplateResult; decorators?: Decorator[] };
  [name: string]: unknown;
}
interface Story {
  args?: object;
  render?: (args: any) => TemplateResult;
  decorators?: Decorator[];
}

const modules: Record<string, StoryModule> = {
  'approval-badge': approvalBadge as unknown as StoryModule,
  faq: faq as unknown as StoryModule,
  'route-table': routeTable as unknown as StoryModule,
  'side-effects': sideEffects as unknown as StoryModule,
  sources: sources as unknown as StoryModule,
  uses: uses as unknown as StoryModule,
  theming: theming as unknown as StoryModule,
};

// A story may set the URL hash (deep links); leave the page as it was.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

function renderStory(meta: StoryModule['default'], story: Story): TemplateResult {
  const args = { ...meta.args, ...story.args };
  const draw = () => (story.render ?? meta.render)!(args);
  const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
  return decorators.reduce<() => TemplateResult>((inner, decorate) => () => decorate(inner, { args }), draw)();
}

for (const [file, module] of Object.entries(modules)) {
  describe(`stories/${file}.stories.ts`, () => {
    const stories = Object.entries(module).filter(([name]) => name !== 'default') as Array<[string, Story]>;

    it('has stories', () => expect(stories.length).to.be.at.least(4));

    for (const [name, story] of stories) {
      it(`${name} renders and is accessible`, async () => {
        const container = await fixture<HTMLDivElement>('<div></div>');
        // Stories fetch fixtures from Storybook's static dir; here the test server serves them from test/.
        render(renderStory(module.default, story), container);
        const widgets = [...container.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('*')].filter((el) => el.localName.startsWith('ketamine-'));
        expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
        for (const widget of widgets) {
          const src = widget.getAttribute('src');
          if (src?.startsWith('fixtures/')) widget.setAttribute('src', `/test/${src}`);
          await widget.updateComplete;
          expect(shadow(widget).childElementCount, `${widget.localName} rendered something`).to.be.greaterThan(0);
          expect(unresolvedIdReferences(shadow(widget))).to.deep.equal([]);
        }
        await expect(container).to.be.accessible();
      });
    }
  });
}
