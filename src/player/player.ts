import type { PropertyValues } from 'lit';
import { EVENTS } from '../internal/constants.js';
import { NearViewportController } from '../internal/near-viewport-controller.js';
import { ShopliveElement } from '../internal/shoplive-element.js';
import { checkUrl } from '../internal/url-guard.js';
import { LocaleController } from '../i18n/locale-controller.js';
import type { MenuController } from './controls/menu.js';
import type {
  EngineChangeReason,
  EngineFactory,
  EngineKind,
  EngineSignal,
  PlaybackEngine,
  PlayerErrorDetail,
  PublisherState,
  QualityLevel,
} from './engines/engine.js';
import { parseTimeout, rtcConfigFrom, RTC_TIMEOUT_MS } from './engines/rtc/config.js';
import type { RtcClientFactory } from './engines/rtc/agora-client.js';
import type { TokenProvider } from './engines/rtc/rtc-engine.js';
import { loadEngine, loadStartRace, preferredEngine } from './engines/select.js';
import { PlayerMetrics } from './metrics.js';
import { QOE_INTERVAL_S, QoeReporter } from './qoe.js';
import { playerStyles } from './player.styles.js';
import { renderPlayer } from './player-view.js';
import { validCue, type CueInit } from '../subtitles/cue.js';
import { tracksFromChildren, type SidecarTrack } from '../subtitles/sources/sidecar-track.js';
import type { SubtitleController } from '../subtitles/subtitle-controller.js';
import type { CommerceController } from '../commerce/commerce-controller.js';
import { LazyFeature } from '../internal/lazy-feature.js';
import { log } from '../internal/log.js';
import { warmUp } from './warmup.js';
import type { PlayerState } from './player-events.js';

/** Seconds behind the live sync position before the badge turns into "Back to live". */
const BEHIND_LIVE_SLACK_S = 3;

/** Agora downlink quality (1 excellent .. 6 down; 0 unknown) as 0-4 signal bars, null when unknown. */
function signalBars(downlink: number): number | null {
  return downlink >= 1 && downlink <= 6 ? [4, 3, 2, 1, 1, 0][downlink - 1]! : null;
}

/** Attributes that configure the real-time path: changing one restarts the stream, like a new `src`. */
const RTC_PROPERTIES = ['agoraAppId', 'agoraChannel', 'agoraUid', 'agoraToken', 'agoraHostUid', 'latency', 'prefer'] as const;

/**
 * A live-stream player that costs nothing until it nears the viewport, then reaches its first frame in as few round
 * trips as it can.
 *
 * @event shoplive-ready - The stream is loaded and its renditions are known. `{ engine, levels }`
 * @event shoplive-first-frame - The first frame was decoded. `{ ttffMs, engine, level }`
 * @event shoplive-stall - Playback stopped to buffer. `{ position, stalls }`
 * @event shoplive-quality-change - The playing rendition changed. `{ level, auto }`
 * @event shoplive-error - Something went wrong; `fatal` errors show the error panel. `{ code, message, fatal }`
 * @event shoplive-engine-change - The path feeding the video changed, or RTC was given up. `{ from, to, reason }`
 * @event shoplive-network-quality - Real-time path only: Agora's link quality, about every 2 s. `{ uplink, downlink }`
 * @event shoplive-publisher - Real-time path only: the seller is `live`, `paused` or `ended`. `{ state }`
 * @event shoplive-qoe - Quality of experience, every `qoe-interval` s while playing and as a summary (docs/events.md).
 *
 * @slot - Overlays drawn over the video (product cards, subtitles).
 *
 * @csspart base - The wrapper of everything.
 * @csspart video - The video surface.
 * @csspart controls - The control bar.
 * @csspart play-button - Play/pause. Also: mute-button, volume, live-badge, quality-button, quality-menu, pip-button,
 *   fullscreen-button, big-play-button, unmute-button, spinner, error-panel, retry-button, signal (the real-time
 *   signal-strength indicator, `data-bars` 0-4).
 *
 * @cssproperty --shoplive-accent - Accent colour (live dot, focus ring, buttons).
 * @cssproperty --shoplive-background - Behind the video.
 * @cssproperty --shoplive-control-color - Icon and text colour of the controls.
 * @cssproperty --shoplive-control-background - Control bar gradient colour.
 * @cssproperty --shoplive-aspect-ratio - Box aspect ratio, 16 / 9 by default.
 * @cssproperty --shoplive-radius - Corner radius.
 * @cssproperty --shoplive-font - Font shorthand of the controls.
 */
