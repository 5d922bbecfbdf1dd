import { html, type TemplateResult } from 'lit';
import { cssVar } from './css-var.js';
import type { MessageKey } from '../../i18n/en.js';
import type { MessageParams } from '../../i18n/translate.js';
import type { MediaSnapshot } from '../session/media-snapshot.js';
import type { RequestPlayer } from '../session/player-request.js';
import { clockTime, spokenTime } from './time-format.js';


/** A point of interest on the seek bar (a product chapter): media time and its accessible name. */
export interface SeekMark {
  time: number;
  label: string;
}

export interface SeekBarView {
  t: (key: MessageKey, params?: MessageParams) => string;
  locale: string;
  dir: 'ltr' | 'rtl';
  media: MediaSnapshot;
  marks: readonly SeekMark[];
  request: RequestPlayer;
}

/** Seconds an arrow key moves; Page Up/Down move a tenth of the range, at least PAGE_MIN_S. */
const ARROW_STEP_S = 5;
const PAGE_MIN_S = 10;

/** The position a key asks for, or null for a key that is not the slider's (WAI-ARIA slider pattern). */
function keyTarget(key: string, dir: 'ltr' | 'rtl', { position, seekStart, seekEnd }: MediaSnapshot): number | null {
  const page = Math.max(PAGE_MIN_S, (seekEnd - seekStart) / 10);
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
    case 'ArrowUp':
      return position + ARROW_STEP_S;
    case back:
    case 'ArrowDown':
      return position - ARROW_STEP_S;
    case 'PageUp':
      return position + page;
    case 'PageDown':
      return position - page;
    case 'Home':
      return seekStart;
    case 'End':
      return seekEnd;
    default:
      return null;
  }
}

const fraction = (time: number, { seekStart, seekEnd }: MediaSnapshot) => (seekEnd > seekStart ? Math.min(1, Math.max(0, (time - seekStart) / (seekEnd - seekStart))) : 0);

/**
 * The seek bar of a recording or a show in progress: a `role=slider` over the seekable range with the position as
 * localized words, operable by keyboard and pointer, with the product chapters as marks. It only sends `seek`
 * requests; the position comes back in the snapshot.
 */
export function renderSeekBar(view: SeekBarView): TemplateResult {
  const { t, locale, dir, media, request } = view;
  const onKeydown = (event: KeyboardEvent) => {
    const target = keyTarget(event.key, dir, media);
    if (target === null) return;
    event.preventDefault();
    event.stopPropagation();
    request({ type: 'seek', time: target });
  };
  const seekToPointer = (event: PointerEvent) => {
    const track = event.currentTarget as HTMLElement;
    const box = track.getBoundingClientRect();
    if (!box.width) return;
    const along = (event.clientX - box.left) / box.width;
    const share = Math.min(1, Math.max(0, dir === 'rtl' ? 1 - along : along));
    request({ type: 'seek', time: media.seekStart + share * (media.seekEnd - media.seekStart) });
  };
  const onPointerdown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    const track = event.currentTarget as HTMLElement;
    track.setPointerCapture?.(event.pointerId);
    track.focus();
    seekToPointer(event);
  };
  const onPointermove = (event: PointerEvent) => {
    if ((event.currentTarget as HTMLElement).hasPointerCapture?.(event.pointerId)) seekToPointer(event);
  };
  // A show in progress or a live window counts from its window's start; a recording from its own.
  const relative = media.timeline !== 'vod';
  const elapsed = relative ? media.position - media.seekStart : media.position;
  const total = relative ? media.seekEnd - media.seekStart : media.seekEnd;
  return html`<div class="seek" part="seek">
    <div
      part="seek-bar"
      class="seek-track"
      role="slider"
      tabindex="0"
      aria-label=${t('player.seek')}
      aria-valuemin=${Math.floor(media.seekStart)}
      aria-valuemax=${Math.floor(media.seekEnd)}
      aria-valuenow=${Math.floor(media.position)}
      aria-valuetext=${t('player.seekValue', { elapsed: spokenTime(elapsed, locale), total: spokenTime(total, locale) })}
      ${cssVar('--_progress', String(fraction(media.position, media)))}
      @keydown=${onKeydown}
      @pointerdown=${onPointerdown}
      @pointermove=${onPointermove}
    >
      <span class="seek-fill"></span>
      ${view.marks.map((mark) => html`<span part="seek-mark" class="seek-mark" title=${mark.label} ${cssVar('--_at', String(fraction(mark.time, media)))}></span>`)}
      <span class="seek-thumb"></span>
    </div>
    <span part="time" class="time" aria-hidden="true"><bdi>${clockTime(elapsed, locale)}</bdi> / <bdi>${clockTime(total, locale)}</bdi></span>
  </div>`;
}
