import { LIMITS } from '../internal/limits.js';
import { readTextLimited } from '../internal/read-limited.js';
import { chooseStartVariant, estimateBandwidth, estimateRtt } from './start-level.js';
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
  /** The media playlist is Low-Latency HLS (EXT-X-PART-INF): the start is a part near the edge, not a segment. */
  lowLatency?: boolean;
}

export interface PlayerBox {
  width: number;
  height: number;
}

/** One `src`'s warm-up: its plan, and what is needed to call it off when the player moves on. */
interface Warmup {
  plan: Promise<WarmupPlan | null>;
  controller: AbortController;
  /** Its prefetches not yet claimed: dropped from the store when the warm-up is abandoned. */
  responses: Map<string, Promise<Prefetched | null>>;
}

interface Store {
  responses: Map<string, Promise<Prefetched | null>>;
  warmups: Map<string, Warmup>;
}

/** Segments behind the live edge to start at; hls.js's `liveSyncDurationCount` must match so it asks for the same one. */
export const LIVE_SYNC_SEGMENTS = 3;
/** Segment length assumed before the media playlist is known (live streams mostly use 2 s, some 4–6 s). */
const TYPICAL_LIVE_SEGMENT_S = 2;
/** Unclaimed prefetches are dropped: a live playlist older than this is no longer worth serving. */
const MAX_AGE_MS = 6000;

// v2: a warm-up can be abandoned (the store's shape changed); a loader of another version keeps a store of its own.
const storeKey = Symbol.for('shoplive.warmup.v2');
const store: Store = ((globalThis as unknown as Record<symbol, Store>)[storeKey] ??= {
  responses: new Map(),
  warmups: new Map(),
});

function prefetch(url: string, as: 'text' | 'arraybuffer', warmup: Warmup): Promise<Prefetched | null> {
  const pending = (async (): Promise<Prefetched | null> => {
    const start = performance.now();
    const response = await fetch(url, { signal: warmup.controller.signal });
    const firstByte = performance.now();
    if (!response.ok) return null;
    const data = as === 'text' ? await readTextLimited(response, LIMITS.playlistChars) : await response.arrayBuffer();
    const bytes = typeof data === 'string' ? data.length : data.byteLength;
    return { url: response.url || url, status: response.status, data, bytes, start, firstByte, end: performance.now() };
  })().catch(() => null);
  store.responses.set(url, pending);
  warmup.responses.set(url, pending);
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
  let warmup = store.warmups.get(src);
  if (!warmup) {
    const started: Warmup = { plan: Promise.resolve(null), controller: new AbortController(), responses: new Map() };
    started.plan = planStart(src, box, started).catch(() => null);
    store.warmups.set(src, started);
    // Forget the plan later so a player started again (retry, new src) fetches fresh playlists.
    setTimeout(() => store.warmups.get(src) === started && store.warmups.delete(src), MAX_AGE_MS);
    warmup = started;
  }
  return warmup.plan;
}

/**
 * Calls off the warm-up of a `src` the player no longer plays (replaced, removed, restarted): its requests still in
 * flight are aborted and what it fetched but nobody claimed is dropped, so a replaced stream holds no connection.
 * A claimed prefetch that the abort cuts short resolves null, and its loader then asks the network itself.
 */
export function abandonWarmup(src: string): void {
  const warmup = store.warmups.get(src);
  if (!warmup) return;
  store.warmups.delete(src);
  warmup.controller.abort();
  for (const [url, pending] of warmup.responses) if (store.responses.get(url) === pending) store.responses.delete(url);
}

async function planStart(src: string, box: PlayerBox, warmup: Warmup): Promise<WarmupPlan | null> {
  const master = await prefetch(src, 'text', warmup);
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
      // The first segment travels on the connection the playlists just opened: slow start, not the bandwidth, sets
      // its cost.
      rttMs: estimateRtt(master.firstByte - master.start),
    });
    media = await prefetch(start.url, 'text', warmup);
  }
  if (!media || typeof media.data !== 'string') return { variants, start };
  // LL-HLS: hls.js starts PART-HOLD-BACK behind the edge, on a part; a whole segment 3 back would be a wasted fetch.
  if (/^#EXT-X-PART-INF:/m.test(media.data)) return { variants, start, lowLatency: true };
  const playlist = parseMedia(media.data, media.url);
  if (!playlist.ended) {
    const first = playlist.segments[Math.max(0, playlist.segments.length - LIVE_SYNC_SEGMENTS)];
    if (first) void prefetch(first.url, 'arraybuffer', warmup);
  }
  return { variants, start };
}
