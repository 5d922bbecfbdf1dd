// Shared by the Vue and Svelte tests: one small storefront (the live player and the show's cards) and what it checks.
import { expect } from '@esm-bundle/chai';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import type { AddToCartDetail } from '../../src/internal/events.js';
import { shadowQuery, waitFor } from '../support/dom.js';

let ids = 0;
/** A one-size product: its card's button adds without a size pick. */
export const scarf = () => ({
  id: `fw-scarf-${Date.now().toString(36)}-${ids++}`,
  title: 'Silk Twill Scarf',
  price: 59,
  currency: 'USD',
  url: '/products/silk-twill-scarf',
  variants: [{ id: '2001', title: 'One size', available: true }],
});

/** The framework's listener: records the request and answers it, as a storefront's cart code would. */
export function answeringCart() {
  const requests: AddToCartDetail[] = [];
  return {
    requests,
    onAdd(event: Event) {
      const detail = (event as CustomEvent<AddToCartDetail>).detail;
      requests.push(detail);
      detail.respondWith(Promise.resolve({ ok: true }));
    },
  };
}

/**
 * The elements' code arrives after the framework rendered them, as with the script-tag loader (which defines an
 * element only when it is needed): what the framework did with unknown tags and their data is what counts.
 */
export async function defineElementsLate(host: Element): Promise<void> {
  expect(customElements.get('shoplive-product-cards'), 'not defined while the framework renders').to.equal(undefined);
  const cards = host.querySelector('shoplive-product-cards')!;
  expect(cards.hasAttribute('products'), 'not stringified into an attribute').to.equal(false);
  expect(Array.isArray((cards as unknown as { products: unknown }).products), 'set as a property before the upgrade').to.equal(true);
  await Promise.all([import('../../src/player/index.js'), import('../../src/commerce/index.js')]);
}

/** `products` arrived as a property (the same data, no attribute), the card shows it, and its add is answered. */
export async function addFromCards(host: Element, product: { id: string; title: string }, cart: ReturnType<typeof answeringCart>) {
  const cards = host.querySelector<ShopliveProductCards>('shoplive-product-cards')!;
  expect(cards.hasAttribute('products'), 'not stringified into an attribute').to.equal(false);
  expect((cards.products as Array<{ id: string }>).map((item) => item.id)).to.deep.equal([product.id]);
  await waitFor(() => shadowQuery(cards, '[part~="title"]')?.textContent?.trim() === product.title, 'the card shows the product');
  const button = await waitFor(() => shadowQuery<ShopliveBuyButton>(cards, 'shoplive-buy-button'), 'the card\'s buy button');
  const press = await waitFor(() => shadowQuery<HTMLButtonElement>(button, '[part~="button"]'), 'the add button');
  press.click();
  await waitFor(() => cart.requests.length === 1, 'the framework\'s listener got shoplive-add-to-cart');
  expect(cart.requests[0]!.productId).to.equal(product.id);
  await waitFor(() => button.state === 'added', 'the answer given with respondWith reached the button');
}
