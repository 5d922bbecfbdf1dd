import { productStore } from '../commerce/product-store.js';
import { log } from '../internal/log.js';
import { rawProduct } from '../commerce/product-source.js';
import { detailsOf, readDetails, type ProductDetails } from './details-data.js';

export type LoadedDetails = { ok: true; value: ProductDetails } | { ok: false; code: 'products-load' | 'products-invalid'; message: string };

/**
 * The product's details, from the element's `product` property, its `product-src` JSON, or the page's product store
 * (validated with every honest-display field). Never throws.
 */
export async function loadDetails(source: { product: unknown; productSrc: string; productId: string }, signal: AbortSignal): Promise<LoadedDetails> {
  const loaded = await rawProduct('product details', source.product, source.productSrc, signal);
  if (!loaded.ok) return loaded;
  const raw = loaded.raw;
  const base = 'base' in loaded ? loaded.base : document.baseURI;
  if (raw === undefined) {
    const stored = source.productId ? productStore.get(source.productId) : undefined;
    if (!stored) return { ok: false, code: 'products-invalid', message: `product details: no product data for "${source.productId}"` };
    return { ok: true, value: detailsOf(stored) };
  }
  const { value, issues } = readDetails(raw, base);
  for (const issue of issues) log.warn(`product details: ${issue.path}: ${issue.message}`);
  if (!value) return { ok: false, code: 'products-invalid', message: `product details: the product cannot be used (${issues.map((issue) => `${issue.path || 'product'}: ${issue.message}`).join('; ')})` };
  return { ok: true, value };
}
