/**
 * Inherit mode (no `theme`) on the host page's own colours: two things CSS alone cannot see.
 * - A dark page that does not declare `color-scheme: dark`: our status and danger colours (tuned by
 *   `light-dark()` to the colour scheme) would stay the light ones, about 2.8:1 on a near-black page.
 * - The page's link colour: a shadow root cannot read the page's `a { color }`, but the system colour
 *   `LinkText` is what the browser gives links in that scheme; used only where it reads at 4.5:1.
 * Checked once per connection, after render (never during it, so server and client render alike), and
 * applied as a constructed style sheet, which a strict Content-Security-Policy allows.
 */
type Rgb = [number, number, number];

function parse(colour: string): { rgb: Rgb; alpha: number } | undefined {
  const m = colour.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha };
}

export function luminance([r, g, b]: Rgb): number {
  const c = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The first opaque background behind `el`, through shadow roots; the canvas if none. */
function backgroundBehind(el: Element): Rgb {
  let node: Element | null = el;
  while (node) {
    const parsed = parse(getComputedStyle(node).backgroundColor);
    if (parsed && parsed.alpha >= 0.5) return parsed.rgb;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  const dark = /dark/.test(scheme) && (!/light/.test(scheme) || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? [18, 18, 18] : [255, 255, 255];
}

const darkStatus = `
  --_status-approved: var(--ketamine-color-status-approved, #5cc77f);
  --_status-esketamine-only: var(--ketamine-color-status-esketamine-only, #4cc3d3);
  --_status-off-label: var(--ketamine-color-status-off-label, #f0a54a);
  --_status-investigational: var(--ketamine-color-status-investigational, #b59cf5);
  --_status-not-approved: var(--ketamine-color-status-not-approved, #a3abb6);
  --_danger: var(--ketamine-color-danger, #ff8a80);`;

/**
 * The browser's link colour in a colour scheme (a system colour: the same for every widget on the page),
 * measured once per scheme on a probe inside a shadow root, where page styles cannot reach it.
 */
const linkTextColours = new Map<string, Rgb | undefined>();
function linkText(root: ShadowRoot, scheme: 'light' | 'dark'): Rgb | undefined {
  const key = `${scheme} ${matchMedia('(forced-colors: active)').matches}`;
  if (!linkTextColours.has(key)) {
    const probe = document.createElement('span');
    probe.style.setProperty('color', 'LinkText');
    probe.style.setProperty('color-scheme', scheme);
    root.append(probe);
    linkTextColours.set(key, parse(getComputedStyle(probe).color)?.rgb);
    probe.remove();
  }
  return linkTextColours.get(key);
}

/**
 * Whether the browser's link colour reads (4.5:1) on the background. On a light page in the light scheme
 * without forced colours the answer is known without a probe (whose insertion costs a second style
 * recalculation in the first render): every engine's light-scheme LinkText is a dark blue (#0000ee in
 * Chromium, Firefox and WebKit; luminance about 0.06), which keeps 4.5:1 on any background lighter than
 * luminance 0.46; 0.7 leaves room for a lighter blue.
 */
function linkReadsOn(root: ShadowRoot, background: Rgb, pageIsDark: boolean): boolean {
  if (!pageIsDark && luminance(background) >= 0.7 && !matchMedia('(forced-colors: active)').matches) return true;
  const link = linkText(root, pageIsDark ? 'dark' : 'light');
  return !!link && contrast(link, background) >= 4.5;
}

/**
 * Adds, replaces or removes this widget's page-colour sheet on its shadow root. On the common page (light
 * background, light scheme, a readable link colour) nothing needs changing and no sheet is added, so the
 * first render pays one style read and no second style recalculation.
 */
export function adaptToPage(host: HTMLElement, root: ShadowRoot, previous?: CSSStyleSheet): CSSStyleSheet | undefined {
  if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype) || !root.adoptedStyleSheets) return undefined;
  const withoutPrevious = () => (previous ? root.adoptedStyleSheets.filter((s) => s !== previous) : root.adoptedStyleSheets);
  if (host.hasAttribute('theme')) {
    if (previous) root.adoptedStyleSheets = withoutPrevious();
    return undefined;
  }
  const background = backgroundBehind(host);
  const pageIsDark = luminance(background) < 0.18;
  const declaredDark = /dark/.test(getComputedStyle(host).colorScheme);
  const rules: string[] = [];
  if (pageIsDark) rules.push(`${declaredDark ? '' : 'color-scheme: dark;'}${darkStatus}`);
  else if (declaredDark) rules.push('color-scheme: light;'); // a light surface in a dark-scheme page: keep colours readable on it
  if (!linkReadsOn(root, background, pageIsDark)) rules.push('--_page-link: initial;');
  if (!rules.length) {
    if (previous) root.adoptedStyleSheets = withoutPrevious();
    return undefined;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:host(:not([theme])) { ${rules.join(' ')} }`);
  root.adoptedStyleSheets = [...withoutPrevious(), sheet];
  return sheet;
}
