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
}

/** How long the first segment may take to download: the start rendition trades sharpness for a first frame now. */
const FIRST_SEGMENT_BUDGET_S = 0.35;
/** Share of the estimated bandwidth a rendition may use, leaving room for audio, playlists and estimation error. */
const BANDWIDTH_SHARE = 0.7;

/**
 * Picks the variant to start on: the sharpest one that fits the player and whose first segment arrives within
 * the budget at the estimated bandwidth. ABR climbs from there once real throughput is measured.
 */
export function chooseStartVariant(variants: readonly Variant[], conditions: StartConditions): Variant {
  const ascending = [...variants].sort((a, b) => a.bandwidth - b.bandwidth);
  const maxHeight = conditions.height * conditions.devicePixelRatio;
  const fits = (variant: Variant) =>
    (!maxHeight || !variant.height || variant.height <= maxHeight * 1.1) &&
    variant.bandwidth <= conditions.bandwidth * BANDWIDTH_SHARE &&
    variant.bandwidth * conditions.segmentSeconds <= conditions.bandwidth * FIRST_SEGMENT_BUDGET_S;
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
  saveData?: boolean;
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
