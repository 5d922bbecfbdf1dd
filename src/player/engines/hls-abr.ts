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

/** The level to load next: ABR's choice, except a step up held back while the buffer is thin or a step down is recent. */
export function heldLevel({ next, current, bufferAheadS, sinceDownMs, forced = false }: AbrState): number {
  // Holding a forced move would pin hls.js to the level that just failed: it would retry it instead of failing over.
  if (forced || current < 0 || next <= current) return next;
  return bufferAheadS < UP_SWITCH_MIN_BUFFER_S || sinceDownMs < UP_SWITCH_HOLD_MS ? current : next;
}

/** The part of hls.js's AbrController the hold reads and overrides. */
interface AbrBase {
  readonly hls: { loadLevel: number; mainForwardBufferInfo: { len: number } | null } | null | undefined;
  nextAutoLevel: number;
  /** The level hls.js set through the setter (after a load error), -1 when ABR chooses freely. */
  readonly forcedAutoLevel?: number;
}
type AbrClass = new (hls: Hls) => AbrBase;

/**
 * hls.js's AbrController with the hold of `heldLevel` on its choice. Measured: without it the player stepped up from
 * the start rendition on a 2 s buffer and stalled; with jitter an up-step right after a down-step is oscillation.
 */
export function heldAbrController(Base: AbrClass = Hls.DefaultConfig.abrController as unknown as AbrClass, now: () => number = () => performance.now()): HlsConfig['abrController'] {
  class HeldAbrController extends Base {
    private lastDownAt = -Infinity;
    override get nextAutoLevel(): number {
      const next = super.nextAutoLevel;
      const hls = this.hls;
      const current = hls?.loadLevel ?? -1;
      if (current >= 0 && next >= 0 && next < current) this.lastDownAt = now();
      const bufferAheadS = hls?.mainForwardBufferInfo?.len ?? 0;
      const forced = next >= 0 && next === (this.forcedAutoLevel ?? -1);
      return heldLevel({ next, current, bufferAheadS, sinceDownMs: now() - this.lastDownAt, forced });
    }
    // A getter alone would hide the setter hls.js uses to force a level (e.g. after an error).
    override set nextAutoLevel(level: number) {
      super.nextAutoLevel = level;
    }
  }
  return HeldAbrController as unknown as HlsConfig['abrController'];
}
