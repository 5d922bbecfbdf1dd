import type { EngineChangeReason, EngineKind, PlayerErrorDetail, PublisherState, QualityLevel } from '../../internal/events.js';

// The types events carry out of the player are part of the event contract (src/internal/events.ts).
export type {
  EngineChangeReason,
  EngineKind,
  PlayerErrorCode,
  PlayerErrorDetail,
  PublisherState,
  QualityLevel,
  RecoveryAction,
} from '../../internal/events.js';

/** Stream metadata as an engine finds it (HLS DATERANGE, ID3, RTC data messages); the shopping layer reads products. */
export type TimedMetadata =
  | { kind: 'daterange'; attrs: Readonly<Record<string, string>> | string; start?: number | null }
  | { kind: 'id3'; data: Uint8Array; pts: number }
  | { kind: 'data-message'; bytes: Uint8Array | string };

/**
 * What an engine tells its player, by signal type. A capability that adds a signal declares it next to its own code
 * (declaration merging: `declare module '…/engines/engine.js' { interface EngineSignalMap { … } }`, see
 * src/subtitles/stream-signals.ts), so the engine contract never imports the capabilities that read it.
 */
export interface EngineSignalMap {
  levels: { levels: QualityLevel[] };
  'level-switched': { level: QualityLevel; auto: boolean };
  error: { error: PlayerErrorDetail };
  stale: { stale: boolean };
  /** The live edge moved (a playlist reload): how far behind live the picture is can change while it is paused. */
  'live-edge': Record<never, never>;
  /** Stream metadata (HLS DATERANGE, ID3) the product cards follow. */
  'timed-metadata': { metadata: TimedMetadata };
  /** RTC: the watched publisher (the seller) is on air, paused (video unpublished, or dropped) or gone. */
  publisher: { state: PublisherState; uid: RtcUid };
  /** RTC: Agora's network quality, 0 (unknown), 1 (excellent) .. 6 (down); about every 2 s. */
  'network-quality': { uplink: number; downlink: number };
  /** RTC: the link to Agora changed; `reconnecting`/`disconnected` start the fallback budget. */
  connection: { state: RtcConnectionState; reason?: string };
  /** RTC: the raw bytes of a data-stream message (speech-to-text, product cues). */
  data: { uid: RtcUid; bytes: Uint8Array };
  /** What the stream's timeline is: a live window, a show in progress with its DVR window, or a finished recording. */
  'timeline-kind': { kind: TimelineKind };
  /** The path feeding the video changed, or the one being tried was given up. */
  'engine-change': { from: EngineKind; to: EngineKind; reason: EngineChangeReason };
}

export type EngineSignalType = keyof EngineSignalMap;

/** One signal: `{ type, ...payload }`. `EngineSignal<'error'>` narrows to one type. */
export type EngineSignal<K extends EngineSignalType = EngineSignalType> = K extends EngineSignalType ? { type: K } & EngineSignalMap[K] : never;

/** An Agora user id: a number, or a string in string-uid channels. */
export type RtcUid = number | string;
/** `live`: a sliding window; `event`: an EVENT playlist (everything since the start stays seekable); `vod`: ended. */
export type TimelineKind = 'live' | 'event' | 'vod';
export type RtcConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export interface EngineHost {
  video: HTMLVideoElement;
  /** Absolute, already checked http(s) URL of the stream. */
  src: string;
  /** Size of the player box, for the start rendition. */
  box: { width: number; height: number };
  signal(signal: EngineSignal): void;
}

/**
 * One small interface for every way of getting pictures into the player's <video>. The player owns the element and
 * the UI; an engine only loads media into it and reports what happens.
 */
export interface PlaybackEngine {
  readonly kind: EngineKind;
  /** Loads the stream into the host's video element. Rejects only when the engine cannot start at all. */
  start(): Promise<void>;
  /** Releases network, timers and the media element. Safe to call twice. */
  destroy(): void;
  /** -1 selects automatic (ABR) switching. */
  setLevel(index: number): void;
  /** Position of the live edge the player should sit at, or null when unknown. */
  liveSyncPosition(): number | null;
  /** The rendition on screen (or, before the first switch, the one being loaded); null when unknown. */
  currentLevel(): QualityLevel | null;
  /**
   * How far behind live the picture is, where the engine knows better than the video element: seconds behind the
   * playlist's live edge, and the wall-clock time (ms) of the frame on screen from EXT-X-PROGRAM-DATE-TIME.
   */
  liveLatency?(): LiveLatency;
  /** Current throughput estimate in bits/s, 0 when unknown. */
  bandwidthEstimate(): number;
  /** Prefetched responses the engine used and fetched itself. */
  readonly prefetch: { hits: number; misses: number };
}

/** Seconds behind the playlist's live edge, and the wall clock (ms) of the frame on screen; null when unknown. */
export interface LiveLatency {
  behindEdgeS: number | null;
  programDateTimeMs: number | null;
  /** Seconds behind the edge the engine aims for (LL-HLS: PART-HOLD-BACK); null when it has none. */
  targetS?: number | null;
  /** The video's playback rate: above 1 while catching up with the live edge. */
  playbackRate?: number | null;
}

export type EngineFactory = (host: EngineHost) => PlaybackEngine;
