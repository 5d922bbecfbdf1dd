import type { Cue } from './cue.js';

/** Cues further in the past than this are forgotten: a live show can run for hours. */
const KEEP_BEHIND_S = 60;
/** The overlay shows at most this many cues at once (each with all its lines). */
const MAX_VISIBLE = 2;

/**
 * Every cue from every source, by language, keyed by cue id so a repeated or updated cue replaces itself. Sources
 * write here; the overlay only asks "what is on screen at time t in language l".
 */
export class CueStore {
  private readonly byLang = new Map<string, Map<string, Cue>>();
  private readonly listeners = new Set<() => void>();

  languages(): string[] {
    return [...this.byLang.keys()];
  }

  add(cue: Cue): void {
    let cues = this.byLang.get(cue.lang);
    const isNewLanguage = !cues;
    if (!cues) this.byLang.set(cue.lang, (cues = new Map()));
    cues.set(cue.id, cue);
    if (isNewLanguage) this.listeners.forEach((listener) => listener());
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
      for (const [id, cue] of cues) if (cue.end < time - KEEP_BEHIND_S) cues.delete(id);
    }
  }

  /** Called when a language appears for the first time. */
  onLanguages(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets the cues of one source (by id prefix), e.g. when the stream whose timeline placed them is gone. */
  removeSource(prefix: string): void {
    for (const cues of this.byLang.values()) {
      for (const id of cues.keys()) if (id.startsWith(prefix)) cues.delete(id);
    }
  }

  clear(): void {
    this.byLang.clear();
  }
}
