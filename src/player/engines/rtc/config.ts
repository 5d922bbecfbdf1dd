import type { RtcUid } from '../engine.js';
import type { RtcConfig, TokenProvider } from './rtc-engine.js';

/** The player's Agora attributes as strings (null when absent), as Lit hands them over. */
export interface RtcAttributes {
  appId: string | null;
  channel: string | null;
  uid?: string | null;
  token?: string | null;
  hostUid?: string | null;
  latency?: string | null;
}

/** No RTC frame within this long after start: HLS takes over (the `rtc-timeout` attribute's default). */
export const RTC_TIMEOUT_MS = 3000;
/** RTC reconnecting or disconnected for this long: HLS takes over. */
export const RECONNECT_BUDGET_MS = 5000;

const MAX_NUMERIC_UID = 2 ** 32 - 1;

/** Agora uids are numbers (0 < uid < 2^32) or, in string-uid projects, strings of up to 255 characters. */
export function parseUid(value: string | null | undefined): RtcUid | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const uid = Number(text);
    return uid > 0 && uid <= MAX_NUMERIC_UID ? uid : null;
  }
  return text.length <= 255 ? text : null;
}

/** The RTC configuration, or null when the attributes do not configure Agora (then the player is HLS only). */
export function rtcConfigFrom(attributes: RtcAttributes, tokenProvider?: TokenProvider | null): RtcConfig | null {
  const appId = attributes.appId?.trim();
  const channel = attributes.channel?.trim();
  if (!appId || !channel) return null;
  return {
    appId,
    channel,
    uid: parseUid(attributes.uid),
    token: attributes.token?.trim() || null,
    tokenProvider: tokenProvider ?? null,
    hostUid: parseUid(attributes.hostUid),
    latency: attributes.latency === 'low' ? 'low' : 'ultra-low',
  };
}

/** `rtc-timeout` in ms: a positive number, else the default. */
export function parseTimeout(value: unknown, fallback: number): number {
  const ms = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(ms) && ms > 0 ? ms : fallback;
}
