import type { ReactiveController } from 'lit';
import { EVENTS } from '../../internal/events.js';
import type { ReportRefusal } from '../../internal/refusals.js';
import { isRefusal } from '../../internal/refusals.js';
import type { ShopliveElement } from '../../internal/shoplive-element.js';
import type { EngineSignal, PlaybackEngine, PlayerErrorDetail } from '../engines/engine.js';
import { PlayerMetrics } from '../metrics.js';
import { preconnectStream } from '../preconnect.js';
import { abandonWarmup, warmUp } from '../warmup.js';
import { loadEngineFactory, planEngine, type SessionConfig } from './engine-plan.js';
import { IDLE_SNAPSHOT, STREAM_FIELDS_RESET, type MediaSnapshot } from './media-snapshot.js';
import { mirrorMedia } from './media-mirror.js';
import type { PlayerRequest } from './player-request.js';
import { LIVE_DVR_MIN_S } from '../controls/seekable.js';
import { seekableRange, seekVideo } from './seeking.js';

/** Seconds behind the live sync position before the badge turns into "Back to live". */
const BEHIND_LIVE_SLACK_S = 3;

/** How far inside a live or EVENT window a seek to its very start lands (see seekVideo). */
const WINDOW_START_MARGIN_S = 0.5;

/** Agora downlink quality (1 excellent .. 6 down; 0 unknown) as 0-4 signal bars, null when unknown. */
function signalBars(downlink: number): number | null {
  return downlink >= 1 && downlink <= 6 ? [4, 3, 2, 1, 1, 0][downlink - 1]! : null;
}

export interface SessionHost extends ShopliveElement {
  /** The player's video element, once rendered. */
  readonly videoElement: HTMLVideoElement | null;
  /** Told synchronously of every new snapshot (the element's read-only properties follow it at once). */
  snapshotChanged(snapshot: MediaSnapshot, previous: MediaSnapshot): void;
}

export interface SessionOptions {
  config: () => SessionConfig;
  report: ReportRefusal;
  /** Where the signals go that the session does not handle itself, and the news of a stream starting or ending. */
  features: { signal(signal: EngineSignal): void; streamStarted(): void; streamEnded(): void; streamReplaced(): void };
}

/**
 * One playback session of the player: it starts, restarts and tears down the stream (a generation guard keeps the
 * work of an abandoned start from landing), picks the engine (or the RTC race), watches for the first frame, mirrors
 * the media element into one immutable snapshot, and applies what the controls request. Requests go up, state comes
 * down: the element renders `snapshot` and never touches the video or the engine itself.
 */
export class PlaybackSession implements ReactiveController {
  snapshot: MediaSnapshot = IDLE_SNAPSHOT;
  readonly metrics = new PlayerMetrics();
  private playback?: PlaybackEngine;
  private generation = 0;
  private started = false;
  private wantsPlay = false;
  /** The shopper pressed pause since this stream started: autoplay must not override them. */
  private shopperPaused = false;
  /** Listeners on the video, the document and the window, for as long as the element is connected. */
  private mirror?: AbortController;
  private watching = false;
  /** A stream was started (the features heard of it) and not yet torn down. */
  private startedStream = false;
  /** The `src` whose warm-up this session may have started: called off when the session ends. */
  private warmedSrc = '';

  constructor(
    private readonly host: SessionHost,
    private readonly options: SessionOptions,
  ) {
    host.addController(this);
  }

  get engine(): PlaybackEngine | undefined {
    return this.playback;
  }

  get isStarted(): boolean {
    return this.started;
  }

  hostConnected(): void {
    this.patch({ offline: !navigator.onLine });
    const abort = (this.mirror = new AbortController());
    const { signal } = abort;
    document.addEventListener('fullscreenchange', () => this.patch({ fullscreen: document.fullscreenElement === this.host }), { signal });
    for (const type of ['online', 'offline']) window.addEventListener(type, () => this.patch({ offline: !navigator.onLine }), { signal });
  }

