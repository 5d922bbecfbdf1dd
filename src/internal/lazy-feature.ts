import { log } from './log.js';

/**
 * A capability an element loads on first use (subtitles, shopping): a player without captions or products never
 * downloads their code. Calls made before the code arrives are queued, in order, and run once it has.
 */
export class LazyFeature<T> {
  private value?: T;
  private pending?: Promise<T>;

  constructor(
    private readonly name: string,
    private readonly load: () => Promise<T>,
    private readonly onReady: () => void,
  ) {}

  /** The feature, once loaded; undefined before (render nothing for it then). */
  get current(): T | undefined {
    return this.value;
  }

  /** Runs `action` with the feature, loading it first if needed. */
  use(action: (feature: T) => void): void {
    if (this.value) {
      action(this.value);
      return;
    }
    this.pending ??= this.load().then((value) => {
      this.value = value;
      this.onReady();
      return value;
    });
    this.pending.then(action, (error: unknown) => log.error(`the ${this.name} code could not be loaded`, error));
  }

  /** Runs `action` only if the feature is in use already: there is nothing to reset in code never loaded. */
  ifUsed(action: (feature: T) => void): void {
    if (this.pending) this.use(action);
  }
}
