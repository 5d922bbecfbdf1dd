import type { EngineKind, PlaybackEngine, QualityLevel } from './engines/engine.js';

export interface PlayerMetricsSnapshot {
  /** performance.now() when the player started loading (0 before). */
  startedAt: number;
  /** performance.now() of the first decoded frame (0 before). */
  firstFrameAt: number;
  ttffMs: number | null;
  engine: EngineKind | null;
  level: QualityLevel | null;
  bandwidthEstimate: number;
  stalls: number;
  decodedFrames: number;
  droppedFrames: number;
  prefetch: { hits: number; misses: number };
}

/** Start-up and playback numbers, kept in one place so events, `metrics` and the benchmark agree. */
export class PlayerMetrics {
  startedAt = 0;
  firstFrameAt = 0;
  stalls = 0;
  level: QualityLevel | null = null;

  start(): void {
    this.startedAt = performance.now();
    this.firstFrameAt = 0;
    this.level = null;
  }

  /** Records the first frame and returns the time to it in ms. */
  firstFrame(): number {
    this.firstFrameAt = performance.now();
    return Math.round(this.firstFrameAt - this.startedAt);
  }

  stall(): number {
    return ++this.stalls;
  }

  snapshot(video: HTMLVideoElement | null, engine: PlaybackEngine | undefined): PlayerMetricsSnapshot {
    const quality = video?.getVideoPlaybackQuality?.();
    return {
      startedAt: this.startedAt,
      firstFrameAt: this.firstFrameAt,
      ttffMs: this.firstFrameAt ? Math.round(this.firstFrameAt - this.startedAt) : null,
      engine: engine?.kind ?? null,
      level: this.level,
      bandwidthEstimate: Math.round(engine?.bandwidthEstimate() ?? 0),
      stalls: this.stalls,
      decodedFrames: quality?.totalVideoFrames ?? 0,
      droppedFrames: quality?.droppedVideoFrames ?? 0,
      prefetch: { ...(engine?.prefetch ?? { hits: 0, misses: 0 }) },
    };
  }
}
