import { seekBarStyles } from './seek-bar.styles.js';

/**
 * The controls of a recording or a show in progress (seek bar, time, speed items): their own chunk, loaded once the
 * stream turns out to be one, so a live player never downloads them. Their styles join the player's on arrival.
 */
export { renderSeekBar } from './seek-bar.js';
export { speedItems } from './speed-menu.js';

export function adoptStyles(root: ShadowRoot | null): void {
  const sheet = seekBarStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
