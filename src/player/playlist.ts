import { checkUrl, type UrlProblem } from '../internal/url-guard.js';

/**
 * Just enough M3U8 reading to start fetching before hls.js has arrived (variants of a master playlist, the segment
 * list of a media playlist) and to read subtitle playlists. hls.js remains the real parser; this one only has to
 * agree on URLs. Every pass is linear in the input (size and line limits: playlist-limits.ts), and every URI goes
 * through the URL guard.
 */
export interface Variant {
  url: string;
  bandwidth: number;
  width: number;
  height: number;
}

export interface MediaSegment {
  url: string;
  duration: number;
  /** Media sequence number. */
  sequence: number;
  /** Discontinuity sequence: segments of one `cc` share a timestamp origin. */
  cc: number;
}

/** A URI the playlist listed that the URL guard refused: it is left out, never fetched. */
export interface RefusedUri {
  uri: string;
  problem: UrlProblem;
}

export interface MediaPlaylist {
  targetDuration: number;
  mediaSequence: number;
  segments: MediaSegment[];
  ended: boolean;
  refused: RefusedUri[];
}

export class PlaylistError extends Error {
  override name = 'PlaylistError';
}

/**
 * An attribute list (`KEY=value,KEY="quoted, value"`) read in one left-to-right pass: each character is looked at a
 * bounded number of times, whatever the input (a regular expression here backtracked quadratically).
 */
export function parseAttributes(list: string): Map<string, string> {
  const found = new Map<string, string>();
  let at = 0;
  while (at < list.length) {
    const equals = list.indexOf('=', at);
    if (equals < 0) break;
    // A stray word without '=' before the key ("junk,KEY=") is skipped, as a regular expression would.
    const before = list.slice(at, equals);
    const key = before.slice(before.lastIndexOf(',') + 1).trim();
    let value: string;
    let next: number;
    if (list.charCodeAt(equals + 1) === 0x22) {
      // '"': a quoted value runs to the closing quote, commas included.
      const close = list.indexOf('"', equals + 2);
      value = list.slice(equals + 2, close < 0 ? list.length : close);
      const comma = close < 0 ? -1 : list.indexOf(',', close);
      next = comma < 0 ? list.length : comma + 1;
    } else {
      const comma = list.indexOf(',', equals + 1);
      value = list.slice(equals + 1, comma < 0 ? list.length : comma);
      next = comma < 0 ? list.length : comma + 1;
    }
    if (ATTRIBUTE_NAME.test(key)) found.set(key, value);
    at = next;
  }
  return found;
}

/** Anchored, one character class: linear. */
const ATTRIBUTE_NAME = /^[A-Z0-9-]+$/;

function lines(text: string): string[] {
  if (!text.startsWith('#EXTM3U')) throw new PlaylistError('not an HLS playlist (missing #EXTM3U)');
  return text.split(/\r\n|\r|\n/).map((line) => line.trim()).filter(Boolean);
}

export function isMasterPlaylist(text: string): boolean {
  return text.includes('#EXT-X-STREAM-INF');
}

/** Variants whose URI the guard accepts; refused ones are left out (and fetched by nobody). */
export function parseMaster(text: string, baseUrl: string): Variant[] {
  const all = lines(text);
  const variants: Variant[] = [];
  let refused = 0;
  all.forEach((line, i) => {
    if (!line.startsWith('#EXT-X-STREAM-INF:')) return;
    const uri = all[i + 1];
    if (!uri || uri.startsWith('#')) return;
    const checked = checkUrl(uri, baseUrl);
    if (!checked.ok) {
      refused++;
      return;
    }
    const attrs = parseAttributes(line.slice('#EXT-X-STREAM-INF:'.length));
    const [width = 0, height = 0] = (attrs.get('RESOLUTION') ?? '').split('x').map(Number);
    variants.push({ url: checked.url.href, bandwidth: Number(attrs.get('BANDWIDTH')) || 0, width: width || 0, height: height || 0 });
  });
  if (!variants.length) throw new PlaylistError(refused ? 'every variant URI of the master playlist was refused' : 'master playlist lists no variants');
  return variants;
}

export function parseMedia(text: string, baseUrl: string): MediaPlaylist {
  const playlist: MediaPlaylist = { targetDuration: 0, mediaSequence: 0, segments: [], ended: false, refused: [] };
  let duration = -1;
  let cc = 0;
  let index = 0;
  for (const line of lines(text)) {
    if (line.startsWith('#EXT-X-TARGETDURATION:')) playlist.targetDuration = Number(line.slice(22));
    else if (line.startsWith('#EXT-X-MEDIA-SEQUENCE:')) playlist.mediaSequence = Number(line.slice(22));
    else if (line.startsWith('#EXT-X-DISCONTINUITY-SEQUENCE:')) cc = Number(line.slice(30)) || 0;
    else if (line === '#EXT-X-DISCONTINUITY') cc++;
    else if (line.startsWith('#EXTINF:')) duration = parseFloat(line.slice(8));
    else if (line === '#EXT-X-ENDLIST') playlist.ended = true;
    else if (!line.startsWith('#') && duration >= 0) {
      // A refused segment still takes its place in the sequence: the ones after it keep their numbers.
      const sequence = playlist.mediaSequence + index++;
      const checked = checkUrl(line, baseUrl);
      if (checked.ok) playlist.segments.push({ url: checked.url.href, duration, sequence, cc });
      else playlist.refused.push({ uri: line, problem: checked.problem });
      duration = -1;
    }
  }
  if (!playlist.targetDuration || !index) throw new PlaylistError('media playlist has no segments');
  return playlist;
}
