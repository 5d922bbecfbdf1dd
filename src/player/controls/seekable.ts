import type { MediaSnapshot } from '../session/media-snapshot.js';

/** A live window at least this long (seconds) gets a seek bar (DVR); a shorter one keeps only "Back to live". */
export const LIVE_DVR_MIN_S = 30;

/** Whether the stream has a seek bar: recordings, shows in progress, and a live stream with a long enough window. */
export function seekable(media: MediaSnapshot): boolean {
  const range = media.seekEnd - media.seekStart;
  if (media.timeline === 'live') return range >= LIVE_DVR_MIN_S;
  return (media.timeline === 'vod' || media.timeline === 'event') && range > 0;
}

/** Whether the playback speed may change: a recording or a show in progress (a live window would run out). */
export function speedAdjustable(media: MediaSnapshot): boolean {
  return media.timeline !== 'live' && seekable(media);
}
