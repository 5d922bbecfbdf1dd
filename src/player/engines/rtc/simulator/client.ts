import type { RtcUid } from '../../engine.js';
import type { AgoraConnectionState, RtcClient, RtcMediaType, RtcRemoteTrack, RtcRemoteUser, RtcRemoteVideoTrack } from '../agora-client.js';
import { agoraError, Emitter, type Listener } from './emitter.js';
import { SimulatedRemoteTrack, SimulatedRemoteVideoTrack } from './remote-tracks.js';
import type { SimulatedPublisher, SimulatedServer } from './server.js';

export interface RecordedCall {
  method: string;
  args: unknown[];
  at: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
    private readonly channel: SimulatedServer,
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
