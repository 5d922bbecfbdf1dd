import { RefusalLog } from '../../internal/refusals.js';
import type { EngineHost, EngineKind } from './engine.js';

/** True where hls.js can run: Media Source Extensions, or Safari's ManagedMediaSource. */
export function hasMediaSource(): boolean {
  const scope = globalThis as typeof globalThis & { ManagedMediaSource?: unknown };
  if (scope.ManagedMediaSource) return true;
  return typeof MediaSource !== 'undefined' && MediaSource.isTypeSupported('video/mp4; codecs="avc1.42E01E,mp4a.40.2"');
}

/**
 * hls.js on MSE wherever it exists (it gives ABR control, a quality menu and uniform errors); the browser's own HLS
 * only where MSE is missing (iPhone Safari before ManagedMediaSource).
 */
export function preferredEngine(video: HTMLVideoElement): EngineKind | null {
  if (hasMediaSource()) return 'hls';
  if (video.canPlayType('application/vnd.apple.mpegurl')) return 'native';
  return null;
}

/** Plays `video` as soon as it has a frame to show, once its new source is loaded (so no `waiting` stall is seen). */
export function resumeWhenReady(video: HTMLVideoElement, signal?: AbortSignal): void {
  const play = () => void video.play().catch(() => undefined);
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) play();
  else video.addEventListener('loadeddata', play, { once: true, signal });
}

/** An engine's refusals (each reported once) reach its player as non-fatal errors. */
export function engineRefusals(host: Pick<EngineHost, 'signal'>): RefusalLog {
  return new RefusalLog((refusal) => host.signal({ type: 'error', error: { ...refusal, fatal: false } }));
}
