import type { EngineChangeReason, EngineKind, PlayerErrorCode, PlayerErrorDetail, PublisherState, QualityLevel } from './engines/engine.js';

export type PlayerState = 'idle' | 'loading' | 'paused' | 'playing' | 'buffering' | 'error';

export interface FirstFrameDetail {
  /** Milliseconds from the player starting (near the viewport, a gesture, or eager) to the first decoded frame. */
  ttffMs: number;
  engine: EngineKind;
  level: QualityLevel | null;
}
export interface ReadyDetail {
  engine: EngineKind;
  levels: QualityLevel[];
}
export interface StallDetail {
  position: number;
  stalls: number;
}
export interface QualityChangeDetail {
  level: QualityLevel;
  auto: boolean;
}
export interface EngineChangeDetail {
  from: EngineKind;
  to: EngineKind;
  reason: EngineChangeReason;
}
export interface NetworkQualityDetail {
  /** Agora's scale: 0 unknown, 1 excellent, 2 good, 3 poor, 4 bad, 5 very bad, 6 down. */
  uplink: number;
  downlink: number;
}
export interface PublisherDetail {
  state: PublisherState;
}

/**
 * Quality of experience of one playback session (from the player starting a stream to its teardown), cumulative.
 * Plain JSON: `JSON.stringify(detail)` is what a host hands to `navigator.sendBeacon`. See docs/events.md.
 */
export interface QoeDetail {
  /** Schema version of this object. */
  version: 1;
  /** `interval`: periodic, while playing; `ended`: the session ended (new src, fatal error, retry); `pagehide`. */
  reason: 'interval' | 'ended' | 'pagehide';
  /** True for the session's summary (`ended`, `pagehide`); a page restored from the back/forward cache sends another. */
  final: boolean;
  /** Random id of the session, the same in all its reports: a collector keeps the latest per session. */
  session: string;
  /** 1, 2, 3… per report of this session. */
  seq: number;
  /** `Date.now()` of the report. */
  timestamp: number;
  engine: EngineKind | null;
  /** Milliseconds from the player starting to the first frame; null while there is none. */
  startupMs: number | null;
  /** Milliseconds since the session started, and of them playing (not paused, not buffering). */
  sessionMs: number;
  playingMs: number;
  /** Stalls after the first frame (`shoplive-stall`), their total duration (an ongoing one up to now), and whether one is ongoing. */
  rebuffers: { count: number; durationMs: number; ongoing: boolean };
  /** Changes of the rendition on screen, and the bitrate (bits/s) of the one on screen now (0 when unknown). */
  bitrateSwitches: number;
  bitrate: number;
  /** From `getVideoPlaybackQuality()`, counted from the session's start. */
  decodedFrames: number;
  droppedFrames: number;
  /**
   * How far behind live the picture is, now: seconds behind the live edge of the playlist (`behindEdgeS`) and, when
   * the stream has EXT-X-PROGRAM-DATE-TIME, behind the wall clock (`programDateTimeS`, needs a synchronised clock at
   * the origin). Null when unknown (real-time path, or no playlist yet).
   */
  liveLatency: { behindEdgeS: number | null; programDateTimeS: number | null };
  /** `shoplive-error`s of the player in this session, by code (fatal ones included). */
  errors: Partial<Record<PlayerErrorCode, number>>;
}

declare global {
  interface HTMLElementEventMap {
    'shoplive-ready': CustomEvent<ReadyDetail>;
    'shoplive-first-frame': CustomEvent<FirstFrameDetail>;
    'shoplive-stall': CustomEvent<StallDetail>;
    'shoplive-quality-change': CustomEvent<QualityChangeDetail>;
    'shoplive-error': CustomEvent<PlayerErrorDetail>;
    'shoplive-engine-change': CustomEvent<EngineChangeDetail>;
    'shoplive-network-quality': CustomEvent<NetworkQualityDetail>;
    'shoplive-publisher': CustomEvent<PublisherDetail>;
    'shoplive-qoe': CustomEvent<QoeDetail>;
  }
}
