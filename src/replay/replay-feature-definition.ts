// In every player's first chunk: keep it free of the replay code, which loads only when needed.
import type { FeatureHost, PlayerFeatureDefinition } from '../player/features/player-feature.js';
import type { ReplayOptions } from './replay-options.js';

/**
 * Replays load with the stream's timeline (a recording, a show in progress, or a live show that may end into its
 * replay), with the real-time seller's first state (RTC can be on screen before HLS ever says what the stream is, and
 * the seller leaving ends the show), or with the host's replay configuration; product cues reach them once loaded.
 */
export const replayFeature: PlayerFeatureDefinition = {
  name: 'replay',
  signals: ['timeline-kind', 'publisher'],
  passiveSignals: ['timed-metadata'],
  wanted: (host: FeatureHost & ReplayOptions, changed) => (changed.has('chapters') && host.chapters != null) || (changed.has('startProduct') && !!host.startProduct),
  load: async (context) => new (await import('./replay-feature.js')).ReplayFeature(context),
};
