// Kept free of commerce imports: this file is in every player's first chunk; the shopping code loads only when needed.
import type { PlayerFeatureDefinition } from '../player/features/player-feature.js';

/** Shopping loads with the first product: `products`, `products-src`, a product cue in the stream, or Shopify mode. */
export const shoppingFeature: PlayerFeatureDefinition = {
  name: 'shopping',
  signals: ['timed-metadata', 'data'],
  wanted: (host, changed) =>
    (changed.has('products') && host.products != null) ||
    (changed.has('productsSrc') && !!(host.productsSrc || changed.get('productsSrc'))) ||
    // Shopify mode reads the store's product without any host code: needed from the start.
    (!host.hasUpdated && host.closest('[commerce]')?.getAttribute('commerce')?.trim().toLowerCase() === 'shopify'),
  load: async (context) => new (await import('./shopping-feature.js')).ShoppingFeature(context),
};
