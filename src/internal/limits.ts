import { ResponseTooLarge } from './read-limited.js';

/**
 * Every size limit on what the SDK reads from the network, the stream and the host, in one place. A limit that is hit
 * is reported once (see refusals.ts) and the input is refused or clamped as noted. Values and reasons are listed in
 * docs/player.md ("Limits").
 */
export const LIMITS = {
  /** An HLS playlist (master, media, subtitle), in characters: a 3-hour VOD of 2 s segments is ~0.5 MB. Refused. */
  playlistChars: 2 * 1024 * 1024,
  /** One playlist line, tag or URI. hls.js reads attribute lists in time quadratic in the length of a line without
   * `=` (4 kB: ~5 ms; 64 kB: over a second): a longer line would freeze the page. Signed CDN URLs run to 1–2 kB, and
   * the URL guard takes none over 4 kB either. The playlist is refused. */
  playlistLineChars: 4096,
  /** A WebVTT file (sidecar) or segment (HLS), in bytes. Refused. */
  vttBytes: 1024 * 1024,
  /** One WebVTT line; its cue is skipped. */
  vttLineChars: 4096,
  /** Cues read from one sidecar WebVTT file (about 4 hours of speech); the rest are dropped. */
  vttCues: 5000,
  /** Cues read from one HLS WebVTT segment (a few seconds of video); the rest are dropped. */
  vttSegmentCues: 200,
  /** HLS subtitle segments whose cues wait for their timestamp origin; the oldest are dropped. */
  pendingSubtitleSegments: 20,
  /** Cue text in characters, after markup is removed; longer text is clamped. */
  cueTextChars: 500,
  /** Seconds a cue stays on screen; longer cues are shortened. */
  cueDurationS: 30,
  /** Cue ids in characters; clamped. */
  cueIdChars: 256,
  /** Cues held per language (past cues are forgotten a minute after they end); more are refused. */
  cuesPerLanguage: 10_000,
  /** Subtitle languages offered at once, all sources together; more are refused. */
  subtitleLanguages: 32,
  /** Languages one speech-to-text source may add over a show; more are ignored. */
  sttLanguages: 16,
  /** Speech-to-text lines followed at once (speakers × languages); the oldest unfinished one is let go. */
  sttOpenLines: 32,
  /** Sidecar WebVTT tracks (child `<track>`s and the `subtitles` property together); more are refused. */
  sidecarTracks: 32,
  /** One real-time data-stream message in bytes (Agora itself carries at most 1 kB); bigger ones are dropped. */
  dataMessageBytes: 4096,
  /** Uids named in `agora-data-uids`; more are ignored. */
  dataUids: 8,
  /** Real-time data messages kept while HLS still bridges the start (delivered once RTC is on screen); past either
   * limit the oldest are dropped. A minute of speech-to-text with translations is about 60 messages of < 1 kB. */
  heldDataMessages: 64,
  heldDataBytes: 64 * 1024,
  /** Product chapters of one recording (stream cues and the host's `chapters` alike); later ones are dropped. */
  chapters: 200,
  /** The host's `chapters` JSON text, in characters. Refused. */
  chaptersJsonChars: 64 * 1024,
  /** A chapter title, in characters; clamped. */
  chapterTitleChars: 120,
} as const;

export class LimitError extends Error {
  override name = 'LimitError';
}

/** A limit was hit: ours, or a response body over its ceiling (read-limited.ts). */
export function isLimitError(error: unknown): error is Error {
  return error instanceof LimitError || error instanceof ResponseTooLarge;
}
