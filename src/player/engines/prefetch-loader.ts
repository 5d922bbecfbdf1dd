import type { HlsConfig, Loader, LoaderCallbacks, LoaderConfiguration, LoaderContext, LoaderStats } from 'hls.js/dist/hls.light.mjs';
import { LIMITS } from '../../internal/limits.js';
import { takePrefetched } from '../warmup.js';
import type { LoadGuard } from './load-guard.js';

type LoaderClass = HlsConfig['loader'];

/** hits: requests answered from the warm-up; misses: warm-up fetches that failed or did not fit and went out again. */
export interface PrefetchCounter {
  hits: number;
  misses: number;
}

/** hls.js asks for playlists as text; segments and keys as bytes. */
function isPlaylist(context: LoaderContext): boolean {
  return context.responseType === 'text';
}

/**
 * Wraps hls.js's loader: URLs and playlists pass the load guard first (a refused one is never requested, or never
 * parsed), and requests the warm-up already made are answered from its bytes instead of going out again. Everything
 * not prefetched (and any prefetch that failed) falls through to the normal loader.
 */
export function createPrefetchLoader(Base: LoaderClass, counter: PrefetchCounter, guard: LoadGuard): LoaderClass {
  return class PrefetchLoader extends (Base as new (config: HlsConfig) => Loader<LoaderContext>) {
    private aborted = false;
    private playlistUrl?: string;

    override load(context: LoaderContext, config: LoaderConfiguration, callbacks: LoaderCallbacks<LoaderContext>): void {
      this.context = context;
      const refused = guard.checkRequest(context.url);
      if (refused) {
        this.refuse(refused, callbacks);
        return;
      }
      this.playlistUrl = isPlaylist(context) ? context.url : undefined;
      const guarded = this.playlistUrl ? this.guardPlaylist(callbacks) : callbacks;
      // hls.js sends rangeStart/rangeEnd 0 for whole files; a real byte range was not what the warm-up fetched.
      const pending = context.rangeEnd ? undefined : takePrefetched(context.url);
      if (!pending) {
        super.load(context, config, guarded);
        return;
      }
      void pending.then((hit) => {
        if (this.aborted) return;
        const wanted = context.responseType === 'arraybuffer' ? 'object' : 'string';
        if (!hit || typeof hit.data !== wanted) {
          counter.misses++;
          super.load(context, config, guarded);
          return;
        }
        counter.hits++;
        const { stats } = this;
        if (context.responseType === 'arraybuffer') {
          // Segments keep their real timing: hls.js's bandwidth estimate is built from it.
          stats.loading.start = hit.start;
          stats.loading.first = hit.firstByte;
          stats.loading.end = hit.end;
        } else {
          // Playlists count as fresh, like an HTTP cache hit: hls.js ages a live playlist from its first byte, and an
          // age of a segment or more moves its start past the segment the warm-up already fetched.
          stats.loading.start = stats.loading.first = stats.loading.end = performance.now();
        }
        stats.loaded = stats.total = hit.bytes;
        guarded.onSuccess({ url: hit.url, data: hit.data, code: hit.status }, stats, context, null);
      });
    }

    /** A playlist over the limits is an error to hls.js: it never reaches its parser; refused URIs in it never load. */
    private guardPlaylist(callbacks: LoaderCallbacks<LoaderContext>): LoaderCallbacks<LoaderContext> {
      return {
        ...callbacks,
        onSuccess: (response, stats, context, details) => {
          if (typeof response.data !== 'string') return callbacks.onSuccess(response, stats, context, details);
          const checked = guard.sanitizePlaylist(response.url || context.url, response.data);
          if ('refused' in checked) callbacks.onError({ code: 0, text: checked.refused }, context, details, stats);
          else callbacks.onSuccess({ ...response, data: checked.text }, stats, context, details);
        },
      };
    }

    /** The XHR loader's progress handler: a playlist download stops as soon as it is over the size limit. */
    loadprogress(event: ProgressEvent): void {
      const xhrLoader = this as unknown as { callbacks?: LoaderCallbacks<LoaderContext> | null; abortInternal?: () => void };
      const base = Object.getPrototypeOf(PrefetchLoader.prototype) as { loadprogress?: (event: ProgressEvent) => void };
      base.loadprogress?.call(this, event);
      const callbacks = xhrLoader.callbacks;
      if (!this.playlistUrl || event.loaded <= LIMITS.playlistChars || !callbacks) return;
      const reason = guard.refuseOversized(this.playlistUrl, `playlist is larger than ${LIMITS.playlistChars} bytes`);
      xhrLoader.abortInternal?.();
      xhrLoader.callbacks = null;
      callbacks.onError({ code: 0, text: reason }, this.context!, null, this.stats);
    }

    /** Answers like a request that failed at once, without making it (asynchronously, as a real failure would). */
    private refuse(reason: string, callbacks: LoaderCallbacks<LoaderContext>): void {
      const stats: LoaderStats = this.stats;
      stats.loading.start = stats.loading.first = stats.loading.end = performance.now();
      queueMicrotask(() => {
        if (!this.aborted) callbacks.onError({ code: 0, text: `refused by the URL guard: ${reason}` }, this.context!, null, stats);
      });
    }

    override abort(): void {
      this.aborted = true;
      super.abort();
    }
  } as unknown as LoaderClass;
}
