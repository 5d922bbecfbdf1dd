import { log } from '../internal/log.js';
import { readTextLimited } from '../internal/read-limited.js';
import { describeError } from '../internal/text.js';
import { checkUrl } from '../internal/url-guard.js';
import { optionKey, validateProducts, type Product } from './product.js';
import { productStore } from './product-store.js';
import { shopifyCurrency, shopUrl } from './shopify-routes.js';

/**
 * Shopify mode's products: the page's Liquid product JSON (`<script type="application/json" data-shoplive-product>`,
 * as the theme app extension prints it) or `{root}products/{handle}.js`. Shopify products are keyed by handle.
 */
interface ShopifyProductJson {
  id?: unknown;
  handle?: unknown;
  title?: unknown;
  price?: unknown;
  url?: unknown;
  featured_image?: unknown;
  options?: unknown;
  variants?: unknown;
}

/** A product's JSON: Shopify's products have at most a few hundred variants, well under this. */
const MAX_PRODUCT_BYTES = 2_000_000;

/** Shopify prices are integers in the currency's minor unit (cents). */
const fromCents = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value / 100 : value);

/**
 * JSON.parse, except that ids of 16 or more digits (`"id": 45678901234567890`) are read as strings: as numbers they
 * would be rounded to another variant's id. Inside valid JSON an unescaped `"id"` followed by `:` is always a key.
 */
export function parseShopifyJson(text: string): unknown {
  return JSON.parse(text.replace(/"(id|variant_id|product_id)"(\s*):(\s*)(\d{16,})(?=\s*[,}\]])/g, '"$1"$2:$3"$4"')) as unknown;
}

/** A product page link: a path of this shop (Shopify prints `/products/handle`), else the handle's own page. */
function productPage(url: unknown, handle: unknown): string | undefined {
  if (typeof url === 'string' && url) {
    const checked = checkUrl(url, location.origin, { origin: location.origin });
    if (checked.ok) return checked.url.href;
    log.warn(`a Shopify product url "${checked.input.slice(0, 120)}" is not a page of this shop (${checked.problem}); linking its handle instead.`);
  }
  return typeof handle === 'string' ? shopUrl(`products/${encodeURIComponent(handle)}`)?.href : undefined;
}

/** Maps `/products/{handle}.js` or Liquid `{{ product | json }}` onto the SDK's product shape (validated after). */
export function fromShopifyProduct(json: ShopifyProductJson, currency: string = shopifyCurrency()): Record<string, unknown> {
  const optionNames = Array.isArray(json.options)
    ? json.options.map((option: unknown) => (typeof option === 'string' ? option : typeof (option as { name?: unknown })?.name === 'string' ? (option as { name: string }).name : ''))
    : [];
  const variants = Array.isArray(json.variants)
    ? json.variants.map((variant: Record<string, unknown>) => {
        const options: Record<string, unknown> = {};
        optionNames.forEach((name, index) => {
          const value = variant?.[`option${index + 1}`];
          if (name && value !== null && value !== undefined) options[optionKey(name)] = value;
        });
        return { id: variant?.id, title: variant?.title, options, available: variant?.available, price: fromCents(variant?.price) };
      })
    : [];
  const handle = typeof json.handle === 'string' && json.handle ? json.handle : json.id;
  return {
    id: handle,
    title: json.title,
    price: fromCents(json.price),
    currency,
    image: typeof json.featured_image === 'string' ? json.featured_image : (json.featured_image as { src?: unknown } | undefined)?.src,
    url: productPage(json.url, json.handle),
    variants,
  };
}

function store(raw: unknown[], origin: string): Product[] {
  const { products, errors } = validateProducts(raw);
  // One line however many problems: the first few name them, the count says the rest.
  if (errors.length) {
    const listed = errors.slice(0, 10).map((error) => `${error.path}: ${error.message}`).join('; ');
    log.warn(`${origin}: ${errors.length} problem(s) in the product data: ${listed}${errors.length > 10 ? '; …' : ''}`);
  }
  productStore.put(products);
  return products;
}

/** Products printed by the theme: `<script type="application/json" data-shoplive-product>{{ product | json }}</script>`. */
const readScripts = new WeakSet<HTMLScriptElement>();

