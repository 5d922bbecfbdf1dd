import type { IAgoraRTC } from 'agora-rtc-sdk-ng';
import type { RtcUid } from '../engine.js';

/**
 * The part of agora-rtc-sdk-ng's `IAgoraRTCClient` the RTC engine uses. The engine only ever sees this interface, so
 * tests inject a fake (test/support/fake-agora.ts) and the SDK itself stays in its own lazily loaded chunk.
 */

/** Agora's connection states (`ConnectionState`). */
export type AgoraConnectionState = 'DISCONNECTED' | 'CONNECTING' | 'RECONNECTING' | 'CONNECTED' | 'DISCONNECTING';

export interface RtcRemoteTrack {
  /** The received track, to play in our own `<video>` instead of the SDK's player. */
  getMediaStreamTrack(): MediaStreamTrack;
  /** Plays in an element the SDK creates (unused: the player owns its surface). */
  play(element?: string | HTMLElement): void;
  stop(): void;
}

export interface RtcRemoteVideoTrack extends RtcRemoteTrack {
  getStats(): { receiveBitrate: number; receiveResolutionWidth: number; receiveResolutionHeight: number };
}

export interface RtcRemoteUser {
  uid: RtcUid;
  hasVideo: boolean;
  hasAudio: boolean;
  videoTrack?: RtcRemoteVideoTrack;
  audioTrack?: RtcRemoteTrack;
}

export interface RtcNetworkQuality {
  uplinkNetworkQuality: number;
  downlinkNetworkQuality: number;
}

export type RtcMediaType = 'audio' | 'video' | 'datachannel';

/** Agora `RemoteStreamType`: 0 high, 1 low. */
export type RtcStreamType = 0 | 1;
/** Agora `RemoteStreamFallbackType`: 0 disabled, 1 low stream, 2 low stream then audio only. */
export type RtcFallbackType = 0 | 1 | 2;
/** Agora `AudienceLatencyLevelType`: 1 low latency, 2 ultra-low latency (the SDK's default). */
export type RtcAudienceLevel = 1 | 2;

export interface RtcClient {
  readonly remoteUsers: RtcRemoteUser[];
  readonly connectionState: AgoraConnectionState;
  on(event: 'user-published' | 'user-unpublished', listener: (user: RtcRemoteUser, mediaType: RtcMediaType) => void): void;
  on(event: 'user-left', listener: (user: RtcRemoteUser, reason: string) => void): void;
  on(event: 'network-quality', listener: (stats: RtcNetworkQuality) => void): void;
  on(event: 'token-privilege-will-expire' | 'token-privilege-did-expire', listener: () => void): void;
  on(event: 'connection-state-change', listener: (current: AgoraConnectionState, previous: AgoraConnectionState, reason?: string) => void): void;
  on(event: 'stream-message', listener: (uid: RtcUid, payload: Uint8Array) => void): void;
  on(event: 'exception', listener: (event: { code: number; msg: string; uid: RtcUid }) => void): void;
  /** The SDK's own signature. */
  off(event: string, listener: Function): void;
  setClientRole(role: 'audience', options?: { level: RtcAudienceLevel }): Promise<void>;
  join(appId: string, channel: string, token: string | null, uid?: RtcUid | null): Promise<RtcUid>;
  leave(): Promise<void>;
  subscribe(user: RtcRemoteUser | RtcUid, mediaType: 'video'): Promise<RtcRemoteVideoTrack>;
  subscribe(user: RtcRemoteUser | RtcUid, mediaType: 'audio'): Promise<RtcRemoteTrack>;
  unsubscribe(user: RtcRemoteUser | RtcUid, mediaType?: 'audio' | 'video'): Promise<void>;
  renewToken(token: string): Promise<void>;
  setRemoteVideoStreamType(uid: RtcUid, streamType: RtcStreamType): Promise<void>;
  setStreamFallbackOption(uid: RtcUid, fallbackType: RtcFallbackType): Promise<void>;
}

export type RtcCodec = 'vp8' | 'h264';
export type RtcClientFactory = (options: { codec: RtcCodec }) => RtcClient;

/** Agora log levels: 0 debug, 1 info, 2 warning, 3 error, 4 none. */
const LOG_LEVEL_WARNING = 2;

type AgoraSdk = Pick<IAgoraRTC, 'createClient' | 'setLogLevel' | 'disableLogUpload'> & {
  /** Present at run time, missing from the SDK's typings. */
  setParameter?(key: string, value: unknown): void;
};

let loading: Promise<RtcClientFactory> | undefined;

/**
 * Downloads agora-rtc-sdk-ng (its own chunk, ~430 kB gzip: nothing imports it statically) once per page, quietens it,
 * and returns a factory of audience clients.
 */
export function loadAgoraClientFactory(): Promise<RtcClientFactory> {
  loading ??= importSdk().then(configure, (cause: unknown) => {
    loading = undefined;
    throw cause;
  });
  return loading;
}

async function importSdk(): Promise<AgoraSdk> {
  const module: { default?: AgoraSdk } = await import('agora-rtc-sdk-ng');
  // The package's main file is UMD: bundlers with CommonJS interop hand it over as `default`; evaluated as a plain ES
  // module (our Rollup build, the test server) it defines `globalThis.AgoraRTC` instead.
  const sdk = module.default ?? (globalThis as { AgoraRTC?: AgoraSdk }).AgoraRTC;
  if (!sdk?.createClient) throw new Error('agora-rtc-sdk-ng loaded without an AgoraRTC object');
  return sdk;
}

function configure(sdk: AgoraSdk): RtcClientFactory {
  sdk.setLogLevel(LOG_LEVEL_WARNING);
  // No log upload (already off by default) and no event reports to Agora's stats collectors: the only traffic left is
  // what joining and watching need (gateway, signalling, media).
  sdk.disableLogUpload();
  sdk.setParameter?.('ENABLE_EVENT_REPORT', false);
  // The SDK's IAgoraRTCClient is assigned to RtcClient here: the subset fails to type-check if the SDK drifts.
  return ({ codec }) => sdk.createClient({ mode: 'live', codec });
}
