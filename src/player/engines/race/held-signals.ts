import { LIMITS } from '../../../internal/limits.js';
import type { RefusalLog } from '../../../internal/refusals.js';
import type { EngineSignal } from '../engine.js';

type DataSignal = Extract<EngineSignal, { type: 'data' }>;

/** State RTC reports before it is on screen, of which only the latest matters. */
const LATEST_ONLY: ReadonlySet<EngineSignal['type']> = new Set(['levels', 'publisher', 'network-quality']);

/**
 * What RTC says before it is on screen (while HLS bridges, or before its first frame): the latest state of each kind,
 * and every data message (speech-to-text, product cues) in the order it came, up to `LIMITS.heldDataMessages` and
 * `LIMITS.heldDataBytes` (past them the oldest go, reported once). Released once RTC is on screen; dropped, reported,
 * when RTC is given up: the messages belong to RTC's timeline. Anything else (connection changes, non-fatal errors,
 * level switches on the hidden probe) is not kept.
 */
export class HeldSignals {
  private readonly latest = new Map<EngineSignal['type'], EngineSignal>();
  private data: DataSignal[] = [];
  private bytes = 0;

  constructor(private readonly refusals: RefusalLog) {}

  hold(signal: EngineSignal): void {
    if (LATEST_ONLY.has(signal.type)) this.latest.set(signal.type, signal);
    else if (signal.type === 'data') this.holdData(signal);
  }

  private holdData(signal: DataSignal): void {
    // A copy: the SDK owns the buffer it handed over.
    this.data.push({ ...signal, bytes: signal.bytes.slice() });
    this.bytes += signal.bytes.byteLength;
    let dropped = false;
    while (this.data.length > LIMITS.heldDataMessages || this.bytes > LIMITS.heldDataBytes) {
      this.bytes -= this.data.shift()!.bytes.byteLength;
      dropped = true;
    }
    if (dropped) this.refusals.refuse('held:limit', 'limit-exceeded', `real-time path: over ${LIMITS.heldDataMessages} data messages (or ${LIMITS.heldDataBytes / 1024} kB) came before its picture; the oldest were dropped`);
  }

  /** RTC is on screen: the latest state first, then the data messages in order. */
  release(deliver: (signal: EngineSignal) => void): void {
    const signals = [...this.latest.values(), ...this.data];
    this.clear();
    for (const signal of signals) deliver(signal);
  }

  /** RTC was given up: its data has no timeline to be shown on. */
  drop(): void {
    const count = this.data.length;
    this.clear();
    if (count) this.refusals.refuse('held:dropped', 'refused-data', `real-time path given up: dropped ${count} data messages (captions, product cues) sent before its picture`);
  }

  clear(): void {
    this.latest.clear();
    this.data = [];
    this.bytes = 0;
  }
}
