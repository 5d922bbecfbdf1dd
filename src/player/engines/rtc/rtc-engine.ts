import { LIMITS } from '../../../internal/limits.js';
import type { RefusalLog } from '../../../internal/refusals.js';
import { cleanText } from '../../../internal/text.js';
import type { EngineHost, PlaybackEngine, QualityLevel, RtcConnectionState, RtcUid } from '../engine.js';
import type {
  AgoraConnectionState,
  RtcAudienceLevel,
  RtcClient,
  RtcClientFactory,
  RtcCodec,
  RtcMediaType,
  RtcNetworkQuality,
  RtcRemoteTrack,
  RtcRemoteUser,
  RtcRemoteVideoTrack,
  RtcStreamType,
} from './agora-client.js';
import { engineRefusals } from '../support.js';

/** Asked for a token at join, on `token-privilege-will-expire` and on `token-privilege-did-expire`. */
export type TokenProvider = (channel: string, uid: RtcUid | null) => Promise<string>;

export interface RtcConfig {
  appId: string;
  channel: string;
  /** Our own uid; Agora assigns one when absent. */
  uid?: RtcUid | null;
  /** A static token (testing projects and short shows); `tokenProvider` wins when both are set. */
  token?: string | null;
  tokenProvider?: TokenProvider | null;
  /** `ultra-low` (default): Agora's AUDIENCE_LEVEL_ULTRA_LOW_LATENCY; `low`: AUDIENCE_LEVEL_LOW_LATENCY (cheaper). */
  latency?: 'ultra-low' | 'low';
  /** The seller: the only publisher whose video, audio and data are used. Absent: the first user to publish video,
   * locked onto for the whole session. */
  hostUid?: RtcUid | null;
  /** Further senders whose data-stream messages are read (the speech-to-text agent's uid); never watched. */
  dataUids?: readonly RtcUid[];
  /** Must match what the seller's app publishes; vp8 (default) decodes everywhere WebRTC exists. */
  codec?: RtcCodec;
}

/** Agora's AudienceLatencyLevelType values (1 is LOW, 2 is ULTRA_LOW). */
const AUDIENCE_LEVEL: Record<'ultra-low' | 'low', RtcAudienceLevel> = { 'ultra-low': 2, low: 1 };
const HIGH_STREAM: RtcStreamType = 0;
const LOW_STREAM: RtcStreamType = 1;
/** RemoteStreamFallbackType.AUDIO_ONLY: under congestion the SDK drops to the low stream, then to audio only. */
const FALLBACK_AUDIO_ONLY = 2;
/** Agora downlink quality at and above which we ask for the low stream (4 poor, 5 bad, 6 down). */
const POOR_DOWNLINK = 4;
/** Downlink quality at or below which the link counts as good again (1 excellent, 2 good). */
const GOOD_DOWNLINK = 2;
/** Consecutive good reports (Agora reports every 2 s) before going back to the high stream. */
const GOOD_REPORTS_FOR_HIGH = 3;
/** Agora exception codes about what we receive: decoding video / audio failed. */
const RECEIVE_EXCEPTIONS = new Set([1005, 2005]);

const CONNECTION_STATES: Partial<Record<AgoraConnectionState, RtcConnectionState>> = {
  CONNECTING: 'connecting',
  CONNECTED: 'connected',
  RECONNECTING: 'reconnecting',
  DISCONNECTED: 'disconnected',
};