export function readLiquidProducts(root: ParentNode = document): Product[] {
  const raw: unknown[] = [];
  for (const script of root.querySelectorAll<HTMLScriptElement>('script[type="application/json"][data-shoplive-product]')) {
    if (readScripts.has(script)) continue;
    readScripts.add(script);
    const text = script.textContent ?? '';
    if (text.length > MAX_PRODUCT_BYTES) {
      log.warn(`a data-shoplive-product script is longer than ${MAX_PRODUCT_BYTES} characters; not read`);
      continue;
    }
    try {
      const currency = script.dataset.currency && /^[A-Za-z]{3}$/.test(script.dataset.currency) ? script.dataset.currency : shopifyCurrency();
      raw.push(fromShopifyProduct(parseShopifyJson(text) as ShopifyProductJson, currency));
    } catch (error) {
      log.warn('a data-shoplive-product script is not valid JSON', error);
    }
  }
  return raw.length ? store(raw, 'data-shoplive-product') : [];
}

const HANDLE = /^[a-z0-9][a-z0-9-_]{0,254}$/i;
const inFlight = new Map<string, Promise<Product | null>>();

/** Loads a product by handle from `{root}products/{handle}.js` once per page; null when it cannot be had. */
export function loadShopifyProduct(handle: string): Promise<Product | null> {
  const known = productStore.get(handle);
  if (known) return Promise.resolve(known);
  if (!HANDLE.test(handle)) return Promise.resolve(null);
  let pending = inFlight.get(handle);
  if (!pending) {
    pending = (async () => {
      try {
        const url = shopUrl(`products/${encodeURIComponent(handle)}.js`);
        if (!url) return null;
        const response = await fetch(url.href, { headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const json = parseShopifyJson(await readTextLimited(response, MAX_PRODUCT_BYTES)) as ShopifyProductJson;
        return store([fromShopifyProduct(json)], `/products/${handle}.js`)[0] ?? null;
      } catch (error) {
        log.warn(`product "${handle}" could not be loaded from the shop: ${describeError(error)}`);
        inFlight.delete(handle);
        return null;
      }
    })();
    inFlight.set(handle, pending);
  }
  return pending;
}

/** Finds a product in Shopify mode: the store, then the page's Liquid JSON, then the shop by handle. */
export async function findShopifyProduct(id: string): Promise<Product | null> {
  if (productStore.get(id)) return productStore.get(id)!;
  readLiquidProducts();
  return productStore.get(id) ?? loadShopifyProduct(id);
}

/**
 * Products the stream presents that are not on the page are loaded at a bounded rate: a stream (or whoever can write
 * cues into it) naming a thousand handles must not make a thousand requests to the shop.
 */
export const PRESENTED_LOOKUPS = { max: 5, windowMs: 60_000 } as const;
const lookupTimes: number[] = [];
let refusedInWindow = 0;

/** `findShopifyProduct` for a presented id, within `PRESENTED_LOOKUPS`; null (reported once per window) beyond it. */
export function lookUpPresented(id: string): Promise<Product | null> {
  if (productStore.get(id)) return Promise.resolve(productStore.get(id)!);
  const now = Date.now();
  while (lookupTimes.length && now - lookupTimes[0]! > PRESENTED_LOOKUPS.windowMs) lookupTimes.shift();
  if (!lookupTimes.length) refusedInWindow = 0;
  if (lookupTimes.length >= PRESENTED_LOOKUPS.max && !inFlight.has(id)) {
    if (refusedInWindow++ === 0) {
      log.warn(`the stream presented more than ${PRESENTED_LOOKUPS.max} products that are not on this page within ${PRESENTED_LOOKUPS.windowMs / 1000} s; "${id}" and further ones are not loaded for now.`);
    }
    return Promise.resolve(null);
  }
  if (!inFlight.has(id)) lookupTimes.push(now);
  return findShopifyProduct(id);
}

/** @internal For tests: a fresh rate window. */
export function resetPresentedLookups(): void {
  lookupTimes.length = 0;
  refusedInWindow = 0;
}
