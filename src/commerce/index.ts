/**
 * `shoplive/commerce`: `<shoplive-buy-button>` and `<shoplive-product-cards>`, the product store, the host-answer
 * protocol, the Shopify adapter and the stream-metadata readers. Importing it defines both elements.
 */
import './product-cards/product-cards.js';

export { ShopliveBuyButton, type BuyButtonState } from './buy-button/buy-button.js';
export { ShopliveProductCards } from './product-cards/product-cards.js';
export { validateProducts, sizesOf, type Product, type ProductVariant, type ProductIssue } from './product.js';
export { productStore, type StoreChange } from './product-store.js';
export { normalizeAnswer, type AddOutcome } from './answer.js';
export { CommerceController } from './commerce-controller.js';
export { productFromDateRange, productFromId3, productFromDataMessage, parseDateRangeTag, type TimedMetadata, type ProductCue } from './timed-metadata.js';
export { COMMERCE_EVENTS, COMMERCE_TAGS } from './events.js';
// The commerce event details (declared in internal/events.ts), as commerce/events.ts lists them.
export type * from './events.js';
