import { formatBytes, readJsonLimited, ResponseTooLarge } from '../internal/read-limited.js';
import { describeError } from '../internal/text.js';
import { checkUrl, URL_PROBLEMS } from '../internal/url-guard.js';
import { reportError } from './events.js';
import { validateProducts } from './product.js';
import { productStore, type LoadProblem, type ShowLoad } from './product-store.js';

/** The largest products file read: about 4 kB a product at the 500-product limit. */
export const MAX_PRODUCTS_BYTES = 2_000_000;

/** At most this many problems are spelled out in the one report; the count says how many there were. */
const LISTED_ISSUES = 20;

/**
 * Feeds a show's products (a player's `products` / `products-src`, or a standalone cards element's) into the page's
 * product store, scoped to `owner`. Bad entries are reported (console + one `shoplive-error` `products-invalid` from
 * `owner`) and skipped; the rest are shown. Returns how many entries were refused.
 */
export function setShowProducts(owner: HTMLElement, input: unknown, base?: string): number {
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
  return errors.length;
}

/** What went wrong with a products file, in the shopper's terms. */
function problemOf(error: unknown): LoadProblem {
  if (error instanceof ResponseTooLarge) return 'too-large';
  return error instanceof SyntaxError ? 'unreadable' : 'unavailable';
}

/**
 * Loads `products-src` (JSON, same shape as `products`); relative image/page URLs resolve against the file. While it
 * loads, and when it fails, the show's load state (product-store.ts) says so, for its widgets to show; a failed load
 * can be retried from there. A load that is aborted (a new `src`, the element left) leaves no state behind.
 */
export async function loadShowProducts(owner: HTMLElement, src: string, signal?: AbortSignal): Promise<void> {
  const checked = checkUrl(src);
  if (!checked.ok) {
    reportError(owner, { code: 'products-load', message: `products-src "${checked.input}" is not a usable URL (${URL_PROBLEMS[checked.problem]}).` });
    return;
  }
  let current: ShowLoad = { state: 'loading' };
  const settle = (load: ShowLoad | null) => {
    if (productStore.load(owner) === current) productStore.setLoad(owner, load);
    current = load ?? current;
  };
  const onAbort = () => settle(null);
  productStore.setLoad(owner, current);
  signal?.addEventListener('abort', onAbort, { once: true });
  const fail = (problem: LoadProblem) => {
    signal?.removeEventListener('abort', onAbort);
    const failed: ShowLoad = {
      state: 'failed',
      problem,
      retry: () => {
        if (productStore.load(owner) === failed && !signal?.aborted) void loadShowProducts(owner, src, signal);
      },
    };
    settle(failed);
  };
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
    return fail(problemOf(error));
  }
  if (signal?.aborted) return;
  const refused = setShowProducts(owner, data, checked.url.href);
  // A file with nothing usable in it (already reported as products-invalid) is one the shopper cannot shop from.
  if (productStore.showIds(owner).length || !refused) {
    signal?.removeEventListener('abort', onAbort);
    settle(null);
  } else {
    fail('unreadable');
  }
}
