import type { ShopliveFitCheck } from '../../src/returns/fit-check.js';
import { mount, shadowQuery, waitFor } from '../support/dom.js';

/** The demo dress's chart (the same file the demo's product page uses). */
export async function dressChart(): Promise<Record<string, unknown>> {
  return (await (await fetch('/demo/size-chart.json')).json()) as Record<string, unknown>;
}

export function dress(chart: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    id: 'dress-fit',
    title: 'Mulberry Silk Wrap Dress',
    price: 189,
    currency: 'USD',
    category: 'apparel',
    sizeChart: chart,
    care: { en: 'Hand wash cold; lay flat to dry.', de: 'Kalt von Hand waschen; liegend trocknen.' },
    sellerContact: 'https://shop.example/contact',
    variants: ['XS', 'S', 'M', 'L', 'XL'].map((size, index) => ({ id: `v-${size}`, title: size, options: { Size: size }, available: index !== 3 || extra['lSoldOut'] !== true })),
    ...extra,
  };
}

export async function mountCheck(product: unknown, attributes = ''): Promise<ShopliveFitCheck> {
  const check = mount<ShopliveFitCheck>(`<shoplive-fit-check order-id="o-1" ${attributes}></shoplive-fit-check>`);
  check.product = product;
  await waitFor(() => check.phase !== 'loading', 'the check to load');
  await check.updateComplete;
  return check;
}

export const part = <T extends Element = HTMLElement>(check: ShopliveFitCheck, name: string) => shadowQuery<T>(check, `[part~="${name}"]`);

/** Picks an answer the way a shopper does: a click on its chip. */
export async function choose(check: ShopliveFitCheck, question: string, value: string): Promise<void> {
  const input = shadowQuery<HTMLInputElement>(check, `fieldset[data-question="${question}"] input[value="${value}"]`);
  if (!input) throw new Error(`no answer ${value} for ${question}`);
  (input.closest('label') as HTMLElement).click();
  await check.updateComplete;
}

export async function send(check: ShopliveFitCheck): Promise<void> {
  part<HTMLButtonElement>(check, 'send-button')!.click();
  await check.updateComplete;
}

export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
