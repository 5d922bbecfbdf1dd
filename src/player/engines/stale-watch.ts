/** A live playlist must advance at least once in this many target durations, else it is stale. */
const STALE_AFTER_TARGET_DURATIONS = 3;

/**
 * Notices a live playlist that keeps answering but no longer grows (encoder gone, origin stuck), which players
 * otherwise only show as an endless spinner. Fed on every playlist reload; reports changes of the stale state.
 */
export class StaleWatch {
  private lastSequence = -1;
  private lastAdvanceAt = 0;
  private stale = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly onChange: (stale: boolean) => void) {}

  observe(lastSequence: number, targetDurationS: number): void {
    const now = performance.now();
    if (lastSequence !== this.lastSequence) {
      this.lastSequence = lastSequence;
      this.lastAdvanceAt = now;
      this.set(false);
    }
    // Reloads of an unchanged playlist may slow down; a timer catches the deadline between them.
    const deadline = this.lastAdvanceAt + STALE_AFTER_TARGET_DURATIONS * targetDurationS * 1000;
    clearTimeout(this.timer);
    if (now >= deadline) this.set(true);
    else this.timer = setTimeout(() => this.set(true), deadline - now);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private set(stale: boolean): void {
    if (stale === this.stale) return;
    this.stale = stale;
    this.onChange(stale);
  }
}
