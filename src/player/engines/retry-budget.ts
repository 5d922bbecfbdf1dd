export interface ScheduledAttempt {
  /** 1-based. */
  attempt: number;
  of: number;
  delayMs: number;
}

/**
 * A bounded number of retries with exponential backoff (1 s, 2 s, 4 s… up to a ceiling). `take` schedules the next
 * attempt and says which one it is, or returns null once the budget is spent so the caller can give up.
 */
export class RetryBudget {
  private used = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly attempts: number,
    private readonly baseDelayMs: number,
    private readonly maxDelayMs = Infinity,
  ) {}

  take(attempt: () => void): ScheduledAttempt | null {
    if (this.used >= this.attempts) return null;
    const delayMs = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** this.used);
    this.used++;
    clearTimeout(this.timer);
    if (delayMs) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        attempt();
      }, delayMs);
    }
    else attempt();
    return { attempt: this.used, of: this.attempts, delayMs };
  }

  /** The waiting attempt runs now (the link is back); the budget is not charged again. */
  hurry(attempt: () => void): boolean {
    if (this.timer === undefined) return false;
    clearTimeout(this.timer);
    this.timer = undefined;
    attempt();
    return true;
  }

  /** Progress was made: the next failure starts a fresh budget. */
  reset(): void {
    this.used = 0;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
