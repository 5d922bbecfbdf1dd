import { LIMITS } from '../../../internal/limits.js';
import type { RefusalLog } from '../../../internal/refusals.js';
import type { EngineHost, PlaybackEngine, QualityLevel, RtcConnectionState, RtcUid } from '../engine.js';
import type {
  AgoraConnectionState,
  RtcAudienceLevel,
  RtcClient,
  RtcClientFactory,
  RtcMediaType,
  RtcNetworkQuality,
  RtcRemoteTrack,
  RtcRemoteUser,
  RtcRemoteVideoTrack,
  RtcStreamType,
} from './agora-client.js';
import { engineRefusals } from '../support.js';
import type { RtcConfig } from './config.js';
import { sameUid, SellerLock } from './seller.js';
import { HIGH_STREAM, StreamChoice } from './stream-choice.js';

export type { RtcConfig, TokenProvider } from './config.js';

/** Agora's AudienceLatencyLevelType values (1 is LOW, 2 is ULTRA_LOW). */
const AUDIENCE_LEVEL: Record<'ultra-low' | 'low', RtcAudienceLevel> = { 'ultra-low': 2, low: 1 };
/** RemoteStreamFallbackType.AUDIO_ONLY: under congestion the SDK drops to the low stream, then to audio only. */
const FALLBACK_AUDIO_ONLY = 2;
/** Agora exception codes about what we receive: decoding video / audio failed. */
const RECEIVE_EXCEPTIONS = new Set([1005, 2005]);

const CONNECTION_STATES: Partial<Record<AgoraConnectionState, RtcConnectionState>> = {
  CONNECTING: 'connecting',
  CONNECTED: 'connected',
  RECONNECTING: 'reconnecting',
  DISCONNECTED: 'disconnected',
};

/**
 * Watches one publisher of an Agora live channel as an audience member and plays it in the host's own `<video>`
 * (a MediaStream of the received tracks), so the player's controls, events and first-frame measurement stay the same
 * as for HLS.
 */
export class RtcEngine implements PlaybackEngine {
  readonly kind = 'rtc' as const;
  readonly prefetch = { hits: 0, misses: 0 };
  private readonly client: RtcClient;
  private surface: HTMLVideoElement;
  private destroyed = false;
  /** While we leave on purpose (rejoin, destroy), connection changes are ours, not the network's. */
  private leaving = false;
  private uid: RtcUid | null;
  private video?: RtcRemoteVideoTrack;
  private audio?: RtcRemoteTrack;
  private stream?: MediaStream;
  private readonly subscribing = new Set<string>();
  private fallbackSetFor: RtcUid | null = null;
  /** High or low stream: network quality picks, a manual `setLevel` pins. */
  private readonly streams = new StreamChoice();
  private announced = false;
  private readonly refusals: RefusalLog;
  /** Who is watched and read; anyone else in the channel is reported once per uid, whatever they send. */
  private readonly trust: SellerLock;
  private readonly listeners: Array<[string, (...args: never[]) => void]> = [];

  constructor(
    private readonly host: EngineHost,
    private readonly config: RtcConfig,
    factory: RtcClientFactory,
  ) {
    this.surface = host.video;
    this.uid = config.uid ?? null;
    this.refusals = engineRefusals(host);
    this.trust = new SellerLock(config, this.refusals);
    this.client = factory({ codec: config.codec ?? 'vp8' });
  }

  /** Joins as audience. Resolves once joined (pictures follow with the publisher's tracks); rejects if join fails. */
  async start(): Promise<void> {
    const { client, config } = this;
    this.listen('user-published', this.onUserPublished);
    this.listen('user-unpublished', this.onUserUnpublished);
    this.listen('user-left', this.onUserLeft);
    this.listen('network-quality', this.onNetworkQuality);
    this.listen('token-privilege-will-expire', this.onTokenWillExpire);
    this.listen('token-privilege-did-expire', this.onTokenDidExpire);
    this.listen('connection-state-change', this.onConnectionState);
    this.listen('stream-message', this.onStreamMessage);
    this.listen('exception', this.onException);
    this.surface.addEventListener('resize', this.onResize);
    await client.setClientRole('audience', { level: AUDIENCE_LEVEL[config.latency ?? 'ultra-low'] });
    await this.join();
  }

  private async join(): Promise<void> {
    const token = await this.token();
    if (this.destroyed) return;
    this.uid = await this.client.join(this.config.appId, this.config.channel, token, this.uid);
    if (this.destroyed) return;
    // Publishers already on air are announced by `user-published` too; this catches any the SDK listed silently.
    for (const user of this.client.remoteUsers) if (user.hasVideo) this.onUserPublished(user, 'video');
  }

