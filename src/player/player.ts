import type { PropertyValues } from 'lit';
import { LocaleController } from '../i18n/locale-controller.js';
import { log } from '../internal/log.js';
import { NearViewportController } from '../internal/near-viewport-controller.js';
import { ShopliveElement } from '../internal/shoplive-element.js';
import { FrameRatio } from '../layout/frame-ratio.js';
import type { ShoppingFeature } from '../commerce/shopping-feature.js';
import type { MiniPlayerFeature } from '../mini-player/mini-player-feature.js';
import { checkedCue, type CueInit } from '../subtitles/cue.js';
import type { SidecarTrack } from '../subtitles/sources/sidecar-track.js';
import type { SubtitleFeature } from '../subtitles/subtitle-feature.js';
import { checkedPoster, checkedTitle, reportFrom } from './checked-inputs.js';
import { hasStream, mayLoadAlone, noteSrcGiven } from './data-saver.js';
import type { EngineKind } from './engines/engine.js';
import type { RtcClientFactory } from './engines/rtc/agora-client.js';
import type { TokenProvider } from './engines/rtc/rtc-engine.js';
import { featureContext } from './features/feature-context.js';
import { FeatureHub } from './features/feature-hub.js';
import { PLAYER_FEATURES } from './features/index.js';
import type { FeatureHost } from './features/player-feature.js';
import type { PlayerState } from './player-events.js';
import { PLAYER_PROPERTIES, playerDefaults, STREAM_PROPERTIES } from './player-properties.js';
import { playerStyles } from './player.styles.js';
import { lazyMenu, lazyRecordingControls, seekable } from './controls/lazy-menu.js';
import { renderPlayer } from './player-view.js';
import { sessionConfigOf } from './session/engine-plan.js';
import type { MediaSnapshot } from './session/media-snapshot.js';
import { PlaybackSession } from './session/playback-session.js';
import { REPLAY_PROPERTIES, type ReplayOptions } from '../replay/replay-options.js';

/** Replays (docs/replay.md): `replay-src`, `start-at`, `start-product`, `chapters`, `share-url` (src/replay). */
export interface ShoplivePlayer extends ReplayOptions {}
/**
 * A live-stream player that costs nothing until it nears the viewport, then reaches its first frame in as few round
 * trips as it can. The element is the public surface: configuration in, a snapshot rendered, events out; its
 * PlaybackSession plays, and features (subtitles, shopping…) plug in.
 *
 * @event shoplive-ready - The stream is loaded and its renditions are known. {ReadyDetail}
 * @event shoplive-first-frame - The first frame was decoded; `ttffMs` counts from the player starting. {FirstFrameDetail}
 * @event shoplive-stall - Playback stopped to buffer. {StallDetail}
 * @event shoplive-share - Replays: "Share this moment" copied a link to the position (docs/replay.md). {ShareDetail}
 * @event shoplive-quality-change - The playing rendition changed, or the shopper pinned one. {QualityChangeDetail}
 * @event shoplive-error - Playback went wrong (`fatal` ones show the error panel), input was refused, or (non-fatal) its products were unusable. {PlayerErrorDetail | CommerceErrorDetail}
 * @event shoplive-engine-change - The path feeding the video changed, or RTC was given up. {EngineChangeDetail}
 * @event shoplive-network-quality - Real-time path only: Agora's link quality, about every 2 s. {NetworkQualityDetail}
 * @event shoplive-publisher - Real-time path only: the seller is `live`, `paused` or `ended`. {PublisherDetail}
 * @event shoplive-qoe - Quality of experience, every `qoe-interval` s while playing and as a summary (docs/events.md). {QoeDetail}
 * @event shoplive-mini-player - It floats (mini-player, whole-player picture in picture) or is back in the page. {MiniPlayerDetail}
 * @slot - Overlays drawn over the video (product cards, subtitles).
 * @csspart base - The wrapper of everything.
 * @csspart video - The video surface.
 * @csspart controls - The control bar.
 * @csspart play-button - Play/pause.
 * @csspart mute-button - Mute/unmute.
 * @csspart volume - The volume slider.
 * @csspart live-badge - "Live", or the "Back to live" button.
 * @csspart quality-button - Opens the quality menu.
 * @csspart quality-menu - The quality menu.
 * @csspart subtitles-button - Opens the subtitles menu.
 * @csspart subtitles-menu - The subtitles menu (language and text size).
 * @csspart menu - Every popup menu (with its own `quality-menu` or `subtitles-menu`).
 * @csspart menu-group - A labelled group of a menu (the subtitles menu's languages, text sizes).
 * @csspart pip-button - Picture in picture.
 * @csspart fullscreen-button - Full screen.
 * @csspart big-play-button - The large play button over a paused player.
 * @csspart unmute-button - "Tap to unmute", when the browser refused sound.
 * @csspart spinner - Loading or buffering.
 * @csspart notice - A status line (offline, stream paused, seller paused or ended).
 * @csspart error-panel - The fatal-error panel.
 * @csspart retry-button - "Try again" on the error panel.
 * @csspart signal - Real-time signal strength, `data-bars` 0-4.
 * @csspart subtitles - The captions area.
 * @csspart cue - One caption.
 * @csspart cue-interim - A caption live speech-to-text is still revising (with `cue`).
 * @csspart product-cards - The product cards over the video.
 * @csspart card - The product cards' compact card (re-exported).
 * @csspart buy-button - The buy button in that card (re-exported).
 * @csspart list - The list of the show's products (re-exported).
 * @csspart cart-button - The product cards' cart button (re-exported).
 * @csspart seek - The seek bar's row (the bar and the time).
 * @csspart seek-bar - The seek bar of a recording or a show with DVR (`role=slider`).
 * @csspart seek-mark - A product chapter's mark on the seek bar.
 * @csspart time - Elapsed and total time.
 * @csspart speed-button - Opens the playback-speed menu.
 * @csspart speed-menu - The playback-speed menu.
 * @csspart chapters-button - Opens "Products in this show".
 * @csspart chapters - The list of product chapters.
 * @csspart chapter - One chapter (product title and time).
 * @csspart share-button - "Share this moment" in the chapter list.
 * @csspart show-ended - "The live show has ended", with `replay-button`.
 * @csspart replay-button - "Watch the replay".
 * @csspart mini-close-button - Closes the mini-player (`mini-player`: a corner, or `off`; `shoplive-mini-player` events).
 *
 * @cssproperty --shoplive-accent - Accent colour (live dot, focus halo, buttons); #d81a4b.
 * @cssproperty --shoplive-on-accent - Text on the accent ("Try again"); #fff.
 * @cssproperty --shoplive-focus-ring - Focus outline colour; #fff.
 * @cssproperty --shoplive-background - Behind the video.
 * @cssproperty --shoplive-control-color - Icon and text colour of the controls.
 * @cssproperty --shoplive-control-background - Scrim behind the control bar (keep 54 % black or more for white text).
 * @cssproperty --shoplive-aspect-ratio - Box ratio, over the stream's own (reserved from `aspect-ratio`/the poster).
 * @cssproperty --shoplive-mini-width - Width of the mini-player (min(42vw, 240px)).
 * @cssproperty --shoplive-radius - Corner radius.
 * @cssproperty --shoplive-font - Font shorthand of the controls.
 * @cssproperty --shoplive-object-fit - How the picture fills the box (`contain`).
 * @cssproperty --shoplive-menu-background - Popup menus (quality, subtitles); 92 % near-black.
 * @cssproperty --shoplive-error-background - The error panel; 90 % near-black.
 * @cssproperty --shoplive-signal-weak - Real-time signal bars when the link is weak; #ffb020.
 * @cssproperty --shoplive-subtitle-color - Caption text; #fff.
 * @cssproperty --shoplive-subtitle-background - Behind each caption line; 78 % black.
 * @cssproperty --shoplive-subtitle-font - Caption font (the text-size choice scales it).
 * @cssproperty --shoplive-chapter-mark - Product chapter marks on the seek bar of a replay; #ffd23f.
 * @cssproperty --shoplive-subtitle-bottom - Distance of the captions from the bottom, above the control bar (56px).
 */
