import { validateProducts, type Product, type ProductIssue } from '../commerce/product.js';
import { cleanText, describeError } from '../internal/text.js';
import { checkUrl } from '../internal/url-guard.js';
import { isCategory, type ProductCategory } from './reasons.js';

/** Free text the seller may give per language: `"Hand wash cold"` or `{ "en": "Hand wash cold", "de": "…" }`. */
export type LocalizedText = Readonly<Record<string, string>>;

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

export const ORDER_TEXT_LIMIT = 1000;
/** Languages one localized text may carry (10 UI locales and a margin). */
const MAX_LANGUAGES = 20;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;

function localized(value: unknown, path: string, issues: ProductIssue[]): LocalizedText | undefined {
  if (typeof value === 'string') {
    const text = cleanText(value, ORDER_TEXT_LIMIT).trim();
    return text ? { '': text } : undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (value !== undefined) issues.push({ path, message: 'expected text or { "<language>": text }; ignored' });
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [language, text] of Object.entries(value).slice(0, MAX_LANGUAGES)) {
    if (!LANGUAGE_TAG.test(language) || typeof text !== 'string') {
      issues.push({ path: `${path}.${cleanText(language, 20)}`, message: 'not a language tag with text; ignored' });
      continue;
    }
    const clean = cleanText(text, ORDER_TEXT_LIMIT).trim();
    if (clean) out[language] = clean;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The text in the shopper's language, else English, else any; `language` says which one it is ('' = unknown). */
export function pickText(text: LocalizedText, locale: string): { text: string; language: string } {
  const base = locale.split('-')[0]!.toLowerCase();
  const keys = Object.keys(text);
  const key =
    keys.find((each) => each.toLowerCase() === locale.toLowerCase()) ??
    keys.find((each) => each.split('-')[0]!.toLowerCase() === base) ??
    keys.find((each) => each === '') ??
    keys.find((each) => each.toLowerCase().startsWith('en')) ??
    keys[0]!;
  return { text: text[key]!, language: key };
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
    const care = localized(raw['care'], 'care', issues);
    const setup = localized(raw['setup'], 'setup', issues);
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
