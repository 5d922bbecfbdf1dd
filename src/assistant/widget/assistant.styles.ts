import { css } from 'lit';
import { DEFAULT_ACCENT, DEFAULT_ON_ACCENT } from '../../internal/theme.styles.js';

export const assistantStyles = css`
  :host {
    display: block;
    font: var(--shoplive-font, 14px/1.4 system-ui, sans-serif);
    color: var(--shoplive-assistant-color, inherit);
    --_accent: var(--shoplive-accent, ${DEFAULT_ACCENT});
    --_on-accent: var(--shoplive-on-accent, ${DEFAULT_ON_ACCENT});
    --_radius: var(--shoplive-radius, 10px);
  }
  :host([hidden]) {
    display: none;
  }
  /* Over the video (the player's "Ask" entry): a button at the bottom start, the panel opening above it. */
  :host([compact]) {
    position: absolute;
    bottom: var(--shoplive-ask-bottom, 64px);
    inset-inline-start: var(--shoplive-ask-start, 12px);
    max-width: calc(100% - 24px);
    pointer-events: auto;
  }
  :host([compact][open]) {
    width: var(--shoplive-ask-width, min(360px, calc(100% - 24px)));
    max-height: calc(100% - var(--shoplive-ask-bottom, 64px) - 12px);
    overflow: auto;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 10px;
    min-width: 0;
    max-width: 100%;
    overflow-wrap: anywhere;
    padding: 12px;
    border-radius: var(--_radius);
    background: var(--shoplive-assistant-background, Canvas);
    color: var(--shoplive-assistant-color, CanvasText);
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.05em;
    margin: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 44px;
    min-width: 44px;
    border-radius: var(--_radius);
  }
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--shoplive-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  form {
    display: flex;
    gap: 8px;
  }
  input {
    flex: 1;
    min-width: 0;
    min-height: 44px;
    font: inherit;
    padding: 0 10px;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    box-sizing: border-box;
  }
  .ask,
  .open {
    border: 0;
    padding: 0 16px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .suggestions button {
    border: 1px solid currentColor;
    background: transparent;
    color: inherit;
    padding: 0 12px;
  }
  .log {
    display: flex;
    flex-direction: column;
    gap: 10px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .question {
    font-weight: 600;
  }
  .answer {
    white-space: pre-line;
  }
  .source,
  .privacy {
    font-size: 0.85em;
    margin: 0;
  }
  .copy {
    border: 1px solid currentColor;
    background: transparent;
    color: inherit;
    padding: 0 10px;
    font-size: 0.85em;
  }
  .reply {
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 8px;
  }
`;