export class ShoplivePlayer extends ShopliveElement implements FeatureHost {
  static override styles = playerStyles;
  static override properties = { ...PLAYER_PROPERTIES, ...REPLAY_PROPERTIES };

  /** URL of the HLS master (or media) playlist. */
  declare src: string;
  /** Image shown until the first frame. */
  declare poster: string;
  /** The box's shape until the stream's own is known (`9/16`, `16:9`): reserves the space so nothing moves. */
  declare aspectRatio: string | null;
  /** Start playing as soon as the stream loads; falls back to muted playback where the browser requires it. */
  declare autoplay: boolean;
  /** Start and autoplay even while the shopper saves data (Save-Data, prefers-reduced-data; else: poster until pressed). */
  declare autoplayOnSaveData: boolean;
  /** Start muted. Reflects the sound's state once playing (the shopper can unmute). */
  declare muted: boolean;
  /** `lazy` (default): start when within a viewport of being visible or on first interaction. `eager`: at once. */
  declare loading: 'lazy' | 'eager';
  /** The show's name, read by screen readers as the player's label. */
  declare videoTitle: string;
  /** @deprecated `title` sets the global tooltip attribute: use `video-title` (still read, with a warning). */
  declare legacyTitle: string | null;
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
  /** The seller: the only publisher whose video and data are used. Absent: the first one publishing video, for good. */
  declare agoraHostUid: string;
  /** Further uids whose data-stream messages are read (the speech-to-text agent), space- or comma-separated. */
  declare agoraDataUids: string;
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
  /** Read-only, reflected: the video is paused (or not started). */
  declare paused: boolean;
  /** Read-only, reflected as `behind-live`: more than a few seconds behind the live edge. */
  declare behindLive: boolean;

