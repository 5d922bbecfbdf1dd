import Hls, { ErrorDetails, ErrorTypes, Events, type ErrorData, type HlsConfig, type LoadPolicy } from 'hls.js/dist/hls.light.mjs';
import type { EngineHost, PlayerErrorCode, RecoveryAction } from './engine.js';
import { RetryBudget } from './retry-budget.js';
import { resumeWhenReady } from './support.js';

/** hls.js's NetworkErrorAction / ErrorActionFlags (const enums, so not importable as values). */
const DO_NOTHING = 0;
const RETRY_REQUEST = 5;
const NO_FLAGS = 0;
const MOVE_ALL_ALTERNATES_MATCHING_HOST = 1;

/** A segment may take this many target durations to arrive before it counts as failed (hls.js waits 120 s). */
const SEGMENT_TIMEOUT_TARGET_DURATIONS = 3;
const SEGMENT_TIMEOUT_BOUNDS_MS = [4000, 20_000] as const;

/**
 * hls.js's own segment retries, kept short: a segment that keeps failing reaches the engine's backoff (and a lower
 * rendition) within seconds, instead of after six retries up to 8 s apart, and a segment that hangs fails after a few
 * target durations instead of two minutes.
 */
export function segmentLoadPolicy(): LoadPolicy {
  return {
    default: {
      maxTimeToFirstByteMs: SEGMENT_TIMEOUT_BOUNDS_MS[1],
      maxLoadTimeMs: SEGMENT_TIMEOUT_BOUNDS_MS[1],
      timeoutRetry: null,
      errorRetry: { maxNumRetry: 2, retryDelayMs: 500, maxRetryDelayMs: 1000 },
    },
  };
}

/** Once the target duration is known, a segment gets a few of them to arrive. */
export function fitSegmentTimeout(config: HlsConfig, targetDurationS: number): void {
  const policy = config.fragLoadPolicy.default;
  const [min, max] = SEGMENT_TIMEOUT_BOUNDS_MS;
  const timeout = Math.min(max, Math.max(min, SEGMENT_TIMEOUT_TARGET_DURATIONS * targetDurationS * 1000));
  policy.maxLoadTimeMs = timeout;
  policy.maxTimeToFirstByteMs = timeout;
}

export interface MissingSegment {
  sn: number;
  status: number;
  /** The newest segment of the playlist: it may just not have reached the origin yet. */
  atEdge: boolean;
  targetDurationS: number;
}

/** A live media segment the origin says is gone (404/410): every rendition is cut from the same encoder output. */
function missingLiveSegment(hls: Hls, data: ErrorData): MissingSegment | null {
  const { frag, response } = data;
  const status = response?.code;
  if (data.details !== ErrorDetails.FRAG_LOAD_ERROR || !frag || frag.type !== 'main' || typeof frag.sn !== 'number') return null;
  if (status !== 404 && status !== 410) return null;
  const details = hls.latestLevelDetails;
  if (!details?.live) return null;
  return { sn: frag.sn, status, atEdge: frag.sn >= details.endSN, targetDurationS: details.targetduration || 2 };
}

type ErrorControllerClass = new (hls: Hls) => { onError(event: Events.ERROR, data: ErrorData): void };

/**
 * hls.js answers a missing segment by retrying it and then asking every other rendition for it (each 404s too, since
 * all renditions share segment numbers): a quality drop and a burst of requests for nothing. This error controller
 * turns a live segment the origin calls gone into a gap at once, so hls.js plays on from the next segment, and `onSkip`
 * hears of it. The newest segment of the playlist gets one retry a target duration later first (it may not have
 * reached the origin yet), unless the one before it was missing too. Anything else goes to hls.js's own controller.
 */