  /** Once the video is rendered (and again after a reconnection), its events feed the snapshot. */
  hostUpdated(): void {
    const video = this.host.videoElement;
    if (this.watching || !this.mirror || !video) return;
    this.watching = true;
    mirrorMedia(video, this.mirror.signal, {
      patch: (patch) => this.patch(patch),
      snapshot: () => this.snapshot,
      stalled: (position) => this.host.emit(EVENTS.stall, { position, stalls: this.metrics.stall() }),
      timeChanged: () => {
        this.updateBehindLive();
        this.updatePosition();
      },
    });
  }

  hostDisconnected(): void {
    this.mirror?.abort();
    this.mirror = undefined;
    this.watching = false;
    this.teardown();
    this.patch({ state: 'idle', error: null });
  }

  private patch(patch: Partial<MediaSnapshot>): void {
    const next = { ...this.snapshot, ...patch };
    if ((Object.keys(patch) as Array<keyof MediaSnapshot>).every((key) => next[key] === this.snapshot[key])) return;
    const previous = this.snapshot;
    this.snapshot = Object.freeze(next);
    this.host.snapshotChanged(this.snapshot, previous);
    this.host.requestUpdate();
  }

  /** Loads the stream. Idempotent; every path that needs the stream goes through here. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    this.shopperPaused = false;
    const generation = ++this.generation;
    await this.host.updateComplete;
    const video = this.host.videoElement!;
    const config = this.options.config();
    this.metrics.start();
    this.patch({ error: null });
    const plan = planEngine(config, video);
    if (!plan.ok) return this.fail(plan.error);
    this.patch({ state: 'loading' });
    this.startedStream = true;
    this.warmedSrc = plan.src;
    this.options.features.streamStarted();
    const box = { width: this.host.clientWidth, height: this.host.clientHeight };
    // Network first: the playlists travel while the engine's code downloads (the native engine's <video> only asks
    // once its code is in, so its connection is opened now).
    if (plan.hls) preconnectStream(plan.src, plan.hls === 'hls' ? 'anonymous' : 'credentialed');
    if (plan.hls === 'hls') void warmUp(plan.src, box);
    let factory;
    try {
      factory = await loadEngineFactory(plan, config, this.options.report);
    } catch (cause) {
      if (generation === this.generation) this.fail({ code: 'engine-load', message: `The ${plan.agora ? 'rtc' : plan.hls} engine failed to load: ${String(cause)}`, fatal: true });
      return;
    }
    if (generation !== this.generation) return;
    if (typeof factory !== 'function') return this.fail(factory);
    this.watchFirstFrame(video, generation);
    const playback = factory({ video, src: plan.src, box, signal: (signal) => generation === this.generation && this.onSignal(signal) });
    this.playback = playback;
    this.patch({ engine: playback.kind });
    try {
      await playback.start();
    } catch (cause) {
      if (generation === this.generation) this.fail({ code: 'engine-load', message: String(cause), fatal: true });
      return;
    }
    if (playback.kind === 'native') video.addEventListener('loadedmetadata', () => this.host.emit(EVENTS.ready, { engine: 'native', levels: [] }), { once: true });
    if (config.autoplay || this.wantsPlay) void this.playVideo(video);
  }

  /**
   * The configuration that picks the stream changed: a started stream restarts; one not started (it failed, or it
   * waited for a stream a schedule now hands it) waits for the viewport again, like a fresh player.
   */
  reconfigure(): 'restarted' | 'rearm' {
    if (this.started) {
      this.restart();
      return 'restarted';
    }
    if (this.snapshot.state === 'error') this.patch({ state: 'idle', error: null });
    return 'rearm';
  }

