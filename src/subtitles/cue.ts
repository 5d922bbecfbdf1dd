/** One caption, on the player's media timeline (seconds of `video.currentTime`). Text is plain text, never HTML. */
export interface Cue {
  /** Stable per source, so a re-fetched or updated cue replaces its earlier copy instead of doubling it. */
  id: string;
  start: number;
  end: number;
  text: string;
  lang: string;
  /** Live transcription still being spoken: shown, then replaced by the final text. */
  interim?: boolean;
}

/** What hosts pass to `player.addCue()`. */
export interface CueInit {
  start: number;
  end: number;
  text: string;
  lang: string;
  id?: string;
}

/** Hard limits that keep a broken or hostile source from flooding the screen or memory. */
export const CUE_LIMITS = { maxTextLength: 500, maxDurationS: 30 } as const;

/** Checks a cue from the outside world; returns null (and why) instead of throwing. */
export function validCue(input: Partial<CueInit> | null | undefined): { ok: true; cue: CueInit } | { ok: false; reason: string } {
  if (!input || typeof input !== 'object') return { ok: false, reason: 'not an object' };
  const { start, end, text, lang } = input;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isFinite(start) || !Number.isFinite(end)) {
    return { ok: false, reason: 'start and end must be finite numbers (seconds)' };
  }
  if (end <= start) return { ok: false, reason: `end (${end}) must be after start (${start})` };
  if (typeof text !== 'string' || !text.trim()) return { ok: false, reason: 'text must be a non-empty string' };
  if (typeof lang !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) return { ok: false, reason: `lang "${String(lang)}" is not a language tag` };
  return {
    ok: true,
    cue: {
      start,
      end: Math.min(end, start + CUE_LIMITS.maxDurationS),
      text: text.slice(0, CUE_LIMITS.maxTextLength),
      lang,
      ...(typeof input.id === 'string' ? { id: input.id } : {}),
    },
  };
}
