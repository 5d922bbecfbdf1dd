import { log } from '../../internal/log.js';
import { checkUrl } from '../../internal/url-guard.js';
import type { CueStore } from '../cue-store.js';
import { parseVtt } from '../vtt.js';
import type { CueSource } from './source.js';
import type { SidecarTrack } from './sidecar-track.js';

/** Downloads a language's file the first time it is chosen; a broken file is reported and skipped. */
export class SidecarSource implements CueSource {
  readonly languages: string[];
  readonly defaultLanguage?: string;
  private readonly requested = new Set<string>();

  constructor(
    private readonly tracks: readonly SidecarTrack[],
    private readonly store: CueStore,
  ) {
    this.languages = tracks.map((track) => track.lang);
    this.defaultLanguage = tracks.find((track) => track.default)?.lang;
  }

  select(lang: string | null): void {
    const track = this.tracks.find((candidate) => candidate.lang === lang);
    if (!track || this.requested.has(track.lang)) return;
    this.requested.add(track.lang);
    void this.load(track);
  }

  destroy(): void {}

  private async load(track: SidecarTrack): Promise<void> {
    const checked = checkUrl(track.src);
    if (!checked.ok) {
      log.warn(`subtitles "${track.lang}": refused src "${track.src}" (${checked.problem})`);
      return;
    }
    try {
      const response = await fetch(checked.url.href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const document = parseVtt(await response.text());
      document.warnings.forEach((warning) => log.warn(`subtitles "${track.lang}": ${warning}`));
      for (const cue of document.cues) this.store.add({ ...cue, id: `vtt:${track.lang}:${cue.id}`, lang: track.lang });
    } catch (error) {
      this.requested.delete(track.lang);
      log.warn(`subtitles "${track.lang}" could not be loaded from ${checked.url.href}`, error);
    }
  }
}
