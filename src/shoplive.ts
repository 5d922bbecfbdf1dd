/**
 * The script-tag entry: `<script type="module" src=".../shoplive.js">`. It defines nothing heavy itself; it watches
 * the page for `shoplive-*` tags and loads each element's code when the element is needed. For a player nearing the
 * viewport it also starts fetching the stream, so playlists and code download side by side.
 */
import { autoload } from './internal/autoloader.js';
import { TAGS } from './internal/constants.js';
import { reserveSpace } from './internal/placeholder-style.js';
import { checkUrl } from './internal/url-guard.js';
import { hasMediaSource } from './player/engines/support.js';
import { warmUp } from './player/warmup.js';

const loadedKey = Symbol.for('shoplive.loader');
const scope = globalThis as unknown as Record<symbol, boolean | undefined>;

// Loading the script twice (theme + app embed) must not start a second set of observers.
if (!scope[loadedKey]) {
  scope[loadedKey] = true;
  reserveSpace(`${TAGS.player}:not(:defined){display:block;aspect-ratio:16/9;background:#000}`);
  autoload({
    [TAGS.player]: {
      when: 'near-viewport',
      load: () => import('./player/index.js'),
      warm(element) {
        const src = checkUrl(element.getAttribute('src'));
        if (!src.ok || !hasMediaSource()) return;
        void warmUp(src.url.href, { width: element.clientWidth, height: element.clientHeight });
        void import('./player/engines/hls-engine.js');
      },
    },
  });
}
