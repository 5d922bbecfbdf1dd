import type { EngineHost, LiveLatency, PlaybackEngine, PlayerErrorCode, QualityLevel } from './engine.js';

/** Segments behind the edge a native player is expected to sit at (Apple's players use three target durations). */
const NATIVE_LIVE_OFFSET_S = 6;

/**
 * The browser's own HLS (Safari, iOS): no ABR control and no levels to show, but no JavaScript to download either.
 */
class NativeEngine implements PlaybackEngine {
  readonly kind = 'native' as const;
  readonly prefetch = { hits: 0, misses: 0 };
  private readonly onError = () => {
    const error = this.host.video.error;
    const code: PlayerErrorCode =
      error?.code === MediaError.MEDIA_ERR_NETWORK ? 'network' : error?.code === MediaError.MEDIA_ERR_DECODE ? 'media' : 'manifest';
    this.host.signal({ type: 'error', error: { code, message: error?.message || `MediaError ${error?.code ?? '?'}`, fatal: true } });
  };

  constructor(private readonly host: EngineHost) {}

  async start(): Promise<void> {
    const { video, src } = this.host;
    video.addEventListener('error', this.onError);
    video.src = src;
  }

  destroy(): void {
    const { video } = this.host;
    video.removeEventListener('error', this.onError);
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
