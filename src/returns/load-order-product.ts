import { productStore } from '../commerce/product-store.js';
import { rawProduct } from '../commerce/product-source.js';
import { orderProductOf, readOrderProduct, type OrderProduct } from './order-product.js';
import { isCategory } from './reasons.js';

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
  const loaded = await rawProduct('fit check', source.product, source.productSrc, signal);
  if (!loaded.ok) return loaded;
  const raw = loaded.raw;
  const base = 'base' in loaded ? loaded.base : document.baseURI;
  if (raw === undefined) {
    const stored = source.productId ? productStore.get(source.productId) : null;
    if (!stored) return { ok: false, code: 'products-invalid', message: `fit check: no product data for "${source.productId}" (set product, product-src, or give the page its products)` };
    // Already validated by whoever put it, with its category and fixes; the attribute still wins.
    const value = orderProductOf(stored);
    return { ok: true, value: { ...value, category: isCategory(source.category) ? source.category : value.category }, issues: [] };
  }
  const { value, issues } = readOrderProduct(raw, base);
  if (!value) return { ok: false, code: 'products-invalid', message: `fit check: the product cannot be used (${issues.map((issue) => `${issue.path || 'product'}: ${issue.message}`).join('; ')})` };
  const category = isCategory(source.category) ? source.category : value.category;
  return { ok: true, value: { ...value, category }, issues: issues.map((issue) => `${issue.path}: ${issue.message}`) };
}
