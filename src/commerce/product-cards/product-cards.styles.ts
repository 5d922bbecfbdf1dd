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
  /* Titles from data wrap between words (a word longer than the whole line still breaks rather than widen the box). */
  .base {
    display: flex;
    flex-direction: column;
    gap: 8px;
    min-width: 0;
    overflow-wrap: break-word;
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
  /* A product without photos: its text takes the whole width (a rule of its own, kept where :has() is unknown). */
  .card:not(:has(> .media)) {
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
  /* One line in every language: a badge never wraps (it shrinks to its box, with an ellipsis, before it would). */
  .badge {
    align-self: flex-start;
    max-width: 100%;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    box-sizing: border-box;
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
  .title,
  .compact-title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    overflow-wrap: break-word;
    hyphens: manual;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
  }
  .title a {
    color: inherit;
  }
  .price {
    margin: 0;
  }
  .toggle {
    align-self: flex-start;
    min-height: 44px;
    padding: 2px 12px;
    border: 1px solid currentColor;
    border-radius: 999px;
    background: none;
    font-size: 0.85em;
  }
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .card-actions .toggle {
    min-block-size: 44px;
    padding: 2px 12px;
  }
  /* The seller's honest notes: before the buy button, never behind a tab. */
  .good-to-know {
    padding: 6px 8px;
    border-inline-start: 3px solid var(--_accent);
    background: rgb(127 127 127 / 0.15);
    font-size: 0.9em;
  }
  .good-to-know ul {
    margin: 2px 0 0;
    padding-inline-start: 1.1em;
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
    overflow-wrap: break-word;
  }
  /* A narrow or short player (under 480 px wide or 400 px tall: a phone upright or sideways, measured on the player's
     own box, whose .base is the container) gets the compact card; the full card, the bar and the list move into a
     bottom sheet over the video. */
  .compact {
    display: none;
  }
  @container (max-width: 479px) or (max-height: 400px) {
    :host([overlay]) {
      top: var(--shoplive-cards-top, 8px);
      inset-inline-end: var(--shoplive-cards-end, 8px);
      width: var(--shoplive-cards-width, min(196px, 56%));
      overflow: visible;
    }
    :host([overlay]) .base > .card,
    :host([overlay]) .base > .bar,
    :host([overlay]) .base > .list {
      display: none;
    }
    :host([overlay]) .compact {
      display: flex;
    }
  }
  /* A player too narrow for a title beside the thumbnail and Buy (a vertical show in a sidebar): those two remain. */
  @container (max-width: 239px) {
    :host([overlay]) {
      width: auto;
    }
    :host([overlay]) .compact-info {
      display: none;
    }
  }
  .compact {
    flex-direction: column;
    gap: 2px;
    padding: 4px;
    border-radius: var(--_radius);
    background: var(--_card-bg);
    font-size: 12px;
    line-height: 14px;
  }
  .compact-row {
    display: grid;
    grid-template-columns: 44px minmax(0, 1fr) auto;
    column-gap: 6px;
    align-items: center;
  }
  .compact .badge {
    font-size: 10px;
    line-height: 12px;
    letter-spacing: 0.02em;
  }
  .compact .thumb {
    width: 44px;
    height: 44px;
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
    background: rgb(127 127 127 / 0.2);
  }
  .compact .thumb img {
    width: 100%;
    height: 100%;
    aspect-ratio: auto;
    border-radius: 0;
  }
  .compact-info {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .compact-title {
    font-size: 12px;
    line-height: 14px;
  }
  .compact-price {
    unicode-bidi: isolate;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .compact-buy {
    min-width: 44px;
    height: 44px;
    padding: 0 10px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--shoplive-buy-background, var(--_accent));
    color: var(--shoplive-buy-color, var(--_on-accent));
    font-weight: 600;
    white-space: nowrap;
  }
  /* The sheet: over the bottom of the video, above the control bar, scrolling when taller than 85 % of the player. */
  :host([overlay][sheet]) {
    inset: auto 0 0 0;
    width: auto;
    max-height: 85%;
    overflow: auto;
    z-index: 3;
  }
  :host([overlay][sheet]) .compact,
  :host([overlay][sheet]) [part='list-button'] {
    display: none;
  }
  :host([overlay][sheet]) .base {
    padding: 8px;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: var(--shoplive-sheet-background, rgb(20 20 20 / 0.94));
  }
  :host([overlay][sheet='buy']) .base > .card {
    display: grid;
  }
  :host([overlay][sheet='list']) .base > .list,
  :host([overlay][sheet='list']) .base > .bar {
    display: flex;
  }
  /* The details and Ask sheets are the sheet's own content: the card, bar and list step aside (wide or narrow player). */
  :host([sheet='details']) .base > :not(.sheet),
  :host([sheet='ask']) .base > :not(.sheet) {
    display: none;
  }
  /* The assistant's box on the sheet: its text and focus ring those of the sheet, not of a page. */
  :host([overlay]) [part='ask'] {
    --shoplive-assistant-background: transparent;
    --shoplive-assistant-color: var(--shoplive-card-color, #fff);
    --shoplive-focus-ring: var(--_focus);
  }
  /* Light text on the dark sheet over video. */
  :host([overlay]) [part='details'] {
    --shoplive-details-muted-color: rgb(255 255 255 / 0.78);
    --shoplive-details-note-background: rgb(255 255 255 / 0.1);
    --shoplive-details-border-color: rgb(255 255 255 / 0.3);
    --shoplive-details-flag-background: #6b5300;
  }
  .sheet {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .sheet:focus {
    outline: none;
  }
  .sheet-head {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .sheet-title {
    flex: 1;
    min-width: 0;
    font-weight: 600;
    unicode-bidi: isolate;
  }
  .sheet-close {
    min-width: 44px;
    min-height: 44px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_card-bg);
  }
  .item {
    min-height: 44px;
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
