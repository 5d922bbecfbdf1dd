import { log } from '../internal/log.js';
import type { Product, ProductVariant } from './product.js';

/**
 * One page-wide store of products, fed by players (`products`, `products-src`), by Shopify mode and by buy buttons'
 * own `product` property; plus, per "show" (a player, a standalone cards element, a buy button with its own product),
 * the products of the show and the one being presented. The state lives on a `Symbol.for` global, like the warm-up
 * store, so the player chunk, the commerce chunk and a second copy of the SDK on the page all see the same products.
 *
 * Products are scoped to their show: a show's product is read from that show first, so a second show (or anything
 * else on the page) that uses the same id with other data cannot change the title, link or variants another show
 * displays. The page-wide entry of an id (what a buy button outside any show finds) belongs to whoever put it first,
 * until that show leaves the page.
 */
export type StoreChange =
  | { readonly type: 'products'; readonly ids: readonly string[]; readonly owner: object | null }
  | { readonly type: 'show'; readonly owner: object }
  | { readonly type: 'presented'; readonly owner: object; readonly id: string | null }
  | { readonly type: 'load'; readonly owner: object };

/** Why a show's products file gave no products: the shopper is told which, and may try again. */
export type LoadProblem = 'unavailable' | 'unreadable' | 'too-large';

/** A show's products file on its way, or one that failed (`retry` asks for it again). */
export type ShowLoad = { readonly state: 'loading' } | { readonly state: 'failed'; readonly problem: LoadProblem; readonly retry: () => void };

export type StoreListener = (change: StoreChange) => void;

interface Show {
  ids: string[];
  presented: string | null;
  products: Map<string, Product>;
}

interface PageEntry {
  product: Product;
  /** The show that put it; null for page-level sources (Shopify's own product data, a host script). */
  owner: WeakRef<object> | null;
}

interface StoreState {
  products: Map<string, PageEntry>;
  shows: WeakMap<object, Show>;
  listeners: Set<StoreListener>;
  /** Added later than the rest: a state made by an older copy of the SDK lacks it until first used. */
  loads?: WeakMap<object, ShowLoad>;
}

const storeKey = Symbol.for('shoplive.products.v2');
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
    show = { ids: [], presented: null, products: new Map() };
    state.shows.set(owner, show);
  }
  return show;
}

/** A show that left the page no longer holds its ids. */
function gone(owner: object | undefined): boolean {
  return owner === undefined || (owner instanceof Node && !owner.isConnected);
}

/** May `owner` (null: page level) write the page-wide entry of `id`? */
function mayClaim(id: string, owner: object | null): boolean {
  const entry = state.products.get(id);
  if (!entry) return true;
  if (entry.owner === null) return owner === null;
  const holder = entry.owner.deref();
  return holder === owner || gone(holder);
}

function withAvailability(product: Product, variantId: string): Product | null {
  if (!product.variants.some((variant) => variant.id === variantId && variant.available)) return null;
  const variants: ProductVariant[] = product.variants.map((variant) => (variant.id === variantId ? { ...variant, available: false } : variant));
  return { ...product, variants };
}

export const productStore = {
  /** The product `id` as `owner`'s show knows it, else the page-wide one. */
  get(id: string, owner?: object | null): Product | undefined {
    return (owner ? state.shows.get(owner)?.products.get(id) : undefined) ?? state.products.get(id)?.product;
  },

  /**
   * Adds or replaces products (already validated). With `owner`, they belong to that show; the page-wide entry of
   * an id is only written when nobody else holds it. Returns the ids whose page-wide entry another show keeps.
   */
  put(products: readonly Product[], owner: object | null = null): string[] {
    if (!products.length) return [];
    const kept: string[] = [];
    const show = owner ? showOf(owner) : null;
    for (const product of products) {
      show?.products.set(product.id, product);
      if (mayClaim(product.id, owner)) state.products.set(product.id, { product, owner: owner ? new WeakRef(owner) : null });
      else kept.push(product.id);
    }
    notify({ type: 'products', ids: products.map((product) => product.id), owner });
    return kept;
  },

  /** A cart said a variant is sold out: the show's copy and the page-wide one show so until new data arrives. */
  markSoldOut(productId: string, variantId: string, owner?: object | null): void {
    const show = owner ? state.shows.get(owner) : undefined;
    const scoped = show?.products.get(productId);
    const updated = scoped && withAvailability(scoped, variantId);
    if (updated) show!.products.set(productId, updated);
    const entry = state.products.get(productId);
    const page = entry && withAvailability(entry.product, variantId);
    if (page) state.products.set(productId, { ...entry, product: page });
    if (updated || page) notify({ type: 'products', ids: [productId], owner: owner ?? null });
  },

  /** The products of one show, in order. */
  setShow(owner: object, ids: readonly string[]): void {
    showOf(owner).ids = [...new Set(ids)];
    notify({ type: 'show', owner });
  },

  /** Adds one product to a show (Shopify mode: a product the stream presents, loaded from the shop). */
  addToShow(owner: object, product: Product): void {
    const show = showOf(owner);
    show.products.set(product.id, product);
    if (!show.ids.includes(product.id)) show.ids = [...show.ids, product.id];
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

  /** Where the show's products file is (its widgets show it); null when nothing is loading or failed. */
  load(owner: object): ShowLoad | null {
    return state.loads?.get(owner) ?? null;
  },

  setLoad(owner: object, load: ShowLoad | null): void {
    const loads = (state.loads ??= new WeakMap());
    if ((loads.get(owner) ?? null) === load) return;
    if (load) loads.set(owner, load);
    else loads.delete(owner);
    notify({ type: 'load', owner });
  },

  subscribe(listener: StoreListener): () => void {
    state.listeners.add(listener);
    return () => state.listeners.delete(listener);
  },
};
