import { log } from '../internal/log.js';
import { readJsonLimited } from '../internal/read-limited.js';
import { cleanText, describeError } from '../internal/text.js';
import type { AddOutcome } from './answer.js';
import { shopify, shopUrl } from './shopify-routes.js';
import { announceCartError, announceLinesUpdate, dawnCart, deepFocus, dawnSectionIds, horizonSectionIds, standardCart, themeFamily, type ThemeFamily } from './shopify-theme-cart.js';

/**
 * `commerce="shopify"`: with no storefront code at all, add-to-cart goes to the shop's own cart.
 *
 * - Where `Shopify.actions.updateCart` exists and either the theme configured it (`isDefault()` is false) or the page
 *   is recognisably a Dawn- or Horizon-family theme (shopify-theme-cart.ts), the line goes through it: Shopify
 *   documents the default as refreshing those themes in place. On a theme it does not recognize the default reloads
 *   the page, which would end the live stream, so there the Ajax path is kept.
 * - Otherwise `POST {Shopify.routes.root}cart/add.js` with `{ items: [{ id, quantity, properties }] }` (the Ajax
 *   Cart API); a 422 answer's `description` is shown to the shopper. Then the theme is told, the way its family
 *   listens: Horizon-style themes get `shopify:cart:lines-update` before the request (its promise settles with the
 *   new cart and the cart items' sections) and `shopify:cart:error` on failure; every other theme gets `cart:refresh`
 *   and `cart:updated` on `document`, and a Dawn-style `<cart-drawer>` / `<cart-notification>` is handed the sections
 *   it renders (Section Rendering API, `?sections=cart-drawer,cart-icon-bubble`).
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
  const family = themeFamily();
  try {
    if (typeof action === 'function' && (family !== null || (typeof action.isDefault === 'function' && action.isDefault() === false))) {
      return await addThroughAction(action, line);
    }
  } catch (error) {
    log.warn('Shopify.actions.updateCart could not be used', error);
    return { kind: 'failed', message: describeError(error) };
  }
  return addThroughAjax(line, family);
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
 * an id of 16 or more digits to another variant's. `sections` asks the shop to render those sections into the answer.
 */
export function cartAddBody(line: CartLine, sections: string[] = []): string {
  const id = /^\d{1,30}$/.test(line.variantId) ? line.variantId : JSON.stringify(line.variantId);
  const rendered = sections.length ? `,"sections":${JSON.stringify(sections.join(','))},"sections_url":${JSON.stringify(location.pathname)}` : '';
  return `{"items":[{"id":${id},"quantity":${JSON.stringify(line.quantity)},"properties":${JSON.stringify(line.properties)}}]${rendered}}`;
}

type AjaxAnswer = { description?: unknown; message?: unknown; items?: unknown; sections?: unknown } | null;

