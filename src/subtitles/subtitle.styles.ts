import { css } from 'lit';

/**
 * The caption overlay's look, adopted into the player's shadow root when the subtitle layer loads (a player without
 * captions does not carry it). Sized by the player (container query units), not the page. Every line of a cue is shown
 * (no line clamp: large text on a phone wraps to more lines); only a cue taller than the room above the bar is cut,
 * at its top, so the newest words stay in view.
 */
export const subtitleStyles = css`
  .subtitles {
    position: absolute;
    inset-inline: 4%;
    bottom: var(--shoplive-subtitle-bottom, 56px);
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: flex-end;
    max-height: calc(100cqh - var(--shoplive-subtitle-bottom, 56px) - 8px);
    overflow: hidden;
    gap: 0.2em;
    pointer-events: none;
    font: var(--shoplive-subtitle-font, 600 1em/1.45 system-ui, sans-serif);
    font-size: calc(clamp(12px, 5.5cqh, 44px) * var(--_subtitle-scale, 1));
  }
  .subtitles[data-size='small'] {
    --_subtitle-scale: 0.8;
  }
  .subtitles[data-size='large'] {
    --_subtitle-scale: 1.3;
  }
  .cue {
    max-width: 100%;
    text-align: center;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .cue:lang(zh),
  .cue:lang(ja) {
    line-break: strict;
  }
  .cue:lang(ko) {
    word-break: keep-all;
  }
  .cue span {
    /* Text from data must not reorder what is around it, nor be reordered: its own bidi paragraph. */
    unicode-bidi: isolate;
    color: var(--shoplive-subtitle-color, #fff);
    background: var(--shoplive-subtitle-background, rgb(0 0 0 / 0.78));
    padding: 0.08em 0.4em;
    border-radius: 4px;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
`;
