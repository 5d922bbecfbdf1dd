// The recorded flavours of the demo show: a finished show as a VOD replay, and a show in progress as an EVENT
// playlist whose DVR window grows from the moment a session first asked for it. Pure builders (no I/O); the server
// wires them to URLs (see README.md, "Replay and event streams").
//
//   /live/replay.m3u8                         master: the show's variants + subtitle group, all VOD
//   /live/replay/{rendition}/index.m3u8       PLAYLIST-TYPE:VOD, every segment of one loop, product DATERANGEs, ENDLIST
//   /live/replay/{rendition}/{seq}.ts         file seg-(seq mod N).ts, always available
//   /live/replay/subs/{lang}/index.m3u8       the subtitle playlist of the replay, VOD
//   /live/replay/subs/{lang}/{seq}.vtt        file seg-(seq mod N).vtt
//   /live/event.m3u8                          master of the show in progress
//   /live/event/{rendition}/index.m3u8        PLAYLIST-TYPE:EVENT, from the session's start (10 segments before its
//                                             first request) to the live edge; `endafter=S`: ENDLIST S seconds later
import { masterPlaylist, mediaPlaylist, publishedCount } from './playlists.mjs';
import { productDateRanges, subtitleMediaLines } from './show.mjs';

/** Wall clock of the replay's first frame: a recorded show has a fixed date (its PDTs and DATERANGE START-DATEs). */
export const REPLAY_EPOCH_MS = Date.parse('2026-11-20T06:00:00.000Z');
/** Segments an EVENT session already has when it first asks: some DVR to seek back into from the start. */
export const EVENT_BACK_SEGMENTS = 10;

/** Adds the playlist type after the version line, and the end tag for a finished one. */
function typed(body, type, ended) {
  const lines = body.trimEnd().split('\n');
  lines.splice(2, 0, `#EXT-X-PLAYLIST-TYPE:${type}`);
  if (ended) lines.push('#EXT-X-ENDLIST');
  return lines.join('\n') + '\n';
}

/** Number of segments in the replay: one loop of the ladder, the demo show as it was recorded. */
export const replaySegments = (ladder, loops = 1) => ladder.segmentCount * loops;

/** /live/replay.m3u8: the show master pointing at replay/{rendition}/ and replay/subs/. */
export function replayMasterPlaylist(ladder, show, query = '') {
  const subs = subtitleMediaLines(show, query).map((line) => line.replace('URI="subs/', 'URI="replay/subs/'));
  return masterPlaylist(ladder, query, { media: subs, variantAttrs: ['SUBTITLES="subs"'], uriPrefix: 'replay/' });
}

/**
 * A VOD media (or subtitle, `ext: 'vtt'`) playlist of the whole replay: built by the live builder over a window that
 * holds every segment, so discontinuities, PDTs and product DATERANGEs are those the live show had.
 */
export function replayMediaPlaylist({ rendition, ladder, show, query = '', ext = 'ts', loops = 1 }) {
  const count = replaySegments(ladder, loops);
  const body = mediaPlaylist({
    rendition,
    segmentCount: ladder.segmentCount,
    segmentMs: ladder.segmentMs,
    epochMs: REPLAY_EPOCH_MS,
    nowMs: REPLAY_EPOCH_MS + count * ladder.segmentMs,
    windowSegments: count,
    query,
    ext,
    beforeSegment: ext === 'ts' && show ? productDateRanges(show, ladder.segmentCount) : undefined,
  });
  return typed(body, 'VOD', true);
}

/** /live/event.m3u8: the plain variants, pointing at event/{rendition}/. */
export function eventMasterPlaylist(ladder, query = '') {
  return masterPlaylist(ladder, query, { uriPrefix: 'event/' });
}

/**
 * Where one session's EVENT playlist stands at `nowMs`: it began EVENT_BACK_SEGMENTS before the session's first
 * request (`firstMs`) and grows with the clock; with `endAfterS`, it stops growing that long after the first request
 * and is closed with ENDLIST.
 */
export function eventWindow({ firstMs, nowMs, epochMs, segmentMs, endAfterS = null }) {
  const start = Math.max(0, publishedCount(firstMs, epochMs, segmentMs) - EVENT_BACK_SEGMENTS);
  const endMs = endAfterS === null ? Infinity : firstMs + endAfterS * 1000;
  const ended = nowMs >= endMs;
  const published = publishedCount(Math.min(nowMs, endMs), epochMs, segmentMs);
  return { start, last: Math.max(start, published) - 1, ended, windowMs: Math.min(nowMs, endMs) };
}

/** The EVENT media playlist of a session: from its start to the live edge, with the show's product DATERANGEs. */
export function eventMediaPlaylist({ rendition, ladder, show, epochMs, firstMs, nowMs, endAfterS, query = '' }) {
  const { segmentMs, segmentCount } = ladder;
  const w = eventWindow({ firstMs, nowMs, epochMs, segmentMs, endAfterS });
  const body = mediaPlaylist({
    rendition,
    segmentCount,
    segmentMs,
    epochMs,
    nowMs: w.windowMs,
    windowSegments: w.last - w.start + 1,
    query,
    beforeSegment: show?.ok ? productDateRanges(show, segmentCount) : undefined,
  });
  return typed(body, 'EVENT', w.ended);
}

/** `endafter=SECONDS` from a query, or null (absent or malformed). */
export function parseEndAfter(params) {
  const raw = params.get('endafter');
  if (raw === null || !/^\d{1,6}(\.\d+)?$/.test(raw)) return null;
  return Number(raw);
}
