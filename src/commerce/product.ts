import { cleanText, describeError, stripInvisible } from '../internal/text.js';
import { checkUrl, URL_PROBLEMS } from '../internal/url-guard.js';
import { validateDetails, type ProductDetails } from './product-details.js';
import type { ProductIssue } from './product-issue.js';

export type { LocalizedText, ProductDetails, ProductDimensions, ProductReturns, ProductShipping, ProductWeight } from './product-details.js';
export type { GarmentTable, GarmentSize, HonestDetails, ModelInfo, Shade } from './honest-details.js';
export type { ProductIssue };

/** One purchasable variant of a product (a size, a colour...). */
export interface ProductVariant {
  /** The id the cart knows (a Shopify variant id, a SKU...). */
  readonly id: string;
  readonly title: string;
  /** Option name (lower case) -> value, e.g. `{ size: 'M', colour: 'Rosewood' }`. */
  readonly options: Readonly<Record<string, string>>;
  readonly available: boolean;
  /** The variant's own price, when it differs from the product's. */
  readonly price?: number;
}

/** A product: what the cards and buy buttons show, plus the details the product assistant answers from. */
export interface Product extends ProductDetails {
  readonly id: string;
  readonly title: string;
  readonly price: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
  /** Absolute http(s) URLs only: anything else is dropped during validation. */
  readonly image?: string;
  readonly url?: string;
  /** The same product photographed in daylight, shown beside the studio image ("Seen in natural light"). */
  readonly naturalLightImage?: string;
  readonly variants: readonly ProductVariant[];
  /** Opaque to commerce: handed to the size helper, whose team defines its format. */
  readonly sizeChart?: Readonly<Record<string, unknown>>;
}

export interface ValidatedProducts {
  readonly products: Product[];
  readonly errors: ProductIssue[];
}

/** Limits on product data: beyond them, the rest is skipped (or the text shortened) and the issue reported. */
export const PRODUCT_LIMITS = {
  products: 500,
  variants: 250,
  /** Options per variant (size, colour…). */
  options: 10,
  /** Characters of a title or option value, after invisible characters are removed. */
  text: 300,
  /** Characters of a product or variant id. */
  id: 200,
  /** Highest price, in major units: 10 billion covers any real price in any currency. */
  price: 1e10,
} as const;

const CURRENCY = /^[A-Za-z]{3}$/;
const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

/** Option names that mean "size", in the languages merchants write product data in. */
const SIZE_OPTION = /^(size|sizes|taille|größe|groesse|talla|tamanho|taglia|maat|尺码|尺碼|尺寸|サイズ|사이즈|مقاس)$/i;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Display text: bidi controls, invisible and control characters removed (`cleanText`), trimmed, at most
 * `PRODUCT_LIMITS.text` characters (a longer one is shortened and reported). Markup stays as written: it is rendered
 * as text, never as HTML.
 */
function text(value: unknown, path: string, issues: ProductIssue[]): string | null {
  if (typeof value !== 'string') return null;
  const clean = stripInvisible(value).replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  if (clean.length > PRODUCT_LIMITS.text) issues.push({ path, message: `longer than ${PRODUCT_LIMITS.text} characters; shortened` });
  return cleanText(clean, PRODUCT_LIMITS.text);
}

/**
 * An id the cart or the stream names exactly: a safe integer or a string of at most `PRODUCT_LIMITS.id`
 * characters. Ids are never changed: one with invisible or bidi control characters is refused, since two ids that
 * look the same must be the same. A number too large to be exact (Shopify ids of 16+ digits) is refused too: give it
 * as a string.
 */
function identifier(value: unknown, path: string, issues: ProductIssue[], what: string): string | null {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return String(value);
    issues.push({ path, message: `${value} is not an exact id (numbers above 2^53 lose digits: give the id as a string); ${what} skipped` });
    return null;
  }
  const id = typeof value === 'string' ? value.trim() : '';
  let problem: string | null = null;
  if (!id) problem = 'missing or not a string/number';
  else if (id.length > PRODUCT_LIMITS.id) problem = `longer than ${PRODUCT_LIMITS.id} characters`;
  else if (stripInvisible(id) !== id) problem = 'contains invisible, control or bidi characters';
  if (!problem) return id;
  issues.push({ path, message: `${problem}; ${what} skipped` });
  return null;
}

function amount(value: unknown): number | null {
  const number = typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 && number <= PRODUCT_LIMITS.price ? number : null;
}

