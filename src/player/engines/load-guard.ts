import { LimitError } from '../../internal/limits.js';
import type { RefusalLog } from '../../internal/refusals.js';
import { cleanText } from '../../internal/text.js';
import { checkUrl, type UrlProblem } from '../../internal/url-guard.js';
import { checkPlaylistSize } from '../playlist-limits.js';

function resolve(uri: string, base: string): string | null {
  try {
    return new URL(uri, base).href;
  } catch {
    return null;
  }
}

/** URLs remembered as refused at most (the newest win): a live playlist can list new bad URIs forever. */
const MAX_REMEMBERED = 200;

/**
 * What hls.js may fetch and parse: every playlist it is about to parse is within the size and line-length limits and
 * has its URIs checked (refused variants left out, refused segments turned into gaps), and every URL it is about to
 * request (playlists, segments, keys, all taken from playlists) passes the same URL guard as the player's attributes.
 * A refusal is reported once per URL and remembered, so the engine can tell a refused request from a failed one.
 */
export class LoadGuard {
  private readonly refused = new Map<string, string>();

  constructor(private readonly refusals: RefusalLog) {}

  /** Why the guard refused `url`, or undefined if it did not. */
  reason(url: string | undefined): string | undefined {
    return url === undefined ? undefined : this.refused.get(url);
  }

  /** Null when `url` may be requested, else why not (reported once). */
  checkRequest(url: string): string | null {
    const checked = checkUrl(url);
    return checked.ok ? null : this.refuseUrl(url, checked.problem);
  }

  private refuseUrl(url: string, problem: UrlProblem): string {
    return this.refuse(url, 'refused-url', `a URL from the playlist was refused and not requested (${problem}): ${cleanText(url, 80)}`, problem);
  }

  /**
   * A playlist as hls.js may parse it, or why it may not (reported once). Within the limits, and with every URI line
   * checked: a refused variant is left out of a master playlist; a refused segment is marked `#EXT-X-GAP`, so hls.js
   * steps over it like any gap instead of requesting it, and the segments after it keep their sequence numbers.
   */
  sanitizePlaylist(url: string, text: string): { text: string } | { refused: string } {
    try {
      checkPlaylistSize(text);
    } catch (error) {
      if (!(error instanceof LimitError)) throw error;
      return { refused: this.refuse(url, 'limit-exceeded', `a playlist was refused: ${error.message} (${cleanText(url, 80)})`, error.message) };
    }
    // Not a playlist at all (an HTML error page): hls.js says so; its lines are not URIs to report.
    if (!text.trimStart().startsWith('#EXTM3U')) return { text };
    const lines = text.split(/\r\n|\r|\n/);
    let changed = false;
    let tagAt = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      if (line.startsWith('#')) {
        tagAt = i;
        continue;
      }
      const checked = checkUrl(line, url);
      if (checked.ok) continue;
      // Remembered as written and as hls.js resolves it, so the engine knows the gap for one it made.
      const reason = this.refuseUrl(line, checked.problem);
      const resolved = resolve(line, url);
      if (resolved && resolved !== line) this.remember(resolved, reason);
      changed = true;
      if (tagAt >= 0 && lines[tagAt]!.trim().startsWith('#EXT-X-STREAM-INF')) {
        lines[tagAt] = lines[i] = '';
      } else {
        lines[i] = `#EXT-X-GAP\n${line}`;
      }
    }
    return { text: changed ? lines.join('\n') : text };
  }

  /** A download already known to be over the limit (stopped before it finished). */
  refuseOversized(url: string, reason: string): string {
    return this.refuse(url, 'limit-exceeded', `a playlist was refused: ${reason} (${cleanText(url, 80)})`, reason);
  }

  private refuse(url: string, code: 'refused-url' | 'limit-exceeded', message: string, reason: string): string {
    this.remember(url, reason);
    this.refusals.refuse(`${code}:${url}`, code, message);
    return reason;
  }

  private remember(url: string, reason: string): void {
    this.refused.set(url, reason);
    if (this.refused.size > MAX_REMEMBERED) this.refused.delete(this.refused.keys().next().value!);
  }
}
