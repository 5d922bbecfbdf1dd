/**
 * Just enough M3U8 reading to start fetching before hls.js has arrived: variants of a master playlist and the
 * segment list of a media playlist. hls.js remains the real parser; this one only has to agree on URLs.
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

export interface MediaPlaylist {
  targetDuration: number;
  mediaSequence: number;
  segments: MediaSegment[];
  ended: boolean;
}

export class PlaylistError extends Error {
  override name = 'PlaylistError';
}

const ATTRIBUTE = /([A-Z0-9-]+)=("[^"]*"|[^,]*)/g;

function attributes(list: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, key, value] of list.matchAll(ATTRIBUTE)) found.set(key!, value!.replace(/^"|"$/g, ''));
  return found;
}

function lines(text: string): string[] {
  if (!text.startsWith('#EXTM3U')) throw new PlaylistError('not an HLS playlist (missing #EXTM3U)');
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}

export function isMasterPlaylist(text: string): boolean {
  return text.includes('#EXT-X-STREAM-INF');
}

export function parseMaster(text: string, baseUrl: string): Variant[] {
  const all = lines(text);
  const variants: Variant[] = [];
  all.forEach((line, i) => {
    if (!line.startsWith('#EXT-X-STREAM-INF:')) return;
    const uri = all[i + 1];
    if (!uri || uri.startsWith('#')) return;
    const attrs = attributes(line.slice('#EXT-X-STREAM-INF:'.length));
    const [width = 0, height = 0] = (attrs.get('RESOLUTION') ?? '').split('x').map(Number);
    variants.push({
      url: new URL(uri, baseUrl).href,
      bandwidth: Number(attrs.get('BANDWIDTH')) || 0,
      width: width || 0,
      height: height || 0,
    });
  });
  if (!variants.length) throw new PlaylistError('master playlist lists no variants');
  return variants;
}

export function parseMedia(text: string, baseUrl: string): MediaPlaylist {
  const playlist: MediaPlaylist = { targetDuration: 0, mediaSequence: 0, segments: [], ended: false };
  let duration = -1;
  let cc = 0;
  for (const line of lines(text)) {
    if (line.startsWith('#EXT-X-TARGETDURATION:')) playlist.targetDuration = Number(line.slice(22));
    else if (line.startsWith('#EXT-X-MEDIA-SEQUENCE:')) playlist.mediaSequence = Number(line.slice(22));
    else if (line.startsWith('#EXT-X-DISCONTINUITY-SEQUENCE:')) cc = Number(line.slice(30)) || 0;
    else if (line === '#EXT-X-DISCONTINUITY') cc++;
    else if (line.startsWith('#EXTINF:')) duration = parseFloat(line.slice(8));
    else if (line === '#EXT-X-ENDLIST') playlist.ended = true;
    else if (!line.startsWith('#') && duration >= 0) {
      const sequence = playlist.mediaSequence + playlist.segments.length;
      playlist.segments.push({ url: new URL(line, baseUrl).href, duration, sequence, cc });
      duration = -1;
    }
  }
  if (!playlist.targetDuration || !playlist.segments.length) throw new PlaylistError('media playlist has no segments');
  return playlist;
}
