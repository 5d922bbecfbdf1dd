// Pure HLS playlist builders for the simulated live stream (no I/O except
// loadLadder). Times are plain millisecond numbers so tests can use a fake clock.
//
// Timeline model: segment number `seq` (0, 1, 2, …) covers wall-clock time
// [epoch + seq*D, epoch + (seq+1)*D) and is *published* once that interval is
// over, i.e. at now >= epoch + (seq+1)*D. It plays file `seq mod N` of the ladder;
// every time the loop wraps (file 0, seq > 0) the timestamps jump back, so the
// segment carries #EXT-X-DISCONTINUITY.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Read and normalise `ladder.json` written by demo/media/make-media.sh. */
export function loadLadder(mediaDir) {
  const raw = JSON.parse(readFileSync(join(mediaDir, 'ladder.json'), 'utf8'));
  const segmentCount = raw.segmentCount;
  const renditions = raw.renditions.map((r) => {
    if (r.segments.length !== segmentCount) {
      throw new Error(`ladder.json: ${r.name} has ${r.segments.length} segments, expected ${segmentCount}`);
    }
    return {
      name: r.name,
      width: r.width,
      height: r.height,
      frameRate: r.frameRate ?? raw.frameRate,
      bandwidth: r.bandwidth,
      averageBandwidth: r.averageBandwidth,
      codecs: r.codecs,
      // A segment of a ladder cut in parts (the clock ladder) has no file of its own: it is its parts, concatenated.
      segments: r.segments.map((s) => ({ file: s.file, duration: s.duration, bytes: s.bytes, ...(s.parts ? { parts: s.parts } : {}) })),
    };
  });
  // highest bandwidth first, as encoders/packagers usually publish it
  renditions.sort((a, b) => b.bandwidth - a.bandwidth);
  return {
    segmentCount,
    segmentMs: Math.round(raw.segmentDuration * 1000),
    frameRate: raw.frameRate,
    /** Part length of a ladder cut in parts (LL-HLS capable), else null. */
    partMs: raw.partDuration ? Math.round(raw.partDuration * 1000) : null,
    renditions,
  };
}

/** Append a query string (without '?') to a relative URI. */
export function withQuery(uri, query) {
  return query ? `${uri}?${query}` : uri;
}

/**
 * Epoch such that `startSegment` segments are already published at `startMs`
 * and segment boundaries fall on whole multiples of segmentMs of wall-clock time.
 */
export function chooseEpoch(startMs, segmentMs, startSegment) {
  return Math.floor(startMs / segmentMs) * segmentMs - startSegment * segmentMs;
}

/** Number of segments published so far (= sequence number of the one being "recorded"). */
export function publishedCount(nowMs, epochMs, segmentMs) {
  return Math.max(0, Math.floor((nowMs - epochMs) / segmentMs));
}

/** Sliding window: sequence numbers [first, last] of the last `windowSegments` published segments. */
export function liveWindow({ nowMs, epochMs, segmentMs, windowSegments }) {
  const published = publishedCount(nowMs, epochMs, segmentMs);
  const last = published - 1;
  const first = Math.max(0, published - windowSegments);
  return { first, last, count: Math.max(0, last - first + 1) };
}

export const fileIndex = (seq, segmentCount) => seq % segmentCount;
export const isDiscontinuity = (seq, segmentCount) => seq > 0 && seq % segmentCount === 0;

/** Loop wraps strictly before `firstSeq` (the first segment's own tag is not counted). */
export function discontinuitySequence(firstSeq, segmentCount) {
  return firstSeq <= 0 ? 0 : Math.floor((firstSeq - 1) / segmentCount);
}

/** ISO-8601 with milliseconds, UTC. */
export const programDateTime = (epochMs, seq, segmentMs) => new Date(epochMs + seq * segmentMs).toISOString();

/**
 * Is segment `seq` servable at `nowMs`? 'ok' | 'future' (not yet published) |
 * 'expired' (more than `retainMs` older than the start of the live window).
 */
