import { defineElement } from '../shared/define.js';
import { KetamineSideEffects } from './side-effects.component.js';

export { KetamineSideEffects };
export { DRUG_CONTEXTS, careOf, SIDE_EFFECT_GROUPINGS, SIDE_EFFECT_SORTS, type SideEffectGrouping, type SideEffectSort } from './side-effects.component.js';

defineElement('ketamine-side-effects', KetamineSideEffects);

declare global {
  interface HTMLElementTagNameMap {
    'ketamine-side-effects': KetamineSideEffects;
  }
}
