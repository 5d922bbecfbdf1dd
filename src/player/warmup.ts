import { LIMITS } from '../internal/limits.js';
import { readTextLimited } from '../internal/read-limited.js';
import { chooseStartVariant, estimateBandwidth } from './start-level.js';
import { isMasterPlaylist, parseMaster, parseMedia, type Variant } from './playlist.js';

/**
 * Starts the network chain of a live start (master -> media playlist -> first segment) while the player's code is
 * still downloading, so JavaScript and round trips overlap instead of adding up. The script-tag loader and the
 * player each carry a copy of this module; they share the prefetched bytes through one global store.
 */
export interface Prefetched {
  url: string;
  status: number;
  data: string | ArrayBuffer;
  bytes: number;
  /** performance.now() timestamps, handed to hls.js so its bandwidth estimate stays true. */
  start: number;
  firstByte: number;
  end: number;
}

export interface WarmupPlan {
  variants: Variant[];
  /** The variant whose playlist and first segment were fetched; null when `src` is a media playlist. */
  start: Variant | null;
}

export interface PlayerBox {
  width: number;
  height: number;
}

interface Store {
  responses: Map<string, Promise<Prefetched | null>>;
  plans: Map<string, Promise<WarmupPlan | null>>;
}

/** Segments behind the live edge to start at; hls.js's `liveSyncDurationCount` must match so it asks for the same one. */
export const LIVE_SYNC_SEGMENTS = 3;
/** Segment length assumed before the media playlist is known (live streams mostly use 2 s, some 4–6 s). */
const TYPICAL_LIVE_SEGMENT_S = 2;
/** Unclaimed prefetches are dropped: a live playlist older than this is no longer worth serving. */
const MAX_AGE_MS = 6000;

const storeKey = Symbol.for('shoplive.warmup.v1');
const store: Store = ((globalThis as unknown as Record<symbol, Store>)[storeKey] ??= {
  responses: new Map(),
  plans: new Map(),
});

function prefetch(url: string, as: 'text' | 'arraybuffer'): Promise<Prefetched | null> {
  const pending = (async (): Promise<Prefetched | null> => {
    const start = performance.now();
    const response = await fetch(url);
    const firstByte = performance.now();
    if (!response.ok) return null;
    const data = as === 'text' ? await readTextLimited(response, LIMITS.playlistChars) : await response.arrayBuffer();
    const bytes = typeof data === 'string' ? data.length : data.byteLength;
    return { url: response.url || url, status: response.status, data, bytes, start, firstByte, end: performance.now() };
  })().catch(() => null);
  store.responses.set(url, pending);
  setTimeout(() => store.responses.get(url) === pending && store.responses.delete(url), MAX_AGE_MS);
  return pending;
}

/** Hands a prefetched response over exactly once; undefined when nothing was prefetched for that URL. */
export function takePrefetched(url: string): Promise<Prefetched | null> | undefined {
  const pending = store.responses.get(url);
  store.responses.delete(url);
  return pending;
}

/** Idempotent per `src`: the loader and the element may both call it. `src` must already be checked and absolute. */
export function warmUp(src: string, box: PlayerBox): Promise<WarmupPlan | null> {
  let plan = store.plans.get(src);
  if (!plan) {
    plan = planStart(src, box).catch(() => null);
    store.plans.set(src, plan);
    // Forget the plan later so a player started again (retry, new src) fetches fresh playlists.
    setTimeout(() => store.plans.get(src) === plan && store.plans.delete(src), MAX_AGE_MS);
  }
  return plan;
}

async function planStart(src: string, box: PlayerBox): Promise<WarmupPlan | null> {
  const master = await prefetch(src, 'text');
  if (!master || typeof master.data !== 'string') return null;
  let media: Prefetched | null = master;
  let variants: Variant[] = [];
  let start: Variant | null = null;
  if (isMasterPlaylist(master.data)) {
    variants = parseMaster(master.data, master.url);
    start = chooseStartVariant(variants, {
      width: box.width,
      height: box.height,
      devicePixelRatio: globalThis.devicePixelRatio || 1,
      bandwidth: estimateBandwidth(),
      segmentSeconds: TYPICAL_LIVE_SEGMENT_S,
    });
    media = await prefetch(start.url, 'text');
  }
  if (!media || typeof media.data !== 'string') return { variants, start };
  const playlist = parseMedia(media.data, media.url);
  if (!playlist.ended) {
    const first = playlist.segments[Math.max(0, playlist.segments.length - LIVE_SYNC_SEGMENTS)];
    if (first) void prefetch(first.url, 'arraybuffer');
  }
  return { variants, start };
}
