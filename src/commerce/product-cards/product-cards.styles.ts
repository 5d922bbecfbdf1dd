import { css } from 'lit';
import { spinnerStyles } from '../../internal/spinner.styles.js';
import { DEFAULT_ACCENT, DEFAULT_ON_ACCENT, DEFAULT_SCRIM } from '../../internal/theme.styles.js';

// Over video the card is dark: the scrim keeps white text at 6.2:1 even over a white frame, and light error text and
// a white focus ring read on it where the accent would not.
export const productCardsStyles = [
  spinnerStyles,
  css`
  :host {
    display: block;
    font: var(--shoplive-font, 14px/1.4 system-ui, sans-serif);
    color: var(--shoplive-card-color, inherit);
    --_card-bg: var(--shoplive-card-background, #fff);
    --_radius: var(--shoplive-card-radius, var(--shoplive-radius, 10px));
    --_accent: var(--shoplive-accent, ${DEFAULT_ACCENT});
    --_on-accent: var(--shoplive-on-accent, ${DEFAULT_ON_ACCENT});
    --_focus: var(--shoplive-focus-ring, var(--_accent));
    --_buy-error: var(--shoplive-buy-error-color, #b3261e);
  }
  :host([overlay]) {
    position: absolute;
    top: var(--shoplive-cards-top, 12px);
    inset-inline-end: var(--shoplive-cards-end, 12px);
    width: var(--shoplive-cards-width, min(300px, 46%));
    max-height: calc(100% - var(--shoplive-cards-bottom-gap, 72px));
    overflow: auto;
    color: var(--shoplive-card-color, #fff);
    --_card-bg: var(--shoplive-card-background, ${DEFAULT_SCRIM});
    --_focus: var(--shoplive-focus-ring, #fff);
    --_buy-error: var(--shoplive-buy-error-color, #ffdad5);
    z-index: 1;
  }
  :host([hidden]) {
    display: none;
  }
  /* Long words, prices and titles from data wrap inside the overlay's box instead of widening it. */
  .base {
    display: flex;
    flex-direction: column;
    gap: 8px;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .card {
    display: grid;
    grid-template-columns: minmax(64px, 30%) minmax(0, 1fr);
    gap: 10px;
    padding: 10px;
    border-radius: var(--_radius);
    background: var(--_card-bg);
    backdrop-filter: blur(6px);
  }
  .card.natural {
    grid-template-columns: 1fr;
  }
  .card.natural img {
    aspect-ratio: 1;
  }
  /* The card already shows the price. */
  shoplive-buy-button {
    --shoplive-buy-price-display: none;
    --shoplive-focus-ring: var(--_focus);
    --shoplive-buy-error-color: var(--_buy-error);
  }
  .media {
    display: flex;
    gap: 6px;
    margin: 0;
  }
  figure {
    flex: 1;
    margin: 0;
  }
  figcaption {
    font-size: 0.8em;
    opacity: 0.85;
  }
  img {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 5;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    background: rgb(127 127 127 / 0.2);
  }
  .info {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: 0;
  }
  .badge {
    align-self: flex-start;
    padding: 1px 6px;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.75em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  /* Text from data is isolated: a title in another direction cannot reorder what follows it. */
  .title,
  .price,
  .item span {
    unicode-bidi: isolate;
  }
  .title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .title a {
    color: inherit;
  }
  .price {
    margin: 0;
  }
  .toggle {
    align-self: flex-start;
    padding: 2px 8px;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: none;
    font-size: 0.85em;
  }
  .toggle[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .bar {
    display: flex;
    gap: 8px;
  }
  .bar button {
    flex: 1;
    min-width: 0;
    padding: 6px 10px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    grid-template-columns: 40px minmax(0, 1fr) minmax(0, auto);
    align-items: center;
    gap: 8px;
    width: 100%;
    padding: 6px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_card-bg);
    text-align: start;
  }
  .item[aria-current='true'] {
    outline: 2px solid currentColor;
  }
  .item img {
    width: 40px;
  }
  .item span {
    overflow-wrap: anywhere;
  }
  /* Loading and load errors sit where the card will be, on the card's own background. */
  .load {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 0;
    padding: 10px;
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
  .load p {
    flex: 1 1 12em;
    margin: 0;
  }
  .load button {
    min-block-size: 44px;
    padding: 6px 14px;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: none;
  }
  .spinner {
    --_spinner-size: 14px;
    --_spinner-track: transparent;
    flex: none;
  }
`,
];