  request(request: PlayerRequest): void {
    const video = this.host.videoElement;
    switch (request.type) {
      case 'play':
        void this.play();
        return;
      case 'pause':
        this.pause();
        return;
      case 'toggle-play':
        if (!video || video.paused || !this.started) void this.play();
        else this.pause();
        return;
      case 'level':
        this.patch({ selectedLevel: request.index });
        this.playback?.setLevel(request.index);
        return;
      case 'volume':
        if (!video) return;
        video.volume = Math.min(1, Math.max(0, request.volume));
        video.muted = video.volume === 0;
        return;
      case 'toggle-mute':
        if (!video) return;
        video.muted = !video.muted;
        if (!video.muted && video.volume === 0) video.volume = 0.5;
        return;
      case 'unmute':
        if (video) video.muted = false;
        return;
      case 'seek-to-live':
        this.seekToLive();
        return;
      case 'seek':
        if (video) seekVideo(video, request.time, (position) => this.patch({ position }), this.snapshot.timeline === 'vod' ? 0 : WINDOW_START_MARGIN_S);
        return;
      case 'rate':
        if (video && Number.isFinite(request.rate)) video.playbackRate = Math.min(4, Math.max(0.25, request.rate));
        return;
      case 'retry':
        this.wantsPlay = this.wantsPlay || this.options.config().autoplay;
        this.restart();
        return;
      case 'toggle-pip':
        void this.togglePip(video);
        return;
      case 'toggle-fullscreen':
        void this.toggleFullscreen();
        return;
    }
  }

  /** Starts the stream if needed and plays it. Resolves once playback began (or was refused by the browser). */
  async play(): Promise<void> {
    this.wantsPlay = true;
    if (!this.started) await this.start();
    const video = this.host.videoElement;
    if (!video || this.snapshot.state === 'error') return;
    if (this.snapshot.behindLive) this.seekToLive();
    await this.playVideo(video);
  }

  pause(): void {
    this.wantsPlay = false;
    this.shopperPaused = true;
    this.host.videoElement?.pause();
  }

  private watchFirstFrame(video: HTMLVideoElement, generation: number): void {
    const done = () => {
      if (generation !== this.generation || this.metrics.firstFrameAt) return;
      const ttffMs = this.metrics.firstFrame();
      const level = this.snapshot.playingLevel ?? this.playback?.currentLevel() ?? null;
      this.metrics.level ??= level;
      // With Agora configured, whichever path had the first frame is the one on screen.
      const engine = this.playback?.kind ?? this.snapshot.engine!;
      this.patch({ engine });
      this.host.emit(EVENTS.firstFrame, { ttffMs, engine, level });
      if (this.snapshot.state === 'loading') this.patch({ state: video.paused ? 'paused' : 'playing' });
      // The browser drops a play() that a source swap overtakes (AbortError): a picture on screen while the player
      // meant to play, and the shopper did not pause, starts it.
      if (video.paused && !this.shopperPaused && (this.options.config().autoplay || this.wantsPlay)) void this.playVideo(video);
      this.updateBehindLive();
    };
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(done);
    else (video as HTMLVideoElement).addEventListener('loadeddata', done, { once: true });
  }

  /** Browsers refuse unmuted autoplay without a gesture: play muted instead and offer an unmute button. */
  private async playVideo(video: HTMLVideoElement): Promise<void> {
    try {
      await video.play();
    } catch (cause) {
      if ((cause as DOMException)?.name !== 'NotAllowedError' || video.muted) return;
      video.muted = true;
      this.patch({ forcedMute: true });
      await video.play().catch(() => undefined);
    }
  }

