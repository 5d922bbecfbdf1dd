import type { MediaSnapshot } from './media-snapshot.js';

export interface MirrorTarget {
  patch(patch: Partial<MediaSnapshot>): void;
  snapshot(): MediaSnapshot;
  /** Playback stopped to buffer. */
  stalled(position: number): void;
  /** The playback position moved (for the distance to the live edge). */
  timeChanged(): void;
}

/** Copies what the media element reports into the snapshot, until `signal` aborts. */
export function mirrorMedia(video: HTMLVideoElement, signal: AbortSignal, target: MirrorTarget): void {
  const on = (type: string, listener: () => void) => video.addEventListener(type, listener, { signal });
  const state = () => target.snapshot().state;
  on('playing', () => state() !== 'error' && target.patch({ state: 'playing', paused: false }));
  on('pause', () => {
    target.patch({ paused: true });
    if (state() !== 'error' && state() !== 'loading') target.patch({ state: 'paused' });
  });
  on('waiting', () => {
    if (state() !== 'playing') return;
    target.patch({ state: 'buffering' });
    target.stalled(video.currentTime);
  });
  on('volumechange', () => target.patch(video.muted ? { muted: true, volume: video.volume } : { muted: false, volume: video.volume, forcedMute: false }));
  for (const type of ['timeupdate', 'durationchange', 'seeking', 'seeked']) on(type, () => target.timeChanged());
  on('ratechange', () => target.patch({ rate: video.playbackRate }));
  on('enterpictureinpicture', () => target.patch({ pip: true }));
  on('leavepictureinpicture', () => target.patch({ pip: false }));
}