export class ShoplivePlayer extends ShopliveElement {
  static override styles = playerStyles;

  static override properties = {
    src: { reflect: true },
    poster: { reflect: true },
    autoplay: { type: Boolean, reflect: true },
    muted: { type: Boolean, reflect: true },
    loading: { reflect: true },
    title: {},
    subtitlesLang: { attribute: 'subtitles-lang', reflect: true },
    subtitles: { attribute: false },
    products: { attribute: false },
    productsSrc: { attribute: 'products-src', reflect: true },
    agoraAppId: { attribute: 'agora-app-id' },
    agoraChannel: { attribute: 'agora-channel' },
    agoraUid: { attribute: 'agora-uid' },
    agoraToken: { attribute: 'agora-token' },
    agoraHostUid: { attribute: 'agora-host-uid' },
    latency: { reflect: true },
    prefer: { reflect: true },
    rtcTimeout: { attribute: 'rtc-timeout', type: Number },
    qoeInterval: { attribute: 'qoe-interval' },
    tokenProvider: { attribute: false },
    agoraClientFactory: { attribute: false },
    state: { reflect: true },
    engine: { reflect: true },
    levels: { state: true },
    selectedLevel: { state: true },
    playingLevel: { state: true },
    behindLive: { state: true },
    forcedMute: { state: true },
    stale: { state: true },
    volume: { state: true },
    fullscreen: { state: true },
    pip: { state: true },
    error: { state: true },
    bars: { state: true },
    publisher: { state: true },
  };

  /** URL of the HLS master (or media) playlist. */
  declare src: string;
  /** Image shown until the first frame. */
  declare poster: string;
  /** Start playing as soon as the stream loads; falls back to muted playback where the browser requires it. */
  declare autoplay: boolean;
  declare muted: boolean;
  /** `lazy` (default): start when within a viewport of being visible or on first interaction. `eager`: at once. */
  declare loading: 'lazy' | 'eager';
  /** Subtitle language to show when the shopper has not chosen one: a language tag, or `off`. */
  declare subtitlesLang: string;
  /** Sidecar WebVTT files, in addition to child `<track>` elements and the stream's own subtitle renditions. */
  declare subtitles: SidecarTrack[];
  /** The show's products (see docs/commerce.md); cards appear over the stream once there are any. */
  declare products: unknown;
  /** URL of the show's products as JSON, instead of `products`. */
  declare productsSrc: string;
  /** Agora App ID; with `agora-channel`, plays the seller over Agora's real-time network, with `src` as the fallback. */
  declare agoraAppId: string;
  declare agoraChannel: string;
  /** Our Agora uid (digits: a numeric uid; else a string account). Agora assigns one when absent. */
  declare agoraUid: string;
  /** A static Agora token; `tokenProvider` is asked instead when set. */
  declare agoraToken: string;
  /** The publisher to watch; else the first one publishing video. */
  declare agoraHostUid: string;
  /** `ultra-low` (default) or `low` Agora audience latency. */
  declare latency: 'ultra-low' | 'low';
  /** `rtc` (default) or `hls`: the path to play when both are configured. */
  declare prefer: 'rtc' | 'hls';
  /** Milliseconds to the first real-time frame before HLS takes over. */
  declare rtcTimeout: number;
  /** Seconds between `shoplive-qoe` reports while playing (default 10); `0` or `off`: only the summary. */
  declare qoeInterval: number | string;
  /** `(channel, uid) => Promise<string>`: mints Agora tokens; asked at join and before and after they expire. */
  declare tokenProvider: TokenProvider | null;
  /** Replaces agora-rtc-sdk-ng (tests, the demo's offline simulation): `({ codec }) => client`. */
  declare agoraClientFactory: RtcClientFactory | null;
  /** Read-only: the player's state, reflected for styling. */
  declare state: PlayerState;
  /** Read-only: the engine playing the stream, once chosen. */
  declare engine: EngineKind | null;
  declare protected levels: QualityLevel[];
  declare protected selectedLevel: number;
  declare protected playingLevel: QualityLevel | null;
  declare protected behindLive: boolean;
  declare protected forcedMute: boolean;
  declare protected stale: boolean;
  declare protected volume: number;
  declare protected fullscreen: boolean;
  declare protected pip: boolean;
  declare protected error: PlayerErrorDetail | null;
  declare protected bars: number | null;
  declare protected publisher: PublisherState | null;