  private onSignal(signal: EngineSignal): void {
    switch (signal.type) {
      case 'levels':
        this.patch({ levels: signal.levels });
        this.host.emit(EVENTS.ready, { engine: this.snapshot.engine!, levels: signal.levels });
        break;
      case 'level-switched':
        this.patch({ playingLevel: signal.level });
        this.metrics.level = signal.level;
        this.host.emit(EVENTS.qualityChange, { level: signal.level, auto: signal.auto });
        break;
      case 'stale':
        this.patch({ stale: signal.stale });
        break;
      case 'live-edge':
        this.updateBehindLive();
        this.updatePosition();
        break;
      case 'timeline-kind': {
        const was = this.snapshot.timeline;
        const ended = signal.kind === 'vod' && (was === 'live' || was === 'event');
        this.patch({ timeline: signal.kind, showEnded: this.snapshot.showEnded || ended });
        this.updatePosition();
        break;
      }
      case 'error':
        if (signal.error.fatal) this.fail(signal.error);
        else if (isRefusal(signal.error.code)) this.options.report({ code: signal.error.code, message: signal.error.message });
        else this.host.emit(EVENTS.error, signal.error);
        break;
      case 'engine-change':
        this.onEngineChange(signal);
        break;
      case 'network-quality':
        this.patch({ signal: signalBars(signal.downlink) });
        this.host.emit(EVENTS.networkQuality, { uplink: signal.uplink, downlink: signal.downlink });
        break;
      case 'publisher':
        this.patch(signal.state === 'ended' ? { publisher: signal.state, showEnded: true } : { publisher: signal.state });
        this.host.emit(EVENTS.publisher, { state: signal.state });
        break;
    }
    this.options.features.signal(signal);
  }

  private onEngineChange({ from, to, reason }: EngineSignal<'engine-change'>): void {
    if (this.snapshot.engine !== to) {
      // Another engine feeds the video: the old one's renditions and subtitle renditions are gone.
      this.patch({ ...STREAM_FIELDS_RESET });
      this.options.features.streamReplaced();
    }
    this.patch(to === 'rtc' ? { engine: to } : { engine: to, signal: null, publisher: null });
    this.host.emit(EVENTS.engineChange, { from, to, reason });
  }

  private fail(error: PlayerErrorDetail): void {
    this.teardown();
    this.patch({ error, state: 'error' });
    this.host.emit(EVENTS.error, error);
  }

  /** Stops all network and timers and detaches the media; the element can start again afterwards. */
  private teardown(): void {
    this.generation++;
    this.started = false;
    this.playback?.destroy();
    this.playback = undefined;
    if (this.startedStream) this.options.features.streamEnded();
    this.startedStream = false;
    if (this.warmedSrc) abandonWarmup(this.warmedSrc);
    this.warmedSrc = '';
    this.options.features.streamReplaced();
    this.patch({ ...STREAM_FIELDS_RESET });
  }

  private restart(): void {
    this.teardown();
    this.patch({ state: 'idle' });
    void this.start();
  }

  private updateBehindLive(): void {
    const video = this.host.videoElement;
    const sync = this.playback?.liveSyncPosition();
    // Before its first frame a video sits at 0 (not yet at its start position): that is not "behind".
    const placed = !!video && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && !video.seeking;
    this.patch({ behindLive: placed && sync != null && video.currentTime < sync - BEHIND_LIVE_SLACK_S });
  }

  /**
   * The seek bar's position and range: followed for recordings, shows in progress and a live window long enough for
   * DVR; a short live window only has its range followed (a new one each segment, not a render each timeupdate).
   */
  private updatePosition(): void {
    const video = this.host.videoElement;
    if (!video || !this.snapshot.timeline) return;
    const range = seekableRange(video);
    const followed = this.snapshot.timeline !== 'live' || range.end - range.start >= LIVE_DVR_MIN_S;
    this.patch({ ...(followed && { position: video.currentTime }), seekStart: range.start, seekEnd: range.end });
  }

  private seekToLive(): void {
    const video = this.host.videoElement;
    const position = this.playback?.liveSyncPosition();
    if (video && position != null) video.currentTime = position;
    this.patch({ behindLive: false });
  }

  private async toggleFullscreen(): Promise<void> {
    if (document.fullscreenElement === this.host) await document.exitFullscreen();
    else await this.host.requestFullscreen().catch(() => undefined);
  }

  private async togglePip(video: HTMLVideoElement | null): Promise<void> {
    if (!video) return;
    // The document sees the video retargeted to its shadow host: ask the video's own root which element is in PiP.
    if ((video.getRootNode() as Document | ShadowRoot).pictureInPictureElement === video) await document.exitPictureInPicture();
    else await video.requestPictureInPicture().catch(() => undefined);
  }
}
