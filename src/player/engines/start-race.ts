import { warmUp } from '../warmup.js';
import type {
  EngineChangeReason,
  EngineFactory,
  EngineHost,
  EngineKind,
  EngineSignal,
  LiveLatency,
  PlaybackEngine,
  PlayerErrorDetail,
  QualityLevel,
} from './engine.js';
import { loadAgoraClientFactory, type RtcClientFactory } from './rtc/agora-client.js';
import { RECONNECT_BUDGET_MS, RTC_TIMEOUT_MS } from './rtc/config.js';
import { createRtcEngine, type RtcConfig, type RtcEngine } from './rtc/rtc-engine.js';
import { loadEngine, preferredEngine } from './select.js';


/**
 * What HLS does while RTC is being tried:
 * - `play` (default): HLS plays in the player's video at once while RTC joins on a hidden probe element; the first
 *   path to a frame is on screen first, and RTC takes over the moment its first frame is decoded.
 * - `warm`: HLS's playlists, first segment and engine code are fetched, but HLS only starts if RTC fails.
 * - `none`: nothing happens for HLS until RTC fails (the plain sequential fallback).
 */
export type HlsWhileRacing = 'play' | 'warm' | 'none';

export interface StartRaceOptions {
  /** Agora configuration; null for HLS only. */
  rtc: RtcConfig | null;
  /** `rtc` (default when Agora is configured) or `hls` (RTC then only plays when there is no `src`). */
  prefer?: 'rtc' | 'hls';
  rtcTimeoutMs?: number;
  reconnectBudgetMs?: number;
  hlsWhileRacing?: HlsWhileRacing;
  /** Tests inject a fake Agora here; by default the SDK's own chunk is loaded. */
  loadRtcClientFactory?: () => Promise<RtcClientFactory>;
  loadHlsEngine?: (kind: EngineKind) => Promise<EngineFactory>;
}

/** performance.now() of the race's milestones, for metrics, tests and the benchmark. */
export interface RaceMarks {
  start: number;
  hlsFrame?: number;
  rtcFrame?: number;
  rtcGivenUp?: number;
  rtcOnScreen?: number;
}

export function hasWebRtc(): boolean {
  return typeof globalThis.RTCPeerConnection === 'function';
}

const noop = () => undefined;

/** Plays `video` as soon as it has a frame to show, once its new source is loaded (so no `waiting` stall is seen). */
function resumeWhenReady(video: HTMLVideoElement, signal: AbortSignal): void {
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) void video.play().catch(noop);
  else video.addEventListener('loadeddata', () => void video.play().catch(noop), { once: true, signal });
}

/**
 * Chooses between the real-time path (Agora) and HLS, and falls back from one to the other, behind the same
 * `PlaybackEngine` interface as a single engine: the player sees one engine whose `kind` is the engine attached to its
 * video, and an `engine-change` signal whenever that changes or the RTC attempt is given up.
 */
export class StartRace implements PlaybackEngine {
  readonly marks: RaceMarks = { start: 0 };
  private hls?: PlaybackEngine;
  private hlsFatal?: PlayerErrorDetail;
  private rtc?: RtcEngine;
  private rtcInRace = false;
  private rtcOnScreen = false;
  private probe?: HTMLVideoElement;
  private rtcTimer?: ReturnType<typeof setTimeout>;
  private reconnectTimer?: ReturnType<typeof setTimeout>;
  private readonly pendingRtc = new Map<string, EngineSignal>();
  private lastPrefetch = { hits: 0, misses: 0 };
  private readonly lifetime = new AbortController();
  private rtcListeners = new AbortController();
  private hlsListeners = new AbortController();
  private destroyed = false;
  private readonly hlsKind: EngineKind | null;
  private attached: EngineKind;
  /** The player asked to play and did not pause since: `play`/`pause` events, which source swaps do not fire. */
  private wantsPlay = false;
  /** Resolves once RTC has joined, or HLS took over: what a sequential start() waits for. */
  private settle: () => void = noop;
  private readonly settled = new Promise<void>((resolve) => (this.settle = resolve));

  constructor(
    private readonly host: EngineHost,
    private readonly options: StartRaceOptions,
  ) {
    this.hlsKind = host.src ? preferredEngine(host.video) : null;
    const hlsFirst = !options.rtc || options.prefer === 'hls' || (options.hlsWhileRacing ?? 'play') === 'play' || !hasWebRtc();
    this.attached = this.hlsKind && hlsFirst ? this.hlsKind : 'rtc';
    const { signal } = this.lifetime;
    host.video.addEventListener('play', () => (this.wantsPlay = true), { signal });
    host.video.addEventListener('pause', () => (this.wantsPlay = false), { signal });
  }

