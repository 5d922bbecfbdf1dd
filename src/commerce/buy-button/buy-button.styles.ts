import { css } from 'lit';
import { spinnerStyles } from '../../internal/spinner.styles.js';
import { visuallyHiddenStyles } from '../../internal/visually-hidden.styles.js';
import { DEFAULT_ACCENT, DEFAULT_ON_ACCENT, DEFAULT_SUCCESS } from '../../internal/theme.styles.js';

// Every target is at least 44 x 44 px (a thumb's width; the phone rule of docs/phone.md): size chips, "Find my size"
// and the button itself. "Adding…" is news, not a disabled control: it keeps full contrast. The error colour is a dark red for a light page;
// the product cards, dark over video, hand down a light one.
const ownStyles = css`
  :host {
    display: block;
    font: var(--shoplive-font, 14px/1.4 system-ui, sans-serif);
    color: var(--shoplive-buy-text-color, inherit);
    --_accent: var(--shoplive-buy-background, var(--shoplive-accent, ${DEFAULT_ACCENT}));
    --_on-accent: var(--shoplive-on-accent, ${DEFAULT_ON_ACCENT});
    --_radius: var(--shoplive-buy-radius, var(--shoplive-radius, 8px));
  }
  :host([hidden]) {
    display: none;
  }
  /* Long words, prices and messages from data wrap inside the button's box instead of overflowing it. */
  .base {
    min-width: 0;
    max-width: 100%;
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--shoplive-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  .sizes {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    border-radius: var(--_radius);
  }
  .sizes.attention {
    outline: 2px dashed var(--_accent);
    outline-offset: 3px;
  }
  .size {
    max-width: 100%;
    min-width: 44px;
    min-height: 44px;
    padding: 4px 10px;
    border: 1px solid var(--shoplive-chip-border-color, currentColor);
    border-radius: var(--shoplive-chip-radius, 999px);
    background: var(--shoplive-chip-background, transparent);
    color: inherit;
  }
  .size[aria-checked='true'] {
    background: var(--shoplive-chip-checked-background, var(--_accent));
    border-color: var(--shoplive-chip-checked-background, var(--_accent));
    color: var(--shoplive-chip-checked-color, var(--_on-accent));
  }
  .size[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.5;
    text-decoration: line-through;
  }
  .find-size {
    align-self: flex-start;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
  }
  .buy {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-height: 44px;
    flex-wrap: wrap;
    max-width: 100%;
    padding: 8px 16px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--shoplive-buy-color, var(--_on-accent));
    font-weight: 600;
  }
  .buy[aria-disabled='true'] {
    cursor: default;
    opacity: 0.6;
  }
  :host([state='pending']) .buy {
    cursor: progress;
    opacity: 1;
  }
  :host([state='added']) .buy {
    background: var(--shoplive-buy-added-background, ${DEFAULT_SUCCESS});
  }
  .price {
    display: var(--shoplive-buy-price-display, inline);
    unicode-bidi: isolate;
    font-weight: 400;
  }
  .spinner {
    --_spinner-size: 14px;
    --_spinner-track: transparent;
  }
  .status {
    margin: 0;
    min-height: 1.4em;
    font-size: 0.9em;
  }
  :host([state='error']) .status {
    color: var(--shoplive-buy-error-color, #b3261e);
  }
  .status a {
    color: inherit;
  }
`;

export const buyButtonStyles = [spinnerStyles, visuallyHiddenStyles, ownStyles];
