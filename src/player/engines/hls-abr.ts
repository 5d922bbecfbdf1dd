import Hls, { type HlsConfig } from 'hls.js/dist/hls.light.mjs';

/**
 * hls.js's ABR for a live show on a weak link (measured in test/bench/weak.mjs, docs/performance.md "Weak networks").
 * A live buffer is only a few segments deep, so a drop in throughput must be seen within one segment: a short fast
 * average (hls.js weighs samples by seconds spent loading, and a 2 s segment on a collapsed link loads for seconds)
 * and a choice that leaves 20 % headroom, so the rung just above the link is not tried and stalled on.
 */
export const LIVE_ABR: Partial<HlsConfig> = {
  abrEwmaFastLive: 1.5,
  abrBandWidthFactor: 0.8,
};

/** No step up with less than this much (s) buffered ahead: a bigger segment on a thin buffer is a stall risk. */
export const UP_SWITCH_MIN_BUFFER_S = 3;
/** No step up this soon (ms) after a step down: a link that just failed one rung is not trusted with it again yet. */
export const UP_SWITCH_HOLD_MS = 8000;

export interface AbrState {
  /** What hls.js's ABR would load next, and what it loads now. */
  next: number;
  current: number;
  bufferAheadS: number;
  /** ms since the last step down, Infinity if none. */
  sinceDownMs: number;
  /** hls.js forced `next` (it moves off a level that failed to load): not a choice to second-guess. */
  forced?: boolean;
}

/** A rendition as the buffer guard sees it: bits per second at its peak. */
interface Rung {
  maxBitrate: number;
}

/**
 * The share of the buffer ahead a segment may take to load, and a fixed cost (s) for the playlist a switch loads
 * first. Measured without them: a 360p segment that fit the buffer exactly (2.8 of 3.3 s) stalled 1 run in 3.
 */
export const BUFFER_SHARE = 0.8;
export const SWITCH_COST_S = 0.25;

/**
 * The highest level at or below `level` whose next segment, at the link's latest rate, arrives well before the buffer
 * ahead runs out. The lowest level is the floor: with nothing that fits, the smallest segment is the best bet.
 */
export function levelThatFits(level: number, levels: readonly Rung[], { linkBps, bufferAheadS, segmentS, minLevel = 0 }: { linkBps: number; bufferAheadS: number; segmentS: number; minLevel?: number }): number {
  let fit = level;
  while (fit > minLevel && (levels[fit]!.maxBitrate * segmentS) / linkBps + SWITCH_COST_S > bufferAheadS * BUFFER_SHARE) fit--;
  return fit;
}

/** The level to load next: ABR's choice, except a step up held back while the buffer is thin or a step down is recent. */
export function heldLevel({ next, current, bufferAheadS, sinceDownMs, forced = false }: AbrState): number {
  // Holding a forced move would pin hls.js to the level that just failed: it would retry it instead of failing over.
  if (forced || current < 0 || next <= current) return next;
  return bufferAheadS < UP_SWITCH_MIN_BUFFER_S || sinceDownMs < UP_SWITCH_HOLD_MS ? current : next;
}

/** The part of hls.js's AbrController the hold reads and overrides. */
interface AbrBase {
  readonly hls:
    | { loadLevel: number; mainForwardBufferInfo: { len: number } | null; levels?: readonly (Rung & { details?: { targetduration: number } })[]; minAutoLevel?: number }
    | null
    | undefined;
  nextAutoLevel: number;
  /** The level hls.js set through the setter (after a load error), -1 when ABR chooses freely. */
  readonly forcedAutoLevel?: number;
}
type AbrClass = new (hls: Hls) => AbrBase;

/**
 * hls.js's AbrController with the hold of `heldLevel` on its choice, and with the next segment sized to arrive, at
 * the link's latest rate (`linkBps`, TailThroughput), before the buffer runs out. Measured: without the hold the
 * player stepped up from the start rendition on a 2 s buffer and stalled; with jitter an up-step right after a
 * down-step is oscillation; without the guard a drop in the middle of a segment was answered by one rung down only.
 */
export function heldAbrController(
  Base: AbrClass = Hls.DefaultConfig.abrController as unknown as AbrClass,
  now: () => number = () => performance.now(),
  linkBps: () => number | null = () => null,
): HlsConfig['abrController'] {
  class HeldAbrController extends Base {
    private lastDownAt = -Infinity;
    override get nextAutoLevel(): number {
      const next = super.nextAutoLevel;
      const hls = this.hls;
      const current = hls?.loadLevel ?? -1;
      if (current >= 0 && next >= 0 && next < current) this.lastDownAt = now();
      const bufferAheadS = hls?.mainForwardBufferInfo?.len ?? 0;
      const forced = next >= 0 && next === (this.forcedAutoLevel ?? -1);
      const level = heldLevel({ next, current, bufferAheadS, sinceDownMs: now() - this.lastDownAt, forced });
      const rate = linkBps();
      const levels = hls?.levels;
      if (forced || !rate || !levels?.[level] || level <= 0) return level;
      const segmentS = levels[current]?.details?.targetduration ?? levels[level].details?.targetduration ?? 2;
      const fit = levelThatFits(level, levels, { linkBps: rate, bufferAheadS, segmentS, minLevel: Math.max(0, hls?.minAutoLevel ?? 0) });
      if (fit < current) this.lastDownAt = now();
      return fit;
    }
    // A getter alone would hide the setter hls.js uses to force a level (e.g. after an error).
    override set nextAutoLevel(level: number) {
      super.nextAutoLevel = level;
    }
  }
  return HeldAbrController as unknown as HlsConfig['abrController'];
}
