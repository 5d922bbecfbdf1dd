import { EVENTS, TAGS } from '../internal/constants.js';
import type { SizeRecommendedDetail } from '../size/widget/types.js';
import { log } from '../internal/log.js';

/** The event names commerce uses; all names live in `internal/constants.ts`. */
export const COMMERCE_EVENTS = {
  addToCart: EVENTS.addToCart,
  productView: EVENTS.productView,
  productClick: EVENTS.productClick,
  checkout: EVENTS.checkout,
  sizeRequest: EVENTS.sizeRequest,
  sizeRecommended: EVENTS.sizeRecommended,
  error: EVENTS.error,
} as const;

export type { SizeRecommendedDetail };

export const COMMERCE_TAGS = { buyButton: TAGS.buyButton, productCards: TAGS.productCards, sizeHelper: TAGS.sizeHelper } as const;

export type AddToCartReason = 'sold-out' | 'invalid' | 'custom';

/** What a storefront answers to `shoplive-add-to-cart`. */
export type AddToCartAnswer = true | { ok: true } | { ok: false; reason: AddToCartReason; message?: string };

export type AddToCartSource = 'card' | 'button';

/** The request itself, as it also crosses to a parent frame (no function in it). */
export interface AddToCartRequest {
  /** Unique per click; answers from a parent frame name it. */
  requestId: string;
  productId: string;
  variantId: string | null;
  size: string | null;
  quantity: number;
  /** Unit price in `currency` (the variant's own price where it has one). */
  price: number;
  currency: string;
  source: AddToCartSource;
  /** The player's media time in seconds when the shopper clicked; null outside a player. */
  streamTime: number | null;
  /** The engine of that player (`hls`, `native`, `rtc`); null outside a player. */
  engine: string | null;
}

export interface AddToCartDetail extends AddToCartRequest {
  /**
   * Answers the request: call it synchronously in the listener with the answer or a promise of it. The first call
   * counts. Without it, `preventDefault()` means "the storefront took over"; neither means nobody is listening.
   */
  respondWith(answer: AddToCartAnswer | PromiseLike<AddToCartAnswer>): void;
}

export interface ProductViewDetail {
  productId: string;
  /** Where the product is shown: the compact card over the stream. */
  source: 'card';
  /** True when it is shown because the seller presents it (stream metadata or `presentProduct`), false when the shopper picked it from the list. */
  presented: boolean;
}

export interface ProductClickDetail {
  productId: string;
  source: 'card' | 'list';
  /** The checked product page URL, or null. Cancel the event to keep the card from opening it. */
  url: string | null;
}

export interface CheckoutDetail {
  source: 'cards';
}

export interface SizeRequestDetail {
  productId: string;
  /** The product's `sizeChart` (format defined by the size helper), or null. */
  sizeChart: Readonly<Record<string, unknown>> | null;
  /** The size labels the product is sold in, in order. */
  sizes: string[];
}

/** Non-fatal problems reported by commerce (the player's `shoplive-error` carries fatal playback errors too). */
export interface CommerceErrorDetail {
  code: 'listener-error' | 'answer-invalid' | 'products-invalid' | 'products-load' | 'product-refused' | 'cart';
  message: string;
  fatal: false;
}

declare global {
  interface HTMLElementEventMap {
    'shoplive-add-to-cart': CustomEvent<AddToCartDetail>;
    'shoplive-product-view': CustomEvent<ProductViewDetail>;
    'shoplive-product-click': CustomEvent<ProductClickDetail>;
    'shoplive-checkout': CustomEvent<CheckoutDetail>;
    'shoplive-size-request': CustomEvent<SizeRequestDetail>;
    'shoplive-size-recommended': CustomEvent<SizeRecommendedDetail>;
  }
  interface DocumentEventMap {
    'shoplive-size-recommended': CustomEvent<SizeRecommendedDetail>;
  }
}

/**
 * Reports a non-fatal problem: to the console, and as a `shoplive-error` event (bubbling, composed) from `target`,
 * so a storefront's monitoring hears it. Never throws.
 */
export function reportError(target: EventTarget, detail: Omit<CommerceErrorDetail, 'fatal'>, cause?: unknown): void {
  if (cause === undefined) log.warn(detail.message);
  else log.error(detail.message, cause);
  try {
    target.dispatchEvent(new CustomEvent(COMMERCE_EVENTS.error, { bubbles: true, composed: true, detail: { ...detail, fatal: false } }));
  } catch {
    // A detached or exotic target: the console line above is the report.
  }
}
