import { css } from 'lit';

/**
 * The mini-player: the player's box stays in the page (nothing below it moves) while its content floats in a corner
 * of the viewport (`mini-player="bottom-end"` by default; `top-start`, `top-end`, `bottom-start`), movable by drag.
 * Its bar keeps play/pause and mute; the compact product card and its Buy come along.
 */
export const miniPlayerStyles = css`
  :host([mini]) {
    contain: none;
    overflow: visible;
  }
  :host([mini]) .base {
    position: fixed;
    inset: auto var(--_mini-edge, 12px) var(--_mini-edge, 12px) auto;
    z-index: 2147482000;
    /* No taller than 70 % of the viewport (a phone held sideways): the width gives way, the shape stays. */
    width: min(var(--shoplive-mini-width, min(42vw, 240px)), calc(70vh * var(--_ratio-value, 1.7778)));
    height: auto;
    aspect-ratio: var(--shoplive-aspect-ratio, var(--_ratio, 16 / 9));
    border-radius: 12px;
    overflow: hidden;
    background: var(--shoplive-background, #000);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.35);
    translate: var(--_mini-dx, 0px) var(--_mini-dy, 0px);
    touch-action: none;
  }
  :host([mini]:dir(rtl)) .base,
  :host([mini][mini-player$='start']) .base {
    inset: auto auto var(--_mini-edge, 12px) var(--_mini-edge, 12px);
  }
  :host([mini][mini-player$='start']:dir(rtl)) .base {
    inset: auto var(--_mini-edge, 12px) var(--_mini-edge, 12px) auto;
  }
  :host([mini][mini-player^='top']) .base {
    top: var(--_mini-edge, 12px);
    bottom: auto;
  }
  :host([mini]) .controls > :not([part='play-button']):not([part='mute-button']):not(.spacer) {
    display: none;
  }
  /* Only play and mute are left: they keep 44 px targets, though the floating box is under 340 px wide. */
  :host([mini]) .controls button {
    width: 44px;
    height: 44px;
  }
  /* Below the close button: in a box this narrow the compact card spans the width and would cover it. */
  :host([mini]) .region-top-start {
    top: 56px;
  }
  :host([mini]) .base {
    --shoplive-cards-top: 52px;
  }
  .mini-close {
    position: absolute;
    top: 4px;
    inset-inline-start: 4px;
    z-index: 4;
    width: 44px;
    height: 44px;
    border-radius: 50%;
    background: var(--_bar);
    font-size: 18px;
  }
`;
