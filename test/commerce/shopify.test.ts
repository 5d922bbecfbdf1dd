// Shopify mode against msw mocks of the Ajax Cart API, the Section Rendering API and product endpoints.
import { expect } from '@esm-bundle/chai';
import '../../src/commerce/product-cards/product-cards.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { fromShopifyProduct } from '../../src/commerce/shopify.js';
import { productStore } from '../../src/commerce/product-store.js';
import { cleanup, mount, recordEvents, waitFor } from '../support/dom.js';
import { captureWarnings, mockHttp, recordFetches, stopMocking } from './support.js';
import { added, cardButton, FakeCartDrawer, freshHandle, handlers, inner, liquidScript, resetShop, shop, shopifyProduct, statusText } from './shopify-support.js';

describe('Shopify mode (commerce="shopify")', () => {
  before(async () => {
    await mockHttp(...handlers);
  });
  after(stopMocking);
  beforeEach(() => {
    (window as unknown as { Shopify: unknown }).Shopify = { routes: { root: '/' }, currency: { active: 'USD' } };
    resetShop();
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
    expect(inner(button, '[part=price]').textContent!.replace(/\s/g, ''), 'the range before a pick').to.equal('$189.00–$199.00');
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
    shop.addStatus = (id) => (id === 1002 ? 422 : id === 1001 ? 500 : 200);
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
    shop.addStatus = () => 200;
    inner(button, '[part=button]').click();
    await waitFor(() => button.state === 'added', 'retry added');
    expect(added.map((body) => body.items[0]!.id)).to.deep.equal([1002, 1001, 1001]);
  });

  it('stays pending on a slow cart, and a double click sends one request', async () => {
    liquidScript(freshHandle('dress'));
    shop.slowMs = 800;
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    const button = await cardButton(cards);
    inner(button, '[data-size="XL"]').click();
    await button.updateComplete;
    const fetches = recordFetches();
    try {
      const target = inner(button, '[part=button]');
      target.click();
      target.click();
      // The request is at the shop (which takes 800 ms): click again while it is on its way.
      await waitFor(() => added.length === 1, 'the request at the shop');
      target.click();
      expect(button.state).to.equal('pending');
      await button.updateComplete;
      expect(statusText(button)).to.equal('Adding…');
      await waitFor(() => button.state === 'added', 'slow add done', 5000);
    } finally {
      fetches.restore();
    }
    // The log records each fetch() as it is called: a second add would be in it before the first could finish.
    expect(fetches.urls.filter((url) => url.endsWith('/cart/add.js'))).to.have.length(1);
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
    const warnings = captureWarnings();
    const handle = freshHandle('missing');
    const missing = mount<ShopliveBuyButton>(`<shoplive-buy-button commerce="shopify" product-id="${handle}"></shoplive-buy-button>`);
    try {
      await waitFor(() => warnings.lines.some((line) => line.includes(`product "${handle}" could not be loaded from the shop: HTTP 404`)), 'the 404 reported');
    } finally {
      warnings.restore();
    }
    await missing.updateComplete;
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
