import { Events, type default as Hls } from 'hls.js/dist/hls.light.mjs';

/**
 * What the link delivers now: the rate over the last second of the latest segment. hls.js's estimate averages whole
 * segments, so a segment that started at 4 Mb/s and finished at 600 kb/s reads as 1.5 Mb/s, and the next choice is
 * a rung the link can no longer carry (measured in test/bench/weak.mjs: a stall right after a step down).
 */
export const TAIL_WINDOW_MS = 1000;
/** How often the bytes of the segment in flight are read. */
const SAMPLE_MS = 100;
/** A tail older than this says nothing about the link now. */
export const TAIL_FRESH_MS = 6000;
/** Shorter than this from the first byte, a load is mostly latency: its rate is not a measurement. */
const MIN_SPAN_MS = 250;

/** [ms, bytes loaded so far]. */
export type LoadSample = readonly [number, number];

/** Bits per second over the samples within `windowMs` of the last one, counted from the first byte; null if too short. */
export function tailRate(samples: readonly LoadSample[], windowMs = TAIL_WINDOW_MS): number | null {
  const last = samples[samples.length - 1];
  const firstByte = samples.findIndex(([, bytes]) => bytes > 0);
  if (!last || firstByte < 0) return null;
  let start = firstByte;
  while (start < samples.length - 1 && samples[start]![0] < last[0] - windowMs) start++;
  const [from, bytesFrom] = samples[start]!;
  const span = last[0] - from;
  return span >= MIN_SPAN_MS ? ((last[1] - bytesFrom) * 8 * 1000) / span : null;
}

interface LoadStats {
  loaded: number;
  loading: { first: number; end: number };
}

/** Follows each main segment hls.js loads (not parts: they are too short to measure) and keeps the latest tail rate. */
export class TailThroughput {
  private samples: LoadSample[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  private rate: number | null = null;
  private measuredAt = -Infinity;
  private stats: (() => LoadStats) | undefined;

  constructor(private readonly now: () => number = () => performance.now()) {}

  attach(hls: Hls): void {
    // hls.js gives the fragment its loader's stats after this event: read them through the fragment at each sample.
    hls.on(Events.FRAG_LOADING, (_event, { frag, part }) => !part && frag.type === 'main' && this.follow(() => frag.stats));
    hls.on(Events.FRAG_LOADED, (_event, { frag, part }) => !part && frag.type === 'main' && this.finish(frag.stats));
    hls.on(Events.DESTROYING, () => this.stop());
  }

  /** The link's latest rate (bits/s), or null when none is recent. */
  latest(): number | null {
    return this.now() - this.measuredAt <= TAIL_FRESH_MS ? this.rate : null;
  }

  follow(stats: () => LoadStats): void {
    this.stop();
    this.samples = [];
    this.stats = stats;
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  /** Reads the bytes of the segment in flight (every SAMPLE_MS while one loads). */
  sample(): void {
    if (this.stats) this.samples.push([this.now(), this.stats().loaded]);
  }

  finish(stats: LoadStats): void {
    this.stop();
    this.samples.push([stats.loading.end || this.now(), stats.loaded]);
    const rate = tailRate(this.samples);
    if (rate !== null) [this.rate, this.measuredAt] = [rate, this.now()];
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.stats = undefined;
  }
}
