import type { EngineSignal } from '../player/engines/engine.js';
import type { PlayerFeature, PlayerFeatureContext } from '../player/features/player-feature.js';
import { OverlayLayout } from '../layout/overlay-layout.js';
import { CommerceController } from './commerce-controller.js';
import type { CardAsker } from './product-cards/card-asker.js';

/**
 * The player's shopping layer as a player feature: the show's products come as configuration (`products`,
 * `products-src`, or Shopify mode), the products the seller presents as stream metadata, and it draws the product
 * cards over the video.
 */
export class ShoppingFeature implements PlayerFeature {
  readonly controller: CommerceController;

  constructor(private readonly context: PlayerFeatureContext) {
    this.controller = new CommerceController(context.host, { video: context.video });
    // The cards take the top end of the player's layout (src/layout).
    OverlayLayout.of(context.host);
  }

  onSignal(signal: EngineSignal): void {
    if (signal.type === 'timed-metadata') this.controller.metadata(signal.metadata);
    // The seller's data stream also carries speech-to-text: the product reader ignores what is not its own.
    else if (signal.type === 'data') this.controller.metadata({ kind: 'data-message', bytes: signal.bytes });
  }

  configure(changed: ReadonlyMap<PropertyKey, unknown>): void {
    const { host } = this.context;
    if (changed.has('products') && host.products != null) this.controller.setProducts(host.products);
    if (changed.has('productsSrc') && (host.productsSrc || changed.get('productsSrc'))) this.controller.setProductsSrc(host.productsSrc);
  }

  /** Stream cues end with their stream: media times of the old timeline mean nothing now. */
  streamReplaced(): void {
    this.controller.reset();
  }

  /** `player.presentProduct(id)`; a replay chapter holds the card over the introduction before its cue. */
  present(id: string | null, hold?: { from: number; until: number }): void {
    this.controller.present(id, hold);
  }

  /** The assistant feature's offer: each product card gets "Ask", answered with its question box. */
  offerAsk(asker: CardAsker): void {
    this.controller.offerAsk(asker);
  }

  renderOverlay() {
    return this.controller.render();
  }
}
