// A simulated Agora channel and audience client (`shoplive/rtc-simulator`), for the demo, for tests, and for integrators
// who want to build their page's real-time UI without an Agora project. They behave like agora-rtc-sdk-ng 4.x where
// the RTC engine can tell:
// async join resolving with a uid (or failing, or hanging like the real SDK when no gateway answers), connection
// states with reasons, `user-published` for publishers already in the channel after join, subscribe only to what is
// published (remoteUsers / hasVideo / hasAudio / videoTrack), automatic unsubscribe on unpublish, network-quality
// every 2 s, token events on demand, data-stream messages. Remote video is a real canvas.captureStream() that changes
// every frame (high stream 640x360, low stream 320x180); remote audio is a WebAudio oscillator.
import type { RtcUid } from '../engine.js';
import type {
  AgoraConnectionState,
  RtcClient,
  RtcClientFactory,
  RtcMediaType,
  RtcRemoteTrack,
  RtcRemoteUser,
  RtcRemoteVideoTrack,
} from './agora-client.js';

type Listener = (...args: never[]) => void;

export interface SimulatedAgoraOptions {
  /** Join round trip. */
  joinDelayMs?: number;
  /** Join rejects with this Agora error code (e.g. CAN_NOT_GET_GATEWAY_SERVER, INVALID_TOKEN). */
  joinError?: string;
  /** Join never settles until leave(), like the real SDK retrying an unreachable gateway. */
  joinHangs?: boolean;
  /** The uid Agora assigns when the client joins without one. */
  assignedUid?: number;
  /** network-quality cadence; 0 disables the timer (emit on demand with `networkQuality`). */
  networkQualityIntervalMs?: number;
  /** Subscribe round trip. */
  subscribeDelayMs?: number;
}

export interface RecordedCall {
  method: string;
  args: unknown[];
  at: number;
}

