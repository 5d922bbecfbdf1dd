// The size helper's lazy chunk: everything the panel needs once a shopper opens it, behind one dynamic import in
// size-helper.component.ts. The element module itself stays a trigger button.
export { createPanel } from './panel-controller.js';
export { keepPositioned } from './position.js';
export { panelStyles } from './panel.styles.js';
// The engine and the size-system tables ride in this chunk (the panel uses them; re-exported for one import site).
export { recommendSize } from '../recommend.js';
export { validateChart } from '../chart.js';
export { convertSize } from '../systems/convert.js';
export { SIZE_SYSTEMS } from '../systems/tables.js';
export { systemForLocale } from '../systems/locale.js';
export { defaultUnitsForLocale } from '../units.js';
export { PROFILE_LIMITS } from '../profile.js';
export { computePosition, autoUpdate, flip, shift, offset, size } from '@floating-ui/dom';