  private readonly i18n = new LocaleController(this);
  private readonly metricsRecorder = new PlayerMetrics();
  /** `shoplive-qoe` reports, from the player's own events and metrics; told only when a session starts and ends. */
  private readonly qoe = new QoeReporter(this, {
    state: () => this.state,
    metrics: () => this.metrics,
    latency: () => this.playback?.liveLatency?.() ?? null,
    interval: () => this.qoeInterval,
  });
  /** The control bar's menus, loaded once there is something to choose (renditions, subtitle languages). */
  private readonly menus = new LazyFeature<{ quality: MenuController; subtitles: MenuController }>(
    'menus',
    async () => {
      const { MenuController } = await import('./controls/menu.js');
      return { quality: new MenuController(this), subtitles: new MenuController(this) };
    },
    () => this.requestUpdate(),
  );
  /** Shopping and subtitles load with their first use: a plain stream pays for neither. */
  private readonly commerce = new LazyFeature<CommerceController>(
    'shopping',
    async () => new (await import('../commerce/commerce-controller.js')).CommerceController(this, { video: () => this.video }),
    () => this.requestUpdate(),
  );
  private readonly captions = new LazyFeature<SubtitleController>(
    'subtitles',
    async () =>
      new (await import('../subtitles/subtitle-controller.js')).SubtitleController(this, {
        video: () => this.video,
        requested: () => this.subtitlesLang,
        uiLocale: () => this.i18n.locale,
      }),
    () => this.requestUpdate(),
  );
  private apiCues = 0;
  private readonly nearViewport = new NearViewportController(this, () => void this.begin());
  private playback?: PlaybackEngine;
  /** Bumped on every (re)start and teardown, so work of an abandoned start never lands. */
  private generation = 0;
  private started = false;
  private wantsPlay = false;

  constructor() {
    super();
    this.src = '';
    this.poster = '';
    this.autoplay = false;
    this.muted = false;
    this.loading = 'lazy';
    this.subtitlesLang = '';
    this.subtitles = [];
    this.productsSrc = '';
    this.state = 'idle';
    this.engine = null;
    this.levels = [];
    this.selectedLevel = -1;
    this.playingLevel = null;
    this.behindLive = false;
    this.forcedMute = false;
    this.stale = false;
    this.volume = 1;
    this.fullscreen = false;
    this.pip = false;
    this.error = null;
    this.agoraAppId = '';
    this.agoraChannel = '';
    this.agoraUid = '';
    this.agoraToken = '';
    this.agoraHostUid = '';
    this.latency = 'ultra-low';
    this.prefer = 'rtc';
    this.rtcTimeout = RTC_TIMEOUT_MS;
    this.qoeInterval = QOE_INTERVAL_S;
    this.tokenProvider = null;
    this.agoraClientFactory = null;
    this.bars = null;
    this.publisher = null;
  }

