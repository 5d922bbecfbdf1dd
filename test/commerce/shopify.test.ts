// Shopify mode against msw mocks of the Ajax Cart API, the Section Rendering API and product endpoints.
import { expect } from '@esm-bundle/chai';
import { delay, http, HttpResponse, passthrough } from 'msw';
import '../../src/commerce/product-cards/product-cards.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { fromShopifyProduct } from '../../src/commerce/shopify.js';
import { productStore } from '../../src/commerce/product-store.js';
import { cleanup, mount, recordEvents, sleep, waitFor } from '../support/dom.js';
import { mockHttp, stopMocking } from './support.js';

interface AddBody {
  items: Array<{ id: number; quantity: number; properties: Record<string, string> }>;
}

/** A product as Shopify's `/products/{handle}.js` returns it (prices in cents, options as objects). */
function shopifyProduct(handle: string, title: string) {
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
const freshHandle = (base: string) => `${base}-${Date.now().toString(36)}${handles++}`;

/** The theme prints the current product: `{{ product | json }}` (options as names). */
function liquidScript(handle: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.shopliveProduct = '';
  script.dataset.currency = 'USD';
  script.textContent = JSON.stringify({ ...shopifyProduct(handle, 'Mulberry Silk Wrap Dress'), options: ['Size'] });
  document.body.append(script);
  return script;
}

const cart = { items: [] as Array<{ id: number; quantity: number }> };
const added: AddBody[] = [];
let addStatus: (id: number) => number = () => 200;
let slowMs = 0;

const handlers = [
  http.post('/cart/add.js', async ({ request }) => {
    const body = (await request.json()) as AddBody;
    added.push(body);
    if (slowMs) await delay(slowMs);
    const item = body.items[0]!;
    const status = addStatus(item.id);
    if (status === 422) {
      return HttpResponse.json({ status: 422, message: 'Cart Error', description: `The product 'Mulberry Silk Wrap Dress - ${item.id}' is already sold out.` }, { status });
    }
    if (status !== 200) return HttpResponse.json({ status, message: 'Internal error' }, { status });
    cart.items.push({ id: item.id, quantity: item.quantity });
    return HttpResponse.json({ items: [{ id: item.id, quantity: item.quantity, key: `${item.id}:k`, properties: item.properties }] });
  }),
  http.get('/cart.js', () => HttpResponse.json({ item_count: cart.items.length, items: cart.items })),
  http.get('/', ({ request }) => {
    const sections = new URL(request.url).searchParams.get('sections');
    if (!sections) return passthrough();
    return HttpResponse.json(Object.fromEntries(sections.split(',').map((id) => [id, `<div id="shopify-section-${id}">${cart.items.length} items</div>`])));
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
class FakeCartDrawer extends HTMLElement {
  rendered: unknown[] = [];
  getSectionsToRender() {
    return [{ id: 'cart-drawer' }, { id: 'cart-icon-bubble' }];
  }
  renderContents(state: unknown) {
    this.rendered.push(state);
  }
}
customElements.define('cart-drawer', FakeCartDrawer);

const inner = (button: ShopliveBuyButton, selector: string) => button.shadowRoot!.querySelector<HTMLElement>(selector)!;
const statusText = (button: ShopliveBuyButton) => inner(button, '[part=status]').textContent!.replace(/\s+/g, ' ').trim();

async function cardButton(cards: ShopliveProductCards): Promise<ShopliveBuyButton> {
  const button = await waitFor(() => cards.shadowRoot?.querySelector<ShopliveBuyButton>('shoplive-buy-button'), 'buy button in the card');
  await waitFor(() => button.shadowRoot?.querySelector('[role=radio]') || button.shadowRoot?.querySelector('[part=price]'), 'product in the button');
  return button;
}

describe('Shopify mode (commerce="shopify")', () => {
  before(async () => {
    await mockHttp(...handlers);
  });
  after(stopMocking);
  beforeEach(() => {
    (window as unknown as { Shopify: unknown }).Shopify = { routes: { root: '/' }, currency: { active: 'USD' } };
    added.length = 0;
    cart.items.length = 0;
    addStatus = () => 200;
    slowMs = 0;
  });
  afterEach(() => {
    delete (window as unknown as { Shopify?: unknown }).Shopify;
    document.querySelectorAll('script[data-shoplive-product], cart-drawer').forEach((element) => element.remove());
    cleanup();
  });

  it('adds from a card with a size: one POST to /cart/add.js with the right body, then the theme cart refreshes', async () => {
    const handle = freshHandle('silk-wrap-dress');
    liquidScript(handle);
    const drawer = document.body.appendChild(new FakeCartDrawer());
    const themeEvents = recordEvents(document, ['cart:refresh', 'cart:updated']);
    const adds = recordEvents(document, ['shoplive-add-to-cart']);
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    const button = await cardButton(cards);
    expect(button.productId).to.equal(handle);
    expect(inner(button, '[part=price]').textContent!.trim()).to.equal('$189.00');
    inner(button, '[data-size="M"]').click();
    await button.updateComplete;
    inner(button, '[part=button]').click();
    await waitFor(() => button.state === 'added', 'added to the Shopify cart');
    expect(adds, 'the storefront still hears the event').to.have.length(1);
    expect(added).to.deep.equal([{ items: [{ id: 1003, quantity: 1, properties: { _shoplive_source: 'card' } }] }]);
    await waitFor(() => drawer.rendered.length === 1, 'Dawn drawer re-rendered');
    expect(drawer.rendered[0]).to.deep.equal({
      id: 1003,
      quantity: 1,
      key: '1003:k',
      properties: { _shoplive_source: 'card' },
      sections: { 'cart-drawer': '<div id="shopify-section-cart-drawer">1 items</div>', 'cart-icon-bubble': '<div id="shopify-section-cart-icon-bubble">1 items</div>' },
    });
    expect(themeEvents.map((event) => event.type)).to.deep.equal(['cart:refresh', 'cart:updated']);
    expect((themeEvents[0]!.detail as { cart: { item_count: number } }).cart.item_count).to.equal(1);
  });

  it('shows the shop\'s reason for a sold-out size (422) and marks it; a 500 offers a retry that works', async () => {
    liquidScript(freshHandle('dress'));
    addStatus = (id) => (id === 1002 ? 422 : id === 1001 ? 500 : 200);
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    const button = await cardButton(cards);
    inner(button, '[data-size="S"]').click();
    await button.updateComplete;
    inner(button, '[part=button]').click();
    await waitFor(() => button.state === 'error', 'sold out');
    await button.updateComplete;
    expect(statusText(button)).to.equal("The product 'Mulberry Silk Wrap Dress - 1002' is already sold out.");
    await waitFor(() => inner(button, '[data-size="S"]').getAttribute('aria-disabled') === 'true', 'S marked sold out');

    const warn = console.warn;
    console.warn = () => undefined;
    try {
      inner(button, '[data-size="XS"]').click();
      await button.updateComplete;
      inner(button, '[part=button]').click();
      await waitFor(() => button.state === 'error', 'server error');
    } finally {
      console.warn = warn;
    }
    await button.updateComplete;
    expect(statusText(button)).to.equal('Could not add to cart. Please try again.');
    expect(inner(button, '[part=button] .label').textContent!.trim()).to.equal('Try again');
    addStatus = () => 200;
    inner(button, '[part=button]').click();
    await waitFor(() => button.state === 'added', 'retry added');
    expect(added.map((body) => body.items[0]!.id)).to.deep.equal([1002, 1001, 1001]);
  });

  it('stays pending on a slow cart, and a double click sends one request', async () => {
    liquidScript(freshHandle('dress'));
    slowMs = 800;
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    const button = await cardButton(cards);
    inner(button, '[data-size="XL"]').click();
    await button.updateComplete;
    const target = inner(button, '[part=button]');
    target.click();
    target.click();
    await sleep(300);
    target.click();
    expect(button.state).to.equal('pending');
    await button.updateComplete;
    expect(statusText(button)).to.equal('Adding…');
    await waitFor(() => button.state === 'added', 'slow add done', 5000);
    await sleep(100);
    expect(added).to.have.length(1);
    expect(added[0]!.items[0]!.id).to.equal(1005);
  });

  it('lets a storefront answer win over the Shopify default', async () => {
    liquidScript(freshHandle('dress'));
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    const button = await cardButton(cards);
    const answer = (event: Event) => (event as CustomEvent<{ respondWith(value: unknown): void }>).detail.respondWith({ ok: true });
    document.addEventListener('shoplive-add-to-cart', answer);
    try {
      inner(button, '[data-size="M"]').click();
      await button.updateComplete;
      inner(button, '[part=button]').click();
      await waitFor(() => button.state === 'added', 'added by the storefront');
    } finally {
      document.removeEventListener('shoplive-add-to-cart', answer);
    }
    expect(added).to.deep.equal([]);
  });

  it('uses Shopify.actions.updateCart where the theme configured it', async () => {
    liquidScript(freshHandle('dress'));
    const calls: unknown[] = [];
    const updateCart = Object.assign(
      async (payload: unknown) => {
        calls.push(payload);
        return calls.length === 1 ? { cart: {}, userErrors: [] } : { cart: {}, userErrors: [{ code: 'MERCHANDISE_OUT_OF_STOCK', message: 'Out of stock' }] };
      },
      { isDefault: () => false },
    );
    (window as unknown as { Shopify: { actions: unknown } }).Shopify.actions = { updateCart };
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    const button = await cardButton(cards);
    inner(button, '[data-size="M"]').click();
    await button.updateComplete;
    inner(button, '[part=button]').click();
    await waitFor(() => button.state === 'added', 'added through the action');
    expect(calls).to.deep.equal([{ lines: [{ merchandiseId: 'gid://shopify/ProductVariant/1003', quantity: 1, attributes: [{ key: '_shoplive_source', value: 'card' }] }] }]);
    inner(button, '[data-size="S"]').click();
    await button.updateComplete;
    inner(button, '[part=button]').click();
    await waitFor(() => button.state === 'error', 'refused by the action');
    await button.updateComplete;
    expect(statusText(button)).to.equal('Out of stock');
    expect(added, 'no Ajax request').to.deep.equal([]);
  });

  it('loads a product the stream presents from /products/{handle}.js', async () => {
    liquidScript(freshHandle('dress'));
    const scarf = freshHandle('silk-scarf');
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    await cardButton(cards);
    productStore.present(cards, scarf);
    await waitFor(() => cards.shadowRoot!.querySelector('[part=title]')?.textContent?.trim() === 'Silk Twill Scarf', 'scarf card');
    expect(cards.shadowRoot!.querySelector('[part=price]')!.textContent!.trim()).to.equal('$59.00');

    // A standalone button finds its product by handle too; an unknown one stays unavailable.
    const other = freshHandle('silk-scarf');
    const standalone = mount<ShopliveBuyButton>(`<shoplive-buy-button commerce="shopify" product-id="${other}"></shoplive-buy-button>`);
    await waitFor(() => standalone.currentProduct, 'standalone product loaded');
    const warn = console.warn;
    console.warn = () => undefined;
    const missing = mount<ShopliveBuyButton>(`<shoplive-buy-button commerce="shopify" product-id="${freshHandle('missing')}"></shoplive-buy-button>`);
    await sleep(300);
    console.warn = warn;
    expect(missing.currentProduct).to.equal(null);
    expect(inner(missing, '[part=button]').getAttribute('aria-disabled')).to.equal('true');
  });

  it('loads products-src from a products endpoint', async () => {
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards products-src="/api/show/products.json"></shoplive-product-cards>');
    await waitFor(() => cards.shadowRoot!.querySelector('[part=title]')?.textContent?.trim() === 'Endpoint Dress', 'endpoint product');
    expect(cards.shadowRoot!.querySelector('[part=price]')!.textContent!.trim()).to.equal('€99.00');
  });

  it('maps Shopify product JSON (cents, option names in any language) onto products', () => {
    const mapped = fromShopifyProduct({ ...shopifyProduct('h', 'T'), options: [{ name: '尺码' }] }, 'CNY');
    expect(mapped.id).to.equal('h');
    expect(mapped.price).to.equal(189);
    expect(mapped.currency).to.equal('CNY');
    expect((mapped.variants as Array<{ options: unknown; price: number }>)[4]).to.deep.include({ options: { size: 'XL' }, price: 199 });
  });
});
