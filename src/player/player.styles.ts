import { css } from 'lit';
import { spinnerStyles } from '../internal/spinner.styles.js';
import { visuallyHiddenStyles } from '../internal/visually-hidden.styles.js';
import { DEFAULT_ACCENT, DEFAULT_ON_ACCENT, DEFAULT_SCRIM } from '../internal/theme.styles.js';
import { overlayLayoutStyles } from '../layout/overlay-layout.styles.js';

/**
 * Theming goes through `--shoplive-*` custom properties (with fallbacks) and `::part`; state is read from reflected
 * attributes such as `:host([state=error])`, never from classes.
 *
 * Accessible over any picture (comments live here, not in the CSS, which ships as written):
 * - the bar is solid behind the controls themselves, so a bright frame cannot wash the icons out; the fade above it
 *   is decoration;
 * - on a phone-sized player (288 px and up) every control stays in the bar: no volume slider below 420 px (the mute
 *   button and the device's keys remain), 44 px touch targets from 340 px up (36 px below), and the LIVE badge stays
 *   on one line (an ellipsis before it would wrap);
 * - menus open above the bar whatever its height, and are never taller than the player (they scroll).
 */
const ownStyles = css`
  :host {
    display: block;
    position: relative;
    aspect-ratio: var(--shoplive-aspect-ratio, var(--_ratio, 16 / 9));
    background: var(--shoplive-background, #000);
    color: var(--shoplive-control-color, #fff);
    font: var(--shoplive-font, 14px/1.4 system-ui, sans-serif);
    border-radius: var(--shoplive-radius, 0);
    overflow: hidden;
    contain: content;
    /* A double tap (to unmute, to press Buy twice) never zooms the page. */
    touch-action: manipulation;
    --_accent: var(--shoplive-accent, ${DEFAULT_ACCENT});
    --_on-accent: var(--shoplive-on-accent, ${DEFAULT_ON_ACCENT});
    --_bar: var(--shoplive-control-background, ${DEFAULT_SCRIM});
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    position: absolute;
    inset: 0;
    container-type: size;
  }
  video {
    width: 100%;
    height: 100%;
    object-fit: var(--shoplive-object-fit, contain);
    display: block;
    background: transparent;
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    border-radius: 6px;
  }
  button:focus-visible,
  input:focus-visible,
  [role='menuitemradio']:focus-visible,
  [role='menuitem']:focus-visible {
    outline: 2px solid var(--shoplive-focus-ring, #fff);
    outline-offset: 2px;
    box-shadow: 0 0 0 4px var(--_accent);
  }
  .controls {
    position: absolute;
    inset: auto 0 0 0;
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 6px 8px;
    background: var(--_bar);
    transition: opacity 0.2s;
  }
  .controls::before {
    content: '';
    position: absolute;
    inset: auto 0 100% 0;
    height: 24px;
    background: linear-gradient(transparent, var(--_bar));
    pointer-events: none;
  }
  :host([state='playing']:not(:hover):not(:focus-within)) .controls {
    opacity: 0;
  }
  :host([state='idle']) .controls,
  :host([state='error']) .controls {
    display: none;
  }
  .controls button {
    flex: none;
    width: 44px;
    height: 44px;
  }
  .spacer {
    flex: 1;
  }
  .volume {
    width: 72px;
    height: 44px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .controls .live {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    flex: 0 1 auto;
    min-width: 0;
    width: auto;
    padding: 0 8px;
    font-weight: 600;
    font-size: 12px;
    line-height: 1.15;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    text-align: start;
  }
  .controls .live[data-behind] {
    white-space: normal;
    overflow-wrap: break-word;
    min-height: 44px;
  }
  .live::before {
    content: '';
    flex: none;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .live[aria-disabled='true'] {
    cursor: default;
  }
  .live[data-behind]::before {
    background: #999;
  }
  .overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    pointer-events: none;
  }
  .overlay > * {
    pointer-events: auto;
  }
  .big-play {
    width: 72px;
    height: 72px;
    border-radius: 50%;
    background: var(--_bar);
  }
  .big-play svg {
    width: 40px;
    height: 40px;
  }
  .unmute {
    position: absolute;
    top: 12px;
    left: 12px;
    padding: 6px 12px;
    background: var(--_bar);
  }
  :host(:dir(rtl)) .unmute {
    left: auto;
    right: 12px;
  }
  .spinner {
    --_spinner-size: 48px;
    --_spinner-width: 4px;
    --_spinner-track: rgb(255 255 255 / 0.3);
    --_spinner-color: var(--_accent);
  }
  .signal {
    display: inline-flex;
    padding: 0 4px;
  }
  .signal svg {
    width: 18px;
    height: 18px;
  }
  .signal rect {
    opacity: 0.3;
  }
  .signal[data-bars='1'] rect:nth-child(-n + 1),
  .signal[data-bars='2'] rect:nth-child(-n + 2),
  .signal[data-bars='3'] rect:nth-child(-n + 3),
  .signal[data-bars='4'] rect {
    opacity: 1;
  }
  .signal[data-bars='0'],
  .signal[data-bars='1'] {
    color: var(--shoplive-signal-weak, #ffb020);
  }
  .notice {
    position: absolute;
    top: 12px;
    inset-inline-end: 12px;
    padding: 4px 10px;
    border-radius: 6px;
    background: var(--_bar);
  }
  .error {
    max-width: 80%;
    padding: 16px 20px;
    border-radius: 10px;
    background: var(--shoplive-error-background, rgb(20 20 20 / 0.9));
    text-align: center;
  }
  .error p {
    margin: 0 0 12px;
  }
  .error button {
    padding: 6px 16px;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .menu {
    position: absolute;
    inset-inline-end: 8px;
    bottom: calc(100% + 4px);
    box-sizing: border-box;
    min-width: 140px;
    max-width: calc(100cqw - 16px);
    max-height: calc(100cqh - 64px);
    overflow-y: auto;
    padding: 4px;
    margin: 0;
    list-style: none;
    border-radius: 8px;
    background: var(--shoplive-menu-background, rgb(20 20 20 / 0.92));
  }
  .menu [role='group'] + [role='group'] {
    margin-top: 4px;
    border-top: 1px solid rgb(255 255 255 / 0.2);
    padding-top: 4px;
  }
  .menu .group-label {
    padding: 4px 10px 2px;
    font-size: 0.85em;
    font-weight: 600;
    opacity: 0.8;
  }
  .menu [role='menuitemradio'],
  .menu [role='menuitem'] {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    box-sizing: border-box;
    padding: 6px 10px;
    border-radius: 6px;
    cursor: pointer;
  }
  .menu [role='menuitem']::before,
  .menu [role='menuitemradio']::before {
    content: '';
    width: 1em;
  }
  .menu [aria-checked='true']::before {
    content: '✓';
  }
  .menu [role='menuitem']:hover,
  .menu [role='menuitemradio']:hover {
    background: rgb(255 255 255 / 0.12);
  }
  @container (max-width: 420px) {
    .controls {
      gap: 2px;
      padding: 4px;
    }
    .volume {
      display: none;
    }
    .controls .live {
      width: auto;
      padding: 0 4px;
    }
  }
  /* Below 340 px six 44 px targets and the LIVE badge no longer fit in one row: 36 px (WCAG's minimum is 24). */
  @container (max-width: 339px) {
    .controls button {
      width: 36px;
      height: 36px;
    }
  }
  .unmute {
    min-height: 44px;
  }
`;

export const playerStyles = [spinnerStyles, visuallyHiddenStyles, ownStyles, overlayLayoutStyles];
