import { css } from 'lit';
import { DEFAULT_ACCENT, DEFAULT_ON_ACCENT } from '../internal/theme.styles.js';

export const fitCheckStyles = css`
  :host {
    display: block;
    max-width: 36rem;
    font: var(--shoplive-font, 15px/1.45 system-ui, sans-serif);
    color: var(--shoplive-fit-check-text-color, inherit);
    --_accent: var(--shoplive-accent, ${DEFAULT_ACCENT});
    --_on-accent: var(--shoplive-on-accent, ${DEFAULT_ON_ACCENT});
    --_radius: var(--shoplive-radius, 8px);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 16px;
    padding: var(--shoplive-fit-check-padding, 16px);
    border: 1px solid var(--shoplive-fit-check-border-color, #c8c8c8);
    border-radius: var(--_radius);
    background: var(--shoplive-fit-check-background, transparent);
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  .privacy,
  .hint {
    margin: 0;
    font-size: 0.9em;
    opacity: 0.85;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0 0 6px;
    font-weight: 600;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  /* Native radios keep arrow keys and screen-reader semantics; the label is the 44 px touch target. */
  .choice {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0 14px;
    border: 1px solid currentColor;
    border-radius: 999px;
    cursor: pointer;
    box-sizing: border-box;
  }
  .choice input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .choice:has(input:focus-visible) {
    outline: 2px solid var(--shoplive-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  .areas {
    display: flex;
    flex-direction: column;
    gap: 10px;
    padding-inline-start: 12px;
    border-inline-start: 2px solid var(--shoplive-fit-check-border-color, #c8c8c8);
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 5em;
    font: inherit;
    padding: 8px;
    border-radius: var(--_radius);
  }
  button,
  a.action {
    font: inherit;
    min-height: 44px;
    padding: 0 18px;
    border-radius: var(--_radius);
    cursor: pointer;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-decoration: none;
  }
  .primary {
    border: 0;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .secondary {
    border: 1px solid currentColor;
    background: transparent;
    color: inherit;
  }
  button:focus-visible,
  a.action:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--shoplive-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  button[disabled] {
    cursor: default;
    opacity: 0.7;
  }
  .fixes {
    display: flex;
    flex-direction: column;
    gap: 10px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tip {
    margin: 0;
    padding: 10px 12px;
    border-radius: var(--_radius);
    background: var(--shoplive-fit-check-tip-background, rgb(0 0 0 / 0.05));
  }
  .tip strong {
    display: block;
  }
  .status {
    margin: 0;
    min-height: 1.45em;
  }
  bdi {
    unicode-bidi: isolate;
  }
  @media (prefers-reduced-motion: no-preference) {
    .choice {
      transition: background-color 120ms;
    }
  }
`;
