import type { FeatureHost, PlayerFeatureDefinition } from '../player/features/player-feature.js';

/** Declared sidecars: child `<track>`s or entries in the `subtitles` property. */
function declaresSidecars(host: FeatureHost): boolean {
  const declared = host.subtitles;
  return !!host.querySelector(':scope > track') || (Array.isArray(declared) ? declared.length > 0 : declared != null);
}

/** Subtitles load with the first caption source: a stream's renditions, speech-to-text, a sidecar, or `addCue`. */
export const subtitlesFeature: PlayerFeatureDefinition = {
  name: 'subtitles',
  signals: ['subtitle-tracks', 'data'],
  passiveSignals: ['timeline'],
  wanted: (host, changed) => (changed.has('subtitles') || !host.hasUpdated) && declaresSidecars(host),
  load: async (context) => new (await import('./subtitle-feature.js')).SubtitleFeature(context),
};
