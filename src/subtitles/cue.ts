import { log } from '../internal/log.js';

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

/** BCP 47-shaped and of a sane length (the longest registered tags are under 35 characters). */
export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 35 && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value);
}

/**
 * Checks a cue from the outside world; returns the reason instead of throwing. Length and duration limits are the
 * cue store's, the same for every source.
 */
export function validCue(input: Partial<CueInit> | null | undefined): { ok: true; cue: CueInit } | { ok: false; reason: string } {
  if (!input || typeof input !== 'object') return { ok: false, reason: 'not an object' };
  const { start, end, text, lang } = input;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isFinite(start) || !Number.isFinite(end)) {
    return { ok: false, reason: 'start and end must be finite numbers (seconds)' };
  }
  if (end <= start) return { ok: false, reason: `end (${end}) must be after start (${start})` };
  if (typeof text !== 'string' || !text.trim()) return { ok: false, reason: 'text must be a non-empty string' };
  if (!isLanguageTag(lang)) {
    const shown = typeof lang === 'string' ? `"${(lang as string).slice(0, 40)}"` : `(${typeof lang})`;
    return { ok: false, reason: `lang ${shown} is not a language tag` };
  }
  return { ok: true, cue: { start, end, text, lang, ...(typeof input.id === 'string' ? { id: input.id } : {}) } };
}

/** A host's cue (`player.addCue`) checked, or null with one console warning saying why (a getter may even throw). */
export function checkedCue(input: Partial<CueInit> | null | undefined): CueInit | null {
  let checked: ReturnType<typeof validCue>;
  try {
    checked = validCue(input);
  } catch {
    checked = { ok: false, reason: 'the cue could not be read' };
  }
  if (checked.ok) return checked.cue;
  log.warn(`addCue: ${checked.reason}`);
  return null;
}
