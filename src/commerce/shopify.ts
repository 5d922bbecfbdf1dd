import { log } from '../internal/log.js';
import type { AddOutcome } from './answer.js';
import { optionKey, validateProducts, type Product } from './product.js';
import { productStore } from './product-store.js';

/**
 * `commerce="shopify"`: with no storefront code at all, add-to-cart goes to the shop's own cart.
 *
 * - Where the theme configured Shopify's standard action `Shopify.actions.updateCart` (its `isDefault()` is false),
 *   the line goes through it and the theme refreshes its own cart UI. The unconfigured default is not used: on a
 *   theme it does not recognize it reloads the page, which would end the live stream.
 * - Otherwise `POST {Shopify.routes.root}cart/add.js` with `{ items: [{ id, quantity, properties }] }` (the Ajax
 *   Cart API); a 422 answer's `description` is shown to the shopper. Then the theme is asked to refresh its cart:
 *   `cart:refresh` and `cart:updated` events on `document` (many themes listen for one of them), and on Dawn-style
 *   themes (a `<cart-drawer>` or `<cart-notification>` element with `renderContents()`) the sections it renders are
 *   fetched with the Section Rendering API (`?sections=cart-drawer,cart-icon-bubble`) and handed to it.
 * - Products come from the page's Liquid product JSON (`<script type="application/json" data-shoplive-product>`,
 *   as the theme app extension prints it) or from `/products/{handle}.js`. Shopify products are keyed by handle.
 */
interface ShopifyGlobal {
  routes?: { root?: string };
  currency?: { active?: string };
  actions?: {
    updateCart?: ((payload: unknown) => Promise<unknown>) & { isDefault?: () => boolean };
  };
}

function shopify(): ShopifyGlobal | undefined {
  return (globalThis as unknown as { Shopify?: ShopifyGlobal }).Shopify;
}

/** The storefront's locale-aware root (`/`, `/fr/`...), same origin only. */
export function shopifyRoot(): string {
  const root = shopify()?.routes?.root ?? '/';
  try {
    const url = new URL(root, location.href);
    if (url.origin === location.origin) return url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  } catch {
    // fall through
  }
  log.warn(`Shopify.routes.root "${root}" is not a path on this shop; using "/".`);
  return '/';
}

export function shopifyCurrency(): string {
  const active = shopify()?.currency?.active;
  return typeof active === 'string' && /^[A-Za-z]{3}$/.test(active) ? active.toUpperCase() : 'USD';
}

export interface CartLine {
  variantId: string;
  quantity: number;
  properties: Record<string, string>;
}

const SOLD_OUT = /sold.?out|out of stock|no longer available/i;
const REQUEST_TIMEOUT_MS = 30_000;

/** Adds one line to the shop's cart and refreshes the theme's cart UI. Never throws. */
export async function addToShopifyCart(line: CartLine): Promise<AddOutcome> {
  const action = shopify()?.actions?.updateCart;
  if (typeof action === 'function' && typeof action.isDefault === 'function' && action.isDefault() === false) {
    return addThroughAction(action, line);
  }
  return addThroughAjax(line);
}

async function addThroughAction(action: (payload: unknown) => Promise<unknown>, line: CartLine): Promise<AddOutcome> {
  try {
    const result = (await action({
      lines: [
        {
          merchandiseId: `gid://shopify/ProductVariant/${line.variantId}`,
          quantity: line.quantity,
          attributes: Object.entries(line.properties).map(([key, value]) => ({ key, value })),
        },
      ],
    })) as { userErrors?: Array<{ code?: string; message?: string }> } | undefined;
    const error = result?.userErrors?.[0];
    if (!error) return { kind: 'added' };
    const soldOut = /STOCK|SOLD_OUT/i.test(error.code ?? '');
    return { kind: 'rejected', reason: soldOut ? 'sold-out' : /INVALID/i.test(error.code ?? '') ? 'invalid' : 'custom', message: error.message ?? null };
  } catch (error) {
    log.warn('Shopify.actions.updateCart failed', error);
    return { kind: 'failed', message: String(error) };
  }
}

