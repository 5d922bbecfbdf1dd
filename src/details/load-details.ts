import { productStore } from '../commerce/product-store.js';
import { log } from '../internal/log.js';
import { readJsonLimited } from '../internal/read-limited.js';
import { describeError } from '../internal/text.js';
import { checkUrl, URL_PROBLEMS } from '../internal/url-guard.js';
import { readDetails, type ProductDetails } from './details-data.js';

/** One product's JSON with its honest-display fields: generous for a long ingredient list and a size table. */
export const MAX_DETAILS_BYTES = 256_000;

export type LoadedDetails = { ok: true; value: ProductDetails } | { ok: false; code: 'products-load' | 'products-invalid'; message: string };

/**
 * The product's details, from the element's `product` property, its `product-src` JSON, or the page's product store
 * (title, price and photos only: the store keeps no honest-display fields). Never throws.
 */
export async function loadDetails(source: { product: unknown; productSrc: string; productId: string }, signal: AbortSignal): Promise<LoadedDetails> {
  let raw = source.product;
  let base = document.baseURI;
  if (raw === undefined && source.productSrc) {
    const url = checkUrl(source.productSrc);
    if (!url.ok) return { ok: false, code: 'products-load', message: `product details: product-src "${url.input}" is not usable: ${URL_PROBLEMS[url.problem]}` };
    try {
      const response = await fetch(url.url, { signal, credentials: 'same-origin' });
      if (!response.ok) return { ok: false, code: 'products-load', message: `product details: ${url.url.href} answered ${response.status}` };
      raw = await readJsonLimited(response, MAX_DETAILS_BYTES);
      base = response.url || url.url.href;
    } catch (error) {
      return { ok: false, code: 'products-load', message: `product details: could not load ${url.url.href}: ${describeError(error)}` };
    }
  }
  if (raw === undefined) {
    const stored = source.productId ? productStore.get(source.productId) : undefined;
    if (!stored) return { ok: false, code: 'products-invalid', message: `product details: no product data for "${source.productId}"` };
    raw = { ...stored, variants: stored.variants.map((variant) => ({ ...variant })) };
  }
  const { value, issues } = readDetails(raw, base);
  for (const issue of issues) log.warn(`product details: ${issue.path}: ${issue.message}`);
  if (!value) return { ok: false, code: 'products-invalid', message: `product details: the product cannot be used (${issues.map((issue) => `${issue.path || 'product'}: ${issue.message}`).join('; ')})` };
  return { ok: true, value };
}
