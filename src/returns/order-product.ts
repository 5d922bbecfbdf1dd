import { validateProducts, type Product, type ProductIssue } from '../commerce/product.js';
import { localizedText, type LocalizedText } from '../commerce/localized-text.js';
import { describeError } from '../internal/text.js';
import { checkUrl } from '../internal/url-guard.js';
import { isCategory, type ProductCategory } from './reasons.js';

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


/**
 * Validates the bought product for the fit check. Never throws: problems are listed by path, and a product that
 * cannot be used at all yields null. `category` defaults to `other` (its questions fit anything).
 */
export function readOrderProduct(input: unknown, base?: string): { value: OrderProduct | null; issues: ProductIssue[] } {
  const issues: ProductIssue[] = [];
  try {
    const { products, errors } = validateProducts([input], base);
    issues.push(...errors);
    const product = products[0];
    if (!product) return { value: null, issues };
    const raw = input as Record<string, unknown>;
    const category = raw['category'];
    if (category !== undefined && !isCategory(category)) issues.push({ path: 'category', message: 'not one of apparel, beauty, electronics, home, other; using other' });
    const contact = raw['sellerContact'] === undefined ? undefined : checkUrl(String(raw['sellerContact']), base);
    if (contact && !contact.ok) issues.push({ path: 'sellerContact', message: 'not a usable http(s) URL; ignored' });
    const care = localizedText(raw['care'], 'care', issues);
    const setup = localizedText(raw['setup'], 'setup', issues);
    return {
      value: {
        product,
        category: isCategory(category) ? category : 'other',
        ...(care ? { care } : {}),
        ...(setup ? { setup } : {}),
        ...(contact?.ok ? { contactUrl: contact.url.href } : {}),
      },
      issues,
    };
  } catch (error) {
    issues.push({ path: '', message: `could not be read (${describeError(error)})` });
    return { value: null, issues };
  }
}
