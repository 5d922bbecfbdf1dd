import { abandonWarmup, warmUp } from '../../warmup.js';
import type { EngineFactory, EngineHost, EngineKind, EngineSignal, PlaybackEngine } from '../engine.js';
import { resumeWhenReady } from '../support.js';
import { Scope } from './scope.js';

export interface HlsPathOptions {
  host: EngineHost;
  /** The engine HLS plays through (`hls` or `native`); null when there is no `src`. */
  kind: EngineKind | null;
  load: (kind: EngineKind) => Promise<EngineFactory>;
  /** The player asked to play: attaching a source aborts that play(), so it is asked again. */
  wantsPlay: () => boolean;
  onSignal: (signal: EngineSignal) => void;
  onFirstFrame: () => void;
}

const noop = () => undefined;

/**
 * The HLS side of the race: warmed up, started into the player's video, stopped when RTC takes over. One start at a
 * time (a second `start()` joins the one under way); a start overtaken by `stop()` while its code and playlists load
 * never attaches.
 */
export class HlsPath {
  private engine?: PlaybackEngine;
  private starting?: Promise<void>;
  /** The running start's listeners; closed by stop(). */
  private scope?: Scope;
  private lastPrefetch = { hits: 0, misses: 0 };
  private destroyed = false;

  constructor(private readonly options: HlsPathOptions) {}

  /** The engine attached to the video, if any. */
  get attached(): PlaybackEngine | undefined {
    return this.engine;
  }

  /** Started: attached, or loading its code and playlists. */
  get engaged(): boolean {
    return this.starting !== undefined;
  }

  get prefetch(): { hits: number; misses: number } {
    return this.engine?.prefetch ?? this.lastPrefetch;
  }

  /** Fetches the playlists, first segment and engine code ahead, attaching nothing. */
  warm(): void {
    const { host, kind, load } = this.options;
    if (!kind) return;
    void warmUp(host.src, host.box);
    void load(kind).catch(noop);
  }

  /** Starts HLS in the video (or joins the start under way). Rejects when HLS cannot start. */
  start(): Promise<void> {
    if (this.destroyed) return Promise.resolve();
    return (this.starting ??= this.attach((this.scope = new Scope())));
  }

  /**
   * Loads the engine code and the warm-up (playlists, first segment) first, so that once created the engine attaches
   * within the same task: it is never caught half-started by a switch to RTC or by destroy().
   */
  private async attach(scope: Scope): Promise<void> {
    const { host, kind, load } = this.options;
    if (!kind) throw new Error('no HLS src');
    const [factory] = await Promise.all([load(kind), kind === 'hls' ? warmUp(host.src, host.box) : null]);
    if (scope.closed) return;
    const video = host.video;
    const engine = factory({ video, src: host.src, box: host.box, signal: (signal) => engine === this.engine && this.options.onSignal(signal) });
    this.engine = engine;
    video.addEventListener('loadeddata', this.options.onFirstFrame, { once: true, signal: scope.signal });
    await engine.start();
    if (this.options.wantsPlay() && !scope.closed) resumeWhenReady(video, scope.signal);
  }

  stop(): void {
    this.scope?.close();
    this.scope = undefined;
    this.starting = undefined;
    const engine = this.engine;
    if (!engine) return;
    this.lastPrefetch = { ...engine.prefetch };
    this.engine = undefined;
    engine.destroy();
  }

  /** Also calls off the warm-up: its playlist chain would otherwise go on fetching for a player that is gone. */
  destroy(): void {
    this.destroyed = true;
    this.stop();
    if (this.options.kind === 'hls') abandonWarmup(this.options.host.src);
  }
}
