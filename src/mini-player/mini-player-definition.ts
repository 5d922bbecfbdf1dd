// In every player's first chunk: keep it free of the mini-player's code, which loads at the first update.
import type { PlayerFeatureDefinition } from '../player/features/player-feature.js';

/**
 * The mini-player (follows the shopper when the player scrolls out of view), keeping floating players clear of the
 * page's own UI, and the whole-player picture in picture. Loaded at the first update unless `mini-player="off"`.
 */
export const miniPlayerFeature: PlayerFeatureDefinition = {
  name: 'mini-player',
  signals: [],
  wanted: (host) => !host.hasUpdated,
  load: async (context) => new (await import('./mini-player-feature.js')).MiniPlayerFeature(context),
};
