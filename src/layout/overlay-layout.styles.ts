import { css } from 'lit';

/**
 * The regions of everything drawn over the video, decided by the player's own size (container queries on `.base`,
 * and the numbers OverlayLayout measures), never the viewport's:
 * - top start: the "Tap to unmute" button and status notices, stacked (`.region-top-start`);
 * - top end: the product cards (a compact card under 480 px);
 * - bottom: the control bar; the captions sit right above it while it shows, and drop to the bottom edge when it
 *   hides;
 * - the captions take the room between the bottom region and the lowest top region, and nothing is drawn over them.
 * OverlayLayout writes `--_bar-height` (the bar's measured height), `--_top-occupied` (the lowest edge of the top
 * regions) and `--_top-end-width` (the cards' width) into a sheet of its own.
 */
export const overlayLayoutStyles = css`
  .base {
    --_edge: 8px;
    --_bar-space: var(--_bar-height, 52px);
  }
  /* The bar is hidden (playing, not pointed at, not focused; or not drawn at all): captions go down to the edge. */
  :host([state='playing']:not(:hover):not(:focus-within)) .base,
  :host([state='idle']) .base,
  :host([state='error']) .base {
    --_bar-space: 0px;
  }
  .region-top-start {
    position: absolute;
    top: var(--_edge);
    inset-inline-start: var(--_edge);
    max-width: calc(100cqw - var(--_top-end-width, 0px) - 3 * var(--_edge));
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 6px;
    z-index: 1;
  }
  .region-top-start:empty {
    display: none;
  }
  .region-top-start > * {
    position: static;
    max-width: 100%;
  }
`;
