import { isLimitError, LIMITS } from '../../internal/limits.js';
import { readTextLimited } from '../../internal/read-limited.js';
import { log } from '../../internal/log.js';
import type { RefusalLog } from '../../internal/refusals.js';
import { cleanText } from '../../internal/text.js';
import { checkUrl } from '../../internal/url-guard.js';
import { parseMedia, type MediaSegment } from '../../player/playlist.js';
import { checkPlaylistSize } from '../../player/playlist-limits.js';
import { isLanguageTag } from '../cue.js';
import type { CueStore } from '../cue-store.js';
import { parseVtt, readVtt } from '../vtt.js';
import type { CueSource } from './source.js';

export interface HlsSubtitleTrack {
  lang: string;
  name: string;
  url: string;
  default: boolean;
}

/** Maps an MPEG-TS timestamp (seconds) of discontinuity `cc` onto the player's media timeline; null until known. */
export type PtsToMediaTime = (ptsSeconds: number, cc: number) => number | null;

interface PendingCue {
  ptsStart: number;
  ptsEnd: number;
  text: string;
}

/** The cues of one segment whose timestamp origin (discontinuity `cc`) the engine does not know yet. */
interface PendingSegment {
  lang: string;
  cc: number;
  cues: PendingCue[];
}

/** Segments in a fresh window to fetch at most: the player sits a few segments behind the edge. */
const MAX_SEGMENTS_PER_POLL = 6;

/** Seconds of a recording's captions fetched ahead of (and just behind) the playback position. */
const RECORDING_AHEAD_S = 20;
const RECORDING_BEHIND_S = 2;

/** A recording's (ended playlist's) segments around `position` not fetched yet: a seek anywhere finds its captions. */
function segmentsNear(segments: readonly MediaSegment[], position: number, fetched: ReadonlySet<number>): MediaSegment[] {
  let start = 0;
  const near: MediaSegment[] = [];
  for (const segment of segments) {
    const end = start + segment.duration;
    if (end >= position - RECORDING_BEHIND_S && start <= position + RECORDING_AHEAD_S && !fetched.has(segment.sequence)) near.push(segment);
    start = end;
  }
  return near.slice(0, MAX_SEGMENTS_PER_POLL);
}

/**
 * Subtitle renditions of an HLS stream (`#EXT-X-MEDIA:TYPE=SUBTITLES`, segmented WebVTT), read by the SDK itself:
 * the player runs hls.js's light build, and draws captions in its own overlay anyway. Only the chosen language is
 * downloaded; live playlists are polled once per target duration. Every URL (rendition, segment) passes the URL
 * guard, and every response and list is bounded (src/internal/limits.ts).
 */
export class HlsSubtitleSource implements CueSource {
  readonly languages: string[];
  readonly defaultLanguage?: string;
  private readonly tracks: HlsSubtitleTrack[] = [];
  private selected: HlsSubtitleTrack | null = null;
  private timer?: ReturnType<typeof setTimeout>;
  /** Sequence numbers already fetched, per language; forgotten once they leave the playlist. */
  private readonly fetched = new Map<string, Set<number>>();
  private pending: PendingSegment[] = [];
  private destroyed = false;
  private generation = 0;
  /** An ended (VOD) subtitle playlist, read once and then followed along the playback position. */
  private recording: { lang: string; playlist: ReturnType<typeof parseMedia> } | null = null;

  constructor(
    tracks: readonly HlsSubtitleTrack[],
    private readonly store: CueStore,
    private readonly toMediaTime: PtsToMediaTime,
    private readonly refusals: RefusalLog,
    /** Media time of the picture: a recording's captions are fetched around it (live ones at the edge). */
    private readonly position?: () => number,
  ) {
    for (const track of tracks) {
      const checked = checkUrl(track.url);
      if (!checked.ok) {
        refusals.refuse(`hls-track:${track.url}`, 'refused-url', `stream subtitles: refused the "${cleanText(String(track.lang), 35)}" rendition's URL (${checked.problem})`);
      } else if (!isLanguageTag(track.lang)) {
        refusals.refuse(`hls-track-lang:${track.url}`, 'refused-data', `stream subtitles: ignored a rendition whose LANGUAGE is not a language tag`);
      } else if (this.tracks.length >= LIMITS.subtitleLanguages) {
        refusals.refuse('hls-track-count', 'limit-exceeded', `stream subtitles: only the first ${LIMITS.subtitleLanguages} renditions are offered`);
      } else if (!this.tracks.some((known) => known.lang === track.lang)) {
        this.tracks.push({ ...track, url: checked.url.href });
      }
    }
    this.languages = this.tracks.map((track) => track.lang);
    this.defaultLanguage = this.tracks.find((track) => track.default)?.lang;
  }

  select(lang: string | null): void {
    const track = this.tracks.find((candidate) => candidate.lang === lang) ?? null;
    if (track === this.selected) return;
    this.selected = track;
    this.generation++;
    clearTimeout(this.timer);
    if (track) void this.poll(track, this.generation);
  }

