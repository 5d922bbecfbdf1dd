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
    /* Regions of the player's overlay layout (src/layout): above the bar while it shows, under the top occupants. */
    bottom: calc(var(--_bar-space, 52px) + var(--shoplive-subtitle-bottom, 8px));
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: flex-end;
    max-height: calc(100cqh - var(--_bar-space, 52px) - var(--shoplive-subtitle-bottom, 8px) - var(--_top-occupied, 0px) - 8px);
    transition: bottom 0.2s;
    overflow: hidden;
    gap: 0.2em;
    pointer-events: none;
    font: var(--shoplive-subtitle-font, 600 1em/1.45 system-ui, sans-serif);
    /* From the player's height, but no more than its width allows: a tall vertical player keeps phone-sized text. */
    font-size: calc(clamp(12px, min(5.5cqh, 4.5cqw), 44px) * var(--_subtitle-scale, 1));
  }
  .subtitles[data-size='small'] {
    --_subtitle-scale: 0.8;
  }
  .subtitles[data-size='large'] {
    --_subtitle-scale: 1.3;
  }
  .subtitles[data-size='x-large'] {
    --_subtitle-scale: 1.6;
  }
  /* The shopper's caption style (caption-style.ts): their choice of colour and background wins over the page's
     theme; the defaults (white, translucent) are the theme's. Every colour keeps 4.5:1 on both backgrounds, even
     over a white frame. */
  .subtitles {
    --_cue-color: var(--shoplive-subtitle-color, #fff);
    --_cue-background: var(--shoplive-subtitle-background, rgb(0 0 0 / 0.78));
    --_cue-shadow: none;
  }
  .subtitles[data-color='yellow'] {
    --_cue-color: #ffe14d;
  }
  .subtitles[data-color='cyan'] {
    --_cue-color: #5ce1ff;
  }
  .subtitles[data-color='green'] {
    --_cue-color: #7ee787;
  }
  .subtitles[data-background='solid'] {
    --_cue-background: #000;
  }
  /* No box: an outline keeps the letters apart from the picture (no contrast promise without a background). */
  .subtitles[data-background='none'] {
    --_cue-background: transparent;
    --_cue-shadow: 0 0 2px #000, 0 0 4px #000, 1px 1px 2px #000;
  }
  .subtitles[data-position='top'] {
    bottom: auto;
    top: calc(var(--_top-occupied, 0px) + 8px);
    justify-content: flex-start;
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
    color: var(--_cue-color);
    background: var(--_cue-background);
    text-shadow: var(--_cue-shadow);
    padding: 0.08em 0.4em;
    border-radius: 4px;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
`;