  /** Read-only: a snapshot of start-up and playback measurements. */
  get metrics() {
    return this.metricsRecorder.snapshot(this.video, this.playback);
  }

  private get video(): HTMLVideoElement | null {
    return this.renderRoot?.querySelector('video') ?? null;
  }

  /** Starts the stream if needed and plays it. Resolves once playback began (or was refused by the browser). */
  async play(): Promise<void> {
    this.wantsPlay = true;
    if (!this.started) await this.begin();
    const video = this.video;
    if (!video || this.state === 'error') return;
    if (this.behindLive) this.seekToLive();
    await this.playVideo(video);
  }

  pause(): void {
    this.wantsPlay = false;
    this.video?.pause();
  }

  /** Shows this product's card as the one being presented (until the stream's next product cue); null clears it. */
  presentProduct(id: string | null): void {
    this.commerce.use((commerce) => commerce.present(id));
  }

  /**
   * Adds a caption from the host's own captioning, on the media timeline (`start`/`end` in seconds of the video's
   * currentTime). Returns false, with a console warning, for a cue that cannot be shown.
   */
  addCue(init: CueInit): boolean {
    const checked = validCue(init);
    if (!checked.ok) {
      log.warn(`addCue: ${checked.reason}`);
      return false;
    }
    const cue = { ...checked.cue, id: checked.cue.id ?? `api:${++this.apiCues}` };
    this.captions.use((captions) => {
      captions.store.add(cue);
      captions.update();
    });
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    // Shopify mode needs the shopping layer from the start: it reads the store's product without any host code.
    if (this.closest('[commerce]')?.getAttribute('commerce')?.trim().toLowerCase() === 'shopify') this.commerce.use(() => {});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.teardown();
    this.state = 'idle';
    this.nearViewport.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('subtitles') || !this.hasUpdated) {
      const tracks = [...tracksFromChildren(this), ...(Array.isArray(this.subtitles) ? this.subtitles : [])];
      if (tracks.length) this.captions.use((captions) => void captions.useSidecars(tracks));
      else this.captions.ifUsed((captions) => void captions.useSidecars([]));
    }
    if (changed.has('subtitlesLang') && this.hasUpdated) this.captions.ifUsed((captions) => captions.negotiate());
    if (changed.has('products') && this.products != null) this.commerce.use((commerce) => commerce.setProducts(this.products));
    if (changed.has('productsSrc') && (this.productsSrc || changed.get('productsSrc'))) {
      this.commerce.use((commerce) => commerce.setProductsSrc(this.productsSrc));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.menus.current && (this.levels.length > 1 || this.captions.current?.languages.length)) this.menus.use(() => {});
    const reconfigured = (['src', ...RTC_PROPERTIES] as const).some((key) => changed.has(key) && changed.get(key) !== undefined);
    if (reconfigured) this.onSrcChanged();
    if (changed.has('loading') && this.loading === 'eager' && !this.started) void this.begin();
    if (changed.has('muted') && this.video) this.video.muted = this.muted;
  }

  protected override firstUpdated(): void {
    const video = this.video!;
    video.muted = this.muted;
    if (this.loading === 'eager') void this.begin();
  }

  /** Loads the stream. Idempotent; every path that needs the stream goes through here. */
  private async begin(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const generation = ++this.generation;
    await this.updateComplete;
    const video = this.video!;
    this.qoe.sessionStarted();
    this.metricsRecorder.start();
    this.error = null;

    const rtc = rtcConfigFrom(
      { appId: this.agoraAppId, channel: this.agoraChannel, uid: this.agoraUid, token: this.agoraToken, hostUid: this.agoraHostUid, latency: this.latency },
      this.tokenProvider,
    );
    const checked = checkUrl(this.src);
    // With Agora configured, `src` (the HLS fallback) may be left out; a present but unusable one is still an error.
    if (!checked.ok && !(rtc && checked.problem === 'missing')) {
      this.fail({
        code: checked.problem === 'unsafe-scheme' ? 'unsafe-src' : 'invalid-src',
        message: checked.problem === 'missing' ? 'The src attribute is empty.' : `src "${checked.input}" is not a usable http(s) URL (${checked.problem}).`,
        fatal: true,
      });
      return;
    }
    const src = checked.ok ? checked.url.href : '';
    const kind = src ? preferredEngine(video) : null;
    if (!kind && !rtc) {
      this.fail({ code: 'unsupported', message: 'Neither Media Source Extensions nor native HLS are available.', fatal: true });
      return;
    }
    this.state = 'loading';
    const box = { width: this.clientWidth, height: this.clientHeight };
    // Network first: the playlists travel while the engine's code downloads.
    if (kind === 'hls') void warmUp(src, box);
    let factory: EngineFactory;
    try {
      if (rtc) {
        // The race (RTC with HLS in parallel and as the fallback) is its own chunk; the Agora SDK a further one.
        const createStartRace = await loadStartRace();
        const clientFactory = this.agoraClientFactory;
        const options = {
          rtc,
          prefer: this.prefer === 'hls' ? ('hls' as const) : ('rtc' as const),
          rtcTimeoutMs: parseTimeout(this.rtcTimeout, RTC_TIMEOUT_MS),
          ...(clientFactory ? { loadRtcClientFactory: async () => clientFactory } : {}),
        };
        factory = (host) => createStartRace(host, options);
      } else {
        factory = await loadEngine(kind!);
      }
    } catch (cause) {
      if (generation === this.generation) this.fail({ code: 'engine-load', message: `The ${rtc ? 'rtc' : kind} engine failed to load: ${String(cause)}`, fatal: true });
      return;
    }
    if (generation !== this.generation) return;
    this.watchFirstFrame(video, generation);
    this.playback = factory({ video, src, box, signal: (signal) => generation === this.generation && this.onSignal(signal) });
    this.engine = this.playback.kind;
    try {
      await this.playback.start();
    } catch (cause) {
      if (generation === this.generation) this.fail({ code: 'engine-load', message: String(cause), fatal: true });
      return;
    }
    if (!rtc && kind === 'native') video.addEventListener('loadedmetadata', () => this.emit(EVENTS.ready, { engine: 'native', levels: [] }), { once: true });
    if (this.autoplay || this.wantsPlay) void this.playVideo(video);
  }

  private watchFirstFrame(video: HTMLVideoElement, generation: number): void {
    const done = () => {
      if (generation !== this.generation || this.metricsRecorder.firstFrameAt) return;
      const ttffMs = this.metricsRecorder.firstFrame();
      const level = this.playingLevel ?? this.playback?.currentLevel() ?? null;
      this.metricsRecorder.level ??= level;
      // With Agora configured, whichever path had the first frame is the one on screen.
      this.engine = this.playback?.kind ?? this.engine;
      this.emit(EVENTS.firstFrame, { ttffMs, engine: this.engine!, level });
      if (this.state === 'loading') this.state = video.paused ? 'paused' : 'playing';
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
      this.forcedMute = true;
      await video.play().catch(() => undefined);
    }
  }

  private onSignal(signal: EngineSignal): void {
    switch (signal.type) {
      case 'levels':
        this.levels = signal.levels;
        this.emit(EVENTS.ready, { engine: this.engine!, levels: signal.levels });
        break;
      case 'level-switched':
        this.playingLevel = signal.level;
        this.metricsRecorder.level = signal.level;
        this.emit(EVENTS.qualityChange, { level: signal.level, auto: signal.auto });
        break;
      case 'stale':
        this.stale = signal.stale;
        break;
      case 'recovered':
        break;
      case 'subtitle-tracks':
        this.captions.use((captions) => void captions.useStreamTracks(signal.tracks, signal.toMediaTime));
        break;
      case 'timeline':
        this.captions.ifUsed((captions) => captions.timelineChanged());
        break;
      case 'error':
        if (signal.error.fatal) this.fail(signal.error);
        else this.emit(EVENTS.error, signal.error);
        break;
      case 'engine-change':
        this.onEngineChange(signal.from, signal.to, signal.reason);
        break;
      case 'network-quality':
        this.bars = signalBars(signal.downlink);
        this.emit(EVENTS.networkQuality, { uplink: signal.uplink, downlink: signal.downlink });
        break;
      case 'publisher':
        this.publisher = signal.state;
        this.emit(EVENTS.publisher, { state: signal.state });
        break;
      case 'data':
        // The seller's data stream carries speech-to-text and product cues; each reader ignores the other's messages.
        this.captions.use((captions) => captions.receiveData(signal.bytes));
        this.commerce.use((commerce) => commerce.metadata({ kind: 'data-message', bytes: signal.bytes }));
        break;
      case 'timed-metadata':
        this.commerce.use((commerce) => commerce.metadata(signal.metadata));
        break;
      case 'connection':
        // Handled by the race (fallback after the reconnect budget); nothing to show.
        break;
    }
  }

  private onEngineChange(from: EngineKind, to: EngineKind, reason: EngineChangeReason): void {
    if (this.engine !== to) {
      // Another engine feeds the video: the old one's renditions and subtitle renditions are gone.
      this.levels = [];
      this.selectedLevel = -1;
      this.playingLevel = null;
      this.stale = false;
      this.behindLive = false;
      this.dropStreamFeatures();
      this.menus.ifUsed((menus) => menus.quality.close());
    }
    this.engine = to;
    if (to !== 'rtc') {
      this.bars = null;
      this.publisher = null;
    }
    this.emit(EVENTS.engineChange, { from, to, reason });
  }

  /** What came from the stream (subtitle renditions, speech-to-text, product cues) ends with it. */
  private dropStreamFeatures(): void {
    this.captions.ifUsed((captions) => captions.dropStreamTracks());
    this.commerce.ifUsed((commerce) => commerce.reset());
  }

  private fail(error: PlayerErrorDetail): void {
    this.teardown();
    this.error = error;
    this.state = 'error';
    this.emit(EVENTS.error, error);
  }

  /** Stops all network and timers and detaches the media; the element can start again afterwards. */
  private teardown(): void {
    this.qoe.sessionEnded();
    this.generation++;
    this.started = false;
    this.playback?.destroy();
    this.playback = undefined;
    this.dropStreamFeatures();
    this.engine = null;
    this.levels = [];
    this.selectedLevel = -1;
    this.playingLevel = null;
    this.stale = false;
    this.bars = null;
    this.publisher = null;
    this.menus.ifUsed((menus) => menus.quality.close());
  }

  private onSrcChanged(): void {
    if (this.started) {
      this.restart();
    } else if (this.state === 'error') {
      // A corrected src after an error: wait for the viewport again, like a fresh player.
      this.error = null;
      this.state = 'idle';
      this.nearViewport.reset();
    }
  }

  private restart(): void {
    this.teardown();
    this.state = 'idle';
    void this.begin();
  }

  private retry = () => {
    this.wantsPlay = this.wantsPlay || this.autoplay;
    this.restart();
  };

  private readonly selectLevel = (index: number) => {
    this.selectedLevel = index;
    this.playback?.setLevel(index);
  };

  private readonly playClicked = () => void this.play();

  private seekToLive(): void {
    const video = this.video;
    const position = this.playback?.liveSyncPosition();
    if (video && position != null) video.currentTime = position;
    this.behindLive = false;
  }

  private togglePlay = () => {
    if (!this.video || this.video.paused || !this.started) void this.play();
    else this.pause();
  };

  private toggleMute = () => {
    const video = this.video;
    if (!video) return;
    video.muted = !video.muted;
    if (!video.muted && video.volume === 0) video.volume = 0.5;
  };

  private unmute = () => {
    const video = this.video;
    if (video) video.muted = false;
  };

  private toggleFullscreen = async () => {
    if (document.fullscreenElement === this) await document.exitFullscreen();
    else await this.requestFullscreen().catch(() => undefined);
  };

  private togglePip = async () => {
    const video = this.video;
    if (!video) return;
    if (document.pictureInPictureElement === video) await document.exitPictureInPicture();
    else await video.requestPictureInPicture().catch(() => undefined);
  };

  private readonly onFullscreenChange = () => {
    this.fullscreen = document.fullscreenElement === this;
  };

  private onVideoEvent = (event: Event) => {
    const video = event.target as HTMLVideoElement;
    switch (event.type) {
      case 'playing':
        if (this.state !== 'error') this.state = 'playing';
        break;
      case 'pause':
        if (this.state !== 'error' && this.state !== 'loading') this.state = 'paused';
        break;
      case 'waiting':
        if (this.state === 'playing') {
          this.state = 'buffering';
          const stalls = this.metricsRecorder.stall();
          this.emit(EVENTS.stall, { position: video.currentTime, stalls });
        }
        break;
      case 'volumechange':
        this.muted = video.muted;
        this.volume = video.volume;
        if (!video.muted) this.forcedMute = false;
        break;
      case 'timeupdate': {
        const sync = this.playback?.liveSyncPosition();
        this.behindLive = sync != null && video.currentTime < sync - BEHIND_LIVE_SLACK_S;
        break;
      }
      case 'enterpictureinpicture':
      case 'leavepictureinpicture':
        this.pip = event.type === 'enterpictureinpicture';
        break;
    }
  };

  /** Player-wide shortcuts, as in most web players: k/space play-pause, m mute, f full screen. */
  private onKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.composedPath()[0] as HTMLElement;
    const onControl = target instanceof HTMLButtonElement || target instanceof HTMLInputElement || target.getAttribute?.('role') === 'menuitemradio';
    const actions: Record<string, () => unknown> = { k: this.togglePlay, m: this.toggleMute, f: this.toggleFullscreen };
    if (!onControl) actions[' '] = this.togglePlay;
    const action = actions[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    void action();
  };

  private onVolumeInput = (event: Event) => {
    const video = this.video;
    if (!video) return;
    video.volume = Number((event.target as HTMLInputElement).value);
    video.muted = video.volume === 0;
  };

  /** First interaction starts a lazy player at once, even if it is not near the viewport yet. */
  private onInteract = () => {
    if (!this.started && this.state !== 'error') void this.begin();
  };

  protected override render() {
    return renderPlayer({
      t: (key, params) => this.i18n.t(key, params),
      locale: this.i18n.locale,
      dir: this.i18n.dir,
      title: this.title,
      poster: this.poster,
      state: this.state,
      engine: this.engine,
      error: this.error,
      muted: this.muted,
      volume: this.volume,
      forcedMute: this.forcedMute,
      stale: this.stale,
      publisher: this.publisher,
      bars: this.bars,
      behindLive: this.behindLive,
      levels: this.levels,
      selectedLevel: this.selectedLevel,
      playingLevel: this.playingLevel,
      pip: this.pip,
      fullscreen: this.fullscreen,
      captions: this.captions.current,
      commerce: this.commerce.current,
      menus: this.menus.current,
      on: {
        keydown: this.onKeydown,
        interact: this.onInteract,
        video: this.onVideoEvent,
        play: this.playClicked,
        togglePlay: this.togglePlay,
        toggleMute: this.toggleMute,
        unmute: this.unmute,
        volume: this.onVolumeInput,
        selectLevel: this.selectLevel,
        togglePip: this.togglePip,
        toggleFullscreen: this.toggleFullscreen,
        retry: this.retry,
      },
    });
  }
}
