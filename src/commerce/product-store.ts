import { log } from '../internal/log.js';
import type { Product, ProductVariant } from './product.js';

/**
 * One page-wide store of products by id, fed by players (`products`, `products-src`), by Shopify mode and by buy
 * buttons' own `product` property; plus, per "show" (a player, or a standalone cards element), the products of the
 * show and the one being presented. The state lives on a `Symbol.for` global, like the warm-up store, so the player
 * chunk, the commerce chunk and a second copy of the SDK on the page all see the same products.
 */
export type StoreChange =
  | { readonly type: 'products'; readonly ids: readonly string[] }
  | { readonly type: 'show'; readonly owner: object }
  | { readonly type: 'presented'; readonly owner: object; readonly id: string | null };

export type StoreListener = (change: StoreChange) => void;

interface Show {
  ids: string[];
  presented: string | null;
}

interface StoreState {
  products: Map<string, Product>;
  shows: WeakMap<object, Show>;
  listeners: Set<StoreListener>;
}

const storeKey = Symbol.for('shoplive.products.v1');
const state: StoreState = ((globalThis as unknown as Record<symbol, StoreState>)[storeKey] ??= {
  products: new Map(),
  shows: new WeakMap(),
  listeners: new Set(),
});

function notify(change: StoreChange): void {
  for (const listener of [...state.listeners]) {
    try {
      listener(change);
    } catch (error) {
      log.error('a product store listener threw', error);
    }
  }
}

function showOf(owner: object): Show {
  let show = state.shows.get(owner);
  if (!show) {
    show = { ids: [], presented: null };
    state.shows.set(owner, show);
  }
  return show;
}

export const productStore = {
  get(id: string): Product | undefined {
    return state.products.get(id);
  },

  /** Adds or replaces products (already validated). */
  put(products: readonly Product[]): void {
    if (!products.length) return;
    for (const product of products) state.products.set(product.id, product);
    notify({ type: 'products', ids: products.map((product) => product.id) });
  },

  /** A cart said a variant is sold out: every view of it shows so until new data arrives. */
  markSoldOut(productId: string, variantId: string): void {
    const product = state.products.get(productId);
    if (!product?.variants.some((variant) => variant.id === variantId && variant.available)) return;
    const variants: ProductVariant[] = product.variants.map((variant) => (variant.id === variantId ? { ...variant, available: false } : variant));
    this.put([{ ...product, variants }]);
  },

  /** The products of one show, in order. */
  setShow(owner: object, ids: readonly string[]): void {
    showOf(owner).ids = [...new Set(ids)];
    notify({ type: 'show', owner });
  },

  showIds(owner: object): readonly string[] {
    return state.shows.get(owner)?.ids ?? [];
  },

  /** The product the seller is presenting in this show now; null when none. */
  present(owner: object, id: string | null): void {
    const show = showOf(owner);
    if (show.presented === id) return;
    show.presented = id;
    notify({ type: 'presented', owner, id });
  },

  presented(owner: object): string | null {
    return state.shows.get(owner)?.presented ?? null;
  },

  subscribe(listener: StoreListener): () => void {
    state.listeners.add(listener);
    return () => state.listeners.delete(listener);
  },
};