export function skippingErrorController(onSkip: (segment: MissingSegment) => void): HlsConfig['errorController'] {
  const Base = Hls.DefaultConfig.errorController as unknown as ErrorControllerClass;
  class SkippingErrorController extends Base {
    private readonly player: Hls;
    private readonly retriedAtEdge = new Set<number>();
    private readonly skippedSegments = new Set<number>();
    constructor(hls: Hls) {
      super(hls);
      this.player = hls;
    }
    override onError(event: Events.ERROR, data: ErrorData): void {
      const missing = data.fatal ? null : missingLiveSegment(this.player, data);
      if (!missing) {
        super.onError(event, data);
        return;
      }
      // The one after a missing segment is part of the same hole, not a publishing race: skip it at once.
      const inHole = this.skippedSegments.has(missing.sn - 1);
      if (missing.atEdge && !inHole && !this.retriedAtEdge.has(missing.sn)) {
        this.retriedAtEdge.add(missing.sn);
        const delay = missing.targetDurationS * 1000;
        data.errorAction = { action: RETRY_REQUEST, flags: NO_FLAGS, retryConfig: { maxNumRetry: 1, retryDelayMs: delay, maxRetryDelayMs: delay }, retryCount: 0 };
        return;
      }
      // No retry, no alternate (and no penalty on the rendition): the stream controller skips the segment as a gap.
      data.errorAction = {
        action: DO_NOTHING,
        flags: MOVE_ALL_ALTERNATES_MATCHING_HOST,
        retryConfig: this.player.config.fragLoadPolicy.default.errorRetry ?? undefined,
        retryCount: 0,
      };
      this.skippedSegments.add(missing.sn);
      onSkip(missing);
    }
  }
  return SkippingErrorController as unknown as HlsConfig['errorController'];
}

/** Before the first frame a stream that keeps failing is shown as an error soon; once playing, a weak link is ridden out. */
const STARTUP_RETRIES = { attempts: 2, baseMs: 1000 };
const PLAYING_RETRIES = { attempts: 6, baseMs: 1000, maxMs: 8000 };
const MEDIA_RECOVERIES = 6;
const MEDIA_RECOVERY_DELAY_MS = 250;
/**
 * After a recovery, a picture further than this many target durations behind the live sync point jumps back to it
 * (less than the player's "Back to live" slack, so a recovered player shows "Live").
 */
const RESYNC_AFTER_TARGET_DURATIONS = 1;

