import { isLimitError } from '../../internal/limits.js';
import { log } from '../../internal/log.js';
import type { RefusalLog } from '../../internal/refusals.js';
import { checkUrl } from '../../internal/url-guard.js';
import type { CueStore } from '../cue-store.js';
import { parseVtt, readVtt } from '../vtt.js';
import type { CueSource } from './source.js';
import type { SidecarTrack } from './sidecar-track.js';

/** Downloads a language's file the first time it is chosen; a broken file is reported and skipped. */
export class SidecarSource implements CueSource {
  readonly languages: string[];
  readonly defaultLanguage?: string;
  private readonly requested = new Set<string>();

  /** `tracks` were validated one by one (sidecar-track.ts): languages are tags, sources http(s) URLs. */
  constructor(
    private readonly tracks: readonly SidecarTrack[],
    private readonly store: CueStore,
    private readonly refusals: RefusalLog,
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
    if (!checked.ok) return;
    const where = `subtitles "${track.lang}" (${checked.url.href})`;
    try {
      const response = await fetch(checked.url.href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const document = parseVtt(await readVtt(response));
      document.warnings.forEach((warning) => log.warn(`subtitles "${track.lang}": ${warning}`));
      // Keyed by file: a second file for the language that runs into a limit is a refusal of its own.
      if (document.limits.length) this.refusals.refuse(`vtt:${checked.url.href}:limits`, 'limit-exceeded', `${where}: ${document.limits.join('; ')}`);
      for (const cue of document.cues) this.store.add({ ...cue, id: `vtt:${track.lang}:${cue.id}`, lang: track.lang }, this);
    } catch (error) {
      if (isLimitError(error)) {
        this.refusals.refuse(`vtt:${checked.url.href}:size`, 'limit-exceeded', `${where} refused: ${error.message}`);
        return;
      }
      this.requested.delete(track.lang);
      log.warn(`subtitles "${track.lang}" could not be loaded from ${checked.url.href}`, error);
    }
  }
}