const sameUid = (a: RtcUid | null | undefined, b: RtcUid | null | undefined) => a != null && b != null && String(a) === String(b);

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
  private watched: RtcUid | null = null;
  private video?: RtcRemoteVideoTrack;
  private audio?: RtcRemoteTrack;
  private stream?: MediaStream;
  private readonly subscribing = new Set<string>();
  private fallbackSetFor: RtcUid | null = null;
  /** The stream type our network logic wants; a manual `setLevel` overrides it. */
  private autoStream: RtcStreamType = HIGH_STREAM;
  private manualStream: RtcStreamType | null = null;
  private goodReports = 0;
  private announced = false;
  /** Anyone else in the channel is reported once per uid, whatever they send. */
  private readonly refusals: RefusalLog;
  private readonly listeners: Array<[string, (...args: never[]) => void]> = [];

  constructor(
    private readonly host: EngineHost,
    private readonly config: RtcConfig,
    factory: RtcClientFactory,
  ) {
    this.surface = host.video;
    this.uid = config.uid ?? null;
    this.refusals = engineRefusals(host);
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

  /** `agora-host-uid`, else the publisher we locked onto; null before anyone published video. */
  private get seller(): RtcUid | null {
    return this.config.hostUid ?? this.watched;
  }

  private readonly onUserPublished = (user: RtcRemoteUser, mediaType: RtcMediaType) => {
    if (this.destroyed || mediaType === 'datachannel') return;
    if (this.watched == null) {
      const wanted = this.config.hostUid;
      if (wanted != null ? sameUid(user.uid, wanted) : mediaType === 'video') {
        this.watched = user.uid;
        // Whoever published before the seller was known is now known not to be the seller.
        for (const other of this.client.remoteUsers) if (!sameUid(other.uid, user.uid) && (other.hasVideo || other.hasAudio)) this.refuseStranger(other.uid, 'media');
      }
    }
    if (!sameUid(user.uid, this.watched)) {
      if (this.seller != null) this.refuseStranger(user.uid, mediaType);
      return;
    }
    if (user.hasVideo) void this.subscribe(user, 'video');
    if (user.hasAudio) void this.subscribe(user, 'audio');
  };

  /** Someone other than the seller published or sent data: never shown, reported once per uid. */
  private refuseStranger(uid: RtcUid, what: string): void {
    const who = cleanText(String(uid), 64);
    const seller = this.config.hostUid != null ? `agora-host-uid is ${this.config.hostUid}` : this.watched != null ? `locked onto ${cleanText(String(this.watched), 64)}, the first publisher` : 'no seller has published yet';
    this.refusals.refuse(`uid:${String(uid)}`, 'untrusted-publisher', `real-time path: ignored ${what} from uid ${who}, who is not the seller (${seller})`);
  }

  private async subscribe(user: RtcRemoteUser, mediaType: 'audio' | 'video'): Promise<void> {
    const key = `${user.uid}/${mediaType}`;
    if (this.subscribing.has(key) || (mediaType === 'video' ? this.video : this.audio)) return;
    this.subscribing.add(key);
    try {
      const track = mediaType === 'video' ? await this.client.subscribe(user, 'video') : await this.client.subscribe(user, 'audio');
      if (this.destroyed || !sameUid(user.uid, this.watched)) return;
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
    const stream = this.manualStream ?? this.autoStream;
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
    if (this.destroyed || !sameUid(user.uid, this.watched) || mediaType === 'datachannel') return;
    // The SDK unsubscribes by itself; the last picture stays on screen while the seller is paused.
    if (mediaType === 'video') {
      this.video = undefined;
      this.host.signal({ type: 'publisher', state: 'paused', uid: user.uid });
    } else {
      this.audio = undefined;
    }
  };

  private readonly onUserLeft = (user: RtcRemoteUser, reason: string) => {
    if (this.destroyed || this.leaving || !sameUid(user.uid, this.watched)) return;
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
    if (downlink >= POOR_DOWNLINK) {
      this.goodReports = 0;
      this.setAutoStream(LOW_STREAM);
    } else if (downlink > 0 && downlink <= GOOD_DOWNLINK && this.autoStream === LOW_STREAM) {
      if (++this.goodReports >= GOOD_REPORTS_FOR_HIGH) this.setAutoStream(HIGH_STREAM);
    } else {
      this.goodReports = 0;
    }
  };

  private setAutoStream(stream: RtcStreamType): void {
    if (this.autoStream === stream) return;
    this.autoStream = stream;
    this.goodReports = 0;
    if (this.manualStream === null) this.requestStream(stream);
  }

  private requestStream(stream: RtcStreamType): void {
    if (this.watched != null) void this.client.setRemoteVideoStreamType(this.watched, stream).catch(() => undefined);
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
    const seller = this.seller;
    const trusted = (seller != null && sameUid(uid, seller)) || (this.config.dataUids ?? []).some((known) => sameUid(uid, known));
    if (!trusted) {
      this.refuseStranger(uid, 'data messages');
      return;
    }
    if (!(payload instanceof Uint8Array) || payload.byteLength > LIMITS.dataMessageBytes) {
      this.refusals.refuse(`size:${String(uid)}`, 'limit-exceeded', `real-time path: dropped data messages over ${LIMITS.dataMessageBytes} bytes`);
      return;
    }
    this.host.signal({ type: 'data', uid, bytes: payload });
  };

  private readonly onException = (event: { code: number; msg: string; uid: RtcUid }) => {
    if (this.destroyed || !RECEIVE_EXCEPTIONS.has(event.code) || !sameUid(event.uid, this.watched)) return;
    this.host.signal({ type: 'error', error: { code: 'media', message: `Agora ${event.msg} (${event.code})`, fatal: false } });
  };

  private readonly onResize = () => {
    const level = this.currentLevel();
    if (level && !this.destroyed) this.host.signal({ type: 'level-switched', level, auto: this.manualStream === null });
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
    this.manualStream = index === 0 ? HIGH_STREAM : index === 1 ? LOW_STREAM : null;
    this.requestStream(this.manualStream ?? this.autoStream);
  }

  liveSyncPosition(): number | null {
    return null;
  }

  currentLevel(): QualityLevel | null {
    const { videoWidth: width, videoHeight: height } = this.surface;
    if (!height) return null;
    return { index: this.manualStream ?? this.autoStream, width, height, bitrate: this.video?.getStats().receiveBitrate ?? 0 };
  }

  bandwidthEstimate(): number {
    return this.video?.getStats().receiveBitrate ?? 0;
  }
}

export function createRtcEngine(host: EngineHost, config: RtcConfig, clientFactory: RtcClientFactory): RtcEngine {
  return new RtcEngine(host, config, clientFactory);
}
