import { TAGS } from '../internal/constants.js';
import { emit, EVENTS, type CommerceErrorDetail } from '../internal/events.js';
import { log } from '../internal/log.js';

/** The event names commerce uses; names and details are declared in `internal/events.ts`. */
export const COMMERCE_EVENTS = {
  addToCart: EVENTS.addToCart,
  productView: EVENTS.productView,
  productClick: EVENTS.productClick,
  checkout: EVENTS.checkout,
  sizeRequest: EVENTS.sizeRequest,
  sizeRecommended: EVENTS.sizeRecommended,
  variantChange: EVENTS.variantChange,
  error: EVENTS.error,
} as const;

export type {
  AddToCartAnswer,
  AddToCartDetail,
  AddToCartReason,
  AddToCartRequest,
  AddToCartSource,
  CheckoutDetail,
  CommerceErrorDetail,
  ProductClickDetail,
  ProductViewDetail,
  SizeRecommendedDetail,
  SizeRequestDetail,
} from '../internal/events.js';

export const COMMERCE_TAGS = { buyButton: TAGS.buyButton, productCards: TAGS.productCards, sizeHelper: TAGS.sizeHelper } as const;

/**
 * Reports a non-fatal problem: to the console, and as a `shoplive-error` event (bubbling, composed) from `target`,
 * so a storefront's monitoring hears it. Never throws.
 */
export function reportError(target: EventTarget, detail: Omit<CommerceErrorDetail, 'fatal'>, cause?: unknown): void {
  if (cause === undefined) log.warn(detail.message);
  else log.error(detail.message, cause);
  emit(target, COMMERCE_EVENTS.error, { ...detail, fatal: false });
}