async function addThroughAjax(line: CartLine, family: ThemeFamily | null): Promise<AddOutcome> {
  const url = shopUrl('cart/add.js');
  if (!url) return { kind: 'failed', message: 'the cart URL is not on this shop' };
  // Horizon-style themes hear of the add before it goes out, as from their own product form.
  const notice = family === 'horizon' ? announceLinesUpdate(line.variantId, line.quantity) : null;
  const sections = notice ? horizonSectionIds() : [];
  let response: Response;
  try {
    response = await fetch(url.href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
      body: cartAddBody(line, sections),
      credentials: 'same-origin',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    log.warn('cart/add.js could not be reached', error);
    notice?.reject(error);
    if (notice) announceCartError(describeError(error), 'SERVICE_UNAVAILABLE', null);
    return { kind: 'failed', message: describeError(error) };
  }
  const body = (await readJsonLimited(response, MAX_CART_BYTES).catch(() => null)) as AjaxAnswer;
  const outcome = ajaxOutcome(response, body);
  if (notice) {
    const message = 'message' in outcome ? outcome.message : null;
    if (outcome.kind !== 'added') announceCartError(message ?? 'Add to cart failed', 'INVALID', message);
    const cart = await readCart();
    const items = Array.isArray((cart as { items?: unknown } | null)?.items) ? ((cart as { items: unknown[] }).items) : [];
    notice.resolve({
      cart: standardCart(cart),
      detail: { items, itemCount: line.quantity, sections: outcome.kind === 'added' ? pickSections(body?.sections, sections) : {}, source: 'shoplive', didError: outcome.kind !== 'added' },
    });
    return outcome;
  }
  if (outcome.kind !== 'added') return outcome;
  const item = Array.isArray(body?.items) && typeof body.items[0] === 'object' && body.items[0] !== null ? (body.items[0] as Record<string, unknown>) : null;
  await refreshThemeCart(item);
  return outcome;
}

type AjaxOutcome = Extract<AddOutcome, { kind: 'added' | 'rejected' | 'failed' }>;

function ajaxOutcome(response: Response, body: AjaxAnswer): AjaxOutcome {
  if (response.status === 422) {
    const text = shopText(body?.description) ?? shopText(body?.message);
    return { kind: 'rejected', reason: text && SOLD_OUT.test(text) ? 'sold-out' : 'custom', message: text };
  }
  if (!response.ok) {
    log.warn(`cart/add.js answered HTTP ${response.status}`);
    return { kind: 'failed', message: `HTTP ${response.status}` };
  }
  return { kind: 'added' };
}

async function readCart(): Promise<unknown> {
  const cartUrl = shopUrl('cart.js');
  try {
    const response = cartUrl && (await fetch(cartUrl.href, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }));
    if (response && response.ok) return await readJsonLimited(response, MAX_CART_BYTES);
  } catch {
    // The theme re-reads the cart itself.
  }
  return null;
}

/** Only the sections asked for, and only HTML strings: the theme renders them, the SDK never does. */
function pickSections(answer: unknown, ids: string[]): Record<string, string> {
  const record = answer && typeof answer === 'object' ? (answer as Record<string, unknown>) : {};
  return Object.fromEntries(ids.flatMap((id) => (typeof record[id] === 'string' ? [[id, record[id] as string]] : [])));
}

/** Tells the theme the cart changed: events for most themes, section re-rendering for Dawn-style ones. Never throws. */
export async function refreshThemeCart(item: Record<string, unknown> | null, cart?: unknown): Promise<void> {
  if (cart === undefined) cart = await readCart();
  // The themes' own event names, not `shoplive-*` ones: not part of the SDK's contract (internal/events.ts), and not composed.
  for (const name of ['cart:refresh', 'cart:updated']) {
    document.dispatchEvent(new CustomEvent(name, { bubbles: true, detail: { cart, source: 'shoplive' } }));
  }
  const drawer = dawnCart();
  if (!drawer) return;
  // As Dawn's own product form does before rendering: focus goes back to the button the shopper pressed on close.
  const focused = deepFocus();
  try {
    if (focused) drawer.setActiveElement?.(focused);
  } catch (error) {
    log.warn('the theme cart did not take the element to return focus to', error);
  }
  const ids = dawnSectionIds(drawer);
  const url = shopUrl('./');
  if (!ids.length || !url) return;
  url.searchParams.set('sections', ids.join(','));
  try {
    const response = await fetch(url.href, { credentials: 'same-origin' });
    if (!response.ok) return;
    const sections = pickSections(await readJsonLimited(response, MAX_CART_BYTES), ids);
    drawer.classList.remove('is-empty');
    drawer.renderContents({ ...(item ?? {}), sections });
  } catch (error) {
    log.warn('could not refresh the theme cart sections', error);
  }
}

export { shopifyCurrency, shopifyRoot, shopifyRootUrl, shopUrl } from './shopify-routes.js';
export { fromShopifyProduct, readLiquidProducts, loadShopifyProduct, findShopifyProduct, lookUpPresented, parseShopifyJson } from './shopify-products.js';
