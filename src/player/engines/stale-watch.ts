import type { EngineHost } from './engine.js';

/** A live playlist must advance at least once in this many target durations, else it is stale. */
export const STALE_AFTER_TARGET_DURATIONS = 3;

/** The clock a watch runs on: the page's by default, a fake one in tests. */
export interface WatchClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const pageClock: WatchClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Notices a live playlist that keeps answering but no longer grows (encoder gone, origin stuck), which players
 * otherwise only show as an endless spinner. Fed on every playlist reload; reports changes of the stale state.
 */
export class StaleWatch {
  private lastSequence = -1;
  private lastAdvanceAt = 0;
  private stale = false;
  private timer: unknown;

  constructor(
    private readonly onChange: (stale: boolean) => void,
    private readonly clock: WatchClock = pageClock,
  ) {}

  observe(lastSequence: number, targetDurationS: number): void {
    const now = this.clock.now();
    if (lastSequence !== this.lastSequence) {
      this.lastSequence = lastSequence;
      this.lastAdvanceAt = now;
      this.set(false);
    }
    // Reloads of an unchanged playlist may slow down; a timer catches the deadline between them.
    const deadline = this.lastAdvanceAt + STALE_AFTER_TARGET_DURATIONS * targetDurationS * 1000;
    this.clock.clearTimeout(this.timer);
    if (now >= deadline) this.set(true);
    else this.timer = this.clock.setTimeout(() => this.set(true), deadline - now);
  }

  /** Forgets the last position: the next observation starts a fresh deadline (after a pause, say). */
  reset(): void {
    this.stop();
    this.lastSequence = -1;
  }

  stop(): void {
    this.clock.clearTimeout(this.timer);
  }

  private set(stale: boolean): void {
    if (stale === this.stale) return;
    this.stale = stale;
    this.onChange(stale);
  }
}

/**
 * An engine's watch: the stale state, and a non-fatal `playlist-stale` error when it turns stale, go to its player;
 * `onAdvancing` hears when a stale playlist moves again.
 */
export function engineStaleWatch(host: Pick<EngineHost, 'signal'>, onAdvancing?: () => void): StaleWatch {
  return new StaleWatch((stale) => {
    host.signal({ type: 'stale', stale });
    if (stale) host.signal({ type: 'error', error: { code: 'playlist-stale', message: 'The live playlist stopped updating.', fatal: false } });
    else onAdvancing?.();
  });
}
