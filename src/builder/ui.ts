/** The embed builder's page: settings form, preview frame, outputs with copy buttons (see docs/builder.md). */
import {
  COLOURS,
  FONTS,
  FRAMEWORKS,
  HOST_PAGES,
  RADII,
  WIDGETS,
  contrast,
  defaultSettings,
  embedSnippet,
  frameworkSnippet,
  fromParams,
  isColourText,
  renderCommand,
  serverSnippet,
  tagMarkup,
  themeTokens,
  toParams,
  widget,
  type ColourKey,
  type Control,
  type Framework,
  type HostScheme,
  type Rgb,
  type Settings,
} from './model.js';
import type {} from './preview.js';

// ---------------------------------------------------------------------------------------------------
// Builder

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;
const el = <K extends keyof HTMLElementTagNameMap>(name: K, props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(props)) {
    // ARIA and `for` as attributes (ariaDescribedBy -> aria-describedby), everything else as a property.
    if (key.startsWith('aria')) node.setAttribute(key.replace(/^aria/, 'aria-').toLowerCase(), String(value));
    else if (key === 'for' || key === 'role' || key.startsWith('data-')) node.setAttribute(key, String(value));
    else (node as unknown as Record<string, unknown>)[key] = value;
  }
  node.append(...children);
  return node;
};

/** An opaque sRGB colour from any CSS colour text, through a 1-pixel canvas; undefined if it is not one. */
function parseColour(text: string): Rgb | undefined {
  if (!text || !CSS.supports('color', text)) return undefined;
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 1, 1);
  context.fillStyle = text;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

export interface BuilderOptions {
  /** Where the preview frame's page is (default: this page with `?preview`); null: no preview frame. */
  previewUrl?: string | null;
  /** Loads the render code for the server-rendered output (default: the browser bundle of src/ssr/render.ts). */
  loadRenderer?: () => Promise<{ renderToString: (markup: string) => Promise<string> }>;
  /** Keeps the settings in the page's URL (default true). */
  syncUrl?: boolean;
}

