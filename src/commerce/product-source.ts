import { readJsonLimited } from '../internal/read-limited.js';
import { describeError } from '../internal/text.js';
import { checkUrl, URL_PROBLEMS } from '../internal/url-guard.js';

/** One product's JSON for a standalone element (fit check, details sheet): generous, far below what stalls a phone. */
export const MAX_PRODUCT_JSON_BYTES = 256_000;

export type RawProduct =
  | { ok: true; raw: unknown; base: string }
  | { ok: true; raw: undefined }
  | { ok: false; code: 'products-load'; message: string };

/**
 * The raw product an element was given: its `product` property, else its `product-src` JSON (URL-guarded,
 * byte-limited; relative URLs in it resolve against the file), else nothing (`raw: undefined`: the caller may look in
 * the page's product store). `who` starts every message ("fit check", "product details"). Never throws.
 */
export async function rawProduct(who: string, product: unknown, productSrc: string, signal: AbortSignal): Promise<RawProduct> {
  if (product !== undefined) return { ok: true, raw: product, base: document.baseURI };
  if (!productSrc) return { ok: true, raw: undefined };
  const url = checkUrl(productSrc);
  if (!url.ok) return { ok: false, code: 'products-load', message: `${who}: product-src "${url.input}" is not usable: ${URL_PROBLEMS[url.problem]}` };
  try {
    const response = await fetch(url.url, { signal, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, code: 'products-load', message: `${who}: ${url.url.href} answered ${response.status}` };
    return { ok: true, raw: await readJsonLimited(response, MAX_PRODUCT_JSON_BYTES), base: response.url || url.url.href };
  } catch (error) {
    return { ok: false, code: 'products-load', message: `${who}: could not load ${url.url.href}: ${describeError(error)}` };
  }
}
