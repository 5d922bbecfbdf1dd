import { isRefusal } from '../../internal/refusals.js';
import type { EngineHost, EngineKind, EngineSignal, LiveLatency, PlaybackEngine, PlayerErrorDetail, QualityLevel, RtcConnectionState } from './engine.js';
import { HeldSignals } from './race/held-signals.js';
import { HlsPath } from './race/hls-path.js';
import { hasWebRtc, type RaceMarks, type StartRaceOptions } from './race/options.js';
import { NEXT, rtcInPlay, type GiveUpReason, type RacePhase, type Transition } from './race/phases.js';
import { Scope } from './race/scope.js';
import { loadAgoraClientFactory, type RtcClientFactory } from './rtc/agora-client.js';
import { RECONNECT_BUDGET_MS, RTC_TIMEOUT_MS } from './rtc/config.js';
import { createRtcEngine, type RtcEngine } from './rtc/rtc-engine.js';
import { engineRefusals, preferredEngine, resumeWhenReady } from './support.js';

export type { RacePhase } from './race/phases.js';
export { hasWebRtc, type HlsWhileRacing, type RaceMarks, type StartRaceOptions } from './race/options.js';

/**
 * Chooses between the real-time path (Agora) and HLS, and falls back from one to the other, behind the same
 * `PlaybackEngine` interface as a single engine: the player sees one engine whose `kind` is the engine attached to its
 * video, and an `engine-change` signal whenever that changes or the RTC attempt is given up. A state machine: see
 * `RacePhase` for the phases; `transition()` is the only place the phase changes.
 */
export class StartRace implements PlaybackEngine {
  readonly marks: RaceMarks = { start: 0 };
  private current: RacePhase = 'idle';
  /** The current phase's timers and listeners, closed by the transition that leaves it. */
  private scope = new Scope();
  /** The reconnect budget's timer, inside the phase's scope; closed early when the connection is back. */
  private reconnect?: Scope;
  private readonly lifetime = new Scope();
  private readonly hlsKind: EngineKind | null;
  private readonly hls: HlsPath;
  private hlsFatal?: PlayerErrorDetail;
  private rtc?: RtcEngine;
  private readonly held: HeldSignals;
  /** performance.now() of the drop, while the RTC connection is down (reconnecting or disconnected). */
  private droppedAt?: number;
  private readonly first: Transition;
  private attached: EngineKind;
  /** The player asked to play and did not pause since: `play`/`pause` events, which source swaps do not fire. */
  private wantsPlay = false;
  /** What start() waits for, set by the first phase. */
  private startup: Promise<void> = Promise.resolve();
  /** Resolves once RTC has joined, or HLS took over: what a start without HLS playing waits for. */
  private settle: () => void = () => undefined;
  private readonly settled = new Promise<void>((resolve) => (this.settle = resolve));
  /** Resolves once RTC is on screen (or the race is over): a bridging start need not wait for HLS any more. */
  private rtcShown: () => void = () => undefined;
  private readonly shown = new Promise<void>((resolve) => (this.rtcShown = resolve));

  constructor(
    private readonly host: EngineHost,
    private readonly options: StartRaceOptions,
  ) {
    this.hlsKind = host.src ? preferredEngine(host.video) : null;
    this.first = this.firstTransition();
    this.attached = this.first[0] === 'probing' ? 'rtc' : (this.hlsKind ?? 'rtc');
    this.hls = new HlsPath({
      host,
      kind: this.hlsKind,
      load: options.loadHlsEngine,
      wantsPlay: () => this.wantsPlay,
      onSignal: (signal) => this.onHlsSignal(signal),
      onFirstFrame: () => (this.marks.hlsFrame ??= performance.now()),
    });
    this.held = new HeldSignals(engineRefusals(host));
    const { signal } = this.lifetime;
    host.video.addEventListener('play', () => (this.wantsPlay = true), { signal });
    host.video.addEventListener('pause', () => (this.wantsPlay = false), { signal });
  }

  /** Where the race is (see `RacePhase`). */
  get phase(): RacePhase {
    return this.current;
  }

  /** The engine attached to the player's video: HLS while it bridges the race, RTC once it is on screen. */
  get kind(): EngineKind {
    return this.attached;
  }

  get prefetch(): { hits: number; misses: number } {
    return this.hls.prefetch;
  }

