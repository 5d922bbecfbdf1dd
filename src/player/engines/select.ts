import type { EngineFactory, EngineKind } from './engine.js';
import { hasMediaSource } from './support.js';

/**
 * hls.js on MSE wherever it exists (it gives ABR control, a quality menu and uniform errors); the browser's own HLS
 * only where MSE is missing (iPhone Safari before ManagedMediaSource).
 */
export function preferredEngine(video: HTMLVideoElement): EngineKind | null {
  if (hasMediaSource()) return 'hls';
  if (video.canPlayType('application/vnd.apple.mpegurl')) return 'native';
  return null;
}

/** Each engine is its own lazily loaded chunk; the player pays for the one it uses, when it uses it. */
export async function loadEngine(kind: EngineKind): Promise<EngineFactory> {
  switch (kind) {
    case 'hls':
      return (await import('./hls-engine.js')).createHlsEngine;
    case 'native':
      return (await import('./native-engine.js')).createNativeEngine;
    case 'rtc':
      throw new Error('the rtc engine needs Agora configuration; it is not chosen by loadEngine');
  }
}

/**
 * The RTC/HLS start race, with the RTC engine, is its own small chunk, loaded only by players with Agora
 * configuration; the Agora SDK is a further chunk that the race loads only when it tries RTC.
 */
export async function loadStartRace() {
  return (await import('./start-race.js')).createStartRace;
}
