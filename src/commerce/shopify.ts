import { log } from '../internal/log.js';
import { readJsonLimited } from '../internal/read-limited.js';
import { cleanText, describeError } from '../internal/text.js';
import type { AddOutcome } from './answer.js';
import { shopify, shopUrl } from './shopify-routes.js';

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
 * - Every request goes to this shop (shopify-routes.ts).
 * - Products (shopify-products.ts) come from the page's Liquid product JSON or `/products/{handle}.js`.
 */
export interface CartLine {
  variantId: string;
  quantity: number;
  properties: Record<string, string>;
}

const SOLD_OUT = /sold.?out|out of stock|no longer available/i;
const REQUEST_TIMEOUT_MS = 30_000;
/** Cart and section answers handed to the theme: a cart drawer's HTML is tens of kB. */
const MAX_CART_BYTES = 2_000_000;
const MAX_MESSAGE = 300;

/** Adds one line to the shop's cart and refreshes the theme's cart UI. Never throws. */
export async function addToShopifyCart(line: CartLine): Promise<AddOutcome> {
  const action = shopify()?.actions?.updateCart;
  try {
    if (typeof action === 'function' && typeof action.isDefault === 'function' && action.isDefault() === false) {
      return await addThroughAction(action, line);
    }
  } catch (error) {
    log.warn('Shopify.actions.updateCart could not be used', error);
    return { kind: 'failed', message: describeError(error) };
  }
  return addThroughAjax(line);
}

const shopText = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? cleanText(value.trim(), MAX_MESSAGE) : null);

async function addThroughAction(action: (payload: unknown) => Promise<unknown>, line: CartLine): Promise<AddOutcome> {
  const result = (await action({
    lines: [
      {
        merchandiseId: `gid://shopify/ProductVariant/${line.variantId}`,
        quantity: line.quantity,
        attributes: Object.entries(line.properties).map(([key, value]) => ({ key, value })),
      },
    ],
  })) as { userErrors?: Array<{ code?: unknown; message?: unknown }> } | undefined;
  const error = Array.isArray(result?.userErrors) ? result.userErrors[0] : undefined;
  if (!error) return { kind: 'added' };
  const code = typeof error.code === 'string' ? error.code : '';
  const reason = /STOCK|SOLD_OUT/i.test(code) ? 'sold-out' : /INVALID/i.test(code) ? 'invalid' : 'custom';
  return { kind: 'rejected', reason, message: shopText(error.message) };
}

/**
 * The request body. A numeric variant id is written into the JSON as the digits it came as: `Number()` would round
 * an id of 16 or more digits to another variant's.
 */
export function cartAddBody(line: CartLine): string {
  const id = /^\d{1,30}$/.test(line.variantId) ? line.variantId : JSON.stringify(line.variantId);
  return `{"items":[{"id":${id},"quantity":${JSON.stringify(line.quantity)},"properties":${JSON.stringify(line.properties)}}]}`;
}

async function addThroughAjax(line: CartLine): Promise<AddOutcome> {
  const url = shopUrl('cart/add.js');
  if (!url) return { kind: 'failed', message: 'the cart URL is not on this shop' };
  let response: Response;
  try {
    response = await fetch(url.href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: cartAddBody(line),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    log.warn('cart/add.js could not be reached', error);
    return { kind: 'failed', message: describeError(error) };
  }
  const body = (await readJsonLimited(response, MAX_CART_BYTES).catch(() => null)) as { description?: unknown; message?: unknown; items?: unknown } | null;
  if (response.status === 422) {
    const text = shopText(body?.description) ?? shopText(body?.message);
    return { kind: 'rejected', reason: text && SOLD_OUT.test(text) ? 'sold-out' : 'custom', message: text };
  }
  if (!response.ok) {
    log.warn(`cart/add.js answered HTTP ${response.status}`);
    return { kind: 'failed', message: `HTTP ${response.status}` };
  }
  const item = Array.isArray(body?.items) && typeof body.items[0] === 'object' && body.items[0] !== null ? (body.items[0] as Record<string, unknown>) : null;
  await refreshThemeCart(item);
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

const SECTION_ID = /^[\w-]{1,100}$/;

/** The section ids a Dawn-style cart renders (its own list, else Dawn's two); odd ids are left out. */
function sectionIds(drawer: DawnCart): string[] {
  let listed: unknown = null;
  try {
    listed = drawer.getSectionsToRender?.();
  } catch (error) {
    log.warn('the theme cart could not list its sections', error);
  }
  const ids = Array.isArray(listed)
    ? listed.map((section: { id?: unknown; section?: unknown } | null) => section?.section ?? section?.id).filter((id): id is string => typeof id === 'string' && SECTION_ID.test(id))
    : ['cart-drawer', 'cart-icon-bubble'];
  return [...new Set(ids)].slice(0, 5);
}

/** Tells the theme the cart changed: events for most themes, section re-rendering for Dawn-style ones. Never throws. */
export async function refreshThemeCart(item: Record<string, unknown> | null): Promise<void> {
  let cart: unknown = null;
  const cartUrl = shopUrl('cart.js');
  try {
    const response = cartUrl && (await fetch(cartUrl.href, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
    if (response && response.ok) cart = await readJsonLimited(response, MAX_CART_BYTES);
  } catch {
    // The events below still go out; themes re-read the cart themselves.
  }
  // The themes' own event names, not `shoplive-*` ones: not part of the SDK's contract (internal/events.ts), and not composed.
  for (const name of ['cart:refresh', 'cart:updated']) {
    document.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: { cart, source: 'shoplive' } }));
  }
  const drawer = dawnCart();
  if (!drawer) return;
  const ids = sectionIds(drawer);
  const url = shopUrl('./');
  if (!ids.length || !url) return;
  url.searchParams.set('sections', ids.join(','));
  try {
    const response = await fetch(url.href, { credentials: 'same-origin' });
    if (!response.ok) return;
    const answer = await readJsonLimited(response, MAX_CART_BYTES);
    // Only the sections asked for, and only HTML strings: the theme renders them, the SDK never does.
    const sections = Object.fromEntries(ids.flatMap((id) => (typeof (answer as Record<string, unknown>)?.[id] === 'string' ? [[id, (answer as Record<string, string>)[id]]] : [])));
    drawer.classList.remove('is-empty');
    drawer.renderContents({ ...(item ?? {}), sections });
  } catch (error) {
    log.warn('could not refresh the theme cart sections', error);
  }
}

export { shopifyCurrency, shopifyRoot, shopifyRootUrl, shopUrl } from './shopify-routes.js';
export { fromShopifyProduct, readLiquidProducts, loadShopifyProduct, findShopifyProduct, lookUpPresented, parseShopifyJson } from './shopify-products.js';
