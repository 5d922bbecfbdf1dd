import { assistantFeature } from '../../assistant/assistant-feature-definition.js';
import { shoppingFeature } from '../../commerce/shopping-feature-definition.js';
import { miniPlayerFeature } from '../../mini-player/mini-player-definition.js';
import { qoeFeature } from '../../qoe/qoe-feature.js';
import { replayFeature } from '../../replay/replay-feature-definition.js';
import { subtitlesFeature } from '../../subtitles/subtitle-feature-definition.js';
import type { PlayerFeatureDefinition } from './player-feature.js';

/**
 * Every feature the player can load, in drawing order (later ones draw over earlier ones). Adding a capability to
 * the player is a feature file in its own folder and one line here.
 */
export const PLAYER_FEATURES: readonly PlayerFeatureDefinition[] = [subtitlesFeature, shoppingFeature, replayFeature, assistantFeature, qoeFeature, miniPlayerFeature];