  /** The engine attached to the player's video: HLS while it bridges the race, RTC once it is on screen. */
  get kind(): EngineKind {
    return this.attached;
  }

  get prefetch(): { hits: number; misses: number } {
    return this.hls?.prefetch ?? this.lastPrefetch;
  }

  async start(): Promise<void> {
    const { rtc, prefer } = this.options;
    this.marks.start = performance.now();
    if (!rtc || (prefer === 'hls' && this.hlsKind)) {
      await this.startHls();
      return;
    }
    if (!hasWebRtc()) {
      this.rtcInRace = true;
      await this.giveUpRtc('rtc-unsupported', 'WebRTC is not available in this browser');
      return;
    }
    this.rtcInRace = true;
    this.rtcTimer = setTimeout(() => void this.giveUpRtc('rtc-timeout', `no real-time frame within ${this.rtcTimeoutMs} ms`), this.rtcTimeoutMs);
    const mode = this.hlsKind ? (this.options.hlsWhileRacing ?? 'play') : 'none';
    if (mode === 'warm') {
      void warmUp(this.host.src, this.host.box);
      void this.loadHls().catch(noop);
    }
    void this.startRtc(mode === 'play');
    if (mode === 'play') await this.startHls().catch((cause: unknown) => this.onHlsFailed(String(cause)));
    else await this.settled;
  }

  private get rtcTimeoutMs(): number {
    return this.options.rtcTimeoutMs ?? RTC_TIMEOUT_MS;
  }

  private loadHls(): Promise<EngineFactory> {
    if (!this.hlsKind) return Promise.reject(new Error('no HLS src'));
    return (this.options.loadHlsEngine ?? loadEngine)(this.hlsKind);
  }

  // ---- RTC ----

  private async startRtc(onProbe: boolean): Promise<void> {
    let factory: RtcClientFactory;
    try {
      factory = await (this.options.loadRtcClientFactory ?? loadAgoraClientFactory)();
    } catch (cause) {
      await this.giveUpRtc('rtc-load', `the Agora SDK failed to load: ${String(cause)}`);
      return;
    }
    if (!this.rtcInRace || this.destroyed) return;
    const surface = onProbe ? this.createProbe() : this.host.video;
    const engine: RtcEngine = createRtcEngine(
      { video: surface, src: this.host.src, box: this.host.box, signal: (signal) => this.onRtcSignal(engine, signal) },
      this.options.rtc!,
      factory,
    );
    this.rtc = engine;
    surface.addEventListener('loadeddata', () => void this.onRtcFrame(engine), { once: true, signal: this.rtcListeners.signal });
    try {
      await engine.start();
      this.settle();
    } catch (cause) {
      if (this.rtc === engine) await this.giveUpRtc('join-failed', `Agora join failed: ${String(cause)}`);
    }
  }

  /** A hidden, detached element: RTC decodes into it while HLS is on screen, so its first frame is known. */
  private createProbe(): HTMLVideoElement {
    const probe = document.createElement('video');
    probe.muted = true;
    probe.playsInline = true;
    this.probe = probe;
    return probe;
  }

  private async onRtcFrame(engine: RtcEngine): Promise<void> {
    if (engine !== this.rtc || this.destroyed) return;
    this.marks.rtcFrame ??= performance.now();
    clearTimeout(this.rtcTimer);
    if (!this.probe) {
      this.putRtcOnScreen(false);
      return;
    }
    // HLS is either attached (stopped here) or still loading its code and playlists (it will not attach: see startHls).
    const video = this.host.video;
    this.stopHls();
    engine.moveTo(video);
    this.probe = undefined;
    if (this.wantsPlay) resumeWhenReady(video, this.rtcListeners.signal);
    this.putRtcOnScreen(true);
  }

  private putRtcOnScreen(replacedHls: boolean): void {
    this.rtcOnScreen = true;
    this.attached = 'rtc';
    this.marks.rtcOnScreen = performance.now();
    if (replacedHls && this.hlsKind) this.host.signal({ type: 'engine-change', from: this.hlsKind, to: 'rtc', reason: 'rtc-ready' });
    for (const signal of this.pendingRtc.values()) this.host.signal(signal);
    this.pendingRtc.clear();
  }

  private onRtcSignal(engine: RtcEngine, signal: EngineSignal): void {
    if (engine !== this.rtc || this.destroyed) return;
    if (signal.type === 'error' && signal.error.fatal) {
      void this.giveUpRtc('rtc-failed', signal.error.message);
      return;
    }
    if (signal.type === 'connection') this.onConnection(signal.state);
    if (this.rtcOnScreen) this.host.signal(signal);
    else if (signal.type === 'publisher' || signal.type === 'network-quality' || signal.type === 'levels') this.pendingRtc.set(signal.type, signal);
  }

