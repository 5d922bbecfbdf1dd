/** True where hls.js can run: Media Source Extensions, or Safari's ManagedMediaSource. */
export function hasMediaSource(): boolean {
  const scope = globalThis as typeof globalThis & { ManagedMediaSource?: unknown };
  if (scope.ManagedMediaSource) return true;
  return typeof MediaSource !== 'undefined' && MediaSource.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"');
}