  private firstTransition(): Transition {
    const { rtc, prefer, hlsWhileRacing = 'play' } = this.options;
    if (!rtc || (prefer === 'hls' && this.hlsKind)) return ['fallback', 'hls-only'];
    if (!hasWebRtc()) return ['fallback', 'rtc-unsupported', 'WebRTC is not available in this browser'];
    return [this.hlsKind && hlsWhileRacing === 'play' ? 'bridging' : 'probing', 'start'];
  }

  async start(): Promise<void> {
    this.marks.start = performance.now();
    this.transition(...this.first);
    await this.startup;
  }

  destroy(): void {
    this.transition('done', 'destroyed');
  }

  /** The only place the phase changes: closes the phase left (its timers and listeners), then enters the next. */
  private transition(...[to, reason, message]: Transition): boolean {
    const from = this.current;
    if (!NEXT[from].includes(to)) return false;
    this.scope.close();
    this.scope = new Scope();
    this.current = to;
    if (to === 'bridging') this.enterBridging();
    else if (to === 'probing') this.enterProbing();
    else if (to === 'rtc') this.enterRtc(from);
    else if (to === 'done') this.enterDone();
    else if (reason === 'hls-only') this.startup = this.hls.start();
    else this.enterFallback(reason, message);
    return true;
  }

  // ---- the phases ----

  private enterBridging(): void {
    this.giveUpAfterRtcTimeout();
    const probe = document.createElement('video');
    probe.muted = true;
    probe.playsInline = true;
    void this.joinRtc(probe);
    // Started once HLS is attached, or RTC took the screen first: slow HLS code or playlists must not hold up play().
    this.startup = Promise.race([this.startHls(), this.shown]);
  }

  private enterProbing(): void {
    this.giveUpAfterRtcTimeout();
    if (this.options.hlsWhileRacing === 'warm') this.hls.warm();
    void this.joinRtc(this.host.video);
    this.startup = this.settled;
  }

  private enterRtc(from: RacePhase): void {
    const engine = this.rtc!;
    const video = this.host.video;
    this.attached = 'rtc';
    if (from === 'bridging') {
      // HLS is either attached (stopped here) or still loading its code and playlists (it will not attach).
      this.hls.stop();
      engine.moveTo(video);
      if (this.wantsPlay) resumeWhenReady(video, this.scope.signal);
    }
    this.marks.rtcOnScreen = performance.now();
    this.rtcShown();
    if (from === 'bridging' && this.hlsKind) this.host.signal({ type: 'engine-change', from: this.hlsKind, to: 'rtc', reason: 'rtc-ready' });
    if (this.current !== 'rtc') return;
    if (this.droppedAt !== undefined) this.watchReconnect();
    this.held.release((signal) => this.current === 'rtc' && this.host.signal(signal));
  }

  /** Leaves RTC for good and makes sure HLS plays (or, with no HLS to play, reports the fatal error). */
  private enterFallback(reason: GiveUpReason, message: string): void {
    this.marks.rtcGivenUp = performance.now();
    this.releaseRtc();
    this.held.drop();
    if (!this.hlsKind || this.hlsFatal) {
      this.settle();
      this.host.signal({ type: 'error', error: this.hlsFatal ?? { code: reason === 'rtc-unsupported' ? 'unsupported' : 'network', message, fatal: true } });
      return;
    }
    this.attached = this.hlsKind;
    this.host.signal({ type: 'engine-change', from: 'rtc', to: this.hlsKind, reason });
    if (this.current === 'fallback') this.startup = this.startHls().then(this.settle);
  }

  private enterDone(): void {
    this.settle();
    this.rtcShown();
    this.lifetime.close();
    this.releaseRtc();
    this.held.clear();
    this.hls.destroy();
  }

  // ---- RTC ----

  private giveUpAfterRtcTimeout(): void {
    const ms = this.options.rtcTimeoutMs ?? RTC_TIMEOUT_MS;
    this.scope.after(ms, () => this.transition('fallback', 'rtc-timeout', `no real-time frame within ${ms} ms`));
  }