export function mountBuilder(root: HTMLElement, options: BuilderOptions = {}) {
  const { syncUrl = true } = options;
  const loadRenderer = options.loadRenderer ?? (() => import('virtual:ketamine-ssr'));
  const previewUrl = options.previewUrl === undefined ? `${location.pathname}?preview` : options.previewUrl;
  const search = new URLSearchParams(syncUrl ? location.search : '');
  let settings: Settings = fromParams(search);
  let host: HostScheme = search.get('p.host') === 'dark' ? 'dark' : 'light';
  let width: 'phone' | 'desktop' = search.get('p.width') === 'phone' ? 'phone' : 'desktop';
  let mode: 'live' | 'static' = search.get('p.mode') === 'static' ? 'static' : 'live';
  let framework = (FRAMEWORKS.find((f) => f.value === search.get('p.framework'))?.value ?? 'react') as Framework;

  const form = $<HTMLFormElement>('#settings', root);
  const widgetList = $<HTMLElement>('#widget-choices', root);
  const optionsBox = $<HTMLElement>('#widget-options', root);
  const advancedBox = $<HTMLElement>('#widget-advanced', root);
  const announcer = $<HTMLElement>('#announcer', root);
  const warnings = $<HTMLElement>('#contrast-warnings', root);
  const frameBox = $<HTMLElement>('#preview-frame', root);

  // Widget choice ---------------------------------------------------------------------------------
  widgetList.replaceChildren(
    ...WIDGETS.map((w) =>
      el(
        'label',
        { className: 'choice' },
        el('input', { type: 'radio', name: 'widget', value: w.tag, checked: w.tag === settings.tag }),
        el('span', {}, w.title, ' ', el('code', {}, `<${w.tag}>`)),
      ),
    ),
  );
  widgetList.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    settings = { ...defaultSettings(input.value), theme: settings.theme };
    renderOptions();
    update();
  });

  // Attribute controls ----------------------------------------------------------------------------
  function controlNode(control: Control): HTMLElement {
    const id = `opt-${control.name}`;
    const hintId = `${id}-hint`;
    const value = settings.attributes[control.name];
    const hint = el('p', { className: 'hint', id: hintId }, control.hint);
    const set = (next: string | undefined) => {
      if (next === undefined || (next === '' && control.kind !== 'checkbox')) delete settings.attributes[control.name];
      else settings.attributes[control.name] = next;
      update();
    };
    if (control.kind === 'checkbox') {
      const input = el('input', { type: 'checkbox', id, checked: value !== undefined, ariaDescribedBy: hintId });
      input.addEventListener('change', () => set(input.checked ? '' : undefined));
      return el('div', { className: 'field field-check' }, input, el('label', { for: id }, control.label), hint);
    }
    if (control.kind === 'multi') {
      const chosen = new Set(value?.split(',') ?? []);
      const boxes = control.options!.map((o, i) =>
        el('label', { className: 'choice' }, el('input', { type: 'checkbox', name: control.name, value: o.value, checked: chosen.has(o.value), id: `${id}-${i}` }), el('span', {}, o.label)),
      );
      const list = el('div', { className: control.options!.length > 10 ? 'choices scroll' : 'choices' }, ...boxes);
      const fieldset = el('fieldset', { className: 'field', ariaDescribedBy: hintId }, el('legend', {}, control.label), hint, list);
      const noneHint = el('p', { className: 'hint' }, 'None ticked: all of them.');
      fieldset.append(noneHint);
      list.addEventListener('change', () => {
        const values = [...list.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
        set(values.length ? values.join(',') : undefined);
      });
      return fieldset;
    }
    if (control.kind === 'choice') {
      const first = control.required ? [] : [{ value: '', label: control.fallback ? `Default (${control.fallback})` : control.name === 'theme' ? "The page's own colours" : 'Not set' }];
      // The default is offered once, as "Default (x)", not also as "x".
      const options = [...first, ...control.options!.filter((o) => control.required || o.value !== control.fallback)];
      if (options.length <= 4) {
        const radios = options.map((o, i) =>
          el('label', { className: 'choice' }, el('input', { type: 'radio', name: control.name, value: o.value, checked: (value ?? '') === o.value, id: `${id}-${i}` }), el('span', {}, o.label)),
        );
        const fieldset = el('fieldset', { className: 'field', ariaDescribedBy: hintId }, el('legend', {}, control.label), hint, el('div', { className: 'choices inline' }, ...radios));
        fieldset.addEventListener('change', (event) => set((event.target as HTMLInputElement).value));
        return fieldset;
      }
      const select = el('select', { id, ariaDescribedBy: hintId }, ...options.map((o) => el('option', { value: o.value, selected: (value ?? '') === o.value }, o.label)));
      select.addEventListener('change', () => set(select.value));
      return el('div', { className: 'field' }, el('label', { for: id }, control.label), hint, select);
    }
    const type = { number: 'number', date: 'date', url: 'url', json: 'text', text: 'text' }[control.kind];
    const input =
      control.kind === 'json'
        ? el('textarea', { id, rows: 3, value: value ?? '', ariaDescribedBy: `${hintId} ${id}-error`, spellcheck: false })
        : el('input', { id, type, value: value ?? '', ariaDescribedBy: `${hintId} ${id}-error`, ...(control.min !== undefined ? { min: String(control.min) } : {}), ...(control.max !== undefined ? { max: String(control.max) } : {}) });
    const error = el('p', { className: 'error', id: `${id}-error` });
    input.addEventListener('input', () => {
      let problem = '';
      if (control.kind === 'json' && input.value.trim()) {
        try {
          const parsed = JSON.parse(input.value);
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) problem = 'Write an object of labels, e.g. {"sources": "References"}.';
        } catch {
          problem = 'This is not valid JSON yet.';
        }
      } else if (!input.checkValidity()) problem = input.validationMessage;
      error.textContent = problem;
      input.setAttribute('aria-invalid', String(Boolean(problem)));
      if (!problem) set(input.value.trim() || undefined);
    });
    return el('div', { className: 'field' }, el('label', { for: id }, control.label), hint, input, error);
  }

  function renderOptions() {
    const info = widget(settings.tag);
    $('#widget-summary', root).textContent = info.summary;
    // The colour scheme (`theme`) sits with the look; the rest under "What it shows".
    optionsBox.replaceChildren(...info.controls.filter((c) => !c.advanced && c.name !== 'theme').map(controlNode));
    advancedBox.replaceChildren(...info.controls.filter((c) => c.advanced).map(controlNode));
    $('#theme-scheme', root).replaceChildren(...info.controls.filter((c) => c.name === 'theme').map(controlNode));
  }

  // Theme controls --------------------------------------------------------------------------------
  const font = $<HTMLSelectElement>('#theme-font', root);
  font.replaceChildren(...FONTS.map((f, i) => el('option', { value: String(i), selected: f.value === settings.theme.font }, f.label)));
  font.addEventListener('change', () => {
    settings.theme.font = FONTS[Number(font.value)].value;
    update();
  });
  const radius = $<HTMLSelectElement>('#theme-radius', root);
  radius.replaceChildren(...RADII.map((r) => el('option', { value: r.value, selected: r.value === settings.theme.radius }, r.label)));
  radius.addEventListener('change', () => {
    settings.theme.radius = radius.value;
    update();
  });
  const colourRows = $<HTMLElement>('#theme-colours', root);
  const colourInputs = new Map<ColourKey, { text: HTMLInputElement; picker: HTMLInputElement; error: HTMLElement }>();
  colourRows.replaceChildren(
    ...COLOURS.map(({ key, label }) => {
      const id = `colour-${key}`;
      const current = settings.theme.colours[key] ?? '';
      const text = el('input', { type: 'text', id, value: current, placeholder: 'Not set', autocomplete: 'off', spellcheck: false, ariaDescribedBy: `${id}-error colours-hint` });
      const picker = el('input', { type: 'color', value: hex(parseColour(current) ?? [0, 0, 0]), ariaLabel: `${label}: colour picker` });
      const clear = el('button', { type: 'button', className: 'secondary', ariaLabel: `Clear ${label.toLowerCase()}` }, 'Clear');
      const error = el('p', { className: 'error', id: `${id}-error` });
      const apply = (value: string) => {
        const rgb = parseColour(value);
        const ok = !value || (rgb !== undefined && isColourText(value));
        error.textContent = ok ? '' : 'Paste a colour such as #1a5fb4, rgb(26 95 180) or navy.';
        text.setAttribute('aria-invalid', String(!ok));
        if (!ok) return;
        if (value) settings.theme.colours[key] = value.trim();
        else delete settings.theme.colours[key];
        if (rgb) picker.value = hex(rgb);
        update();
      };
      text.addEventListener('input', () => apply(text.value.trim()));
      picker.addEventListener('input', () => {
        text.value = picker.value;
        apply(picker.value);
      });
      clear.addEventListener('click', () => {
        text.value = '';
        apply('');
        text.focus();
      });
      colourInputs.set(key, { text, picker, error });
      return el('div', { className: 'field colour' }, el('label', { for: id }, label), el('div', { className: 'colour-row' }, text, picker, clear), error);
    }),
  );

  /** Pairs below 4.5:1 (WCAG AA for text), on each host page the widget may sit on. */
  function contrastProblems(): string[] {
    const c = settings.theme.colours;
    const forced = settings.attributes.theme;
    const problems: string[] = [];
    const hosts: HostScheme[] = c.background ? [host] : ['light', 'dark'];
    for (const scheme of hosts) {
      // A forced light/dark palette brings its own colours where none is chosen: only chosen ones can be checked.
      const page = HOST_PAGES[scheme];
      const background = parseColour(c.background ?? (forced ? '' : page.background));
      const text = parseColour(c.text ?? (forced ? '' : page.text));
      const where = c.background ? 'on the chosen background' : `on a ${scheme} page`;
      const check = (name: string, fg: Rgb | undefined, bg: Rgb | undefined, bgName: string) => {
        if (!fg || !bg) return;
        const ratio = contrast(fg, bg);
        if (ratio < 4.5) problems.push(`${name} ${bgName} ${where}: ${ratio.toFixed(2)}:1 (needs 4.5:1).`);
      };
      if (c.text || c.background) check('Text', text, background, 'on the background');
      if (c.accent) check('Accent (links)', parseColour(c.accent), background, 'on the background');
      if (c.surface && (c.text || !forced)) check('Text', text, parseColour(c.surface), 'on the surface colour');
      if (c.surface && c.accent) check('Accent (links)', parseColour(c.accent), parseColour(c.surface), 'on the surface colour');
    }
    return [...new Set(problems)];
  }

  // Preview ---------------------------------------------------------------------------------------
  let frame: HTMLIFrameElement | undefined;
  let frameReady = false;
  function buildFrame() {
    frameBox.replaceChildren();
    frameReady = false;
    frameBox.dataset.width = width;
    if (mode === 'static') {
      frame = el('iframe', { title: 'Preview: the server-rendered HTML with JavaScript off', className: 'preview-frame' });
      // No allow-scripts: what a reader sees when the page's scripts are stripped or disabled.
      frame.setAttribute('sandbox', 'allow-same-origin');
      frameBox.append(frame);
      renderStatic();
      return;
    }
    if (previewUrl === null) return;
    frame = el('iframe', { title: 'Preview: the widget on a host page', className: 'preview-frame', src: previewUrl });
    frame.addEventListener('load', () => {
      const win = frame!.contentWindow!;
      const ready = () => {
        frameReady = true;
        sendPreview();
        const doc = frame!.contentDocument!;
        new ResizeObserver(() => fitFrame()).observe(doc.documentElement);
      };
      if (win.ketaminePreview) ready();
      else win.document.addEventListener('ketamine-preview-ready', ready, { once: true });
    });
    frameBox.append(frame);
  }
  function fitFrame() {
    const doc = frame?.contentDocument;
    if (!frame || !doc?.documentElement) return;
    frame.style.height = `${Math.max(120, doc.documentElement.scrollHeight)}px`;
  }
  function sendPreview() {
    if (!frame || !frameReady || mode !== 'live') return;
    // Attributes in the snippet's (the manifest's) order.
    const attributes = Object.fromEntries(widget(settings.tag).controls.filter((c) => c.name in settings.attributes).map((c) => [c.name, settings.attributes[c.name]]));
    frame.contentWindow!.ketaminePreview!({ tag: settings.tag, attributes, tokens: themeTokens(settings.theme), host });
    frame.style.colorScheme = host;
  }

  let lastRendered: { markup: string; html: string } | undefined;
  let renderer: Promise<{ renderToString: (markup: string) => Promise<string> }> | undefined;
  const ssrOut = $<HTMLElement>('#out-ssr', root);
  const ssrStatus = $<HTMLElement>('#ssr-status', root);
  async function serverRender(): Promise<string | undefined> {
    const markup = tagMarkup(settings);
    if (lastRendered?.markup === markup) return lastRendered.html;
    try {
      renderer ??= loadRenderer();
      const html = await (await renderer).renderToString(markup);
      lastRendered = { markup, html };
      return html;
    } catch (error) {
      renderer = undefined;
      ssrStatus.textContent = `The render code could not run here (${(error as Error).message}). Run the command below instead.`;
      return undefined;
    }
  }
  async function renderStatic() {
    const html = await serverRender();
    if (!frame || mode !== 'static' || html === undefined) return;
    const page = HOST_PAGES[host];
    frame.srcdoc = `<!doctype html><html lang="en" style="color-scheme:${host};background:${page.background};color:${page.text}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Server-rendered preview</title></head><body style="margin:0;padding:1rem;font-family:system-ui,sans-serif">${serverSnippet(settings, html).replace(/<script[\s\S]*?<\/script>/g, '')}</body></html>`;
    frame.onload = fitFrame;
  }

  // Outputs ---------------------------------------------------------------------------------------
  const frameworkSelect = $<HTMLSelectElement>('#framework', root);
  frameworkSelect.replaceChildren(...FRAMEWORKS.map((f) => el('option', { value: f.value, selected: f.value === framework }, f.label)));
  frameworkSelect.addEventListener('change', () => {
    framework = frameworkSelect.value as Framework;
    update();
  });

  let ssrTimer: ReturnType<typeof setTimeout> | undefined;
  async function updateServerOutput() {
    ssrStatus.textContent = 'Rendering…';
    const markup = tagMarkup(settings);
    const html = await serverRender();
    if (html === undefined || markup !== tagMarkup(settings)) return;
    ssrOut.textContent = serverSnippet(settings, html);
    ssrStatus.textContent = `Rendered by the same code as the command below: ${Math.round(new Blob([html]).size / 1024)} KB of HTML.`;
  }

  function update() {
    $('#out-embed', root).textContent = embedSnippet(settings);
    $('#out-framework', root).textContent = frameworkSnippet(settings, framework);
    $('#out-command', root).textContent = renderCommand(settings);
    $('#preview-tag', root).textContent = tagMarkup(settings);
    const problems = contrastProblems();
    warnings.replaceChildren(...problems.map((p) => el('li', {}, p)));
    warnings.hidden = problems.length === 0;
    // The same warnings beside the preview (announced once, from the Look section's live region).
    const previewWarnings = $<HTMLElement>('#preview-warnings', root);
    $<HTMLElement>('#preview-warnings-list', root).replaceChildren(...problems.map((p) => el('li', {}, p)));
    previewWarnings.hidden = problems.length === 0;
    $<HTMLElement>('#contrast-ok', root).hidden = problems.length > 0 || Object.keys(settings.theme.colours).length === 0;
    clearTimeout(ssrTimer);
    ssrTimer = setTimeout(() => {
      void updateServerOutput().then(() => {
        if (mode === 'static') void renderStatic();
      });
    }, 250);
    sendPreview();
    if (syncUrl) {
      const params = toParams(settings);
      if (host !== 'light') params.set('p.host', host);
      if (width !== 'desktop') params.set('p.width', width);
      if (mode !== 'live') params.set('p.mode', mode);
      if (framework !== 'react') params.set('p.framework', framework);
      history.replaceState(null, '', `${location.pathname}?${params}`);
    }
    root.dispatchEvent(new CustomEvent('builder-update', { detail: settings }));
  }

  // Preview switches
  const switches: [string, () => string, (v: string) => void][] = [
    ['host', () => host, (v) => (host = v as HostScheme)],
    ['width', () => width, (v) => (width = v as typeof width)],
    ['mode', () => mode, (v) => (mode = v as typeof mode)],
  ];
  for (const [name, get, put] of switches) {
    const group = $<HTMLElement>(`#preview-${name}`, root);
    for (const input of group.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === get();
    group.addEventListener('change', (event) => {
      put((event.target as HTMLInputElement).value);
      if (name === 'host') {
        if (mode === 'static') renderStatic();
        update();
      } else if (name === 'mode') {
        buildFrame();
        update();
      } else {
        frameBox.dataset.width = width;
        update();
        requestAnimationFrame(fitFrame);
      }
    });
  }

  // Copy buttons
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const source = $<HTMLElement>(`#${button.dataset.copy}`, root);
      const text = source.textContent ?? '';
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        // Clipboard API refused (permissions, insecure context): select the text so Ctrl+C copies it.
        const range = document.createRange();
        range.selectNodeContents(source);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        copied = document.execCommand?.('copy') ?? false;
      }
      const what = button.dataset.what ?? 'code';
      announcer.textContent = copied ? `Copied the ${what}.` : `Could not copy: the ${what} is selected, press Ctrl+C (Cmd+C on a Mac).`;
      button.textContent = copied ? 'Copied' : 'Selected';
      setTimeout(() => (button.textContent = button.dataset.label ?? 'Copy'), 2000);
    });
    button.dataset.label = button.textContent ?? 'Copy';
  }

  $<HTMLButtonElement>('#copy-link', root).addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      announcer.textContent = 'Copied a link to these settings.';
    } catch {
      announcer.textContent = 'Could not copy the link: copy it from the address bar, it holds these settings.';
    }
  });
  $<HTMLButtonElement>('#reset', root).addEventListener('click', () => {
    settings = defaultSettings(settings.tag);
    font.value = '0';
    radius.value = '';
    for (const { text, error } of colourInputs.values()) {
      text.value = '';
      text.removeAttribute('aria-invalid');
      error.textContent = '';
    }
    renderOptions();
    update();
    announcer.textContent = 'Options and look reset to the widget defaults.';
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  renderOptions();
  buildFrame();
  update();
  return { get settings() { return settings; } };
}
