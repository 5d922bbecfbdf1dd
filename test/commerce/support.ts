// Shared helpers for the commerce tests: product fixtures, an msw worker for HTTP mocks, and small DOM probes.
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import { productStore } from '../../src/commerce/product-store.js';
import type { Product } from '../../src/commerce/product.js';

let counter = 0;
/** A fresh id per test, so the page-wide product store never leaks state between tests. */
export const uniqueId = (base: string) => `${base}-${Date.now().toString(36)}-${counter++}`;

export function dressInput(id = uniqueId('dress')) {
  return {
    id,
    title: 'Mulberry Silk Wrap Dress',
    price: 189,
    currency: 'USD',
    image: '/demo/img/dress-front.svg',
    url: '/products/mulberry-silk-wrap-dress',
    naturalLightImage: '/demo/img/dress-back.svg',
    sizeChart: {},
    variants: [
      { id: '1001', title: 'XS', options: { Size: 'XS' }, available: true },
      { id: '1002', title: 'S', options: { Size: 'S' }, available: true },
      { id: '1003', title: 'M', options: { Size: 'M' }, available: true },
      { id: '1004', title: 'L', options: { Size: 'L' }, available: false },
      { id: '1005', title: 'XL', options: { Size: 'XL' }, available: true },
    ],
  };
}

export function scarfInput(id = uniqueId('scarf')) {
  return {
    id,
    title: 'Silk Twill Scarf',
    price: 59,
    currency: 'USD',
    image: '/demo/img/dress-detail.svg',
    url: '/products/silk-twill-scarf',
    variants: [{ id: '2001', title: 'One size', available: true }],
  };
}

/** Puts already-valid product data into the page's store (the way a player's `products` would). */
export function putProduct(product: Product): Product {
  productStore.put([product]);
  return product;
}

let worker: SetupWorker | undefined;

/** Starts msw's service worker once per test file; `use()` installs the handlers of one test. */
export async function mockHttp(...handlers: RequestHandler[]): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker(...handlers);
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  } else {
    worker.resetHandlers(...handlers);
  }
  return worker;
}

/** Stops msw and unregisters its worker, so other test files' pages are never controlled by it. */
export async function stopMocking(): Promise<void> {
  worker?.stop();
  worker = undefined;
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
}

/** Runs `action` with mocha's window.onerror silenced: for tests where a storefront listener throws on purpose. */
export async function withUncaughtErrorsAllowed<T>(action: () => Promise<T>): Promise<T> {
  const original = window.onerror;
  window.onerror = () => true;
  try {
    return await action();
  } finally {
    window.onerror = original;
  }
}

/** Records window.open calls instead of opening tabs. */
export function stubWindowOpen(): { calls: string[]; restore(): void } {
  const original = window.open;
  const calls: string[] = [];
  window.open = ((url?: string | URL) => {
    calls.push(String(url));
    return null;
  }) as typeof window.open;
  return { calls, restore: () => (window.open = original) };
}

/** Like waitFor, for probes that must await (e.g. asking a cross-origin frame). */
export async function poll<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Records every fetch() the page makes, synchronously, with its resolved URL: a request log that sees a request to
 * another origin too (which the browser here could not even resolve).
 */
export function recordFetches(): { urls: string[]; bodies: string[]; restore(): void } {
  const original = window.fetch;
  const urls: string[] = [];
  const bodies: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
    if (typeof init?.body === 'string') bodies.push(init.body);
    return original(input, init);
  }) as typeof window.fetch;
  return { urls, bodies, restore: () => (window.fetch = original) };
}

/** Collects console.warn lines (first argument) until restored. */
export function captureWarnings(): { lines: string[]; restore(): void } {
  const original = console.warn;
  const lines: string[] = [];
  console.warn = (first: unknown) => lines.push(String(first));
  return { lines, restore: () => (console.warn = original) };
}
