// Kept free of assistant imports: this file is in every player's first chunk; the assistant loads only when needed.
import type { PlayerFeatureDefinition } from '../player/features/player-feature.js';

/**
 * The "Ask" entries of the player: loads with the show's products (as shopping does) unless the player has the
 * `no-assistant` attribute. The one over the video asks about the product the seller presents; the one on each product
 * card about that card's product.
 */
export const assistantFeature: PlayerFeatureDefinition = {
  name: 'assistant',
  signals: [],
  wanted: (host, changed) =>
    !host.hasAttribute('no-assistant') &&
    ((changed.has('products') && host.products != null) || (changed.has('productsSrc') && !!host.productsSrc)),
  load: async (context) => new (await import('./assistant-feature.js')).AssistantFeature(context),
};
