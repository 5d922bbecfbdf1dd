import type { MediaSnapshot } from '../session/media-snapshot.js';

/** Whether the stream has a seek bar: recordings and shows in progress (a live window keeps its "Back to live"). */
export function seekable(media: MediaSnapshot): boolean {
  return (media.timeline === 'vod' || media.timeline === 'event') && media.seekEnd > media.seekStart;
}
