import type { EngineHost, LiveLatency, PlaybackEngine, PlayerErrorCode, QualityLevel } from './engine.js';
import { engineStaleWatch, type StaleWatch } from './stale-watch.js';

/** Segments behind the edge a native player is expected to sit at (Apple's players use three target durations). */
const NATIVE_LIVE_OFFSET_S = 6;
/**
 * The browser does not show us the playlist, so its target duration is unknown: assume Apple's recommended 6 s. A live
 * stream whose seekable range stops growing for 3 x 6 s is reported stale.
 */
const ASSUMED_TARGET_DURATION_S = 6;

function lastEnd(ranges: TimeRanges): number | null {
  return ranges.length ? ranges.end(ranges.length - 1) : null;
}

/**
 * The browser's own HLS (Safari, iOS): no ABR control and no levels to show, but no JavaScript to download either.
 * What it can tell is read off the media element: the seekable range growing is the live playlist advancing.
 */
class NativeEngine implements PlaybackEngine {
  readonly kind = 'native' as const;
  readonly prefetch = { hits: 0, misses: 0 };
  private readonly listeners = new AbortController();
  private readonly staleWatch: StaleWatch;
  private readonly onError = () => {
    const error = this.host.video.error;
    const code: PlayerErrorCode =
      error?.code === MediaError.MEDIA_ERR_NETWORK ? 'network' : error?.code === MediaError.MEDIA_ERR_DECODE ? 'media' : 'manifest';
    this.host.signal({ type: 'error', error: { code, message: error?.message || `MediaError ${error?.code ?? '?'}`, fatal: true } });
  };

  private timelineKind: 'live' | 'vod' | null = null;

  constructor(private readonly host: EngineHost) {
    this.staleWatch = engineStaleWatch(host);
  }

  async start(): Promise<void> {
    const { video, src } = this.host;
    const { signal } = this.listeners;
    video.addEventListener('error', this.onError, { signal });
    for (const type of ['durationchange', 'progress', 'timeupdate', 'pause', 'playing']) video.addEventListener(type, () => this.onTimeline(), { signal });
    video.src = src;
  }

  private onTimeline(): void {
    const { video } = this.host;
    const kind = video.duration === Infinity ? 'live' : Number.isFinite(video.duration) ? 'vod' : null;
    if (kind && kind !== this.timelineKind) this.host.signal({ type: 'timeline-kind', kind: (this.timelineKind = kind) });
    // A live stream has an infinite duration. Its edge is the seekable end (Safari) or, where the browser exposes no
    // seekable range (Chromium), the end of what it has buffered: either stops growing when the playlist does.
    if (video.duration !== Infinity) return;
    const edge = lastEnd(video.seekable) ?? lastEnd(video.buffered);
    if (edge === null) return;
    // A paused player stops buffering: that is not the stream's fault.
    if (video.paused) this.staleWatch.reset();
    else this.staleWatch.observe(Math.floor(edge), ASSUMED_TARGET_DURATION_S);
    this.host.signal({ type: 'live-edge' });
  }

  destroy(): void {
    const { video } = this.host;
    this.listeners.abort();
    this.staleWatch.stop();
    video.removeAttribute('src');
    video.load();
  }

  setLevel(): void {
    // The browser picks renditions itself.
  }

  currentLevel(): QualityLevel | null {
    const { videoWidth, videoHeight } = this.host.video;
    return videoHeight ? { index: -1, width: videoWidth, height: videoHeight, bitrate: 0 } : null;
  }

  liveSyncPosition(): number | null {
    const { seekable } = this.host.video;
    if (!seekable.length) return null;
    return Math.max(seekable.start(0), seekable.end(seekable.length - 1) - NATIVE_LIVE_OFFSET_S);
  }

  liveLatency(): LiveLatency {
    const video = this.host.video as HTMLVideoElement & { getStartDate?: () => Date };
    const { seekable, currentTime } = video;
    const behindEdgeS = seekable.length ? Math.max(0, seekable.end(seekable.length - 1) - currentTime) : null;
    // Safari maps EXT-X-PROGRAM-DATE-TIME onto the media timeline: getStartDate() is the wall clock of time 0.
    const start = video.getStartDate?.().getTime();
    return { behindEdgeS, programDateTimeMs: start !== undefined && Number.isFinite(start) ? start + currentTime * 1000 : null };
  }

  bandwidthEstimate(): number {
    return 0;
  }
}

export function createNativeEngine(host: EngineHost): PlaybackEngine {
  return new NativeEngine(host);
}