  private onConnection(state: string): void {
    if (state === 'connected') {
      clearTimeout(this.reconnectTimer);
      this.reconnectTimer = undefined;
      return;
    }
    if ((state !== 'reconnecting' && state !== 'disconnected') || this.reconnectTimer) return;
    const budget = this.options.reconnectBudgetMs ?? RECONNECT_BUDGET_MS;
    this.reconnectTimer = setTimeout(() => void this.giveUpRtc('disconnected', `the real-time connection did not come back within ${budget} ms`), budget);
    // Get HLS ready while the SDK tries to reconnect, so a fallback starts from warm playlists and code.
    if (this.hlsKind && !this.hls) {
      void warmUp(this.host.src, this.host.box);
      void this.loadHls().catch(noop);
    }
  }

  /** Leaves RTC for good and makes sure HLS plays; resolves once HLS is attached (or there is nothing to start). */
  private async giveUpRtc(reason: EngineChangeReason, message: string): Promise<void> {
    if (!this.rtcInRace || this.destroyed) return;
    this.rtcInRace = false;
    this.marks.rtcGivenUp = performance.now();
    clearTimeout(this.rtcTimer);
    clearTimeout(this.reconnectTimer);
    this.rtcListeners.abort();
    this.rtcListeners = new AbortController();
    this.rtc?.destroy();
    this.rtc = undefined;
    this.rtcOnScreen = false;
    this.probe = undefined;
    this.pendingRtc.clear();
    if (!this.hlsKind || this.hlsFatal) {
      this.settle();
      this.host.signal({
        type: 'error',
        error: this.hlsFatal ?? { code: reason === 'rtc-unsupported' ? 'unsupported' : 'network', message, fatal: true },
      });
      return;
    }
    this.attached = this.hlsKind;
    this.host.signal({ type: 'engine-change', from: 'rtc', to: this.hlsKind, reason });
    if (!this.hls) {
      await this.startHls().catch((cause: unknown) => {
        this.host.signal({ type: 'error', error: { code: 'engine-load', message: String(cause), fatal: true } });
      });
    }
    this.settle();
  }

  // ---- HLS ----

  /**
   * Loads the engine code and the warm-up (playlists, first segment) first, so that once created the engine attaches
   * to the video within the same task: it is never caught half-started by a switch to RTC or by destroy().
   */
  private async startHls(): Promise<void> {
    const [factory] = await Promise.all([this.loadHls(), this.hlsKind === 'hls' ? warmUp(this.host.src, this.host.box) : null]);
    if (this.destroyed || this.hls || this.rtcOnScreen) return;
    const video = this.host.video;
    const engine = factory({ video, src: this.host.src, box: this.host.box, signal: (signal) => this.onHlsSignal(engine, signal) });
    this.hls = engine;
    video.addEventListener('loadeddata', () => (this.marks.hlsFrame ??= performance.now()), { once: true, signal: this.hlsListeners.signal });
    await engine.start();
    // Attaching a source aborts a play() asked for before it: play again once there is a frame.
    if (this.wantsPlay && engine === this.hls) resumeWhenReady(video, this.hlsListeners.signal);
  }

  private onHlsSignal(engine: PlaybackEngine, signal: EngineSignal): void {
    if (engine !== this.hls || this.destroyed) return;
    if (signal.type === 'error' && signal.error.fatal && this.rtcInRace) {
      // RTC may still make it: keep the failure for when it does not.
      this.onHlsFailed(signal.error.message, signal.error);
      return;
    }
    this.host.signal(signal);
  }

  private onHlsFailed(message: string, error?: PlayerErrorDetail): void {
    this.hlsFatal = error ?? { code: 'engine-load', message, fatal: true };
    this.stopHls();
    if (!this.rtcInRace) this.host.signal({ type: 'error', error: this.hlsFatal });
  }

  private stopHls(): void {
    const engine = this.hls;
    this.hlsListeners.abort();
    this.hlsListeners = new AbortController();
    if (!engine) return;
    this.lastPrefetch = { ...engine.prefetch };
    this.hls = undefined;
    engine.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.settle();
    clearTimeout(this.rtcTimer);
    clearTimeout(this.reconnectTimer);
    this.rtcListeners.abort();
    this.lifetime.abort();
    this.rtc?.destroy();
    this.rtc = undefined;
    this.probe = undefined;
    this.stopHls();
  }

  private get onScreen(): PlaybackEngine | undefined {
    return this.rtcOnScreen ? this.rtc : this.hls;
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
