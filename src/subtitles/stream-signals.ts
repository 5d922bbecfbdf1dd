import type { HlsSubtitleTrack, PtsToMediaTime } from './sources/hls-subtitle-source.js';

/** The signals an engine sends the subtitle layer, declared here so the engine contract does not know subtitles. */
declare module '../player/engines/engine.js' {
  interface EngineSignalMap {
    /** The stream offers subtitle renditions; the player's subtitle layer reads them. */
    'subtitle-tracks': { tracks: HlsSubtitleTrack[]; toMediaTime: PtsToMediaTime };
    /** A new timestamp origin (discontinuity) is known: cues waiting for it can be placed. */
    timeline: Record<never, never>;
  }
}
