import type { ShopliveProductDetails } from '../../src/details/product-details.js';
import { mount, waitFor } from '../support/dom.js';

export const base = (category: string, extra: Record<string, unknown> = {}) => ({
  id: `p-${category}-${Math.random().toString(36).slice(2)}`,
  title: `A ${category} product`,
  price: 30,
  currency: 'EUR',
  category,
  image: '/demo/img/dress-front.svg',
  naturalLightImage: '/demo/img/dress-back.svg',
  variants: [{ id: 'v1', title: 'One', available: true }],
  ...extra,
});

export async function mountDetails(product: unknown, attributes = '', parent?: Element): Promise<ShopliveProductDetails> {
  const element = mount<ShopliveProductDetails>(`<shoplive-product-details ${attributes}></shoplive-product-details>`, parent);
  element.product = product;
  await waitFor(() => element.phase !== 'loading', 'the details to load');
  await element.updateComplete;
  return element;
}

export const part = <T extends Element = HTMLElement>(element: Element, name: string) => element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
export const parts = (element: Element, name: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** The cells of a table row, as text. */
export const cells = (row: Element | undefined) => [...(row?.children ?? [])].map((cell) => text(cell));
export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the element's catalog for `lang` has arrived (a heading in that language is on screen). */
export async function untilText(element: Element, selector: string, expected: string | RegExp): Promise<void> {
  await waitFor(() => {
    const value = text(element.shadowRoot!.querySelector(selector));
    return typeof expected === 'string' ? value === expected : expected.test(value);
  }, `${selector} to read ${expected}`);
}
