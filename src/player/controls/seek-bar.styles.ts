import { css } from 'lit';

/**
 * The seek bar takes the control bar's first line, full width, above the buttons (phones first: no button gives up
 * its room). The track is 44 px tall for touch, drawn 4 px thick; chapter marks sit on it.
 */
export const seekBarStyles = css`
  .controls:has(.seek) {
    flex-wrap: wrap;
  }
  .seek {
    order: -1;
    flex: 1 0 100%;
    display: flex;
    align-items: center;
    gap: 8px;
    min-width: 0;
  }
  .seek-track {
    --_progress: 0;
    position: relative;
    flex: 1;
    height: 44px;
    cursor: pointer;
    touch-action: none;
  }
  .seek-track::before,
  .seek-fill {
    content: '';
    position: absolute;
    inset-inline: 0;
    top: 20px;
    height: 4px;
    border-radius: 2px;
    background: rgb(255 255 255 / 0.35);
  }
  .seek-fill {
    inset-inline-end: auto;
    width: calc(var(--_progress) * 100%);
    background: var(--_accent);
  }
  .seek-thumb {
    position: absolute;
    top: 16px;
    inset-inline-start: calc(var(--_progress) * 100% - 6px);
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--shoplive-control-color, #fff);
  }
  .seek-mark {
    --_at: 0;
    position: absolute;
    top: 18px;
    inset-inline-start: calc(var(--_at) * 100% - 2px);
    width: 4px;
    height: 8px;
    border-radius: 1px;
    background: var(--shoplive-chapter-mark, #ffd23f);
  }
  .seek-track:focus-visible {
    outline: 2px solid var(--shoplive-focus-ring, #fff);
    outline-offset: -2px;
  }
  .time {
    flex: none;
    font-variant-numeric: tabular-nums;
    font-size: 12px;
    white-space: nowrap;
  }
`;
