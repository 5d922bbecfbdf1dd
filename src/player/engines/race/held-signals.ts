import type { EngineSignal } from '../engine.js';

/** State RTC reports before it is on screen, of which only the latest matters. */
const LATEST_ONLY: ReadonlySet<EngineSignal['type']> = new Set(['levels', 'publisher', 'network-quality']);

/**
 * What RTC says before it is on screen (while HLS bridges, or before its first frame): the latest state of each kind.
 * Released once RTC is on screen; dropped when it is given up. Anything else is not kept.
 */
export class HeldSignals {
  private readonly latest = new Map<EngineSignal['type'], EngineSignal>();

  hold(signal: EngineSignal): void {
    if (LATEST_ONLY.has(signal.type)) this.latest.set(signal.type, signal);
  }

  /** RTC is on screen: the latest state. */
  release(deliver: (signal: EngineSignal) => void): void {
    const signals = [...this.latest.values()];
    this.clear();
    for (const signal of signals) deliver(signal);
  }

  /** RTC was given up. */
  drop(): void {
    this.clear();
  }

  clear(): void {
    this.latest.clear();
  }
}