  private readonly i18n = new LocaleController(this);
  /** Refused input (bad URLs, limits, untrusted publishers): one warning and one non-fatal shoplive-error each. */
  private readonly report = reportFrom(this);
  private readonly features: FeatureHub = new FeatureHub(PLAYER_FEATURES, featureContext({ host: this, i18n: this.i18n, report: this.report, session: () => this.session, features: () => this.features }));
  private readonly session: PlaybackSession = new PlaybackSession(this, { config: () => sessionConfigOf(this), report: this.report, features: this.features });
  /** The quality menu once there is more than one rendition; seek bar and speed once the stream is a recording. */
  private readonly qualityMenu = lazyMenu(this);
  private readonly recording = lazyRecordingControls(this);
  private readonly nearViewport = new NearViewportController(this, () => mayLoadAlone(this) && void this.session.start());
  private posterUrl = '';
  private titleText = '';

  constructor() {
    super();
    Object.assign(this, playerDefaults());
    new FrameRatio(this, { declared: () => this.aspectRatio, poster: () => this.posterUrl, video: () => this.videoElement });
  }

  /** Read-only: a snapshot of start-up and playback measurements. */
  get metrics() {
    return this.session.metrics.snapshot(this.videoElement, this.session.engine);
  }

  /** Read-only: the playback position in seconds (media time), 0 before the stream plays. */
  get currentTime(): number {
    return this.videoElement?.currentTime ?? 0;
  }

  /** The video element the session plays into (inside the shadow root). */
  get videoElement(): HTMLVideoElement | null {
    return this.renderRoot?.querySelector('video') ?? null;
  }

  /** Starts the stream if needed and plays it. Resolves once playback began (or was refused by the browser). */
  play(): Promise<void> {
    return this.session.play();
  }

  pause(): void {
    this.session.pause();
  }

  /** Shows this product's card as the one being presented (until the stream's next product cue); null clears it. */
  presentProduct(id: string | null): void {
    this.features.use<ShoppingFeature>('shopping', (shopping) => shopping.present(id));
  }

  /**
   * Adds a caption from the host's own captioning, on the media timeline (`start`/`end` in seconds of the video's
   * currentTime). Returns false, with a console warning, for a cue that cannot be shown.
   */
  addCue(init: CueInit): boolean {
    const cue = checkedCue(init);
    if (cue) this.features.use<SubtitleFeature>('subtitles', (subtitles) => subtitles.addHostCue(cue));
    return cue !== null;
  }

  /** @internal Set while the whole player moves to or from a picture-in-picture window: the stream plays on. */
  relocating = false;

  override connectedCallback(): void {
    if (this.relocating) return;
    super.connectedCallback();
    this.features.hostConnected();
  }

  override disconnectedCallback(): void {
    if (this.relocating) return;
    super.disconnectedCallback();
    this.features.hostDisconnected();
    this.nearViewport.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) noteSrcGiven(this, this.hasUpdated);
    if (changed.has('legacyTitle') && this.legacyTitle !== null) this.adoptLegacyTitle();
    if (changed.has('poster')) this.posterUrl = checkedPoster(this.poster, this.report);
    if (changed.has('videoTitle')) this.titleText = checkedTitle(this.videoTitle, this.report);
    this.features.configure(changed);
  }

  /** State comes down: the snapshot's styling hooks become the element's read-only, reflected properties. */
  snapshotChanged({ state, engine, paused, behindLive, levels, muted }: MediaSnapshot, previous: MediaSnapshot): void {
    Object.assign(this, { state, engine, paused, behindLive });
    // The video's sound changed (the shopper, or the browser's autoplay rule): `muted` says so.
    if (muted !== previous.muted) this.muted = muted;
    if (!levels.length) this.qualityMenu.current?.close();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.session.snapshot.levels.length > 1) this.qualityMenu.use(() => {});
    if (seekable(this.session.snapshot)) this.recording.use(() => {});
    const rearmed = STREAM_PROPERTIES.some((key) => changed.has(key) && changed.get(key) !== undefined) && this.session.reconfigure() === 'rearm';
    if (rearmed) this.nearViewport.reset();
    if ((rearmed || changed.has('loading')) && this.loading === 'eager' && mayLoadAlone(this)) void this.session.start();
    if (changed.has('muted') && this.videoElement) this.videoElement.muted = this.muted;
  }

  private adoptLegacyTitle(): void {
    log.warn('<shoplive-player title> shows a browser tooltip over the whole player: use video-title instead.');
    this.videoTitle ||= this.legacyTitle ?? '';
    this.removeAttribute('title');
  }

  protected override render() {
    return renderPlayer({
      t: (key, params) => this.i18n.t(key, params),
      locale: this.i18n.locale,
      dir: this.i18n.dir,
      title: this.titleText,
      poster: this.posterUrl,
      media: this.session.snapshot,
      overlays: this.features.overlays(),
      featureControls: this.features.controls(),
      qualityMenu: this.qualityMenu.current,
      ...{ recording: this.recording.current, seekMarks: this.features.seekMarks() },
      request: (request) =>
        request.type === 'toggle-pip'
          ? this.features.use<MiniPlayerFeature>('mini-player', (mini) => void mini.togglePictureInPicture().then((whole) => whole || this.session.request(request)))
          : this.session.request(request),
      interact: () => this.session.snapshot.state !== 'error' && hasStream(this) && void this.session.start(),
    });
  }
}
