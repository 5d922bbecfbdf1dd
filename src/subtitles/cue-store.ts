import { LIMITS } from '../internal/limits.js';
import { RefusalLog } from '../internal/refusals.js';
import { cleanText, stripInvisible } from '../internal/text.js';
import type { Cue } from './cue.js';

/** Cues further in the past than this are forgotten: a live show can run for hours. */
const KEEP_BEHIND_S = 60;
/** The overlay shows at most this many cues at once (each with all its lines). */
const MAX_VISIBLE = 2;

/** Cue ids start with their source: what a report calls it. */
const SOURCE_NAMES: Record<string, string> = { hls: 'stream subtitles', vtt: 'sidecar subtitles', stt: 'speech-to-text', api: 'addCue' };

/**
 * Every cue from every source, by language, keyed by cue id so a repeated or updated cue replaces itself. Sources
 * write here; the overlay only asks "what is on screen at time t in language l". It is also the one gate all cues
 * pass: invisible and direction controls removed, text, duration, id, cue count and language count bounded, each
 * limit reported once per source and language.
 */
export class CueStore {
  private readonly byLang = new Map<string, Map<string, Cue>>();
  /** Which source wrote each cue (by language and id), so a source's cues leave with it. */
  private readonly owners = new Map<string, Map<string, object>>();
  private readonly listeners = new Set<() => void>();

  /** Where limits that were hit are reported; replaced with a fresh log for a new stream. */
  constructor(public refusals: RefusalLog = new RefusalLog()) {}

  languages(): string[] {
    return [...this.byLang.keys()];
  }

  /** Adds or replaces a cue of `owner` (the source that read it), within the limits; false when it was refused. */
  add(input: Cue, owner: object): boolean {
    const prefix = input.id.slice(0, Math.max(0, input.id.indexOf(':')));
    const source = `${SOURCE_NAMES[prefix] ?? 'subtitles'} (${input.lang})`;
    const refuse = (kind: string, code: 'limit-exceeded' | 'refused-data', message: string, key = `${prefix}:${input.lang}:${kind}`) =>
      this.refusals.refuse(key, code, `${source}: ${message}`);
    if (!Number.isFinite(input.start) || !Number.isFinite(input.end) || input.end <= input.start) {
      refuse('timing', 'refused-data', `dropped a cue with impossible timing (${input.start} → ${input.end})`);
      return false;
    }
    const allText = stripInvisible(input.text).trim();
    const text = cleanText(allText, LIMITS.cueTextChars);
    if (!text) return false;
    if (text.length < allText.length) refuse('text', 'limit-exceeded', `cue text cut to ${LIMITS.cueTextChars} characters`);
    let end = input.end;
    if (end - input.start > LIMITS.cueDurationS) {
      end = input.start + LIMITS.cueDurationS;
      refuse('duration', 'limit-exceeded', `a cue longer than ${LIMITS.cueDurationS} s was shortened to ${LIMITS.cueDurationS} s`);
    }
    const id = cleanText(input.id, LIMITS.cueIdChars);

    let cues = this.byLang.get(input.lang);
    const isNewLanguage = !cues;
    if (!cues) {
      if (this.byLang.size >= LIMITS.subtitleLanguages) {
        refuse('languages', 'limit-exceeded', `refused: already ${LIMITS.subtitleLanguages} subtitle languages`, `${prefix}:languages`);
        return false;
      }
      this.byLang.set(input.lang, (cues = new Map()));
    }
    if (!cues.has(id) && cues.size >= LIMITS.cuesPerLanguage) {
      refuse('count', 'limit-exceeded', `refused cues beyond ${LIMITS.cuesPerLanguage} in one language`);
      return false;
    }
    cues.set(id, { ...input, id, end, text });
    let owners = this.owners.get(input.lang);
    if (!owners) this.owners.set(input.lang, (owners = new Map()));
    owners.set(id, owner);
    if (isNewLanguage) this.listeners.forEach((listener) => listener());
    return true;
  }

  /** Cues visible at `time`, oldest first, at most two (the newest win). */
  active(time: number, lang: string): Cue[] {
    const cues = this.byLang.get(lang);
    if (!cues) return [];
    const visible = [...cues.values()].filter((cue) => cue.start <= time && time < cue.end).sort((a, b) => a.start - b.start);
    return visible.slice(-MAX_VISIBLE);
  }

  prune(time: number): void {
    for (const cues of this.byLang.values()) {
      for (const [id, cue] of cues) {
        if (cue.end >= time - KEEP_BEHIND_S) continue;
        cues.delete(id);
        this.owners.get(cue.lang)?.delete(id);
      }
    }
  }

  /** Called when a language appears for the first time. */
  onLanguages(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets the cues one source wrote, e.g. when the stream whose timeline placed them is gone. */
  removeCuesOf(owner: object): void {
    for (const [lang, owners] of this.owners) {
      const cues = this.byLang.get(lang);
      for (const [id, writer] of owners) {
        if (writer !== owner) continue;
        owners.delete(id);
        cues?.delete(id);
      }
    }
  }

  clear(): void {
    this.byLang.clear();
    this.owners.clear();
  }
}
