import type { LocalizedText } from '../commerce/localized-text.js';
import { validateProducts, type Product, type ProductIssue } from '../commerce/product.js';
import { describeError } from '../internal/text.js';
import type { ProductCategory } from './reasons.js';

export type { LocalizedText };

/** The bought product as the fit check needs it: the commerce product plus what the fixes draw on. */
export interface OrderProduct {
  readonly product: Product;
  readonly category: ProductCategory;
  readonly care?: LocalizedText;
  /** Setup or troubleshooting tip (electronics: "Hold the power button for 10 s to reset"). */
  readonly setup?: LocalizedText;
  /** Where the shopper reaches the seller (http(s) only). */
  readonly contactUrl?: string;
}

/** The fit check's view of a validated product (`validateProducts` holds the rules); `category` defaults to `other`. */
export function orderProductOf(product: Product): OrderProduct {
  return {
    product,
    category: product.category ?? 'other',
    ...(product.care ? { care: product.care } : {}),
    ...(product.setup ? { setup: product.setup } : {}),
    ...(product.sellerContact ? { contactUrl: product.sellerContact } : {}),
  };
}

/**
 * Validates the bought product for the fit check. Never throws: problems are listed by path, and a product that
 * cannot be used at all yields null.
 */
export function readOrderProduct(input: unknown, base?: string): { value: OrderProduct | null; issues: ProductIssue[] } {
  try {
    const { products, errors } = validateProducts([input], base);
    const issues = errors.map((issue) => ({ ...issue, path: issue.path.replace(/^products\[0\]\.?/, '') }));
    return { value: products[0] ? orderProductOf(products[0]) : null, issues };
  } catch (error) {
    return { value: null, issues: [{ path: '', message: `could not be read (${describeError(error)})` }] };
  }
}