  private async token(): Promise<string | null> {
    const { tokenProvider, token, channel } = this.config;
    return tokenProvider ? tokenProvider(channel, this.uid) : (token ?? null);
  }

  private listen<T extends (...args: never[]) => void>(event: string, listener: T): void {
    this.client.on(event as 'token-privilege-will-expire', listener as unknown as () => void);
    this.listeners.push([event, listener]);
  }

  /** Moves the picture to another element (the race promotes RTC from its hidden probe to the player's video). */
  moveTo(video: HTMLVideoElement): void {
    const previous = this.surface;
    if (previous === video) return;
    const stream = previous.srcObject;
    previous.removeEventListener('resize', this.onResize);
    previous.srcObject = null;
    this.surface = video;
    video.addEventListener('resize', this.onResize);
    if (stream) video.srcObject = stream;
  }

  private readonly onUserPublished = (user: RtcRemoteUser, mediaType: RtcMediaType) => {
    if (this.destroyed || mediaType === 'datachannel' || !this.trust.admit(user.uid, mediaType, this.client.remoteUsers)) return;
    if (user.hasVideo) void this.subscribe(user, 'video');
    if (user.hasAudio) void this.subscribe(user, 'audio');
  };

  private async subscribe(user: RtcRemoteUser, mediaType: 'audio' | 'video'): Promise<void> {
    const key = `${user.uid}/${mediaType}`;
    if (this.subscribing.has(key) || (mediaType === 'video' ? this.video : this.audio)) return;
    this.subscribing.add(key);
    try {
      const track = mediaType === 'video' ? await this.client.subscribe(user, 'video') : await this.client.subscribe(user, 'audio');
      if (this.destroyed || !this.trust.isWatched(user.uid)) return;
      if (mediaType === 'video') {
        this.video = track as RtcRemoteVideoTrack;
        this.prepareVideo(user.uid);
      } else {
        this.audio = track;
      }
      this.attach();
      if (mediaType !== 'video') return;
      // Like the native engine: loaded, with no renditions to choose from in the quality menu.
      if (!this.announced) this.host.signal({ type: 'levels', levels: [] });
      this.announced = true;
      this.host.signal({ type: 'publisher', state: 'live', uid: user.uid });
    } catch (cause) {
      // Unpublished again before the subscription completed, or left: the next `user-published` retries.
      if (!this.destroyed) this.host.signal({ type: 'error', error: { code: 'network', message: `Agora subscribe ${mediaType} failed: ${String(cause)}`, fatal: false } });
    } finally {
      this.subscribing.delete(key);
    }
  }

  private prepareVideo(uid: RtcUid): void {
    if (!sameUid(this.fallbackSetFor, uid)) {
      this.fallbackSetFor = uid;
      void this.client.setStreamFallbackOption(uid, FALLBACK_AUDIO_ONLY).catch(() => undefined);
    }
    const stream = this.streams.current;
    if (stream !== HIGH_STREAM) void this.client.setRemoteVideoStreamType(uid, stream).catch(() => undefined);
  }

  /** Puts the current tracks on the surface as one MediaStream, keeping it playing if it was. */
  private attach(): void {
    const tracks = [this.video, this.audio].filter((track) => track).map((track) => track!.getMediaStreamTrack());
    const surface = this.surface;
    // A stream whose tracks all ended (the seller unpublished) leaves the element ended and paused: play on.
    const resume = !surface.paused || surface.ended;
    this.stream = new MediaStream(tracks);
    surface.srcObject = this.stream;
    if (resume) void surface.play().catch(() => undefined);
  }

  private readonly onUserUnpublished = (user: RtcRemoteUser, mediaType: RtcMediaType) => {
    if (this.destroyed || !this.trust.isWatched(user.uid) || mediaType === 'datachannel') return;
    // The SDK unsubscribes by itself; the last picture stays on screen while the seller is paused.
    if (mediaType === 'video') {
      this.video = undefined;
      this.host.signal({ type: 'publisher', state: 'paused', uid: user.uid });
    } else {
      this.audio = undefined;
    }
  };

  private readonly onUserLeft = (user: RtcRemoteUser, reason: string) => {
    if (this.destroyed || this.leaving || !this.trust.isWatched(user.uid)) return;
    this.video = undefined;
    this.audio = undefined;
    // ServerTimeOut: the seller's connection dropped and may come back; Quit / BecomeAudience: the show ended.
    // The seller stays the seller: another publisher is not watched in their place (they may come back).
    this.host.signal({ type: 'publisher', state: reason === 'ServerTimeOut' ? 'paused' : 'ended', uid: user.uid });
  };

