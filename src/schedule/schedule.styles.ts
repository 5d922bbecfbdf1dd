import { css } from 'lit';

/** Phones first: one column of shows; actions are 44 px touch targets and wrap. */
export const scheduleStyles = css`
  :host {
    display: block;
    font: var(--shoplive-font, 15px/1.45 system-ui, sans-serif);
    color: var(--shoplive-schedule-color, #1a1a1a);
  }
  :host([hidden]) {
    display: none;
  }
  .heading {
    margin: 0 0 8px;
    font-size: 1.15em;
  }
  .list {
    display: grid;
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .show {
    display: flex;
    gap: 12px;
    padding: 12px;
    border-radius: var(--shoplive-radius, 10px);
    background: var(--shoplive-schedule-background, #fff);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
  }
  img {
    flex: none;
    width: 88px;
    height: 88px;
    object-fit: cover;
    border-radius: 8px;
  }
  .body {
    min-width: 0;
    flex: 1;
  }
  .title {
    margin: 0 0 4px;
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  .when,
  .seller,
  .status {
    margin: 0 0 4px;
  }
  .until {
    display: block;
    opacity: 0.8;
  }
  .seller {
    font-size: 0.9em;
    opacity: 0.8;
  }
  .status {
    font-weight: 600;
  }
  .status.live {
    color: var(--shoplive-accent, #d81a4b);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: flex-start;
  }
  .action,
  .calendar a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 14px;
    border-radius: 22px;
    border: 1px solid currentColor;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: none;
    cursor: pointer;
  }
  .calendar[open] {
    display: grid;
    gap: 6px;
  }
  summary {
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .action:focus-visible,
  .calendar a:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--shoplive-accent, #d81a4b);
    outline-offset: 2px;
  }
`;
