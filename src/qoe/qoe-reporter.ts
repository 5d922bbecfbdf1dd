import type { ReactiveController } from 'lit';
import { EVENTS, isPlayerError, type ShopliveErrorDetail } from '../internal/events.js';
import type { ShopliveElement } from '../internal/shoplive-element.js';
import type { LiveLatency, PlayerErrorCode, QualityLevel } from '../player/engines/engine.js';
import type { PlayerMetricsSnapshot } from '../player/metrics.js';
import type { PlayerState, QoeDetail, QualityChangeDetail } from '../player/player-events.js';

/** Seconds between periodic `shoplive-qoe` reports while playing, unless `qoe-interval` says otherwise. */
export const QOE_INTERVAL_S = 10;
const INTERVAL_RANGE_S = [1, 3600] as const;

/**
 * `qoe-interval` as seconds between periodic reports, or null for none (`0`, `off`): a summary is still sent.
 * Anything unreadable falls back to the default; out-of-range values are clamped.
 */
export function parseQoeInterval(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return QOE_INTERVAL_S;
  if (typeof value === 'string' && /^(off|none)$/i.test(value.trim())) return null;
  const seconds = Number(value);
  if (!Number.isFinite(seconds)) return QOE_INTERVAL_S;
  if (seconds <= 0) return null;
  return Math.min(INTERVAL_RANGE_S[1], Math.max(INTERVAL_RANGE_S[0], seconds));
}

/** What the player already knows and the reports read. */
export interface QoeSources {
  state(): PlayerState;
  metrics(): PlayerMetricsSnapshot;
  latency(): LiveLatency | null;
  /** The `qoeInterval` property, unparsed. */
  interval(): unknown;
}

const round = (value: number, digits = 0) => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};

function newSessionId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The running numbers of one playback session. */
class QoeSession {
  readonly id = newSessionId();
  readonly startedAt = performance.now();
  seq = 0;
  playingSince: number | null = null;
  playingMs = 0;
  stallSince: number | null = null;
  rebuffers = 0;
  rebufferMs = 0;
  switches = 0;
  level: QualityLevel | null = null;
  readonly errors: Partial<Record<PlayerErrorCode, number>> = {};
  /** getVideoPlaybackQuality() counts per media element: the session counts from where it started. */
  frameBase: { decoded: number; dropped: number };
  /** What the player knew when the session ended (its engine is gone by the time the summary is sent). */
  last: { metrics: PlayerMetricsSnapshot; latency: LiveLatency | null; at: number; wallClock: number } | null = null;

  constructor(metrics: PlayerMetricsSnapshot) {
    this.frameBase = { decoded: metrics.decodedFrames, dropped: metrics.droppedFrames };
  }

  startPlaying(now: number): void {
    this.playingSince ??= now;
  }

  stopPlaying(now: number): void {
    if (this.playingSince === null) return;
    this.playingMs += now - this.playingSince;
    this.playingSince = null;
  }

  endStall(now: number): void {
    if (this.stallSince === null) return;
    this.rebufferMs += now - this.stallSince;
    this.stallSince = null;
  }
}

/**
 * Quality-of-experience reports (`shoplive-qoe`): startup, rebuffering, rendition switches, dropped frames, live
 * latency and errors of each playback session, every `qoe-interval` seconds while playing and as a summary when the
 * session ends or the page is hidden (`pagehide`). It listens to the player's own events and media events and reads
 * its metrics; the player only says when a session starts and ends.
 */
export class QoeReporter implements ReactiveController {
  private session: QoeSession | null = null;
  /** A session that ended in this task: the fatal error that ended it is emitted after teardown, and belongs to it. */
  private ending: QoeSession | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private intervalS: number | null = null;

  constructor(
    private readonly host: ShopliveElement,
    private readonly sources: QoeSources,
  ) {
    host.addController(this);
    host.addEventListener(EVENTS.stall, this.onStall);
    host.addEventListener(EVENTS.qualityChange, this.onQualityChange);
    host.addEventListener(EVENTS.engineChange, this.onEngineChange);
    host.addEventListener(EVENTS.error, this.onError);
  }

  hostConnected(): void {
    // Media events do not cross the shadow root; a capturing listener on it hears those of the player's <video>.
    for (const type of ['playing', 'pause', 'waiting', 'ended', 'emptied']) this.host.renderRoot.addEventListener(type, this.onMedia, true);
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    for (const type of ['playing', 'pause', 'waiting', 'ended', 'emptied']) this.host.renderRoot.removeEventListener(type, this.onMedia, true);
    window.removeEventListener('pagehide', this.onPageHide);
    this.stopTimer();
  }

  hostUpdated(): void {
    if (this.session && parseQoeInterval(this.sources.interval()) !== this.intervalS) this.startTimer();
  }

  /** The player started loading a stream. */
  sessionStarted(): void {
    this.flushEnding();
    this.sessionEnded();
    this.flushEnding();
    this.session = new QoeSession(this.sources.metrics());
    this.startTimer();
  }

