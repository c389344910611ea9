import type { FaqItem } from '../data/types.js';

/**
 * The FAQ's schema.org JSON-LD, written without tripping Trusted Types. A script element's text is a
 * Trusted Types sink even for `application/ld+json`, so under `require-trusted-types-for 'script'` the
 * text goes through a policy named `ketamine-widgets` that only passes valid JSON (JSON cannot call
 * anything). A page whose CSP lists allowed policies adds it: `trusted-types lit-html ketamine-widgets`.
 */

interface ScriptPolicy {
  createScript(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (input: string) => string }): ScriptPolicy;
}

export const TRUSTED_TYPES_POLICY = 'ketamine-widgets';

let policy: ScriptPolicy | null | undefined;

/** The policy, created on first use; null where the page's CSP does not allow it (then no JSON-LD is written). */
function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return (policy = { createScript: (input) => input });
  try {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
      createScript: (input) => {
        JSON.parse(input); // throws for anything that is not JSON
        return input;
      },
    });
  } catch {
    console.warn(`<ketamine-faq>: the page's Trusted Types policy list does not allow "${TRUSTED_TYPES_POLICY}": no structured data is added.`);
    policy = null;
  }
  return policy;
}

/** Sets a JSON-LD script's text through the policy. Returns false where the page does not allow it. */
export function writeJsonLd(script: HTMLScriptElement, json: string): boolean {
  const trusted = scriptPolicy();
  if (!trusted) return false;
  if (script.textContent === json) return true;
  try {
    (script as unknown as { textContent: unknown }).textContent = trusted.createScript(json);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes (or rewrites) the FAQ's one JSON-LD script, a child of `host`, for `questions`. Returns the script,
 * or `previous` where the page does not allow writing it.
 */
export function writeFaqJsonLd(host: HTMLElement, questions: readonly FaqItem[], locale: string, previous?: HTMLScriptElement): HTMLScriptElement | undefined {
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    mainEntity: questions.map((q) => ({
      '@type': 'Question',
      name: q.question,
      acceptedAnswer: { '@type': 'Answer', text: q.answer.join('\n\n') },
    })),
  }).replace(/</g, '\\u003c'); // so that no text can close the script element if the page is serialised
  const script = previous ?? document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.ketamineFaq = '';
  if (!writeJsonLd(script, json)) return previous;
  if (script.parentNode !== host) host.append(script);
  return script;
}
