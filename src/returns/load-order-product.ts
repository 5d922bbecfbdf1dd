import { productStore } from '../commerce/product-store.js';
import { readJsonLimited } from '../internal/read-limited.js';
import { describeError } from '../internal/text.js';
import { checkUrl, URL_PROBLEMS } from '../internal/url-guard.js';
import { readOrderProduct, type OrderProduct } from './order-product.js';
import { isCategory } from './reasons.js';

/** One product's JSON: far more than any real product, far less than what would stall a phone. */
export const MAX_ORDER_PRODUCT_BYTES = 256_000;

export type LoadedProduct = { ok: true; value: OrderProduct; issues: string[] } | { ok: false; code: 'products-load' | 'products-invalid'; message: string };

export interface ProductSource {
  readonly product: unknown;
  readonly productSrc: string;
  readonly productId: string;
  /** The host's `category` attribute: wins over the data's. */
  readonly category: string;
}

/**
 * The bought product, from (in order) the element's `product` property, its `product-src` JSON, or the page's product
 * store (a shop that already gave the player or a buy button its products). Never throws.
 */
export async function loadOrderProduct(source: ProductSource, signal: AbortSignal): Promise<LoadedProduct> {
  let raw: unknown = source.product;
  let base = document.baseURI;
  if (raw === undefined && source.productSrc) {
    const url = checkUrl(source.productSrc);
    if (!url.ok) return { ok: false, code: 'products-load', message: `fit check: product-src "${url.input}" is not usable: ${URL_PROBLEMS[url.problem]}` };
    try {
      const response = await fetch(url.url, { signal, credentials: 'same-origin' });
      if (!response.ok) return { ok: false, code: 'products-load', message: `fit check: ${url.url.href} answered ${response.status}` };
      raw = await readJsonLimited(response, MAX_ORDER_PRODUCT_BYTES);
      base = response.url || url.url.href;
    } catch (error) {
      return { ok: false, code: 'products-load', message: `fit check: could not load ${url.url.href}: ${describeError(error)}` };
    }
  }
  if (raw === undefined) {
    const stored = source.productId ? productStore.get(source.productId) : null;
    if (!stored) return { ok: false, code: 'products-invalid', message: `fit check: no product data for "${source.productId}" (set product, product-src, or give the page its products)` };
    // Already validated by whoever put it; the store keeps no category, so the attribute (or `other`) decides.
    return { ok: true, value: { product: stored, category: isCategory(source.category) ? source.category : 'other' }, issues: [] };
  }
  const { value, issues } = readOrderProduct(raw, base);
  if (!value) return { ok: false, code: 'products-invalid', message: `fit check: the product cannot be used (${issues.map((issue) => `${issue.path || 'product'}: ${issue.message}`).join('; ')})` };
  const category = isCategory(source.category) ? source.category : value.category;
  return { ok: true, value: { ...value, category }, issues: issues.map((issue) => `${issue.path}: ${issue.message}`) };
}
