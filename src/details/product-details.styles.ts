import { css } from 'lit';
import { DEFAULT_ACCENT, DEFAULT_ON_ACCENT } from '../internal/theme.styles.js';

export const productDetailsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font: var(--shoplive-font, 15px/1.45 system-ui, sans-serif);
    color: var(--shoplive-details-text-color, inherit);
    --_accent: var(--shoplive-accent, ${DEFAULT_ACCENT});
    --_on-accent: var(--shoplive-on-accent, ${DEFAULT_ON_ACCENT});
    --_radius: var(--shoplive-radius, 8px);
    --_muted: var(--shoplive-details-muted-color, #55585e);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 18px;
    overflow-wrap: anywhere;
    min-width: 0;
  }
  h2,
  h3 {
    margin: 0 0 6px;
  }
  h2 {
    font-size: 1.2em;
  }
  h3 {
    font-size: 1em;
  }
  p {
    margin: 0 0 4px;
  }
  bdi {
    unicode-bidi: isolate;
  }
  .muted,
  .language {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 6px;
    padding: 0 8px;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
  }
  img {
    max-width: 100%;
    display: block;
    border-radius: var(--_radius);
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .side-by-side {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
  }
  .slider {
    display: none;
  }
  /* Phones: one frame, the natural-light photo revealed over the studio one as the slider moves. */
  @container (max-width: 479px) {
    .side-by-side {
      display: none;
    }
    .slider {
      display: block;
    }
  }
  .stack {
    position: relative;
  }
  .stack .reveal {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
    clip-path: inset(0 calc(100% - var(--_split, 50%)) 0 0);
  }
  .stack figcaption {
    display: flex;
    justify-content: space-between;
  }
  input[type='range'] {
    width: 100%;
    min-height: 44px;
    accent-color: var(--_accent);
  }
  .good-to-know {
    padding: 12px;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_accent);
    background: var(--shoplive-details-note-background, rgb(0 0 0 / 0.04));
  }
  .good-to-know ul,
  .ingredients,
  .shades {
    margin: 0;
    padding-inline-start: 18px;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: 6px 8px;
    text-align: start;
    border-bottom: 1px solid var(--shoplive-details-border-color, #d0d3d8);
    white-space: nowrap;
  }
  tr.recommended {
    background: var(--shoplive-details-highlight-background, rgb(216 26 75 / 0.1));
    font-weight: 600;
  }
  .shades {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .shades li {
    display: flex;
    align-items: center;
    gap: 10px;
  }
  .swatch {
    flex: none;
    width: 32px;
    height: 32px;
  }
  .swatch circle {
    stroke: rgb(0 0 0 / 0.2);
  }
  .shade-text {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: baseline;
  }
  .shade-photos {
    display: flex;
    gap: 4px;
    margin-inline-start: auto;
  }
  .shade-photos img {
    width: 48px;
    height: 48px;
    object-fit: cover;
  }
  .avoid {
    border: 0;
    padding: 0;
    margin: 0 0 8px;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .avoid legend {
    font-weight: 600;
    padding: 0 0 4px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    padding: 0 12px;
    border: 1px solid currentColor;
    border-radius: 999px;
    box-sizing: border-box;
    cursor: pointer;
  }
  .chip input {
    accent-color: var(--_accent);
    width: 18px;
    height: 18px;
    margin: 0;
  }
  mark {
    background: var(--shoplive-details-flag-background, #ffe08a);
    color: #1d1d1f;
    font-weight: 600;
  }
  .warning {
    font-weight: 600;
  }
  .power {
    padding: 12px;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--shoplive-details-ok-color, #1a7f45);
  }
  .power.warning {
    border-inline-start-color: var(--shoplive-details-warning-color, #b3261e);
  }
  .scale svg {
    max-width: 100%;
    height: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .scale [part='scale-product'] {
    fill: var(--_accent);
    fill-opacity: 0.25;
    stroke: var(--_accent);
  }
  [part='textures'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(96px, 1fr));
    gap: 6px;
  }
  a:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--shoplive-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
`;
