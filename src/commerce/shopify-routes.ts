import { log } from '../internal/log.js';
import { cleanText } from '../internal/text.js';
import { checkUrl } from '../internal/url-guard.js';

/**
 * Where Shopify mode sends its requests: this shop's origin, under its locale root. Every URL is built with
 * `new URL(path, root)` on `location.origin` and checked again before use, so a `Shopify.routes.root` such as
 * `/.//evil.test/` can never turn into `//evil.test/cart/add.js`.
 */
interface ShopifyGlobal {
  routes?: { root?: unknown };
  currency?: { active?: unknown };
  actions?: {
    updateCart?: ((payload: unknown) => Promise<unknown>) & { isDefault?: () => boolean };
  };
}

export function shopify(): ShopifyGlobal | undefined {
  return (globalThis as unknown as { Shopify?: ShopifyGlobal }).Shopify;
}

const warned = new Set<string>();

function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  log.warn(message);
}

/** A locale root is a plain path: segments of letters, digits, `-` and `_` (`/`, `/fr/`, `/en-ca/`). */
const PLAIN_ROOT = /^\/(?:[\w-]+\/)*$/;

/** The storefront's locale-aware root (`https://shop.example/fr/`), on this origin; `/` when Shopify's is unusable. */
export function shopifyRootUrl(): URL {
  const raw = shopify()?.routes?.root;
  const root = raw === undefined || raw === null ? '/' : typeof raw === 'string' ? raw : `(${typeof raw})`;
  const withSlash = root.endsWith('/') ? root : `${root}/`;
  if (PLAIN_ROOT.test(withSlash)) {
    const checked = checkUrl(withSlash, location.origin, { origin: location.origin });
    if (checked.ok && checked.url.pathname === withSlash) return checked.url;
  }
  warnOnce(`root:${root}`, `Shopify.routes.root "${cleanText(root, 80)}" is not a plain path on this shop; using "/" instead.`);
  return new URL('/', location.origin);
}

/** The root as a path (`/fr/`), for display and for product page links. */
export function shopifyRoot(): string {
  return shopifyRootUrl().pathname;
}

/** A URL of this shop, `path` relative to the locale root (`cart/add.js`); null (and a warning) if it leaves the origin. */
export function shopUrl(path: string): URL | null {
  const url = new URL(path, shopifyRootUrl());
  if (url.origin === location.origin && !url.username && !url.password) return url;
  warnOnce(`url:${path}`, `refused a Shopify request to ${url.origin}: only ${location.origin} is this shop.`);
  return null;
}

export function shopifyCurrency(): string {
  const active = shopify()?.currency?.active;
  return typeof active === 'string' && /^[A-Za-z]{3}$/.test(active) ? active.toUpperCase() : 'USD';
}

