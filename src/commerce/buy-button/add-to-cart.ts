import { requestAddToCart, type AddOutcome } from '../answer.js';
import { answerTimeout, commerceMode } from '../context.js';
import { COMMERCE_EVENTS, type AddToCartRequest } from '../events.js';
import { iframeBridge } from '../iframe-bridge.js';
import type { ProductVariant } from '../product.js';

/**
 * One add to cart from `element`: the storefront is asked (then a parent frame); in Shopify mode, only when nobody
 * took the request, the shop's own cart. A storefront that answered, even late, owns the add: the Shopify default
 * never runs after it, so the line is never added twice.
 */
export async function addToCart(element: HTMLElement, request: AddToCartRequest, variant: ProductVariant | null, quantity: number): Promise<AddOutcome> {
  const outcome = await requestAddToCart(element, request, {
    timeoutMs: answerTimeout(element),
    askParent: (body) => iframeBridge().request(element, COMMERCE_EVENTS.addToCart, body.requestId, body),
  });
  if (outcome.kind !== 'unanswered' || commerceMode(element) !== 'shopify') return outcome;
  if (!variant) return { kind: 'rejected', reason: 'invalid', message: null };
  const shopify = await import('../shopify.js');
  return shopify.addToShopifyCart({ variantId: variant.id, quantity, properties: { _shoplive_source: request.source } });
}
