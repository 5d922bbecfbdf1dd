import { html } from 'lit';
import type { CardAsker } from '../commerce/product-cards/card-asker.js';
import type { ShoppingFeature } from '../commerce/shopping-feature.js';
import type { PlayerFeature, PlayerFeatureContext } from '../player/features/player-feature.js';
import './widget/shoplive-assistant.js';

/**
 * A product card's "Ask": the full question box about that card's product (which may not be the presented one), in
 * the card's sheet. `product-id` fixes the subject: it stays while the seller moves on.
 */
const cardAsker: CardAsker = {
  panel: ({ productId, show, lang }) => html`<shoplive-assistant product-id=${productId} lang=${lang} .owner=${show}></shoplive-assistant>`,
};

/**
 * Draws `<shoplive-assistant compact>` over the video, following the show's presented product, and gives each product
 * card an "Ask" about its own product (through the shopping feature, which draws the cards).
 */
export class AssistantFeature implements PlayerFeature {
  constructor(private readonly context: PlayerFeatureContext) {
    context.use<ShoppingFeature>('shopping', (shopping) => shopping.offerAsk(cardAsker));
  }

  renderOverlay() {
    return html`<shoplive-assistant compact .owner=${this.context.host}></shoplive-assistant>`;
  }
}
