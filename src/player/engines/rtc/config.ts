import { LIMITS } from '../../../internal/limits.js';
import type { ReportRefusal } from '../../../internal/refusals.js';
import { cleanText } from '../../../internal/text.js';
import type { RtcUid } from '../engine.js';
import type { RtcCodec } from './agora-client.js';

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

/** The player's Agora attributes as strings (null when absent), as Lit hands them over. */
export interface RtcAttributes {
  appId: string | null;
  channel: string | null;
  uid?: string | null;
  token?: string | null;
  hostUid?: string | null;
  dataUids?: string | null;
  latency?: string | null;
}

export { RECONNECT_BUDGET_MS, RTC_TIMEOUT_MS } from './defaults.js';

const MAX_NUMERIC_UID = 2 ** 32 - 1;


/** Agora uids are numbers (0 < uid < 2^32) or, in string-uid projects, strings of up to 255 characters. */
export function parseUid(value: string | null | undefined): RtcUid | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const uid = Number(text);
    return uid > 0 && uid <= MAX_NUMERIC_UID ? uid : null;
  }
  // Agora's string-account alphabet: no controls, nothing outside printable ASCII.
  return text.length <= 255 && /^[A-Za-z0-9 !#$%&()+\-:;<=.>?@[\]^_{}|~,]+$/.test(text) ? text : null;
}

/**
 * The RTC configuration, or null when the attributes do not configure Agora (then the player is HLS only). A seller
 * uid that is given but is not a uid turns the real-time path off (reported): we would not know whom to trust.
 */
export function rtcConfigFrom(attributes: RtcAttributes, tokenProvider?: TokenProvider | null, report?: ReportRefusal): RtcConfig | null {
  const appId = attributes.appId?.trim();
  const channel = attributes.channel?.trim();
  if (!appId || !channel) return null;
  const hostUid = parseUid(attributes.hostUid);
  if (attributes.hostUid?.trim() && hostUid === null) {
    report?.({ code: 'refused-data', message: `agora-host-uid "${cleanText(attributes.hostUid, 40)}" is not an Agora uid: the real-time path is off` });
    return null;
  }
  const listed = (attributes.dataUids ?? '').split(/[\s,]+/).filter(Boolean);
  const dataUids = listed.map(parseUid).filter((uid): uid is RtcUid => uid !== null);
  if (dataUids.length < listed.length || dataUids.length > LIMITS.dataUids) {
    report?.({ code: 'refused-data', message: `agora-data-uids: only Agora uids are read, at most ${LIMITS.dataUids} (${listed.length} given)` });
  }
  dataUids.splice(LIMITS.dataUids);
  return {
    appId,
    channel,
    uid: parseUid(attributes.uid),
    token: attributes.token?.trim() || null,
    tokenProvider: tokenProvider ?? null,
    hostUid,
    dataUids,
    latency: attributes.latency === 'low' ? 'low' : 'ultra-low',
  };
}

/** `rtc-timeout` in ms: a positive number, else the default. */
export function parseTimeout(value: unknown, fallback: number): number {
  const ms = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(ms) && ms > 0 ? ms : fallback;
}
