// What the buy-button tests (test/commerce/buy-button.test.ts and the cart rows of the fault matrix) share: a button
// on a product of the page's store, its parts as the shopper sees them, and a storefront that answers.
import { expect } from '@esm-bundle/chai';
import '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { AddToCartDetail } from '../../src/commerce/events.js';
import { validateProducts } from '../../src/commerce/product.js';
import { productStore } from '../../src/commerce/product-store.js';
import { mount, shadowQuery, waitFor } from '../support/dom.js';
import { dressInput } from './support.js';

export type AddEvent = CustomEvent<AddToCartDetail>;

export function addProduct(input: Record<string, unknown>): string {
  const { products, errors } = validateProducts([input]);
  expect(errors).to.deep.equal([]);
  productStore.put(products);
  return products[0]!.id;
}

export async function mountButton(attributes = '', input: Record<string, unknown> = dressInput()): Promise<ShopliveBuyButton> {
  const id = addProduct(input);
  const button = mount<ShopliveBuyButton>(`<shoplive-buy-button product-id="${id}" ${attributes}></shoplive-buy-button>`);
  await button.updateComplete;
  return button;
}

export const part = (button: ShopliveBuyButton, name: string) => shadowQuery<HTMLElement>(button, `[part~="${name}"]`);
export const buy = (button: ShopliveBuyButton) => part(button, 'button') as HTMLButtonElement;
export const chip = (button: ShopliveBuyButton, size: string) => shadowQuery<HTMLButtonElement>(button, `[role=radio][data-size="${size}"]`)!;
export const statusText = (button: ShopliveBuyButton) => part(button, 'status')!.textContent!.replace(/\s+/g, ' ').trim();
export const label = (button: ShopliveBuyButton) => buy(button).querySelector('.label')!.textContent!.trim();

export async function settle(button: ShopliveBuyButton, state: string): Promise<void> {
  await waitFor(() => button.state === state, `state ${state} (is ${button.state})`, 5000);
  await button.updateComplete;
}

/** Answers every add-to-cart on the document with `answer` until the returned function is called. */
export function answerWith(answer: (detail: AddToCartDetail) => unknown): () => void {
  const listener = (event: Event) => (event as AddEvent).detail.respondWith(answer((event as AddEvent).detail) as never);
  document.addEventListener('shoplive-add-to-cart', listener);
  return () => document.removeEventListener('shoplive-add-to-cart', listener);
}

/** Silences console.warn for `action` (refusals the test provokes on purpose), returning what was warned. */
export async function quietly<T>(action: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (first: unknown) => warnings.push(String(first));
  try {
    return { result: await action(), warnings };
  } finally {
    console.warn = warn;
  }
}