class Emitter {
  private readonly listeners = new Map<string, Set<Listener>>();
  on(event: string, listener: Listener): void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
  }
  off(event: string, listener: Listener): void {
    this.listeners.get(event)?.delete(listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...a: unknown[]) => void)(...args);
  }
  count(event?: string): number {
    if (event) return this.listeners.get(event)?.size ?? 0;
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function agoraError(code: string, message = code): Error {
  const error = new Error(`AgoraRTCError ${code}: ${message}`);
  error.name = 'AgoraRTCException';
  (error as Error & { code: string }).code = code;
  return error;
}

/** A publisher's camera: a canvas painting a moving bar and a frame counter, captured at 30 fps. */
class SimulatedCamera {
  readonly canvas = document.createElement('canvas');
  readonly stream: MediaStream;
  frames = 0;
  private timer: ReturnType<typeof setInterval>;
  constructor(readonly hue: number) {
    this.resize(640, 360);
    this.stream = this.canvas.captureStream(30);
    this.timer = setInterval(() => this.draw(), 33);
    this.draw();
  }
  resize(width: number, height: number): void {
    this.canvas.width = width;
    this.canvas.height = height;
  }
  private draw(): void {
    const context = this.canvas.getContext('2d')!;
    const { width, height } = this.canvas;
    this.frames++;
    context.fillStyle = `hsl(${this.hue} 60% 30%)`;
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#fff';
    context.fillRect((this.frames * 8) % width, 0, width / 16, height);
    context.font = `${Math.round(height / 6)}px sans-serif`;
    context.fillText(String(this.frames), 10, height / 2);
  }
  stop(): void {
    clearInterval(this.timer);
    for (const track of this.stream.getTracks()) track.stop();
  }
}

/** A publisher's microphone: a 440 Hz tone from WebAudio. */
class SimulatedMicrophone {
  private readonly context = new AudioContext();
  readonly track: MediaStreamTrack;
  private readonly oscillator: OscillatorNode;
  constructor() {
    const destination = this.context.createMediaStreamDestination();
    this.oscillator = this.context.createOscillator();
    this.oscillator.frequency.value = 440;
    this.oscillator.connect(destination);
    this.oscillator.start();
    this.track = destination.stream.getAudioTracks()[0]!;
  }
  stop(): void {
    this.oscillator.stop();
    this.track.stop();
    void this.context.close();
  }
}

class SimulatedRemoteTrack implements RtcRemoteTrack {
  stopped = false;
  playedIn: string | HTMLElement | undefined;
  constructor(protected readonly track: MediaStreamTrack) {}
  getMediaStreamTrack(): MediaStreamTrack {
    return this.track;
  }
  play(element?: string | HTMLElement): void {
    this.playedIn = element;
  }
  stop(): void {
    this.stopped = true;
  }
}

class SimulatedRemoteVideoTrack extends SimulatedRemoteTrack implements RtcRemoteVideoTrack {
  constructor(private readonly camera: SimulatedCamera) {
    super(camera.stream.getVideoTracks()[0]!.clone());
  }
  getStats() {
    return { receiveBitrate: 800_000, receiveResolutionWidth: this.camera.canvas.width, receiveResolutionHeight: this.camera.canvas.height };
  }
  /** The SDK ends the received track when the subscription ends. */
  end(): void {
    this.track.stop();
  }
}

/** One publisher in the channel, as the server sees it. */
class SimulatedPublisher {
  camera?: SimulatedCamera;
  microphone?: SimulatedMicrophone;
  constructor(readonly uid: RtcUid) {}
}

/** A channel: publishers, and the audience clients that joined it. Drive it from tests. */
export class SimulatedAgora {
  readonly clients: SimulatedRtcClient[] = [];
  readonly publishers = new Map<string, SimulatedPublisher>();
  readonly options: Required<SimulatedAgoraOptions>;

  constructor(options: SimulatedAgoraOptions = {}) {
    this.options = {
      joinDelayMs: 40,
      joinError: '',
      joinHangs: false,
      assignedUid: 90_001,
      networkQualityIntervalMs: 2000,
      subscribeDelayMs: 20,
      ...options,
    };
  }

  readonly factory: RtcClientFactory = ({ codec }) => {
    const client = new SimulatedRtcClient(this, codec);
    this.clients.push(client);
    return client;
  };

  get client(): SimulatedRtcClient {
    const client = this.clients.at(-1);
    if (!client) throw new Error('no client was created');
    return client;
  }

  /** A host publishes (or adds) video and/or audio. */
  publish(uid: RtcUid, media: { video?: boolean; audio?: boolean } = { video: true, audio: true }): void {
    const key = String(uid);
    let publisher = this.publishers.get(key);
    if (!publisher) this.publishers.set(key, (publisher = new SimulatedPublisher(uid)));
    if (media.video && !publisher.camera) publisher.camera = new SimulatedCamera((this.publishers.size * 97) % 360);
    if (media.audio && !publisher.microphone) publisher.microphone = new SimulatedMicrophone();
    for (const client of this.clients) client.serverPublished(publisher, media);
  }

  unpublish(uid: RtcUid, mediaType: 'audio' | 'video'): void {
    const publisher = this.publishers.get(String(uid));
    if (!publisher) return;
    for (const client of this.clients) client.serverUnpublished(publisher, mediaType);
    if (mediaType === 'video') {
      publisher.camera?.stop();
      publisher.camera = undefined;
    } else {
      publisher.microphone?.stop();
      publisher.microphone = undefined;
    }
  }

  /** A host leaves: `Quit`, `ServerTimeOut` (dropped) or `BecomeAudience`. */
  leave(uid: RtcUid, reason = 'Quit'): void {
    const publisher = this.publishers.get(String(uid));
    if (!publisher) return;
    this.publishers.delete(String(uid));
    for (const client of this.clients) client.serverUserLeft(publisher, reason);
    publisher.camera?.stop();
    publisher.microphone?.stop();
  }

  /** Releases every canvas, oscillator and timer. */
  close(): void {
    for (const client of this.clients) client.dispose();
    for (const uid of [...this.publishers.keys()]) this.leave(uid);
  }
}

/** The audience client: what `AgoraRTC.createClient({ mode: 'live' })` returns, as far as the engine can tell. */
export class SimulatedRtcClient implements RtcClient {
  readonly calls: RecordedCall[] = [];
  readonly remoteUsers: RtcRemoteUser[] = [];
  connectionState: AgoraConnectionState = 'DISCONNECTED';
  uid: RtcUid | undefined;
  role: string | undefined;
  level: number | undefined;
  token: string | null = null;
  private readonly events = new Emitter();
  private networkTimer: ReturnType<typeof setInterval> | undefined;
  private joinAttempt = 0;
  private abortJoin: ((error: Error) => void) | undefined;
  private readonly tracks = new Map<string, { video?: SimulatedRemoteVideoTrack; audio?: SimulatedRemoteTrack }>();
  private readonly streamTypes = new Map<string, number>();

  constructor(
    private readonly channel: SimulatedAgora,
    readonly codec: string,
  ) {}

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args, at: performance.now() });
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  listenerCount(event?: string): number {
    return this.events.count(event);
  }

  /** Timers the fake itself runs for this client (network-quality). */
  get activeTimers(): number {
    return this.networkTimer === undefined ? 0 : 1;
  }

  on(event: string, listener: Listener): void {
    this.events.on(event, listener);
  }

  off(event: string, listener: Listener): void {
    this.events.off(event, listener);
  }

  private setState(state: AgoraConnectionState, reason?: string): void {
    const previous = this.connectionState;
    if (previous === state) return;
    this.connectionState = state;
    this.events.emit('connection-state-change', state, previous, reason);
  }

  async setClientRole(role: 'audience' | 'host', options?: { level: number }): Promise<void> {
    this.record('setClientRole', role, options);
    if (role !== 'audience' && role !== 'host') throw agoraError('INVALID_PARAMS', `role ${role}`);
    this.role = role;
    this.level = options?.level;
  }

  async join(appId: string, channelName: string, token: string | null, uid?: RtcUid | null): Promise<RtcUid> {
    this.record('join', appId, channelName, token, uid);
    if (this.connectionState !== 'DISCONNECTED') throw agoraError('INVALID_OPERATION', `[client] Client already in connecting/connected state`);
    const attempt = ++this.joinAttempt;
    this.setState('CONNECTING');
    const { joinDelayMs, joinError, joinHangs, assignedUid } = this.channel.options;
    await new Promise<void>((resolve, reject) => {
      this.abortJoin = reject;
      if (!joinHangs) setTimeout(resolve, joinDelayMs);
    }).finally(() => (this.abortJoin = undefined));
    if (attempt !== this.joinAttempt) throw agoraError('OPERATION_ABORTED', 'cancel token canceled');
    if (joinError) {
      this.setState('DISCONNECTED', 'NETWORK_ERROR');
      throw agoraError(joinError);
    }
    this.uid = uid ?? assignedUid;
    this.token = token;
    this.setState('CONNECTED');
    this.startNetworkQuality();
    // Like the SDK: users already in the channel are announced after the join resolves.
    setTimeout(() => {
      if (this.connectionState !== 'CONNECTED') return;
      for (const publisher of this.channel.publishers.values()) this.serverPublished(publisher, { video: true, audio: true });
    }, 0);
    return this.uid;
  }

  async leave(): Promise<void> {
    this.record('leave');
    this.joinAttempt++;
    this.abortJoin?.(agoraError('OPERATION_ABORTED', 'cancel token canceled'));
    this.stopNetworkQuality();
    for (const user of this.remoteUsers.splice(0)) this.dropTracks(user);
    if (this.connectionState !== 'DISCONNECTED') {
      this.setState('DISCONNECTING', 'LEAVE');
      this.setState('DISCONNECTED', 'LEAVE');
    }
  }

  async subscribe(user: RtcRemoteUser | RtcUid, mediaType: 'video'): Promise<RtcRemoteVideoTrack>;
  async subscribe(user: RtcRemoteUser | RtcUid, mediaType: 'audio'): Promise<RtcRemoteTrack>;
  async subscribe(user: RtcRemoteUser | RtcUid, mediaType: 'audio' | 'video'): Promise<RtcRemoteTrack> {
    const uid = typeof user === 'object' ? user.uid : user;
    this.record('subscribe', uid, mediaType);
    if (this.connectionState !== 'CONNECTED') throw agoraError('INVALID_OPERATION', "Can't subscribe stream in DISCONNECTED state");
    await sleep(this.channel.options.subscribeDelayMs);
    const remote = this.remoteUsers.find((candidate) => String(candidate.uid) === String(uid));
    const publisher = this.channel.publishers.get(String(uid));
    if (!remote || !publisher) throw agoraError('INVALID_REMOTE_USER', 'user is not in the channel');
    const tracks = this.tracks.get(String(uid)) ?? {};
    this.tracks.set(String(uid), tracks);
    if (mediaType === 'video') {
      if (!remote.hasVideo || !publisher.camera) throw agoraError('REMOTE_USER_IS_NOT_PUBLISHED', 'video');
      tracks.video ??= new SimulatedRemoteVideoTrack(publisher.camera);
      remote.videoTrack = tracks.video;
      return tracks.video;
    }
    if (!remote.hasAudio || !publisher.microphone) throw agoraError('REMOTE_USER_IS_NOT_PUBLISHED', 'audio');
    tracks.audio ??= new SimulatedRemoteTrack(publisher.microphone.track.clone());
    remote.audioTrack = tracks.audio;
    return tracks.audio;
  }

  async unsubscribe(user: RtcRemoteUser | RtcUid, mediaType?: 'audio' | 'video'): Promise<void> {
    const uid = typeof user === 'object' ? user.uid : user;
    this.record('unsubscribe', uid, mediaType);
    const remote = this.remoteUsers.find((candidate) => String(candidate.uid) === String(uid));
    if (remote) this.dropTracks(remote, mediaType);
  }

  async renewToken(token: string): Promise<void> {
    this.record('renewToken', token);
    if (this.connectionState !== 'CONNECTED') throw agoraError('INVALID_OPERATION', 'renewToken while not connected');
    this.token = token;
  }

  async setRemoteVideoStreamType(uid: RtcUid, streamType: 0 | 1): Promise<void> {
    this.record('setRemoteVideoStreamType', uid, streamType);
    this.streamTypes.set(String(uid), streamType);
    const camera = this.channel.publishers.get(String(uid))?.camera;
    if (streamType === 1) camera?.resize(320, 180);
    else camera?.resize(640, 360);
  }

  async setStreamFallbackOption(uid: RtcUid, fallbackType: 0 | 1 | 2): Promise<void> {
    this.record('setStreamFallbackOption', uid, fallbackType);
  }

  // ---- what the server pushes (driven through SimulatedAgora or directly by tests) ----

  serverPublished(publisher: SimulatedPublisher, media: { video?: boolean; audio?: boolean }): void {
    if (this.connectionState !== 'CONNECTED') return;
    let user = this.remoteUsers.find((candidate) => String(candidate.uid) === String(publisher.uid));
    if (!user) this.remoteUsers.push((user = { uid: publisher.uid, hasVideo: false, hasAudio: false }));
    const announce: RtcMediaType[] = [];
    if (media.video && publisher.camera && !user.hasVideo) {
      user.hasVideo = true;
      announce.push('video');
    }
    if (media.audio && publisher.microphone && !user.hasAudio) {
      user.hasAudio = true;
      announce.push('audio');
    }
    for (const mediaType of announce) this.events.emit('user-published', user, mediaType);
  }

  serverUnpublished(publisher: SimulatedPublisher, mediaType: 'audio' | 'video'): void {
    const user = this.remoteUsers.find((candidate) => String(candidate.uid) === String(publisher.uid));
    if (!user) return;
    if (mediaType === 'video') user.hasVideo = false;
    else user.hasAudio = false;
    this.dropTracks(user, mediaType);
    this.events.emit('user-unpublished', user, mediaType);
  }

  serverUserLeft(publisher: SimulatedPublisher, reason: string): void {
    const index = this.remoteUsers.findIndex((candidate) => String(candidate.uid) === String(publisher.uid));
    if (index < 0) return;
    const [user] = this.remoteUsers.splice(index, 1);
    user!.hasVideo = false;
    user!.hasAudio = false;
    this.dropTracks(user!);
    this.events.emit('user-left', user, reason);
  }

  private dropTracks(user: RtcRemoteUser, mediaType?: 'audio' | 'video'): void {
    const tracks = this.tracks.get(String(user.uid));
    if (!tracks) return;
    if (mediaType !== 'audio' && tracks.video) {
      tracks.video.end();
      tracks.video = undefined;
      user.videoTrack = undefined;
    }
    if (mediaType !== 'video' && tracks.audio) {
      tracks.audio.getMediaStreamTrack().stop();
      tracks.audio = undefined;
      user.audioTrack = undefined;
    }
  }

  /** The link drops (`RECONNECTING`), comes back (`CONNECTED`) or is lost (`DISCONNECTED` with a reason). */
  connection(state: AgoraConnectionState, reason?: string): void {
    this.setState(state, reason);
    if (state === 'CONNECTED') this.startNetworkQuality();
    else this.stopNetworkQuality();
  }

  networkQuality(uplink: number, downlink: number): void {
    this.events.emit('network-quality', { uplinkNetworkQuality: uplink, downlinkNetworkQuality: downlink });
  }

  /** Like the SDK 30 s before the token expires. */
  tokenWillExpire(): void {
    this.events.emit('token-privilege-will-expire');
  }

  /** Like the SDK when the token expired: the client is disconnected first. */
  tokenDidExpire(): void {
    this.stopNetworkQuality();
    for (const user of this.remoteUsers.splice(0)) this.dropTracks(user);
    this.setState('DISCONNECTED', 'TOKEN_EXPIRE');
    this.events.emit('token-privilege-did-expire');
  }

  streamMessage(uid: RtcUid, bytes: Uint8Array): void {
    this.events.emit('stream-message', uid, bytes);
  }

  exception(code: number, msg: string, uid: RtcUid): void {
    this.events.emit('exception', { code, msg, uid });
  }

  private startNetworkQuality(): void {
    const interval = this.channel.options.networkQualityIntervalMs;
    if (!interval || this.networkTimer !== undefined) return;
    this.networkTimer = setInterval(() => this.networkQuality(1, 1), interval);
  }

  private stopNetworkQuality(): void {
    clearInterval(this.networkTimer);
    this.networkTimer = undefined;
  }

  dispose(): void {
    this.stopNetworkQuality();
    for (const user of this.remoteUsers.splice(0)) this.dropTracks(user);
  }
}
