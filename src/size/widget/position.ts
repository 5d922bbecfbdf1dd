// Keeps the open panel next to its anchor with floating-ui (flip to the other side when there is no room, shift along
// the edge, never taller than the room there is), or makes it a bottom sheet on narrow screens.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { isSheet, PANEL_GAP } from './layout.js';

const FLOAT_PROPERTIES = ['left', 'top', 'max-height'] as const;
/** Below this the panel is no use; it may then cover its anchor rather than leave the screen. */
const MIN_HEIGHT = 160;

export function keepPositioned(anchor: Element, panel: HTMLElement): () => void {
  let sheet: boolean | undefined;
  const update = async () => {
    const nowSheet = isSheet();
    if (nowSheet !== sheet) {
      sheet = nowSheet;
      panel.dataset['mode'] = nowSheet ? 'sheet' : 'float';
      if (nowSheet) for (const property of FLOAT_PROPERTIES) panel.style.removeProperty(property);
    }
    if (nowSheet) return;
    const { x, y } = await computePosition(anchor, panel, {
      // The panel is in the top layer (a popover), whose containing block is the viewport.
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(PANEL_GAP),
        // The side with room (or the most room); then no taller than that room, scrolling inside.
        flip({ padding: PANEL_GAP }),
        size({
          padding: PANEL_GAP,
          apply({ availableHeight }) {
            panel.style.setProperty('max-height', `${Math.max(MIN_HEIGHT, Math.floor(availableHeight))}px`);
          },
        }),
        // Along the edge to stay on screen; across too (over the anchor) only when even MIN_HEIGHT does not fit.
        shift({ padding: PANEL_GAP, crossAxis: true }),
      ],
    });
    if (sheet) return;
    // CSSOM, not a style attribute: works under a strict style-src Content-Security-Policy.
    panel.style.setProperty('left', `${Math.round(x)}px`);
    panel.style.setProperty('top', `${Math.round(y)}px`);
  };
  return autoUpdate(anchor, panel, () => void update());
}
