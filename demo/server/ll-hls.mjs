// Low-Latency HLS mode of the simulated live stream (`?ll=1` on a ladder whose segments are made of parts, such as
// the clock ladder): media playlists with EXT-X-PART / PART-INF / PRELOAD-HINT / SERVER-CONTROL, blocking playlist
// reloads (_HLS_msn / _HLS_part) and part requests held until the part exists. Pure functions of the clock, like
// playlists.mjs; the waiting itself is done by the caller (live-server.mjs).
//
// Timeline: part j of segment seq covers [epoch + seq*D + j*P, epoch + seq*D + (j+1)*P) and is published when that
// interval is over; the segment is published with its last part (the same moment as in the plain mode).
import { discontinuitySequence, fileIndex, isDiscontinuity, programDateTime, withQuery } from './playlists.mjs';

/** PART-HOLD-BACK in parts: three part targets, as the spec recommends (it must be at least two). */
export const HOLD_BACK_PARTS = 3;
/** Segments before the live edge whose parts stay listed (the spec asks for at least three target durations). */
const PARTS_LISTED_SEGMENTS = 3;
/** A blocking reload is answered after this long at the latest (the spec suggests three target durations). */
export const BLOCK_TIMEOUT_SEGMENTS = 3;

export const isLowLatency = (searchParams) => searchParams.get('ll') === '1';

/** The query a playlist copies onto its children: without the blocking-reload directives of this request. */
export function childQuery(searchParams) {
  const q = new URLSearchParams(searchParams);
  for (const key of [...q.keys()]) if (key.startsWith('_HLS_')) q.delete(key);
  return q.toString();
}

/** Parts published by `nowMs`, and where the live edge stands: the segment in progress and its finished parts. */
export function partEdge({ nowMs, epochMs, segmentMs, partMs }) {
  const perSegment = Math.round(segmentMs / partMs);
  const parts = Math.max(0, Math.floor((nowMs - epochMs) / partMs));
  return { perSegment, parts, current: Math.floor(parts / perSegment), partsInCurrent: parts % perSegment };
}

/** Wall-clock time at which part `part` of segment `msn` exists (no part: the whole segment). */
export function publishedAt({ msn, part, epochMs, segmentMs, partMs }) {
  return part === null ? epochMs + (msn + 1) * segmentMs : epochMs + msn * segmentMs + (part + 1) * partMs;
}

/**
 * The blocking-reload directives of a playlist request: null without any, `{ bad }` when malformed or further ahead
 * than the spec lets a client ask (two segments past the edge), else `{ untilMs }`: answer once the clock reaches it.
 */
export function blockingTarget(searchParams, clock) {
  const msnText = searchParams.get('_HLS_msn');
  const partText = searchParams.get('_HLS_part');
  if (msnText === null) return partText === null ? null : { bad: '_HLS_part without _HLS_msn' };
  const msn = Number(msnText);
  const part = partText === null ? null : Number(partText);
  if (!/^\d{1,15}$/.test(msnText) || (partText !== null && !/^\d{1,3}$/.test(partText))) return { bad: 'malformed _HLS_msn/_HLS_part' };
  const { current } = partEdge(clock);
  if (msn > current + 2) return { bad: `_HLS_msn=${msn} is more than two segments past the live edge (${current})` };
  return { untilMs: publishedAt({ msn, part, ...clock }) };
}

/**
 * 'ok' | 'next' (the part being recorded now: the one the preload hint names, worth holding the request for) |
 * 'future' | 'expired' (more than `retainMs` before the window).
 */
export function partAvailability(seq, part, { nowMs, epochMs, segmentMs, partMs, windowSegments, retainMs = 60_000 }) {
  const { perSegment, parts } = partEdge({ nowMs, epochMs, segmentMs, partMs });
  if (!Number.isInteger(seq) || seq < 0 || !Number.isInteger(part) || part < 0 || part >= perSegment) return 'expired';
  const index = seq * perSegment + part;
  if (index === parts) return 'next';
  if (index > parts) return 'future';
  const firstSegment = Math.floor(parts / perSegment) - windowSegments;
  if (seq < firstSegment - Math.ceil(retainMs / segmentMs)) return 'expired';
  return 'ok';
}

/**
 * LL-HLS media playlist: the last `windowSegments` whole segments, the parts of the last three and of the segment in
 * progress, and a preload hint for the next part. Every part starts with a keyframe (INDEPENDENT=YES).
 */
export function llMediaPlaylist({ rendition, segmentCount, segmentMs, partMs, epochMs, nowMs, windowSegments, query = '' }) {
  const { perSegment, current, partsInCurrent } = partEdge({ nowMs, epochMs, segmentMs, partMs });
  const first = Math.max(0, current - windowSegments);
  const partS = (partMs / 1000).toFixed(3);
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:9',
    `#EXT-X-TARGETDURATION:${Math.round(segmentMs / 1000)}`,
    `#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK=${((HOLD_BACK_PARTS * partMs) / 1000).toFixed(3)},HOLD-BACK=${((3 * segmentMs) / 1000).toFixed(3)}`,
    `#EXT-X-PART-INF:PART-TARGET=${partS}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    `#EXT-X-DISCONTINUITY-SEQUENCE:${discontinuitySequence(first, segmentCount)}`,
  ];
  for (let seq = first; seq <= current; seq++) {
    const complete = seq < current;
    if (!complete && partsInCurrent === 0 && seq > first) break;
    if (isDiscontinuity(seq, segmentCount)) lines.push('#EXT-X-DISCONTINUITY');
    lines.push(`#EXT-X-PROGRAM-DATE-TIME:${programDateTime(epochMs, seq, segmentMs)}`);
    if (seq >= current - PARTS_LISTED_SEGMENTS) {
      const listed = complete ? perSegment : partsInCurrent;
      for (let j = 0; j < listed; j++) lines.push(`#EXT-X-PART:DURATION=${partS},URI="${withQuery(`${seq}.${j}.ts`, query)}",INDEPENDENT=YES`);
    }
    if (complete) {
      const seg = rendition.segments[fileIndex(seq, segmentCount)];
      lines.push(`#EXTINF:${seg.duration.toFixed(3)},`, withQuery(`${seq}.ts`, query));
    }
  }
  // The next part; at a segment boundary it is the first part of the next segment.
  lines.push(`#EXT-X-PRELOAD-HINT:TYPE=PART,URI="${withQuery(`${current}.${partsInCurrent}.ts`, query)}"`);
  return lines.join('\n') + '\n';
}
