import type { EngineKind, PlayerErrorDetail, PublisherState, QualityLevel, TimelineKind } from '../engines/engine.js';
import type { PlayerState } from '../player-events.js';

/**
 * Everything the player's UI shows, in one immutable value: the session replaces it (never mutates it) on every
 * change, and the element renders from it. Controls never read the media element or the engine themselves.
 */
export interface MediaSnapshot {
  readonly state: PlayerState;
  /** The engine feeding the video, once chosen. */
  readonly engine: EngineKind | null;
  readonly levels: readonly QualityLevel[];
  /** The rendition the shopper picked, -1 for automatic. */
  readonly selectedLevel: number;
  /** The rendition on screen. */
  readonly playingLevel: QualityLevel | null;
  readonly paused: boolean;
  readonly muted: boolean;
  readonly volume: number;
  /** The browser refused sound, so the player plays muted and offers to unmute. */
  readonly forcedMute: boolean;
  /** More than a few seconds behind the live sync point ("Back to live"). */
  readonly behindLive: boolean;
  /** The live playlist stopped advancing ("stream paused"). */
  readonly stale: boolean;
  /** The browser reports no network. */
  readonly offline: boolean;
  /** Real-time path only: signal strength as 0-4 bars, null when unknown. */
  readonly signal: number | null;
  /** Real-time path only: whether the seller is on air. */
  readonly publisher: PublisherState | null;
  readonly pip: boolean;
  readonly fullscreen: boolean;
  /** The fatal error on the error panel. */
  readonly error: PlayerErrorDetail | null;
  /** The stream's timeline once known: a live window, a show in progress (EVENT, with DVR) or a recording. */
  readonly timeline: TimelineKind | null;
  /** Seconds of media time, followed only for recordings and shows in progress (the seek bar). */
  readonly position: number;
  /** The seekable range in media time (0, duration for a recording). */
  readonly seekStart: number;
  readonly seekEnd: number;
  /** Playback speed. */
  readonly rate: number;
  /** A live show ended while it played (its playlist gained ENDLIST, or the seller left). */
  readonly showEnded: boolean;
}

export const IDLE_SNAPSHOT: MediaSnapshot = Object.freeze({
  state: 'idle',
  engine: null,
  levels: [],
  selectedLevel: -1,
  playingLevel: null,
  paused: true,
  muted: false,
  volume: 1,
  forcedMute: false,
  behindLive: false,
  stale: false,
  offline: false,
  signal: null,
  publisher: null,
  pip: false,
  fullscreen: false,
  error: null,
  timeline: null,
  position: 0,
  seekStart: 0,
  seekEnd: 0,
  rate: 1,
  showEnded: false,
});

/** What a stream leaves behind when it ends: nothing it reported is true of the next one. */
export const STREAM_FIELDS_RESET: Partial<MediaSnapshot> = Object.freeze({
  engine: null,
  levels: [],
  selectedLevel: -1,
  playingLevel: null,
  behindLive: false,
  stale: false,
  signal: null,
  publisher: null,
  timeline: null,
  position: 0,
  seekStart: 0,
  seekEnd: 0,
  showEnded: false,
});
