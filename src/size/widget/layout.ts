// Where the panel goes before floating-ui has loaded, and when it becomes a bottom sheet.

/** At or below this width the panel is a bottom sheet instead of a popover next to its anchor. */
export const SHEET_QUERY = '(max-width: 480px)';

/** Gap between the anchor and the panel, and between the panel and the viewport's edges (px). */
export const PANEL_GAP = 8;

export function isSheet(): boolean {
  return window.matchMedia(SHEET_QUERY).matches;
}

/** A first placement while the panel's chunk loads: below the anchor (above if there is no room), kept on screen. */
export function placeRoughly(anchor: Element, panel: HTMLElement): void {
  panel.dataset['mode'] = isSheet() ? 'sheet' : 'float';
  if (panel.dataset['mode'] === 'sheet') return;
  const box = anchor.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = panel;
  const rtl = getComputedStyle(panel).direction === 'rtl';
  const start = rtl ? box.right - width : box.left;
  const left = Math.max(PANEL_GAP, Math.min(start, window.innerWidth - width - PANEL_GAP));
  const below = box.bottom + PANEL_GAP;
  const top = below + height <= window.innerHeight - PANEL_GAP ? below : Math.max(PANEL_GAP, box.top - PANEL_GAP - height);
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
}
