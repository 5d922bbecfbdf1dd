import type { EngineFactory, EngineKind } from '../engine.js';
import type { RtcClientFactory } from '../rtc/agora-client.js';
import type { RtcConfig } from '../rtc/config.js';

/**
 * What HLS does while RTC is being tried:
 * - `play` (default): HLS plays in the player's video at once while RTC joins on a hidden probe element; the first
 *   path to a frame is on screen first, and RTC takes over the moment its first frame is decoded.
 * - `warm`: HLS's playlists, first segment and engine code are fetched, but HLS only starts if RTC fails.
 * - `none`: nothing happens for HLS until RTC fails (the plain sequential fallback).
 */
export type HlsWhileRacing = 'play' | 'warm' | 'none';

export interface StartRaceOptions {
  /** Agora configuration; null for HLS only. */
  rtc: RtcConfig | null;
  /** `rtc` (default when Agora is configured) or `hls` (RTC then only plays when there is no `src`). */
  prefer?: 'rtc' | 'hls';
  rtcTimeoutMs?: number;
  reconnectBudgetMs?: number;
  hlsWhileRacing?: HlsWhileRacing;
  /** Tests inject a fake Agora here; by default the SDK's own chunk is loaded. */
  loadRtcClientFactory?: () => Promise<RtcClientFactory>;
  /** The HLS engines' loader (`loadEngine` of select.ts, which passes it in `loadStartRace`). */
  loadHlsEngine: (kind: EngineKind) => Promise<EngineFactory>;
}

/** performance.now() of the race's milestones, for metrics, tests and the benchmark. */
export interface RaceMarks {
  start: number;
  hlsFrame?: number;
  rtcFrame?: number;
  rtcGivenUp?: number;
  rtcOnScreen?: number;
}

export function hasWebRtc(): boolean {
  return typeof globalThis.RTCPeerConnection === 'function';
}
