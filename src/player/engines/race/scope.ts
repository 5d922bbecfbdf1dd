/**
 * What one phase of the race (or one watch inside it) owns: its timers and listeners, all ended by `close()`. The race
 * closes a phase's scope when it leaves the phase, so nothing a finished phase started can fire.
 */
export class Scope {
  private readonly controller = new AbortController();
  /** For listeners: `addEventListener(type, listener, { signal: scope.signal })`. */
  readonly signal: AbortSignal = this.controller.signal;

  constructor(parent?: Scope) {
    if (parent?.closed) this.close();
    else parent?.signal.addEventListener('abort', () => this.close(), { once: true, signal: this.signal });
  }

  get closed(): boolean {
    return this.signal.aborted;
  }

  /** Runs `task` in `ms` unless the scope is closed first. */
  after(ms: number, task: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(task, ms);
    this.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  /** A scope that closes with this one (or earlier, on its own). */
  child(): Scope {
    return new Scope(this);
  }

  close(): void {
    this.controller.abort();
  }
}
