import type Hls from 'hls.js/dist/hls.light.mjs';
import { Events } from 'hls.js/dist/hls.light.mjs';

/** Seconds of played media kept behind the playhead on LL-HLS streams (as hls.js keeps on the others). */
export const PART_BACK_BUFFER_S = 10;
/** A back buffer this much longer than wanted is trimmed whenever a fragment is buffered, safe moment or not. */
const OVERDUE_S = 30;
/** A part ends its segment when it ends within this of the segment's end. */
const END_EPSILON_S = 0.01;

interface BufferedMedia {
  readonly currentTime: number;
  readonly buffered: TimeRanges;
}

/**
 * Back-buffer trimming on LL-HLS, between segments. hls.js 1.7 trims the back buffer whenever the playing fragment
 * changes. When that flush lands while a segment is being loaded part by part, hls.js's fragment tracker forgets the
 * parts already buffered (the segment is not yet tracked as buffered), so once the segment completes it is tracked
 * as loaded while its early parts read as missing, and hls.js loads nothing more until those parts leave the
 * playlist, about three segments later: a 4–6 s stall in about one run in three (docs/performance.md). So on a
 * stream with parts hls.js keeps its back buffer and this trims it right after the last part of a segment is
 * buffered, before any part of the next one is.
 */
export function trimBackBufferBetweenSegments(hls: Pick<Hls, 'on' | 'trigger' | 'config'>, media: BufferedMedia, keepS = PART_BACK_BUFFER_S): void {
  let parts = false;
  hls.on(Events.LEVEL_LOADED, (_event, { details }) => {
    if (parts || !details.partList?.length) return;
    parts = true;
    hls.config.backBufferLength = Infinity;
  });
  hls.on(Events.FRAG_BUFFERED, (_event, { frag, part, id }) => {
    if (!parts || id !== 'main' || !media.buffered.length) return;
    const segmentS = frag.duration || 2;
    const cutoff = Math.floor(media.currentTime / segmentS) * segmentS - Math.max(keepS, segmentS);
    const start = media.buffered.start(0);
    if (cutoff <= 0 || start >= cutoff) return;
    // A whole segment, or the part that completes a segment the playlist lists as complete (it has a URI).
    const betweenSegments = !part || (Boolean(frag.relurl) && part.end >= frag.end - END_EPSILON_S);
    if (betweenSegments || start < cutoff - OVERDUE_S) hls.trigger(Events.BUFFER_FLUSHING, { startOffset: 0, endOffset: cutoff, type: null });
  });
}