const PRICE_RULE = `must be a number from 0 to ${PRODUCT_LIMITS.price.toExponential()}`;

/** The name under which a size is stored in `options`. */
export const SIZE_KEY = 'size';

export function optionKey(name: string): string {
  const key = name.trim().toLowerCase();
  return SIZE_OPTION.test(key) ? SIZE_KEY : key;
}

function validateVariant(input: unknown, path: string, issues: ProductIssue[]): ProductVariant | null {
  if (!isObject(input)) {
    issues.push({ path, message: 'a variant must be an object; skipped' });
    return null;
  }
  const id = identifier(input.id, `${path}.id`, issues, 'variant');
  if (!id) return null;
  const options: Record<string, string> = {};
  if (input.options !== undefined) {
    if (!isObject(input.options)) {
      issues.push({ path: `${path}.options`, message: 'must be an object of option name -> value; variant skipped' });
      return null;
    }
    const entries = Object.entries(input.options);
    if (entries.length > PRODUCT_LIMITS.options) {
      issues.push({ path: `${path}.options`, message: `more than ${PRODUCT_LIMITS.options} options; variant skipped` });
      return null;
    }
    for (const [name, value] of entries) {
      const key = text(name, `${path}.options`, issues);
      const clean = text(value, `${path}.options.${key}`, issues) ?? (typeof value === 'number' && Number.isFinite(value) ? String(value) : null);
      if (clean === null || key === null) {
        issues.push({ path: `${path}.options.${key ?? '(empty)'}`, message: 'must be text; variant skipped' });
        return null;
      }
      options[optionKey(key)] = clean;
    }
  }
  if (input.available !== undefined && typeof input.available !== 'boolean') {
    issues.push({ path: `${path}.available`, message: 'must be true or false; variant skipped' });
    return null;
  }
  let price: number | undefined;
  if (input.price !== undefined && input.price !== null) {
    const checked = amount(input.price);
    if (checked === null) {
      issues.push({ path: `${path}.price`, message: `${PRICE_RULE}; variant skipped` });
      return null;
    }
    price = checked;
  }
  const title = text(input.title, `${path}.title`, issues) ?? cleanText(Object.values(options).join(' / ') || id, PRODUCT_LIMITS.text);
  return { id, title, options, available: input.available !== false, ...(price === undefined ? {} : { price }) };
}

function optionalUrl(product: Json, field: 'image' | 'url' | 'naturalLightImage', path: string, issues: ProductIssue[], base: string): string | undefined {
  const value = product[field];
  if (value === undefined || value === null || value === '') return undefined;
  const checked = checkUrl(typeof value === 'string' ? value : '', base);
  if (!checked.ok) {
    issues.push({ path: `${path}.${field}`, message: `not a usable http(s) URL (${checked.problem}: ${URL_PROBLEMS[checked.problem]}); dropped` });
    return undefined;
  }
  return checked.url.href;
}

function validateProduct(input: unknown, path: string, issues: ProductIssue[], base: string): Product | null {
  if (!isObject(input)) {
    issues.push({ path, message: 'a product must be an object; skipped' });
    return null;
  }
  const id = identifier(input.id, `${path}.id`, issues, 'product');
  if (!id) return null;
  const title = text(input.title, `${path}.title`, issues);
  if (!title) {
    issues.push({ path: `${path}.title`, message: 'missing or empty; product skipped' });
    return null;
  }
  const price = amount(input.price);
  if (price === null) {
    issues.push({ path: `${path}.price`, message: `${PRICE_RULE}; product skipped` });
    return null;
  }
  if (typeof input.currency !== 'string' || !CURRENCY.test(input.currency)) {
    issues.push({ path: `${path}.currency`, message: 'must be an ISO 4217 code such as "USD"; product skipped' });
    return null;
  }
  const variants: ProductVariant[] = [];
  if (input.variants !== undefined) {
    if (!Array.isArray(input.variants)) {
      issues.push({ path: `${path}.variants`, message: 'must be an array; product skipped' });
      return null;
    }
    const seen = new Set<string>();
    input.variants.slice(0, PRODUCT_LIMITS.variants).forEach((raw, index) => {
      const variant = validateVariant(raw, `${path}.variants[${index}]`, issues);
      if (!variant) return;
      if (seen.has(variant.id)) {
        issues.push({ path: `${path}.variants[${index}].id`, message: `duplicate variant id "${variant.id}"; skipped` });
        return;
      }
      seen.add(variant.id);
      variants.push(variant);
    });
    if (input.variants.length > PRODUCT_LIMITS.variants) issues.push({ path: `${path}.variants`, message: `more than ${PRODUCT_LIMITS.variants} variants; the rest were skipped` });
  }
  let sizeChart: Record<string, unknown> | undefined;
  if (input.sizeChart !== undefined && input.sizeChart !== null) {
    if (isObject(input.sizeChart)) sizeChart = input.sizeChart;
    else issues.push({ path: `${path}.sizeChart`, message: 'must be an object; dropped' });
  }
  const image = optionalUrl(input, 'image', path, issues, base);
  const url = optionalUrl(input, 'url', path, issues, base);
  const naturalLightImage = optionalUrl(input, 'naturalLightImage', path, issues, base);
  const details = validateDetails(input, path, issues, base);
  return {
    ...details,
    id,
    title,
    price,
    currency: input.currency.toUpperCase(),
    variants,
    ...(image ? { image } : {}),
    ...(url ? { url } : {}),
    ...(naturalLightImage ? { naturalLightImage } : {}),
    ...(sizeChart ? { sizeChart } : {}),
  };
}

