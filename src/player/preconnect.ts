/**
 * Opens the connection to the stream's origin before the first request to it: on a new connection TCP and TLS cost
 * two round trips before a request can leave, and the loader knows the origin from the tag long before the player
 * asks it for anything. The script-tag loader and the player each carry a copy of this module; the document is the
 * shared record, so a hint is never added twice (nor next to one the page added itself).
 */

/**
 * How the player's requests to the stream go out, which decides the socket pool Chromium opens the connection in:
 * hls.js (fetch and XHR without credentials) is anonymous CORS; a `<video src>` without a crossorigin attribute
 * (the native engine) sends credentials. A preconnect in the other mode opens a connection nobody uses.
 */
export type StreamRequestMode = 'anonymous' | 'credentialed';

/** Hints shoplive may add: a page with many players on many hosts should not open connections for all of them. */
const MAX_HINTS = 4;
const HINT_MARK = 'data-shoplive-preconnect';

/**
 * Adds `<link rel=preconnect>` for the origin of `src` in `mode`. `src` must already have passed the URL checks
 * (checkUrl); anything that is not http(s), and the page's own origin (its connection is open), get none.
 */
export function preconnectStream(src: string, mode: StreamRequestMode): void {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return;
  }
  const { origin } = url;
  if (!/^https?:$/.test(url.protocol) || origin === location.origin) return;
  const crossOrigin = mode === 'anonymous' ? 'anonymous' : null;
  let ours = 0;
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="preconnect" i]')) {
    // link.href is absolute and has at least the path "/": its origin is what precedes that slash.
    if (link.crossOrigin === crossOrigin && link.href.startsWith(`${origin}/`)) return;
    if (link.hasAttribute(HINT_MARK)) ours++;
  }
  if (ours >= MAX_HINTS) return;
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = origin;
  if (crossOrigin) link.crossOrigin = crossOrigin;
  link.setAttribute(HINT_MARK, '');
  document.head.append(link);
}