export function segmentAvailability(seq, { nowMs, epochMs, segmentMs, windowSegments, retainMs = 60_000 }) {
  if (!Number.isInteger(seq) || seq < 0) return 'expired';
  const { first, last } = liveWindow({ nowMs, epochMs, segmentMs, windowSegments });
  if (seq > last) return 'future';
  if (seq < first - Math.ceil(retainMs / segmentMs)) return 'expired';
  return 'ok';
}

function fmtFrameRate(fps) {
  return Number(fps).toFixed(3);
}

/**
 * Master (multivariant) playlist, variants in ladder order (highest first).
 * @param {object} [o]  extensions used by the show master (defaults = plain master.m3u8):
 * @param {string[]} [o.media=[]]      lines after the header (EXT-X-MEDIA renditions)
 * @param {string[]} [o.variantAttrs=[]] attributes appended to every EXT-X-STREAM-INF
 * @param {string} [o.uriPrefix='']    prefix of the variant URIs ('show/')
 */
export function masterPlaylist(ladder, query = '', { media = [], variantAttrs = [], uriPrefix = '' } = {}) {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:3', '#EXT-X-INDEPENDENT-SEGMENTS', ...media];
  for (const r of ladder.renditions) {
    const attrs = [
      `BANDWIDTH=${r.bandwidth}`,
      `AVERAGE-BANDWIDTH=${r.averageBandwidth}`,
      `RESOLUTION=${r.width}x${r.height}`,
      `CODECS="${r.codecs}"`,
      `FRAME-RATE=${fmtFrameRate(r.frameRate ?? ladder.frameRate)}`,
      ...variantAttrs,
    ];
    lines.push(`#EXT-X-STREAM-INF:${attrs.join(',')}`, withQuery(`${uriPrefix}${r.name}/index.m3u8`, query));
  }
  return lines.join('\n') + '\n';
}

/**
 * Live sliding-window media playlist for one rendition.
 * @param {object} o
 * @param {{segments: {duration:number}[]}} o.rendition
 * @param {number} o.segmentCount  files in the loop (N)
 * @param {number} o.segmentMs     nominal segment duration
 * @param {number} o.epochMs       wall-clock start of segment 0
 * @param {number} o.nowMs
 * @param {number} o.windowSegments
 * @param {string} [o.query]       appended to every segment URI
 * @param {string} [o.ext='ts']    segment URI extension (`{seq}.{ext}`); 'vtt' for subtitle playlists
 * @param {(seq: number, pdt: string) => string[]} [o.beforeSegment]
 *                                 extra tag lines put before a segment's PROGRAM-DATE-TIME
 *                                 (after its DISCONTINUITY), e.g. EXT-X-DATERANGE
 */
export function mediaPlaylist({
  rendition, segmentCount, segmentMs, epochMs, nowMs, windowSegments, query = '', ext = 'ts', beforeSegment,
}) {
  const { first, last } = liveWindow({ nowMs, epochMs, segmentMs, windowSegments });
  const maxDur = Math.max(...rendition.segments.map((s) => s.duration));
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${Math.round(maxDur)}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    `#EXT-X-DISCONTINUITY-SEQUENCE:${discontinuitySequence(first, segmentCount)}`,
  ];
  for (let seq = first; seq <= last; seq++) {
    if (isDiscontinuity(seq, segmentCount)) lines.push('#EXT-X-DISCONTINUITY');
    const seg = rendition.segments[fileIndex(seq, segmentCount)];
    const pdt = programDateTime(epochMs, seq, segmentMs);
    if (beforeSegment) lines.push(...beforeSegment(seq, pdt));
    lines.push(
      `#EXT-X-PROGRAM-DATE-TIME:${pdt}`,
      `#EXTINF:${seg.duration.toFixed(3)},`,
      withQuery(`${seq}.${ext}`, query),
    );
  }
  return lines.join('\n') + '\n';
}
