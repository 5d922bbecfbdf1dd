/** True where hls.js can run: Media Source Extensions, or Safari's ManagedMediaSource. */
export function hasMediaSource(): boolean {
  const scope = globalThis as typeof globalThis & { ManagedMediaSource?: unknown };
  if (scope.ManagedMediaSource) return true;
  return typeof MediaSource !== 'undefined' && MediaSource.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"');
}

/** Plays `video` as soon as it has a frame to show, once its new source is loaded (so no `waiting` stall is seen). */
export function resumeWhenReady(video: HTMLVideoElement, signal?: AbortSignal): void {
  const play = () => void video.play().catch(() => undefined);
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) play();
  else video.addEventListener('loadeddata', play, { once: true, signal });
}
