// Shared by the Shopify-mode tests: msw mocks of the Ajax Cart API, the Section Rendering API and product endpoints,
// a Dawn-style cart drawer, and Liquid product scripts.
import { delay, http, HttpResponse, passthrough } from 'msw';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { waitFor } from '../support/dom.js';

export interface AddBody {
  items: Array<{ id: number; quantity: number; properties: Record<string, string> }>;
  /** Sections the theme wants rendered into the answer (Horizon's product form asks for its cart items). */
  sections?: string;
  sections_url?: string;
}

/** The shop's rendering of a section: the count of lines in the cart. */
export const sectionHtml = (id: string) => `<div id="shopify-section-${id}">${cart.items.length} items</div>`;

/** A product as Shopify's `/products/{handle}.js` returns it (prices in cents, options as objects). */
export function shopifyProduct(handle: string, title: string) {
  return {
    id: 7001,
    handle,
    title,
    price: 18900,
    url: `/products/${handle}`,
    featured_image: '/demo/img/dress-front.svg',
    options: [{ name: 'Size', position: 1, values: ['XS', 'S', 'M', 'L', 'XL'] }],
    variants: [
      { id: 1001, title: 'XS', option1: 'XS', available: true, price: 18900 },
      { id: 1002, title: 'S', option1: 'S', available: true, price: 18900 },
      { id: 1003, title: 'M', option1: 'M', available: true, price: 18900 },
      { id: 1004, title: 'L', option1: 'L', available: false, price: 18900 },
      { id: 1005, title: 'XL', option1: 'XL', available: true, price: 19900 },
    ],
  };
}

let handles = 0;
export const freshHandle = (base: string) => `${base}-${Date.now().toString(36)}${handles++}`;

/** The theme prints the current product: `{{ product | json }}` (options as names). */
export function liquidScript(handle: string, json: Record<string, unknown> = { ...shopifyProduct(handle, 'Mulberry Silk Wrap Dress'), options: ['Size'] }): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.shopliveProduct = '';
  script.dataset.currency = 'USD';
  script.textContent = JSON.stringify(json);
  document.body.append(script);
  return script;
}

export const cart = { items: [] as Array<{ id: number; quantity: number }> };
export const added: AddBody[] = [];
/** What the mocked shop does: the status per variant id, and how long cart/add.js takes. */
export const shop = { addStatus: (_id: number) => 200, slowMs: 0 };

export function resetShop(): void {
  added.length = 0;
  cart.items.length = 0;
  shop.addStatus = () => 200;
  shop.slowMs = 0;
}

export const handlers = [
  http.post('/cart/add.js', async ({ request }) => {
    const body = (await request.json()) as AddBody;
    added.push(body);
    if (shop.slowMs) await delay(shop.slowMs);
    const item = body.items[0]!;
    const status = shop.addStatus(item.id);
    if (status === 422) {
      return HttpResponse.json({ status: 422, message: 'Cart Error', description: `The product 'Mulberry Silk Wrap Dress - ${item.id}' is already sold out.` }, { status });
    }
    if (status !== 200) return HttpResponse.json({ status, message: 'Internal error' }, { status });
    cart.items.push({ id: item.id, quantity: item.quantity });
    const sections = body.sections ? { sections: Object.fromEntries(body.sections.split(',').map((id) => [id, sectionHtml(id)])) } : {};
    return HttpResponse.json({ items: [{ id: item.id, quantity: item.quantity, key: `${item.id}:k`, properties: item.properties }], ...sections });
  }),
  http.get('/cart.js', () => HttpResponse.json({ token: 'c1', item_count: cart.items.length, total_price: cart.items.length * 18900, currency: 'USD', items: cart.items })),
  http.get('/', ({ request }) => {
    const sections = new URL(request.url).searchParams.get('sections');
    if (!sections) return passthrough();
    return HttpResponse.json(Object.fromEntries(sections.split(',').map((id) => [id, sectionHtml(id)])));
  }),
  http.get('/products/:file', ({ params }) => {
    const handle = String(params.file).replace(/\.js$/, '');
    if (handle.startsWith('missing')) return HttpResponse.json({ error: 'not found' }, { status: 404 });
    return HttpResponse.json({ ...shopifyProduct(handle, 'Silk Twill Scarf'), price: 5900, options: [{ name: 'Title', values: ['Default'] }], variants: [{ id: 2001, title: 'Default', option1: 'Default', available: true, price: 5900 }] });
  }),
  http.get('/api/show/products.json', () =>
    HttpResponse.json({ products: [{ id: 'endpoint-dress', title: 'Endpoint Dress', price: 99, currency: 'EUR', variants: [{ id: 'e1', options: { size: 'M' } }] }] }),
  ),
];

/** A Dawn-style cart drawer: the theme's element that renders sections it is handed. */
export class FakeCartDrawer extends HTMLElement {
  rendered: unknown[] = [];
  getSectionsToRender() {
    return [{ id: 'cart-drawer' }, { id: 'cart-icon-bubble' }];
  }
  renderContents(state: unknown) {
    this.rendered.push(state);
  }
}
customElements.define('cart-drawer', FakeCartDrawer);

export const inner = (button: ShopliveBuyButton, selector: string) => button.shadowRoot!.querySelector<HTMLElement>(selector)!;
export const statusText = (button: ShopliveBuyButton) => inner(button, '[part=status]').textContent!.replace(/\s+/g, ' ').trim();

export async function cardButton(cards: ShopliveProductCards): Promise<ShopliveBuyButton> {
  const button = await waitFor(() => cards.shadowRoot?.querySelector<ShopliveBuyButton>('shoplive-buy-button'), 'buy button in the card');
  await waitFor(() => button.shadowRoot?.querySelector('[role=radio]') || button.shadowRoot?.querySelector('[part=price]'), 'product in the button');
  return button;
}

