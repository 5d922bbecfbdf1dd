import { log } from '../../internal/log.js';
import { checkUrl } from '../../internal/url-guard.js';
import { parseMedia, type MediaSegment } from '../../player/playlist.js';
import type { CueStore } from '../cue-store.js';
import { parseVtt } from '../vtt.js';
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
  lang: string;
  ptsStart: number;
  ptsEnd: number;
  cc: number;
  text: string;
}

/** Segments in a fresh window to fetch at most: the player sits a few segments behind the edge. */
const MAX_SEGMENTS_PER_POLL = 6;

/**
 * Subtitle renditions of an HLS stream (`#EXT-X-MEDIA:TYPE=SUBTITLES`, segmented WebVTT), read by the SDK itself:
 * the player runs hls.js's light build, and draws captions in its own overlay anyway. Only the chosen language is
 * downloaded; live playlists are polled once per target duration.
 */
export class HlsSubtitleSource implements CueSource {
  readonly languages: string[];
  readonly defaultLanguage?: string;
  private selected: HlsSubtitleTrack | null = null;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly fetched = new Set<string>();
  private pending: PendingCue[] = [];
  private destroyed = false;
  private generation = 0;

  constructor(
    private readonly tracks: readonly HlsSubtitleTrack[],
    private readonly store: CueStore,
    private readonly toMediaTime: PtsToMediaTime,
  ) {
    this.languages = tracks.map((track) => track.lang);
    this.defaultLanguage = tracks.find((track) => track.default)?.lang;
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
      const response = await fetch(track.url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const playlist = parseMedia(await response.text(), response.url || track.url);
      nextPollS = playlist.targetDuration || nextPollS;
      const fresh = playlist.segments.filter((segment) => !this.fetched.has(`${track.lang}:${segment.sequence}`)).slice(-MAX_SEGMENTS_PER_POLL);
      await Promise.all(fresh.map((segment) => this.loadSegment(track, segment)));
      if (playlist.ended) return;
    } catch (error) {
      log.warn(`subtitle playlist for "${track.lang}" failed; retrying`, error);
    }
    if (this.destroyed || generation !== this.generation) return;
    this.timer = setTimeout(() => void this.poll(track, generation), nextPollS * 1000);
  }

  private async loadSegment(track: HlsSubtitleTrack, segment: MediaSegment): Promise<void> {
    this.fetched.add(`${track.lang}:${segment.sequence}`);
    const checked = checkUrl(segment.url, track.url);
    if (!checked.ok) {
      log.warn(`skipped subtitle segment with a refused URL (${checked.problem})`);
      return;
    }
    try {
      const response = await fetch(checked.url.href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const document = parseVtt(await response.text());
      document.warnings.forEach((warning) => log.warn(`subtitle segment ${segment.sequence}: ${warning}`));
      const map = document.timestampMap ?? { mpegts: 0, local: 0 };
      const origin = map.mpegts / 90000 - map.local;
      for (const cue of document.cues) {
        this.pending.push({ lang: track.lang, ptsStart: origin + cue.start, ptsEnd: origin + cue.end, cc: segment.cc, text: cue.text });
      }
      this.flushPending();
    } catch (error) {
      log.warn(`dropped subtitle segment ${segment.sequence} (${track.lang})`, error);
    }
  }

  private flushPending(): void {
    this.pending = this.pending.filter((cue) => {
      const start = this.toMediaTime(cue.ptsStart, cue.cc);
      if (start === null) return true;
      const end = start + (cue.ptsEnd - cue.ptsStart);
      // The same cue repeats in every segment it spans: one id for all copies.
      this.store.add({ id: `hls:${cue.lang}:${cue.cc}:${Math.round(cue.ptsStart * 1000)}:${cue.text}`, start, end, text: cue.text, lang: cue.lang });
      return false;
    });
  }
}
