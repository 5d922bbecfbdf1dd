import type { HlsConfig, Loader, LoaderCallbacks, LoaderConfiguration, LoaderContext } from 'hls.js/dist/hls.light.mjs';
import { takePrefetched } from '../warmup.js';

type LoaderClass = HlsConfig['loader'];

/** hits: requests answered from the warm-up; misses: warm-up fetches that failed or did not fit and went out again. */
export interface PrefetchCounter {
  hits: number;
  misses: number;
}

/**
 * Wraps hls.js's loader so requests the warm-up already made are answered from its bytes instead of going out again.
 * Everything not prefetched (and any prefetch that failed) falls through to the normal loader.
 */
export function createPrefetchLoader(Base: LoaderClass, counter: PrefetchCounter): LoaderClass {
  return class PrefetchLoader extends (Base as new (config: HlsConfig) => Loader<LoaderContext>) {
    private aborted = false;

    override load(context: LoaderContext, config: LoaderConfiguration, callbacks: LoaderCallbacks<LoaderContext>): void {
      // hls.js sends rangeStart/rangeEnd 0 for whole files; a real byte range was not what the warm-up fetched.
      const pending = context.rangeEnd ? undefined : takePrefetched(context.url);
      if (!pending) {
        super.load(context, config, callbacks);
        return;
      }
      this.context = context;
      void pending.then((hit) => {
        if (this.aborted) return;
        const wanted = context.responseType === 'arraybuffer' ? 'object' : 'string';
        if (!hit || typeof hit.data !== wanted) {
          counter.misses++;
          super.load(context, config, callbacks);
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
        callbacks.onSuccess({ url: hit.url, data: hit.data, code: hit.status }, stats, context, null);
      });
    }

    override abort(): void {
      this.aborted = true;
      super.abort();
    }
  } as unknown as LoaderClass;
}
