import { css } from 'lit';
import { spinnerStyles } from '../../internal/spinner.styles.js';
import { visuallyHiddenStyles } from '../../internal/visually-hidden.styles.js';
import { DEFAULT_ACCENT, DEFAULT_ON_ACCENT } from '../../internal/theme.styles.js';

/**
 * The trigger and the panel's frame. The form and result styles arrive with the panel's chunk (panel.styles.ts).
 * Logical properties throughout, so right-to-left languages mirror without extra rules.
 */
const ownStyles = css`
  :host {
    display: inline-block;
    font: var(--shoplive-font, 15px/1.45 system-ui, sans-serif);
    --_accent: var(--shoplive-accent, ${DEFAULT_ACCENT});
    --_on-accent: var(--shoplive-on-accent, ${DEFAULT_ON_ACCENT});
    --_bg: var(--shoplive-size-background, #fff);
    --_fg: var(--shoplive-size-color, #1d1d1f);
    --_muted: var(--shoplive-size-muted, #5c5f66);
    --_border: var(--shoplive-size-border, #c9ccd1);
    --_error: var(--shoplive-size-error, #b3261e);
    --_radius: var(--shoplive-size-radius, var(--shoplive-radius, 12px));
  }
  :host([hidden]) {
    display: none;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid var(--shoplive-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding-block: 0.35em;
    padding-inline: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .trigger svg {
    flex: none;
  }
  .fit-note {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .panel {
    /* A popover in the top layer: no ancestor's overflow or z-index can clip or cover it. */
    position: fixed;
    inset: auto;
    margin: 0;
    z-index: var(--shoplive-size-z-index, 2147483000);
    box-sizing: border-box;
    inline-size: min(var(--shoplive-size-width, 22rem), calc(100vw - 16px));
    max-block-size: calc(100dvh - 16px);
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.18);
    text-align: start;
  }
  .panel:focus {
    outline: none;
  }
  .panel[data-mode='sheet'] {
    inset-inline: 0;
    inset-block-end: 0;
    inset-block-start: auto;
    inline-size: 100%;
    max-inline-size: none;
    max-block-size: 85dvh;
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    border-inline: 0;
    border-block-end: 0;
    padding-block-end: env(safe-area-inset-bottom, 0);
  }
  .panel::backdrop {
    background: transparent;
  }
  .panel[data-mode='sheet']::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .header {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding-block: 0.75rem 0.25rem;
    padding-inline: 1rem 0.5rem;
    background: var(--_bg);
  }
  h2 {
    margin: 0;
    font-size: 1.1em;
    font-weight: 650;
  }
  .close {
    display: grid;
    place-items: center;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border: 0;
    border-radius: 50%;
    background: none;
    color: inherit;
  }
  .close:hover {
    background: rgb(0 0 0 / 0.06);
  }
  .body {
    padding-block: 0.25rem 1rem;
    padding-inline: 1rem;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: 0.6em;
    color: var(--_muted);
  }
  .spinner {
    --_spinner-track: var(--_border);
    --_spinner-color: var(--_accent);
  }
  .message {
    margin-block: 0.5rem;
  }
  .primary,
  .secondary {
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    padding-inline: 1.1em;
    border-radius: calc(var(--_radius) * 0.6);
    font-weight: 600;
  }
  .primary {
    border: 0;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .secondary {
    border: 1px solid var(--_border);
    background: transparent;
    color: inherit;
  }
`;

export const sizeHelperStyles = [spinnerStyles, visuallyHiddenStyles, ownStyles];