async function addThroughAjax(line: CartLine): Promise<AddOutcome> {
  const root = shopifyRoot();
  const id = /^\d+$/.test(line.variantId) ? Number(line.variantId) : line.variantId;
  let response: Response;
  try {
    response = await fetch(`${root}cart/add.js`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: JSON.stringify({ items: [{ id, quantity: line.quantity, properties: line.properties }] }),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    log.warn('cart/add.js could not be reached', error);
    return { kind: 'failed', message: String(error) };
  }
  const body = (await response.json().catch(() => null)) as { description?: unknown; message?: unknown; items?: Array<{ key?: string }> } | null;
  if (response.status === 422) {
    const text = [body?.description, body?.message].find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? null;
    return { kind: 'rejected', reason: text && SOLD_OUT.test(text) ? 'sold-out' : 'custom', message: text };
  }
  if (!response.ok) {
    log.warn(`cart/add.js answered HTTP ${response.status}`);
    return { kind: 'failed', message: `HTTP ${response.status}` };
  }
  await refreshThemeCart(root, body?.items?.[0] ?? null);
  return { kind: 'added' };
}

interface DawnCart extends HTMLElement {
  renderContents(state: unknown): void;
  getSectionsToRender?(): Array<{ id: string; section?: string }>;
}

function dawnCart(): DawnCart | null {
  for (const tag of ['cart-drawer', 'cart-notification']) {
    const element = document.querySelector(tag) as DawnCart | null;
    if (element && typeof element.renderContents === 'function') return element;
  }
  return null;
}

/** Tells the theme the cart changed: events for most themes, section re-rendering for Dawn-style ones. */
export async function refreshThemeCart(root: string, item: { key?: string } | null): Promise<void> {
  let cart: unknown = null;
  try {
    const response = await fetch(`${root}cart.js`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.ok) cart = await response.json();
  } catch {
    // The events below still go out; themes re-read the cart themselves.
  }
  for (const name of ['cart:refresh', 'cart:updated']) {
    document.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: { cart, source: 'shoplive' } }));
  }
  const drawer = dawnCart();
  if (!drawer) return;
  const ids = drawer.getSectionsToRender?.().map((section) => section.section ?? section.id) ?? ['cart-drawer', 'cart-icon-bubble'];
  try {
    const response = await fetch(`${root}?sections=${encodeURIComponent([...new Set(ids)].slice(0, 5).join(','))}`, { credentials: 'same-origin' });
    if (!response.ok) return;
    const sections = (await response.json()) as Record<string, string>;
    drawer.classList.remove('is-empty');
    // Dawn renders the theme's own section HTML; the SDK never touches it.
    drawer.renderContents({ ...(item ?? {}), sections });
  } catch (error) {
    log.warn('could not refresh the theme cart sections', error);
  }
}

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

/** Shopify prices are integers in the currency's minor unit (cents). */
const fromCents = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value / 100 : value);

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
    url: json.url ?? (typeof json.handle === 'string' ? `${shopifyRoot()}products/${json.handle}` : undefined),
    variants,
  };
}

function store(raw: unknown[], origin: string): Product[] {
  const { products, errors } = validateProducts(raw);
  for (const error of errors) log.warn(`${origin}: ${error.path}: ${error.message}`);
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
    try {
      const currency = script.dataset.currency && /^[A-Za-z]{3}$/.test(script.dataset.currency) ? script.dataset.currency : shopifyCurrency();
      raw.push(fromShopifyProduct(JSON.parse(script.textContent ?? '') as ShopifyProductJson, currency));
    } catch (error) {
      log.warn('a data-shoplive-product script is not valid JSON', error);
    }
  }
  return raw.length ? store(raw, 'data-shoplive-product') : [];
}

const HANDLE = /^[a-z0-9][a-z0-9-_]{0,254}$/i;
const inFlight = new Map<string, Promise<Product | null>>();

/** Loads a product by handle from `/products/{handle}.js` once per page; null when it cannot be had. */
export function loadShopifyProduct(handle: string): Promise<Product | null> {
  const known = productStore.get(handle);
  if (known) return Promise.resolve(known);
  if (!HANDLE.test(handle)) return Promise.resolve(null);
  let pending = inFlight.get(handle);
  if (!pending) {
    pending = (async () => {
      try {
        const response = await fetch(`${shopifyRoot()}products/${encodeURIComponent(handle)}.js`, { headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return store([fromShopifyProduct((await response.json()) as ShopifyProductJson)], `/products/${handle}.js`)[0] ?? null;
      } catch (error) {
        log.warn(`product "${handle}" could not be loaded from the shop`, error);
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
