import { css } from 'lit';

export const sideEffectsStyles = css`
  :host {
    display: block;
    --_item-border: var(--ketamine-side-effects-border-color, var(--_border));
    --_urgent: var(--ketamine-side-effects-urgent-color, var(--_danger));
    --_bar: var(--ketamine-side-effects-bar-color, var(--_accent));
    --_comparator-bar: var(--ketamine-side-effects-comparator-bar-color, var(--_muted));
  }

  [part='base'] {
    padding: var(--ketamine-side-effects-padding, 0);
  }

  [part='emergency'] {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin-bottom: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_urgent);
    border-inline-start-width: 0.4rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part='emergency'] p {
    margin: 0;
    max-width: 70ch;
  }
  [part='emergency-icon'] {
    display: inline-flex;
    flex: none;
    color: var(--_urgent);
  }
  [part='emergency-icon'] svg {
    width: 1.25em;
    height: 1.5em;
  }

  [part='group'] + [part='group'] {
    margin-top: 1.25rem;
  }
  [part='heading'] {
    margin: 0 0 0.5rem;
    font-size: var(--ketamine-side-effects-heading-font-size, 1.125em);
    font-weight: 700;
    line-height: 1.3;
  }

  /* No bullets: each effect is a block of its own. role="list" keeps the list semantics where engines drop them. */
  [part='list'],
  [part='figures'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='list'] {
    border-top: 1px solid var(--_item-border);
  }
  [part~='item'] {
    padding: var(--_space) 0.25rem;
    border-bottom: 1px solid var(--_item-border);
  }
  [part~='item'] p {
    margin: 0 0 0.4em;
    max-width: 70ch;
  }
  [part~='item'] > :last-child {
    margin-bottom: 0;
  }

  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  [part='name'] {
    min-width: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  [part='severity'],
  [part='urgent-marker'] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.45em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.8125em;
    line-height: 1.6;
  }
  [part='urgent-marker'] {
    border: 2px solid var(--_urgent);
    font-weight: 700;
  }
  [part='urgent-marker'] svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
    color: var(--_urgent);
  }

  [part='applies-to'],
  [part='item-sources'],
  [part='confidence'] {
    font-size: 0.875em;
    color: var(--_muted);
  }
  [part='item-sources'] {
    overflow-wrap: anywhere;
  }
  [part='confidence'] {
    font-style: italic;
  }

  [part='figures'] {
    margin: 0.5em 0;
    display: grid;
    gap: 0.5em;
  }
  [part='figure'] p {
    margin: 0;
  }
  [part='figure-text'] {
    font-size: 0.875em;
  }
  [part='bars'] {
    display: grid;
    gap: 0.2rem;
    max-width: var(--ketamine-side-effects-bar-max-width, 16rem);
    margin-top: 0.25rem;
  }
  [part='bar-track'] {
    display: block;
    height: var(--ketamine-side-effects-bar-height, 0.5rem);
    border: 1px solid var(--_border);
    border-radius: 2px;
    background: var(--_surface);
    overflow: hidden;
  }
  /* --_value is the percentage (the upper end of a range); up to --_solid (the lower end) the bar is solid. */
  [part='bar'],
  [part='comparator-bar'] {
    display: block;
    width: var(--_value);
    height: 100%;
  }
  [part='bar'] {
    background: linear-gradient(to right, var(--_bar) var(--_solid), color-mix(in srgb, var(--_bar) 45%, transparent) var(--_solid));
  }
  /* Gradients have no logical directions: solid from the inline start, which is the right in RTL. */
  [part='bar']:dir(rtl) {
    background: linear-gradient(to left, var(--_bar) var(--_solid), color-mix(in srgb, var(--_bar) 45%, transparent) var(--_solid));
  }
  /* Hatched, so that the comparator differs from the figure by pattern as well as colour. */
  [part='comparator-bar'] {
    background: repeating-linear-gradient(135deg, var(--_comparator-bar) 0 2px, transparent 2px 4px);
  }

  [part='crisis'] {
    margin: 0.25rem 0;
    padding: 0.4rem 0.6rem;
    border-inline-start: 0.3rem solid var(--_accent);
    background: var(--_surface);
    font-weight: 600;
  }
  [part='empty'] {
    padding: var(--_space) 0;
  }

  /* The bars are drawn with backgrounds, which forced colours would erase: keep them, in system colours. */
  @media (forced-colors: active) {
    [part='bar-track'] {
      border-color: CanvasText;
    }
    [part='bar'],
    [part='comparator-bar'] {
      forced-color-adjust: none;
    }
    [part='bar'] {
      background: Highlight;
    }
    [part='comparator-bar'] {
      background: repeating-linear-gradient(135deg, CanvasText 0 2px, Canvas 2px 4px);
    }
    [part='emergency'],
    [part='urgent-marker'] {
      border-color: CanvasText;
    }
    [part='emergency-icon'],
    [part='urgent-marker'] svg {
      color: CanvasText;
    }
  }
`;
