import { LIMITS } from '../internal/limits.js';
import { readTextLimited } from '../internal/read-limited.js';
import { checkUrl } from '../internal/url-guard.js';

/**
 * Waits between asks of a stream that does not answer yet: quick at first (a seller a minute late), then every 15 s
 * until the show's end.
 */
export const STREAM_RETRY_MS = [1000, 2000, 4000, 8000, 15_000] as const;

interface Playlist {
  text: string;
  url: string;
}

async function playlistAt(url: string, signal: AbortSignal): Promise<Playlist | null> {
  const response = await fetch(url, { signal, cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return null;
  }
  const text = await readTextLimited(response, LIMITS.playlistChars);
  return text.startsWith('#EXTM3U') ? { text, url: response.url || url } : null;
}

/** The URI after the first `#EXT-X-STREAM-INF` of a master playlist. */
function firstVariant(master: string): string | null {
  const lines = master.split(/\r?\n/);
  const at = lines.findIndex((line) => line.startsWith('#EXT-X-STREAM-INF'));
  return at < 0 ? null : (lines.slice(at + 1).find((line) => line.trim() && !line.startsWith('#'))?.trim() ?? null);
}

/**
 * Whether a live stream is up: its playlist loads and lists a segment (for a master, its first variant does). A 404,
 * an error page or a live playlist with no segment yet is a stream that has not started.
 */
export async function streamAnswers(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    const master = await playlistAt(url, signal);
    if (!master) return false;
    if (master.text.includes('#EXTINF')) return true;
    const variant = checkUrl(firstVariant(master.text), master.url);
    if (!variant.ok) return false;
    return (await playlistAt(variant.url.href, signal))?.text.includes('#EXTINF') ?? false;
  } catch {
    return false;
  }
}

/**
 * The streams of shows whose start has passed: each is asked (one cheap request) until it answers, with backoff, so
 * the schedule says "Live now" and hands the stream to the player only once it plays, and "starting soon" meanwhile.
 */
export class StreamWatch {
  private readonly up = new Set<string>();
  private readonly watching = new Map<string, { abort: AbortController; timer?: ReturnType<typeof setTimeout> }>();

  constructor(private readonly answered: () => void) {}

  /** Whether the stream answered; the first ask starts watching it (until it answers or `until`, an instant). */
  isUp(url: string, until: number): boolean {
    if (this.up.has(url)) return true;
    if (!this.watching.has(url)) this.watch(url, until);
    return false;
  }

  private watch(url: string, until: number): void {
    const entry: { abort: AbortController; timer?: ReturnType<typeof setTimeout> } = { abort: new AbortController() };
    this.watching.set(url, entry);
    const attempt = async (tries: number): Promise<void> => {
      const up = await streamAnswers(url, entry.abort.signal);
      if (entry.abort.signal.aborted) return;
      if (up) {
        this.watching.delete(url);
        this.up.add(url);
        this.answered();
      } else if (Date.now() < until) {
        entry.timer = setTimeout(() => void attempt(tries + 1), STREAM_RETRY_MS[Math.min(tries, STREAM_RETRY_MS.length - 1)]);
      }
    };
    void attempt(0);
  }

  /** Stops every ask (the element left the page); asking again starts over. */
  stop(): void {
    for (const { abort, timer } of this.watching.values()) {
      abort.abort();
      clearTimeout(timer);
    }
    this.watching.clear();
  }
}
