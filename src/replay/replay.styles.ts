import { css } from 'lit';

/**
 * Adopted into the player's shadow root when the replay feature loads. The chapter list opens above the control bar
 * and scrolls inside the player; every chapter is a 44 px touch target.
 */
export const replayStyles = css`
  .chapters {
    position: absolute;
    inset-inline: 8px;
    bottom: 96px;
    max-height: calc(100% - 112px);
    max-width: 360px;
    overflow-y: auto;
    padding: 8px;
    border-radius: 8px;
    background: var(--shoplive-menu-background, rgb(20 20 20 / 0.92));
    z-index: 3;
  }
  .chapters-heading {
    margin: 0 0 4px;
    font-size: 13px;
    font-weight: 600;
  }
  .chapters ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chapters [part='chapter'] {
    display: flex;
    justify-content: space-between;
    gap: 12px;
    width: 100%;
    min-height: 44px;
    padding: 0 8px;
    text-align: start;
  }
  .chapters [aria-current='true'] {
    box-shadow: inset 3px 0 0 var(--shoplive-chapter-mark, #ffd23f);
  }
  .chapter-time {
    font-variant-numeric: tabular-nums;
    opacity: 0.85;
  }
  .share,
  .replay-button {
    min-height: 44px;
    padding: 0 16px;
    border-radius: 22px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .share {
    margin-top: 8px;
  }
  .share-status {
    margin-inline-start: 8px;
  }
  .show-ended {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 12px;
    background: rgb(0 0 0 / 0.6);
    text-align: center;
    z-index: 2;
  }
  .show-ended p {
    margin: 0;
    font-weight: 600;
  }
`;