  /** The player tore the stream down (new src, fatal error, retry, removal): its summary follows in a microtask. */
  sessionEnded(): void {
    const session = this.session;
    if (!session) return;
    this.stopTimer();
    const now = performance.now();
    session.stopPlaying(now);
    session.endStall(now);
    session.last = { metrics: this.sources.metrics(), latency: this.sources.latency(), at: now, wallClock: Date.now() };
    this.session = null;
    this.ending = session;
    queueMicrotask(() => this.flushEnding());
  }

  private flushEnding(): void {
    const session = this.ending;
    if (!session) return;
    this.ending = null;
    this.send(session, 'ended');
  }

  private startTimer(): void {
    this.stopTimer();
    this.intervalS = parseQoeInterval(this.sources.interval());
    if (this.intervalS === null) return;
    this.timer = setInterval(() => {
      const state = this.sources.state();
      if (this.session && (state === 'playing' || state === 'buffering')) this.send(this.session, 'interval');
    }, this.intervalS * 1000);
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private send(session: QoeSession, reason: QoeDetail['reason']): void {
    this.host.emit(EVENTS.qoe, this.report(session, reason));
  }

  private report(session: QoeSession, reason: QoeDetail['reason']): QoeDetail {
    const { metrics, latency, at: now, wallClock } = session.last ?? {
      metrics: this.sources.metrics(),
      latency: this.sources.latency(),
      at: performance.now(),
      wallClock: Date.now(),
    };
    if (metrics.decodedFrames < session.frameBase.decoded) session.frameBase = { decoded: 0, dropped: 0 };
    const ongoingStall = session.stallSince !== null ? now - session.stallSince : 0;
    const playingNow = session.playingSince !== null ? now - session.playingSince : 0;
    return {
      version: 1,
      reason,
      final: reason !== 'interval',
      session: session.id,
      seq: ++session.seq,
      timestamp: wallClock,
      engine: metrics.engine,
      startupMs: metrics.ttffMs,
      sessionMs: Math.round(now - session.startedAt),
      playingMs: Math.round(session.playingMs + playingNow),
      rebuffers: { count: session.rebuffers, durationMs: Math.round(session.rebufferMs + ongoingStall), ongoing: session.stallSince !== null },
      bitrateSwitches: session.switches,
      bitrate: session.level?.bitrate ?? metrics.level?.bitrate ?? 0,
      decodedFrames: Math.max(0, metrics.decodedFrames - session.frameBase.decoded),
      droppedFrames: Math.max(0, metrics.droppedFrames - session.frameBase.dropped),
      liveLatency: {
        behindEdgeS: latency?.behindEdgeS != null ? round(Math.max(0, latency.behindEdgeS), 2) : null,
        programDateTimeS: latency?.programDateTimeMs != null ? round((wallClock - latency.programDateTimeMs) / 1000, 2) : null,
        targetS: latency?.targetS != null ? round(latency.targetS, 2) : null,
        playbackRate: latency?.playbackRate ?? null,
      },
      errors: { ...session.errors },
    };
  }

  private readonly onMedia = (event: Event) => {
    const session = this.session;
    if (!session || !(event.target instanceof HTMLVideoElement)) return;
    const now = performance.now();
    if (event.type === 'playing') {
      session.endStall(now);
      session.startPlaying(now);
    } else {
      // pause, waiting, ended, emptied: not playing; a pause also ends a stall (the shopper's choice, not ours).
      session.stopPlaying(now);
      if (event.type !== 'waiting') session.endStall(now);
    }
  };

  private readonly onStall = () => {
    const session = this.session;
    if (!session || session.stallSince !== null) return;
    session.rebuffers += 1;
    session.stallSince = performance.now();
  };

  private readonly onQualityChange = (event: CustomEvent<QualityChangeDetail>) => {
    const session = this.session;
    const level = event.detail?.level;
    if (!session || !level) return;
    if (session.level && (session.level.bitrate !== level.bitrate || session.level.height !== level.height)) session.switches += 1;
    session.level = level;
  };

  private readonly onEngineChange = () => {
    // Another engine's renditions are not a switch of the old one's.
    if (this.session) this.session.level = null;
  };

  private readonly onError = (event: CustomEvent<ShopliveErrorDetail>) => {
    // Only the player's own errors: commerce errors from the cards inside it bubble through it too.
    if (event.composedPath()[0] !== this.host || !event.detail || !isPlayerError(event.detail)) return;
    const session = this.session ?? this.ending;
    const code = event.detail.code;
    if (session) session.errors[code] = (session.errors[code] ?? 0) + 1;
  };

  private readonly onPageHide = () => {
    this.flushEnding();
    const session = this.session;
    // Counted up to now; a page restored from the back/forward cache carries on and sends another summary later.
    if (session) this.send(session, 'pagehide');
  };
}
