import { log } from '../internal/log.js';
import { shopify } from './shopify-routes.js';

/**
 * The two families of Shopify themes and how each learns that the cart changed.
 *
 * - Dawn and the themes built on it: a `<cart-drawer>` / `<cart-notification>` element with `renderContents()`,
 *   handed the sections it renders (Section Rendering API), plus `cart:refresh` / `cart:updated` events.
 * - Horizon (Shopify's default theme since 2025) and the themes built on it: components listen on `document` for the
 *   storefront's standard event `shopify:cart:lines-update`, dispatched before the add with a promise that resolves
 *   to the new cart (and the HTML of the sections the cart items render); failures also dispatch `shopify:cart:error`.
 */
export type ThemeFamily = 'horizon' | 'dawn';

const HORIZON_ELEMENTS = 'cart-items-component, cart-drawer-component';
const DAWN_ELEMENTS = ['cart-drawer', 'cart-notification'];

/** The family of the current page's theme: its declared schema name first, else the cart elements on the page. */
export function themeFamily(): ThemeFamily | null {
  const schema = (shopify() as { theme?: { schema_name?: unknown } } | undefined)?.theme?.schema_name;
  if (typeof schema === 'string') {
    if (/^horizon$/i.test(schema.trim())) return 'horizon';
    if (/^dawn$/i.test(schema.trim())) return 'dawn';
  }
  if (document.querySelector(HORIZON_ELEMENTS)) return 'horizon';
  if (dawnCart()) return 'dawn';
  return null;
}

export interface DawnCart extends HTMLElement {
  renderContents(state: unknown): void;
  /** Dawn's: the element focus returns to when the notification or drawer closes. */
  setActiveElement?(element: Element): void;
  getSectionsToRender?(): Array<{ id: string; section?: string }>;
}

export function dawnCart(): DawnCart | null {
  for (const tag of DAWN_ELEMENTS) {
    const element = document.querySelector(tag) as DawnCart | null;
    if (element && typeof element.renderContents === 'function') return element;
  }
  return null;
}

/** The element that really has focus, inside shadow roots (a card's buy button), or null. */
export function deepFocus(): HTMLElement | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused instanceof HTMLElement && focused !== document.body ? focused : null;
}

const SECTION_ID = /^[\w-]{1,100}$/;
const MAX_SECTIONS = 5;

/** The section ids a Dawn-style cart renders (its own list, else Dawn's two); odd ids are left out. */
export function dawnSectionIds(drawer: DawnCart): string[] {
  let listed: unknown = null;
  try {
    listed = drawer.getSectionsToRender?.();
  } catch (error) {
    log.warn('the theme cart could not list its sections', error);
  }
  const ids = Array.isArray(listed)
    ? listed.map((section: { id?: unknown; section?: unknown } | null) => section?.section ?? section?.id).filter((id): id is string => typeof id === 'string' && SECTION_ID.test(id))
    : ['cart-drawer', 'cart-icon-bubble'];
  return [...new Set(ids)].slice(0, MAX_SECTIONS);
}

/** The sections Horizon's cart items render themselves from: every `cart-items-component[data-section-id]`. */
export function horizonSectionIds(): string[] {
  const ids = [...document.querySelectorAll<HTMLElement>('cart-items-component[data-section-id]')].map((element) => element.dataset.sectionId ?? '');
  return [...new Set(ids.filter((id) => SECTION_ID.test(id)))].slice(0, MAX_SECTIONS);
}

/** The Storefront-API-shaped cart the standard events carry, made from an Ajax `cart.js` answer. */
export interface StandardCart {
  id: string;
  totalQuantity: number;
  cost: { totalAmount: { amount: string; currencyCode: string } };
  lines: Array<{ id: string; quantity: number; merchandise: { id: string } }>;
  discountCodes: never[];
}

export function standardCart(ajax: unknown): StandardCart | null {
  if (!ajax || typeof ajax !== 'object') return null;
  const cart = ajax as { token?: unknown; item_count?: unknown; total_price?: unknown; currency?: unknown; items?: unknown };
  const items = Array.isArray(cart.items) ? (cart.items as Array<Record<string, unknown>>).filter((item) => item && typeof item === 'object') : [];
  const quantity = (item: Record<string, unknown>) => (typeof item.quantity === 'number' && Number.isFinite(item.quantity) ? item.quantity : 0);
  const totalQuantity = typeof cart.item_count === 'number' ? cart.item_count : items.reduce((sum, item) => sum + quantity(item), 0);
  const cents = typeof cart.total_price === 'number' && Number.isFinite(cart.total_price) ? cart.total_price : 0;
  return {
    id: typeof cart.token === 'string' ? `gid://shopify/Cart/${cart.token}` : '',
    totalQuantity,
    cost: { totalAmount: { amount: (cents / 100).toFixed(2), currencyCode: typeof cart.currency === 'string' ? cart.currency : '' } },
    lines: items.map((item) => ({ id: String(item.key ?? ''), quantity: quantity(item), merchandise: { id: `gid://shopify/ProductVariant/${String(item.variant_id ?? item.id ?? '')}` } })),
    discountCodes: [],
  };
}

export interface LinesUpdateResult {
  cart: StandardCart | null;
  detail: { items: unknown[]; itemCount: number; sections: Record<string, string>; source: 'shoplive'; didError: boolean };
}

/**
 * `shopify:cart:lines-update` as the storefront's standard-events module shapes it: an `Event` whose own properties
 * are the payload (not a CustomEvent `detail`), bubbling, listened for on `document`.
 */
class CartLinesUpdate extends Event {
  readonly action = 'add';
  readonly context = 'product';
  constructor(
    readonly lines: Array<{ merchandiseId: string; quantity: number }>,
    readonly promise: Promise<LinesUpdateResult>,
  ) {
    super('shopify:cart:lines-update', { bubbles: true });
  }
}

class CartError extends Event {
  constructor(
    readonly error: string,
    readonly code: string,
    readonly detail: { description?: string | null },
  ) {
    super('shopify:cart:error', { bubbles: true });
  }
}

/** A pending Horizon-style notification: settle it once with the outcome of the add. */
export interface LinesUpdateNotice {
  resolve(result: LinesUpdateResult): void;
  reject(error: unknown): void;
}

/** Tells a Horizon-style theme an add is under way, before the request goes out (as its own product form does). */
export function announceLinesUpdate(variantId: string, quantity: number): LinesUpdateNotice {
  let settle!: LinesUpdateNotice;
  const promise = new Promise<LinesUpdateResult>((resolve, reject) => (settle = { resolve, reject }));
  // The theme's listeners attach their own handlers; this one only keeps an unheard rejection from being reported.
  promise.catch(() => undefined);
  document.dispatchEvent(new CartLinesUpdate([{ merchandiseId: `gid://shopify/ProductVariant/${variantId}`, quantity }], promise));
  return settle;
}

export function announceCartError(message: string, code: 'INVALID' | 'SERVICE_UNAVAILABLE', description: string | null): void {
  document.dispatchEvent(new CartError(message, code, { description }));
}