  private readonly onNetworkQuality = (stats: RtcNetworkQuality) => {
    if (this.destroyed) return;
    const uplink = stats.uplinkNetworkQuality;
    const downlink = stats.downlinkNetworkQuality;
    this.host.signal({ type: 'network-quality', uplink, downlink });
    const stream = this.streams.report(downlink);
    if (stream !== null) this.requestStream(stream);
  };

  private requestStream(stream: RtcStreamType): void {
    const watched = this.trust.watched;
    if (watched != null) void this.client.setRemoteVideoStreamType(watched, stream).catch(() => undefined);
  }

  private readonly onTokenWillExpire = async () => {
    if (!this.config.tokenProvider) return;
    try {
      const token = await this.config.tokenProvider(this.config.channel, this.uid);
      if (!this.destroyed) await this.client.renewToken(token);
    } catch (cause) {
      if (!this.destroyed) this.host.signal({ type: 'error', error: { code: 'network', message: `Agora token renewal failed: ${String(cause)}`, fatal: false } });
    }
  };

  /** The SDK has already disconnected us: with a provider, rejoin with a fresh token under the same uid. */
  private readonly onTokenDidExpire = async () => {
    if (this.destroyed) return;
    if (!this.config.tokenProvider) {
      this.host.signal({ type: 'connection', state: 'disconnected', reason: 'TOKEN_EXPIRED' });
      return;
    }
    this.host.signal({ type: 'connection', state: 'reconnecting', reason: 'TOKEN_EXPIRED' });
    this.leaving = true;
    await this.client.leave().catch(() => undefined);
    this.leaving = false;
    this.video = undefined;
    this.audio = undefined;
    this.fallbackSetFor = null;
    try {
      await this.join();
    } catch (cause) {
      if (!this.destroyed) this.host.signal({ type: 'connection', state: 'disconnected', reason: `rejoin failed: ${String(cause)}` });
    }
  };

  private readonly onConnectionState = (current: AgoraConnectionState, _previous: AgoraConnectionState, reason?: string) => {
    if (this.destroyed || this.leaving) return;
    const state = CONNECTION_STATES[current];
    if (state) this.host.signal(reason ? { type: 'connection', state, reason } : { type: 'connection', state });
  };

  private readonly onStreamMessage = (uid: RtcUid, payload: Uint8Array) => {
    if (this.destroyed) return;
    if (!this.trust.trustsData(uid)) return;
    if (!(payload instanceof Uint8Array) || payload.byteLength > LIMITS.dataMessageBytes) {
      this.refusals.refuse(`size:${String(uid)}`, 'limit-exceeded', `real-time path: dropped data messages over ${LIMITS.dataMessageBytes} bytes`);
      return;
    }
    this.host.signal({ type: 'data', uid, bytes: payload });
  };

  private readonly onException = (event: { code: number; msg: string; uid: RtcUid }) => {
    if (this.destroyed || !RECEIVE_EXCEPTIONS.has(event.code) || !this.trust.isWatched(event.uid)) return;
    this.host.signal({ type: 'error', error: { code: 'media', message: `Agora ${event.msg} (${event.code})`, fatal: false } });
  };

  private readonly onResize = () => {
    const level = this.currentLevel();
    if (level && !this.destroyed) this.host.signal({ type: 'level-switched', level, auto: this.streams.isAuto });
  };

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const [event, listener] of this.listeners.splice(0)) this.client.off(event, listener);
    this.surface.removeEventListener('resize', this.onResize);
    this.video?.stop();
    this.audio?.stop();
    this.video = undefined;
    this.audio = undefined;
    if (this.stream && this.surface.srcObject === this.stream) this.surface.srcObject = null;
    this.stream = undefined;
    this.leaving = true;
    void this.client.leave().catch(() => undefined);
  }

  /** -1: automatic (network quality picks high or low); 0: the high stream; 1: the low stream. */
  setLevel(index: number): void {
    this.requestStream(this.streams.pin(index));
  }

  liveSyncPosition(): number | null {
    return null;
  }

  currentLevel(): QualityLevel | null {
    const { videoWidth: width, videoHeight: height } = this.surface;
    if (!height) return null;
    return { index: this.streams.current, width, height, bitrate: this.video?.getStats().receiveBitrate ?? 0 };
  }

  bandwidthEstimate(): number {
    return this.video?.getStats().receiveBitrate ?? 0;
  }
}

export function createRtcEngine(host: EngineHost, config: RtcConfig, clientFactory: RtcClientFactory): RtcEngine {
  return new RtcEngine(host, config, clientFactory);
}
