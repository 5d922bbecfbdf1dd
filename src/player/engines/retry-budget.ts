/**
 * A bounded number of retries with exponential backoff: 1 s, 2 s, 4 s... `take` schedules the next attempt and
 * returns false once the budget is spent, so the caller can turn the error into a fatal one.
 */
export class RetryBudget {
  private used = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly attempts: number,
    private readonly baseDelayMs: number,
  ) {}

  take(attempt: () => void): boolean {
    if (this.used >= this.attempts) return false;
    const delay = this.baseDelayMs * 2 ** this.used;
    this.used++;
    clearTimeout(this.timer);
    if (delay) this.timer = setTimeout(attempt, delay);
    else attempt();
    return true;
  }

  /** Progress was made: the next failure starts a fresh budget. */
  reset(): void {
    this.used = 0;
  }

  cancel(): void {
    clearTimeout(this.timer);
  }
}