/**
 * Checks product data from a property, a JSON file or a platform adapter. Never throws: every product or variant
 * that cannot be used is reported by path and skipped; an unusable URL is dropped with a warning and the product
 * kept. Text stays text (it is rendered through text bindings, never as markup). Accepts an array or
 * `{ products: [...] }`. Relative URLs resolve against `base` (the page, or the JSON file they came from).
 */
export function validateProducts(input: unknown, base: string = document.baseURI): ValidatedProducts {
  const errors: ProductIssue[] = [];
  let list: unknown[] | null;
  let head: unknown[] = [];
  try {
    list = Array.isArray(input) ? input : isObject(input) && Array.isArray(input.products) ? input.products : null;
    if (list) head = list.slice(0, PRODUCT_LIMITS.products);
  } catch (error) {
    // A Proxy whose traps throw, a `products` getter that throws: the whole value is unreadable.
    errors.push({ path: '', message: `the product data could not be read (${describeError(error)})` });
    return { products: [], errors };
  }
  if (!list) {
    errors.push({ path: '', message: 'expected an array of products or { products: [...] }' });
    return { products: [], errors };
  }
  const products: Product[] = [];
  const seen = new Set<string>();
  head.forEach((raw, index) => {
    const path = `products[${index}]`;
    let product: Product | null;
    try {
      product = validateProduct(raw, path, errors, base);
    } catch (error) {
      // Getters that throw, proxies and other exotic input: report, never propagate.
      errors.push({ path, message: `could not be read (${describeError(error)}); skipped` });
      product = null;
    }
    if (!product) return;
    if (seen.has(product.id)) {
      errors.push({ path: `${path}.id`, message: `duplicate product id "${product.id}"; skipped` });
      return;
    }
    seen.add(product.id);
    products.push(product);
  });
  if (list.length > head.length) errors.push({ path: 'products', message: `more than ${PRODUCT_LIMITS.products} products; the rest were skipped` });
  return { products, errors };
}

export interface SizeChoice {
  readonly label: string;
  /** At least one variant of this size can be bought. */
  readonly available: boolean;
}

/** The product's sizes in variant order (first appearance), each available if any variant of that size is. */
export function sizesOf(product: Product): SizeChoice[] {
  const sizes = new Map<string, boolean>();
  for (const variant of product.variants) {
    const size = variant.options[SIZE_KEY];
    if (size !== undefined) sizes.set(size, (sizes.get(size) ?? false) || variant.available);
  }
  return [...sizes].map(([label, available]) => ({ label, available }));
}

/** The variant to add for a chosen size (or none): the first available match, else the first match. */
export function variantFor(product: Product, size: string | null): ProductVariant | null {
  const candidates = size === null ? product.variants : product.variants.filter((variant) => variant.options[SIZE_KEY] === size);
  return candidates.find((variant) => variant.available) ?? candidates[0] ?? null;
}

/** Same size labels despite case and width differences ("m" vs "M", "ＸＬ" vs "XL"). */
export function sameSize(a: string, b: string): boolean {
  return a.normalize('NFKC').trim().toLowerCase() === b.normalize('NFKC').trim().toLowerCase();
}