/** 4xx other than timeouts and rate limits: the request itself is wrong, repeating it changes nothing. */
function isClientError(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

export type FatalCode = 'manifest' | 'network' | 'media';

/**
 * What the HLS engine does when hls.js gives up: its own backoff with a step down in quality, media-pipeline rebuilds,
 * resuming the moment the browser is back online, and a jump back to the live edge once playback recovers. Each
 * action is reported to the player as a non-fatal error with its `recovery`; only a spent budget is fatal.
 */
export class HlsRecovery {
  private hls?: Hls;
  private readonly startupRetries = new RetryBudget(STARTUP_RETRIES.attempts, STARTUP_RETRIES.baseMs);
  private readonly playingRetries = new RetryBudget(PLAYING_RETRIES.attempts, PLAYING_RETRIES.baseMs, PLAYING_RETRIES.maxMs);
  private readonly mediaRecoveries = new RetryBudget(MEDIA_RECOVERIES, MEDIA_RECOVERY_DELAY_MS);
  /** Media time of the last decoder failure, null once playback got well past it. */
  private mediaErrorAt: number | null = null;
  /** A media pipeline rebuild is scheduled or under way. */
  private rebuilding = false;
  /** Where playback goes on once the rebuilt pipeline is attached (past a damaged segment). */
  private resumeAt: number | null = null;
  private readonly skipped = new Set<number>();
  private playing = false;
  private resyncPending = false;
  private targetDurationS = 2;
  private readonly listeners = new AbortController();

  constructor(
    private readonly host: EngineHost,
    private readonly fail: (code: FatalCode, data: ErrorData, why?: string) => void,
    /** Why the load guard refused a URL (already reported), or undefined. */
    private readonly refusedReason: (url: string | undefined) => string | undefined = () => undefined,
  ) {}

  /** The error controller to give hls.js (see `skippingErrorController`). */
  readonly errorController = skippingErrorController((segment) => this.segmentSkipped(segment));

  attach(hls: Hls): void {
    this.hls = hls;
    hls.on(Events.ERROR, (_event, data) => this.onError(data));
    hls.on(Events.LEVEL_LOADED, (_event, { details }) => {
      this.targetDurationS = details.targetduration || this.targetDurationS;
      fitSegmentTimeout(hls.config, this.targetDurationS);
    });
    hls.on(Events.FRAG_BUFFERED, () => this.onProgress());
    // A rebuilt media pipeline (ours, or hls.js's own MediaSource reset after a decoder error) leaves the video paused:
    // play on if it was playing. A pause the element makes because of the error is not the shopper's.
    const { video } = this.host;
    const { signal } = this.listeners;
    let playing = false;
    let attached = false;
    video.addEventListener('playing', () => (playing = true), { signal });
    video.addEventListener('pause', () => !video.error && (playing = false), { signal });
    // hls.js notices a decoder failure only when the MediaSource closes, seconds later: rebuild at once.
    video.addEventListener(
      'error',
      () => video.error?.code === MediaError.MEDIA_ERR_DECODE && this.recoverMedia(hls, `decode error (${video.error.message || 'no detail'})`),
      { signal },
    );
    hls.on(Events.MEDIA_ATTACHED, () => {
      this.rebuilding = false;
      if (this.resumeAt !== null) video.currentTime = this.resumeAt;
      this.resumeAt = null;
      if (attached && playing) resumeWhenReady(video, signal);
      attached = true;
    });
    // hls.js stops loading while the browser is offline and waits to be told the link is back.
    window.addEventListener('online', () => this.onOnline(), { signal: this.listeners.signal });
  }

  destroy(): void {
    this.listeners.abort();
    this.startupRetries.cancel();
    this.playingRetries.cancel();
    this.mediaRecoveries.cancel();
    this.hls = undefined;
  }

  private get retries(): RetryBudget {
    return this.playing ? this.playingRetries : this.startupRetries;
  }

  private report(code: PlayerErrorCode, message: string, recovery: RecoveryAction): void {
    this.host.signal({ type: 'error', error: { code, message, fatal: false, recovery } });
  }

  private segmentSkipped({ sn, status }: MissingSegment): void {
    // Every rendition asks for the same number: one report per segment.
    if (this.skipped.has(sn)) return;
    this.skipped.add(sn);
    this.report('segment-skipped', `Segment ${sn} was missing (HTTP ${status}); playback skipped it.`, { action: 'skip-segment', segment: sn });
  }

  /** The next buffered segment takes the picture back to the live sync point if it fell behind (after a freeze). */
  resyncOnProgress(): void {
    this.resyncPending = true;
  }

  private onProgress(): void {
    this.playing = true;
    this.startupRetries.reset();
    this.playingRetries.reset();
    if (this.mediaErrorAt !== null && this.host.video.currentTime > this.mediaErrorAt + 2 * this.targetDurationS) {
      this.mediaErrorAt = null;
      this.mediaRecoveries.reset();
    }
    if (this.resyncPending) this.resyncToLive();
  }

  /** A stall (an outage, a gap) left the picture behind the live edge: go back to it instead of lagging for good. */
  private resyncToLive(): void {
    const { video } = this.host;
    const target = this.hls?.liveSyncPosition;
    if (target == null || video.paused) return;
    this.resyncPending = false;
    if (video.currentTime < target - RESYNC_AFTER_TARGET_DURATIONS * this.targetDurationS) video.currentTime = target;
  }

  private onOnline(): void {
    const hls = this.hls;
    if (!hls) return;
    const resumed = this.retries.hurry(() => this.restartLoad());
    if (!resumed) this.restartLoad();
    this.report('network', 'The connection is back; loading resumed.', { action: 'reconnect' });
  }

  private onError(data: ErrorData): void {
    const hls = this.hls;
    if (!hls || !data.fatal) return;
    if (data.details === ErrorDetails.MANIFEST_PARSING_ERROR || data.details === ErrorDetails.MANIFEST_INCOMPATIBLE_CODECS_ERROR) {
      this.fail('manifest', data);
      return;
    }
    if (data.type === ErrorTypes.NETWORK_ERROR) {
      this.onNetworkError(hls, data);
      return;
    }
    if (data.type === ErrorTypes.MEDIA_ERROR && this.recoverMedia(hls, data.details)) return;
    this.fail(data.type === ErrorTypes.MEDIA_ERROR ? 'media' : 'network', data);
  }

  /**
   * Rebuilds the media pipeline in place. A second decoder failure at the same spot means the segment itself is bad
   * (every rendition of it, or hls.js would have switched): play on from the next one instead of failing on it again.
   */
  private recoverMedia(hls: Hls, reason: string): boolean {
    // The element's error and hls.js's MediaSource reset report the same failure: one rebuild for both.
    if (this.rebuilding) return true;
    const position = Math.max(this.host.video.currentTime, this.mediaErrorAt ?? 0);
    const sameSpot = this.mediaErrorAt !== null && position - this.mediaErrorAt < 2 * this.targetDurationS;
    // Each repeated failure skips one more segment: the one the failure point lies in.
    const resumeAt = sameSpot ? this.endOfSegmentAt(hls, position) : null;
    this.mediaErrorAt = resumeAt ?? position;
    const scheduled = this.mediaRecoveries.take(() => {
      this.resumeAt = resumeAt;
      hls.recoverMediaError();
    });
    if (!scheduled) return false;
    this.rebuilding = true;
    const skip = resumeAt === null ? '' : `, resuming after the damaged segment at ${resumeAt.toFixed(1)} s`;
    this.report('media', `${reason}: the media pipeline was rebuilt${skip} (attempt ${scheduled.attempt} of ${scheduled.of}).`, {
      action: 'recover-media',
      attempt: scheduled.attempt,
      of: scheduled.of,
    });
    return true;
  }

  private endOfSegmentAt(hls: Hls, position: number): number {
    const segment = hls.latestLevelDetails?.fragments.find((frag) => frag.start <= position && position < frag.start + frag.duration);
    return (segment ? segment.start + segment.duration : position + this.targetDurationS) + 0.05;
  }

  private onNetworkError(hls: Hls, data: ErrorData): void {
    // Refused by the load guard (already reported): asking again would be refused again.
    const guarded = [data.context?.url, data.url, data.response?.url].map((url) => this.refusedReason(url)).find(Boolean);
    if (guarded) {
      this.fail('manifest', data, `the stream cannot be played: ${guarded}`);
      return;
    }
    // A stream the origin refuses (404, 403…) will not appear by retrying in a loop: say so and offer a retry.
    if (isClientError(data.response?.code) && !data.frag) {
      this.fail('network', data);
      return;
    }
    // One rung below the rendition on screen (hls.js may have tried others before giving up).
    const onScreen = hls.currentLevel;
    const stepDown = hls.autoLevelEnabled && onScreen > 0;
    const scheduled = this.retries.take(() => this.restartLoad(stepDown ? onScreen - 1 : -1));
    if (!scheduled) {
      this.fail('network', data);
      return;
    }
    this.resyncPending = true;
    const status = data.response?.code ? ` (HTTP ${data.response.code})` : '';
    const seconds = Math.round(scheduled.delayMs / 100) / 10;
    this.report(
      'network',
      `${data.details}${status}: retrying in ${seconds} s${stepDown ? ' at a lower quality' : ''} (attempt ${scheduled.attempt} of ${scheduled.of}).`,
      { action: 'retry', ...scheduled, stepDown },
    );
  }

  private restartLoad(level = -1): void {
    const hls = this.hls;
    if (!hls) return;
    // Without a parsed manifest there is nothing to resume: load it again.
    if (!hls.levels.length) {
      hls.loadSource(this.host.src);
      return;
    }
    if (level >= 0) hls.nextLoadLevel = level;
    hls.startLoad(-1);
  }
}