  /** The engine learned a new timestamp origin: cues waiting for it can be placed now. */
  timelineChanged(): void {
    this.flushPending();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
  }

  private async poll(track: HlsSubtitleTrack, generation: number): Promise<void> {
    let nextPollS = 2;
    try {
      const playlist = this.recording?.lang === track.lang ? this.recording.playlist : await this.loadPlaylist(track);
      nextPollS = Math.min(Math.max(playlist.targetDuration || nextPollS, 1), 60);
      let fetched = this.fetched.get(track.lang);
      if (!fetched) this.fetched.set(track.lang, (fetched = new Set()));
      for (const sequence of fetched) if (sequence < playlist.mediaSequence) fetched.delete(sequence);
      const following = playlist.ended && this.position;
      const fresh = following
        ? segmentsNear(playlist.segments, this.position!(), fetched)
        : playlist.segments.filter((segment) => !fetched.has(segment.sequence)).slice(-MAX_SEGMENTS_PER_POLL);
      fresh.forEach((segment) => fetched.add(segment.sequence));
      await Promise.all(fresh.map((segment) => this.loadSegment(track, segment)));
      if (playlist.ended && !following) return;
      // A recording: no more playlist requests, only a look at the position each second (a seek needs its captions).
      if (following) {
        this.recording = { lang: track.lang, playlist };
        nextPollS = 1;
      }
    } catch (error) {
      if (isLimitError(error)) {
        this.refusals.refuse(`hls-playlist:${track.lang}`, 'limit-exceeded', `stream subtitles (${track.lang}): refused the subtitle playlist: ${error.message}`);
      } else {
        log.warn(`subtitle playlist for "${track.lang}" failed; retrying`, error);
      }
    }
    if (this.destroyed || generation !== this.generation) return;
    this.timer = setTimeout(() => void this.poll(track, generation), nextPollS * 1000);
  }

  private async loadPlaylist(track: HlsSubtitleTrack): Promise<ReturnType<typeof parseMedia>> {
    const response = await fetch(track.url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await readTextLimited(response, LIMITS.playlistChars);
    checkPlaylistSize(text);
    const playlist = parseMedia(text, response.url || track.url);
    for (const { uri, problem } of playlist.refused) {
      this.refusals.refuse(`hls-segment:${uri}`, 'refused-url', `stream subtitles (${track.lang}): refused a segment URL (${problem}): ${cleanText(uri, 80)}`);
    }
    return playlist;
  }

  private async loadSegment(track: HlsSubtitleTrack, segment: MediaSegment): Promise<void> {
    try {
      const response = await fetch(segment.url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const document = parseVtt(await readVtt(response), { maxCues: LIMITS.vttSegmentCues });
      document.warnings.forEach((warning) => log.warn(`subtitle segment ${segment.sequence}: ${warning}`));
      if (document.limits.length) {
        this.refusals.refuse(`hls-vtt:${track.lang}:limits`, 'limit-exceeded', `stream subtitles (${track.lang}), segment ${segment.sequence}: ${document.limits.join('; ')}`);
      }
      const map = document.timestampMap ?? { mpegts: 0, local: 0 };
      const origin = map.mpegts / 90000 - map.local;
      const cues = document.cues.map((cue) => ({ ptsStart: origin + cue.start, ptsEnd: origin + cue.end, text: cue.text }));
      if (cues.length) this.queue({ lang: track.lang, cc: segment.cc, cues });
    } catch (error) {
      if (isLimitError(error)) {
        this.refusals.refuse(`hls-vtt:${track.lang}:size`, 'limit-exceeded', `stream subtitles (${track.lang}): refused segment ${segment.sequence}: ${error.message}`);
      } else {
        log.warn(`dropped subtitle segment ${segment.sequence} (${track.lang})`, error);
      }
    }
  }

  private queue(segment: PendingSegment): void {
    if (this.destroyed) return;
    this.pending.push(segment);
    if (this.pending.length > LIMITS.pendingSubtitleSegments) {
      // The timeline these wait for has not come in many segments' time: the oldest will never be due.
      this.pending.shift();
      this.refusals.refuse(`hls-pending:${segment.lang}`, 'limit-exceeded', `stream subtitles (${segment.lang}): dropped cues still waiting for their timeline after ${LIMITS.pendingSubtitleSegments} segments`);
    }
    this.flushPending();
  }

  private flushPending(): void {
    this.pending = this.pending.filter(({ lang, cc, cues }) => {
      if (this.toMediaTime(cues[0]!.ptsStart, cc) === null) return true;
      for (const cue of cues) {
        const start = this.toMediaTime(cue.ptsStart, cc)!;
        const end = start + (cue.ptsEnd - cue.ptsStart);
        // The same cue repeats in every segment it spans: one id for all copies.
        this.store.add({ id: `hls:${lang}:${cc}:${Math.round(cue.ptsStart * 1000)}:${cue.text}`, start, end, text: cue.text, lang }, this);
      }
      return false;
    });
  }
}
