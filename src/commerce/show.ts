import { checkUrl } from '../internal/url-guard.js';
import { reportError } from './events.js';
import { validateProducts } from './product.js';
import { productStore } from './product-store.js';

/**
 * Feeds a show's products (a player's `products` / `products-src`, or a standalone cards element's) into the page's
 * product store. Bad entries are reported (console + one `shoplive-error` `products-invalid` from `owner`) and
 * skipped; the rest are shown.
 */
export function setShowProducts(owner: HTMLElement, input: unknown, base?: string): void {
  const { products, errors } = validateProducts(input, base);
  if (errors.length) {
    reportError(owner, {
      code: 'products-invalid',
      message: `${errors.length} problem(s) in the product data: ${errors.map((error) => `${error.path || '(root)'}: ${error.message}`).join('; ')}`,
    });
  }
  productStore.put(products);
  productStore.setShow(owner, products.map((product) => product.id));
}

/** Loads `products-src` (JSON, same shape as `products`); relative image/page URLs resolve against the file. */
export async function loadShowProducts(owner: HTMLElement, src: string, signal?: AbortSignal): Promise<void> {
  const checked = checkUrl(src);
  if (!checked.ok) {
    reportError(owner, { code: 'products-load', message: `products-src "${src}" is not a usable http(s) URL (${checked.problem}).` });
    return;
  }
  let data: unknown;
  try {
    const response = await fetch(checked.url.href, { headers: { Accept: 'application/json' }, signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = await response.json();
  } catch (error) {
    if (signal?.aborted) return;
    reportError(owner, { code: 'products-load', message: `products-src ${checked.url.href} could not be loaded: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  if (signal?.aborted) return;
  setShowProducts(owner, data, checked.url.href);
}
