/**
 * The script-tag entry: `<script type="module" src=".../shoplive.js">`. It defines nothing heavy itself; it watches
 * the page for `shoplive-*` tags and loads each element's code when the element is needed. For a player nearing the
 * viewport it also starts fetching the stream, so playlists and code download side by side; the stream's connection
 * opens as soon as a player is found.
 */
import { autoload, type LazyElement } from './internal/autoloader.js';
import { TAGS } from './internal/constants.js';
import { ratioReserver, reserveSpace } from './internal/placeholder-style.js';
import { checkUrl } from './internal/url-guard.js';
import { hasMediaSource } from './player/engines/support.js';
import { preconnectStream } from './player/preconnect.js';
import { warmUp } from './player/warmup.js';

const loadedKey = Symbol.for('shoplive.loader');
const scope = globalThis as unknown as Record<symbol, boolean | undefined>;

// Loading the script twice (theme + app embed) must not start a second set of observers. Outside a browser (Node
// importing `shoplive` for server rendering) there is no page to watch, so the import does nothing.
const inBrowser = typeof document !== 'undefined' && typeof IntersectionObserver !== 'undefined';
if (inBrowser && !scope[loadedKey]) {
  scope[loadedKey] = true;
  // A player not yet defined is a 16:9 box, or the shape its aspect-ratio attribute gives (ratioReserver).
  const reserved = reserveSpace(
    `${TAGS.player}:not(:defined){display:block;aspect-ratio:16/9;background:#000}` +
      `${TAGS.buyButton}:not(:defined){display:block;min-height:72px}` +
      `${TAGS.sizeHelper}:not(:defined){display:inline-block;min-height:2.2em}` +
      `${TAGS.schedule}:not(:defined){display:block;min-height:120px}`,
  );
  const commerce: LazyElement = { when: 'near-viewport', load: () => import('./commerce/index.js') };
  const reserveRatio = ratioReserver(reserved, TAGS.player);
  autoload({
    [TAGS.player]: {
      when: 'near-viewport',
      load: () => import('./player/index.js'),
      found(element) {
        reserveRatio(element);
        // The stream's connection opens now, in the mode of the engine that will use it (see preconnect.ts).
        const src = checkUrl(element.getAttribute('src'));
        if (src.ok) preconnectStream(src.url.href, hasMediaSource() ? 'anonymous' : 'credentialed');
      },
      warm(element) {
        const src = checkUrl(element.getAttribute('src'));
        if (!src.ok || !hasMediaSource()) return;
        void warmUp(src.url.href, { width: element.clientWidth, height: element.clientHeight });
        void import('./player/engines/hls-engine.js');
      },
    },
    [TAGS.buyButton]: commerce,
    [TAGS.productCards]: commerce,
    // Present, not near-viewport: a buy button's "Find my size" must find a listener; the element itself is small.
    [TAGS.sizeHelper]: { when: 'present', load: () => import('./size/widget/size-helper.js') },
    [TAGS.fitCheck]: { when: 'near-viewport', load: () => import('./returns/index.js') },
    [TAGS.productDetails]: { when: 'near-viewport', load: () => import('./details/index.js') },
    [TAGS.assistant]: { when: 'near-viewport', load: () => import('./assistant/widget/shoplive-assistant.js') },
    [TAGS.schedule]: { when: 'near-viewport', load: () => import('./schedule/schedule.js') },
  });
}

// Types only (erased from the loader): importing `shoplive` types every `shoplive-*` event on elements, `document`
// and `window` (see src/internal/events.ts).
export type {
  AddToCartAnswer,
  AddToCartDetail,
  ShopliveErrorCode,
  ShopliveErrorDetail,
  ShopliveEventDetails,
  ShopliveEventMap,
  ShopliveEventName,
} from './internal/events.js';
