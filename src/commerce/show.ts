import { formatBytes, readJsonLimited } from '../internal/read-limited.js';
import { describeError } from '../internal/text.js';
import { checkUrl, URL_PROBLEMS } from '../internal/url-guard.js';
import { reportError } from './events.js';
import { validateProducts } from './product.js';
import { productStore } from './product-store.js';

/** The largest products file read: about 4 kB a product at the 500-product limit. */
export const MAX_PRODUCTS_BYTES = 2_000_000;

/** At most this many problems are spelled out in the one report; the count says how many there were. */
const LISTED_ISSUES = 20;

/**
 * Feeds a show's products (a player's `products` / `products-src`, or a standalone cards element's) into the page's
 * product store, scoped to `owner`. Bad entries are reported (console + one `shoplive-error` `products-invalid` from
 * `owner`) and skipped; the rest are shown.
 */
export function setShowProducts(owner: HTMLElement, input: unknown, base?: string): void {
  const { products, errors } = validateProducts(input, base);
  const kept = productStore.put(products, owner);
  const notes = errors.map((error) => `${error.path || '(root)'}: ${error.message}`);
  // Not an error of this show: its own card shows its data. Buttons outside any show keep the first show's.
  for (const id of kept) notes.push(`product "${id}" is also in another show on this page; buy buttons outside a show keep that one`);
  if (notes.length) {
    const more = notes.length > LISTED_ISSUES ? `; and ${notes.length - LISTED_ISSUES} more` : '';
    reportError(owner, { code: 'products-invalid', message: `${notes.length} problem(s) in the product data: ${notes.slice(0, LISTED_ISSUES).join('; ')}${more}` });
  }
  productStore.setShow(owner, products.map((product) => product.id));
}

/** Loads `products-src` (JSON, same shape as `products`); relative image/page URLs resolve against the file. */
export async function loadShowProducts(owner: HTMLElement, src: string, signal?: AbortSignal): Promise<void> {
  const checked = checkUrl(src);
  if (!checked.ok) {
    reportError(owner, { code: 'products-load', message: `products-src "${checked.input}" is not a usable URL (${URL_PROBLEMS[checked.problem]}).` });
    return;
  }
  let data: unknown;
  try {
    const response = await fetch(checked.url.href, { headers: { Accept: 'application/json' }, signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = await readJsonLimited(response, MAX_PRODUCTS_BYTES);
  } catch (error) {
    if (signal?.aborted) return;
    reportError(owner, {
      code: 'products-load',
      message: `products-src ${checked.url.href} could not be loaded (at most ${formatBytes(MAX_PRODUCTS_BYTES)} of JSON): ${describeError(error)}`,
    });
    return;
  }
  if (signal?.aborted) return;
  setShowProducts(owner, data, checked.url.href);
}
