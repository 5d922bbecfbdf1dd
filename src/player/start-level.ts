import type { Variant } from './playlist.js';

export interface StartConditions {
  /** Player box in CSS pixels; 0 when unknown. */
  width: number;
  height: number;
  devicePixelRatio: number;
  /** Best guess of the downlink in bits per second. */
  bandwidth: number;
  /** Seconds of media in one segment. */
  segmentSeconds: number;
  /** Round-trip time to the stream host in ms; 0 when unknown (the first segment is then costed by bandwidth only). */
  rttMs?: number;
}

/** How long the first segment may take to download: the start rendition trades sharpness for a first frame now. */
const FIRST_SEGMENT_BUDGET_S = 0.35;
/** Share of the estimated bandwidth a rendition may use, leaving room for audio, playlists and estimation error. */
const BANDWIDTH_SHARE = 0.7;
/**
 * What a sharper first segment may cost over the smallest one on the stream's young connection: about one round trip
 * of slow start on a near link, none on a far one.
 */
const COLD_EXTRA_BUDGET_S = 0.2;
/** TCP's initial window (RFC 6928: 10 segments): what a new connection delivers in its first round trip. */
const INITIAL_WINDOW_BYTES = 14_600;

/**
 * Seconds to download `bytes` on a connection still in slow start (it carried only playlists so far): each round trip
 * delivers one window and doubles it, until the window covers the link's bandwidth-delay product and the rest flows
 * at the link rate. The estimated bandwidth is a steady-state figure; the first segment does not see it.
 */
export function coldTransferSeconds(bytes: number, bandwidthBps: number, rttS: number): number {
  const bytesPerS = bandwidthBps / 8;
  let left = bytes;
  let window = INITIAL_WINDOW_BYTES;
  let seconds = 0;
  while (left > 0) {
    if (window >= bytesPerS * rttS) return seconds + rttS + left / bytesPerS;
    left -= window;
    window *= 2;
    seconds += rttS;
  }
  return seconds;
}

/**
 * Picks the variant to start on: the sharpest one that fits the player, whose first segment arrives within the budget
 * at the estimated bandwidth, and which costs little more than the smallest one on a connection still in slow start
 * (with a known RTT). ABR climbs from there once real throughput is measured.
 */
export function chooseStartVariant(variants: readonly Variant[], conditions: StartConditions): Variant {
  const ascending = [...variants].sort((a, b) => a.bandwidth - b.bandwidth);
  const maxHeight = conditions.height * conditions.devicePixelRatio;
  const rttS = (conditions.rttMs ?? 0) / 1000;
  const segmentBytes = (variant: Variant) => (variant.bandwidth * conditions.segmentSeconds) / 8;
  const cold = (variant: Variant) => coldTransferSeconds(segmentBytes(variant), conditions.bandwidth, rttS);
  const coldFloor = rttS > 0 && ascending[0] ? cold(ascending[0]) : 0;
  const fits = (variant: Variant) =>
    (!maxHeight || !variant.height || variant.height <= maxHeight * 1.1) &&
    variant.bandwidth <= conditions.bandwidth * BANDWIDTH_SHARE &&
    variant.bandwidth * conditions.segmentSeconds <= conditions.bandwidth * FIRST_SEGMENT_BUDGET_S &&
    (rttS <= 0 || cold(variant) - coldFloor <= COLD_EXTRA_BUDGET_S);
  return ascending.filter(fits).pop() ?? ascending[0]!;
}

const SAVED_BANDWIDTH_KEY = 'shoplive:bandwidth';
const SAVED_BANDWIDTH_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const MIN_SAVED_BPS = 10_000;
const MAX_SAVED_BPS = 10_000_000_000;
/** Without any signal, assume a weak mobile link: a small first segment costs little on a fast one. */
const DEFAULT_BANDWIDTH = 1_000_000;

interface NetworkInformationLike {
  downlink?: number;
  rtt?: number;
  saveData?: boolean;
}

/** Longest RTT taken as real: beyond it a measurement is a stalled server, not a link. */
const MAX_RTT_MS = 3000;
/** A first request to a host pays TCP, TLS and the request itself: three round trips. */
const NEW_CONNECTION_ROUND_TRIPS = 3;

/**
 * Round-trip time to the stream host in ms, 0 when unknown: the browser's estimate (Chromium's
 * navigator.connection.rtt), or a lower bound from the master playlist's time to first byte (`firstRequestMs`),
 * whichever is larger.
 */
export function estimateRtt(firstRequestMs = 0): number {
  const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
  const hinted = typeof connection?.rtt === 'number' && connection.rtt > 0 ? connection.rtt : 0;
  const measured = firstRequestMs > 0 ? firstRequestMs / NEW_CONNECTION_ROUND_TRIPS : 0;
  return Math.min(MAX_RTT_MS, Math.max(hinted, measured));
}

/** The bandwidth measured on this device's last visit, else the browser's downlink hint, else a cautious default. */
export function estimateBandwidth(): number {
  try {
    // Read back as untrusted input: a number in a sane range, saved in the past day (a future time is refused too).
    const saved = JSON.parse(localStorage.getItem(SAVED_BANDWIDTH_KEY) ?? 'null') as { bps?: unknown; at?: unknown } | null;
    const { bps, at } = saved ?? {};
    const age = typeof at === 'number' ? Date.now() - at : NaN;
    if (typeof bps === 'number' && bps >= MIN_SAVED_BPS && bps <= MAX_SAVED_BPS && age >= 0 && age < SAVED_BANDWIDTH_MAX_AGE_MS) return bps;
  } catch {
    // Storage may be blocked (privacy modes, sandboxed iframes); the estimate just gets less precise.
  }
  const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
  if (connection?.saveData) return DEFAULT_BANDWIDTH / 2;
  if (connection?.downlink) return connection.downlink * 1_000_000;
  return DEFAULT_BANDWIDTH;
}

export function saveBandwidth(bps: number): void {
  if (!(bps > 0)) return;
  try {
    localStorage.setItem(SAVED_BANDWIDTH_KEY, JSON.stringify({ bps: Math.round(bps), at: Date.now() }));
  } catch {
    // See estimateBandwidth.
  }
}
