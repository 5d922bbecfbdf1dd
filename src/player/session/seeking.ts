/** The seekable range of a video in media time: [0, duration] for a recording, the DVR window of a live one. */
export function seekableRange(video: HTMLVideoElement): { start: number; end: number } {
  const { seekable } = video;
  if (seekable.length) return { start: seekable.start(0), end: seekable.end(seekable.length - 1) };
  return { start: 0, end: Number.isFinite(video.duration) ? video.duration : 0 };
}

/**
 * Seeks to `time`, clamped to the seekable range (a little short of a recording's end, so it does not end at once).
 * Before the stream's metadata the range is unknown: the seek waits for it (a deep link asks that early). A live or
 * EVENT window's first segment starts a little after the seekable start (timestamps rounded by the packager): hls.js
 * loads nothing for a position before it, so such a seek lands `startMargin` inside.
 */
export function seekVideo(video: HTMLVideoElement, time: number, moved: (position: number) => void, startMargin = 0): void {
  if (!Number.isFinite(time)) return;
  if (video.readyState < HTMLMediaElement.HAVE_METADATA) {
    video.addEventListener('loadedmetadata', () => seekVideo(video, time, moved, startMargin), { once: true });
    return;
  }
  const { start, end } = seekableRange(video);
  const target = Math.min(Math.max(time, start + startMargin), Math.max(start, end - 0.1));
  video.currentTime = target;
  moved(target);
}