  /** Loads the SDK and joins, the picture decoding into `surface`; its first frame puts RTC on screen. */
  private async joinRtc(surface: HTMLVideoElement): Promise<void> {
    const scope = this.scope;
    let factory: RtcClientFactory;
    try {
      factory = await (this.options.loadRtcClientFactory ?? loadAgoraClientFactory)();
    } catch (cause) {
      this.transition('fallback', 'rtc-load', `the Agora SDK failed to load: ${String(cause)}`);
      return;
    }
    if (scope.closed) return;
    const engine: RtcEngine = createRtcEngine(
      { video: surface, src: this.host.src, box: this.host.box, signal: (signal) => this.onRtcSignal(engine, signal) },
      this.options.rtc!,
      factory,
    );
    this.rtc = engine;
    surface.addEventListener('loadeddata', () => this.onRtcFrame(engine), { once: true, signal: scope.signal });
    try {
      await engine.start();
      this.settle();
    } catch (cause) {
      if (this.rtc === engine) this.transition('fallback', 'join-failed', `Agora join failed: ${String(cause)}`);
    }
  }

  private onRtcFrame(engine: RtcEngine): void {
    if (engine !== this.rtc) return;
    this.marks.rtcFrame ??= performance.now();
    this.transition('rtc', 'rtc-ready');
  }

  private onRtcSignal(engine: RtcEngine, signal: EngineSignal): void {
    if (engine !== this.rtc) return;
    if (signal.type === 'error' && signal.error.fatal) {
      this.transition('fallback', 'rtc-failed', signal.error.message);
      return;
    }
    if (signal.type === 'connection') this.onConnection(signal.state);
    // Refusals (a stranger in the channel) are reported whichever path is on screen.
    if (this.current === 'rtc' || (signal.type === 'error' && isRefusal(signal.error.code))) this.host.signal(signal);
    else this.held.hold(signal);
  }

  private onConnection(state: RtcConnectionState): void {
    if (state === 'connected') {
      this.droppedAt = undefined;
      this.reconnect?.close();
      return;
    }
    if ((state !== 'reconnecting' && state !== 'disconnected') || this.droppedAt !== undefined) return;
    this.droppedAt = performance.now();
    this.watchReconnect();
    // Get HLS ready while the SDK tries to reconnect, so a fallback starts from warm playlists and code.
    if (!this.hls.engaged) this.hls.warm();
  }

  /** The budget runs from the drop, also across the switch to the video (the new phase re-arms what is left of it). */
  private watchReconnect(): void {
    const budget = this.options.reconnectBudgetMs ?? RECONNECT_BUDGET_MS;
    this.reconnect = this.scope.child();
    this.reconnect.after(budget - (performance.now() - this.droppedAt!), () =>
      this.transition('fallback', 'disconnected', `the real-time connection did not come back within ${budget} ms`),
    );
  }

  private releaseRtc(): void {
    this.rtc?.destroy();
    this.rtc = undefined;
    this.droppedAt = undefined;
  }

  // ---- HLS ----

  private startHls(): Promise<void> {
    return this.hls.start().catch((cause: unknown) => this.onHlsFailed(String(cause)));
  }

  private onHlsSignal(signal: EngineSignal): void {
    if (signal.type === 'error' && signal.error.fatal && rtcInPlay(this.current)) {
      // RTC may still make it: keep the failure for when it does not.
      this.onHlsFailed(signal.error.message, signal.error);
      return;
    }
    this.host.signal(signal);
  }

  private onHlsFailed(message: string, error?: PlayerErrorDetail): void {
    if (this.hlsFatal || this.current === 'done') return;
    this.hlsFatal = error ?? { code: 'engine-load', message, fatal: true };
    this.hls.stop();
    if (!rtcInPlay(this.current)) this.host.signal({ type: 'error', error: this.hlsFatal });
  }

  // ---- PlaybackEngine, answered by the path on screen ----

  private get onScreen(): PlaybackEngine | undefined {
    return this.current === 'rtc' ? this.rtc : this.hls.attached;
  }

  setLevel(index: number): void {
    this.onScreen?.setLevel(index);
  }

  liveSyncPosition(): number | null {
    return this.onScreen?.liveSyncPosition() ?? null;
  }

  currentLevel(): QualityLevel | null {
    return this.onScreen?.currentLevel() ?? null;
  }

  liveLatency(): LiveLatency {
    return this.onScreen?.liveLatency?.() ?? { behindEdgeS: null, programDateTimeMs: null };
  }

  bandwidthEstimate(): number {
    return this.onScreen?.bandwidthEstimate() ?? 0;
  }
}

/** The player's engine when Agora is configured (or whenever the race's rules should apply). */
export function createStartRace(host: EngineHost, options: StartRaceOptions): StartRace {
  return new StartRace(host, options);
}
