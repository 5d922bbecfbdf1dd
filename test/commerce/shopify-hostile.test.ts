// Shopify mode with hostile settings and data: a root that points off the shop, ids too long for numbers, a
// stream that names a thousand products (a storefront that answers late: test/faults/cart-faults.test.ts).
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/commerce/product-cards/product-cards.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { productStore } from '../../src/commerce/product-store.js';
import { PRESENTED_LOOKUPS, resetPresentedLookups } from '../../src/commerce/shopify-products.js';
import { cartAddBody, shopifyRootUrl, shopUrl } from '../../src/commerce/shopify.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { captureWarnings, mockHttp, recordFetches, stopMocking } from './support.js';
import { added, cardButton, FakeCartDrawer, freshHandle, handlers, inner, liquidScript, resetShop, shopifyProduct } from './shopify-support.js';


const BIG_ID = '12345678901234567';

/** `/products/big-*.js` answers with a 17-digit variant id written as a JSON number, as Shopify would. */
const bigIdProduct = http.get('/products/:file', ({ params }) => {
  const handle = String(params.file).replace(/\.js$/, '');
  if (!handle.startsWith('big-')) return undefined;
  const text = `{"id":7002,"handle":"${handle}","title":"Big Id Scarf","price":5900,"options":[{"name":"Title"}],"variants":[{"id":${BIG_ID},"title":"Default","option1":"Default","available":true,"price":5900}]}`;
  return new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } });
});

function setShopify(root: unknown): void {
  (window as unknown as { Shopify: unknown }).Shopify = { routes: { root }, currency: { active: 'USD' } };
}

async function addSize(cards: ShopliveProductCards, size: string, state = 'added') {
  const button = await cardButton(cards);
  inner(button, `[data-size="${size}"]`).click();
  await button.updateComplete;
  inner(button, '[part=button]').click();
  await waitFor(() => button.state === state, `state ${state}`);
  await button.updateComplete;
  return button;
}

describe('Shopify mode with hostile settings and data', () => {
  let fetches: ReturnType<typeof recordFetches>;
  let warnings: ReturnType<typeof captureWarnings>;

  before(async () => {
    await mockHttp(bigIdProduct, ...handlers);
  });
  after(stopMocking);
  beforeEach(() => {
    setShopify('/');
    resetShop();
    fetches = recordFetches();
    warnings = captureWarnings();
  });
  afterEach(() => {
    fetches.restore();
    warnings.restore();
    delete (window as unknown as { Shopify?: unknown }).Shopify;
    document.querySelectorAll('script[data-shoplive-product], cart-drawer').forEach((element) => element.remove());
    cleanup();
  });

  it('refuses a Shopify.routes.root that leaves the shop ("/.//evil.test/"): every request and link stays on this origin', async () => {
    setShopify('/.//evil.test/');
    const handle = freshHandle('dress');
    liquidScript(handle, { ...shopifyProduct(handle, 'Mulberry Silk Wrap Dress'), options: ['Size'], url: '//evil.test/products/dress' });
    const drawer = document.body.appendChild(new FakeCartDrawer());
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    await addSize(cards, 'M');
    await waitFor(() => drawer.rendered.length === 1, 'the theme cart re-rendered');

    expect(fetches.urls.length, 'cart/add.js, cart.js, sections').to.equal(3);
    for (const url of fetches.urls) expect(new URL(url).origin, url).to.equal(location.origin);
    expect(fetches.urls[0]).to.equal(`${location.origin}/cart/add.js`);
    expect(added).to.have.length(1);
    const link = cards.shadowRoot!.querySelector<HTMLAnchorElement>('[part=title] a')!;
    expect(new URL(link.href).origin, 'the product link').to.equal(location.origin);
    expect(shopUrl('cart')!.href, 'the cart button').to.equal(`${location.origin}/cart`);
    expect(warnings.lines.filter((line) => line.includes('Shopify.routes.root')), 'reported once').to.have.length(1);
    expect(warnings.lines.some((line) => line.includes('//evil.test/products/dress') && line.includes('not a page of this shop'))).to.equal(true);
  });

  it('accepts only plain locale roots on this origin', () => {
    const cases: Array<[unknown, string]> = [
      ['/', '/'],
      ['/fr/', '/fr/'],
      ['/en-ca', '/en-ca/'],
      ['//evil.test/', '/'],
      ['/\\evil.test/', '/'],
      ['https://evil.test/', '/'],
      [`${location.origin}/fr/`, '/'],
      ['/fr/../../', '/'],
      ['/%2F%2Fevil.test/', '/'],
      [{ toString: () => '//evil.test/' }, '/'],
    ];
    for (const [root, path] of cases) {
      setShopify(root);
      const url = shopifyRootUrl();
      expect([url.origin, url.pathname], String(root)).to.deep.equal([location.origin, path]);
      expect(shopUrl('cart/add.js')!.origin).to.equal(location.origin);
    }
  });

  it('keeps variant ids of 16+ digits exact, from the Liquid JSON and from /products/{handle}.js to cart/add.js', async () => {
    const handle = freshHandle('big-dress');
    const script = liquidScript(handle);
    // A number JSON.parse would round: 12345678901234567 becomes 12345678901234568.
    script.textContent = `{"id":7001,"handle":"${handle}","title":"Big Id Dress","price":18900,"options":["Size"],"variants":[{"id":${BIG_ID},"title":"M","option1":"M","available":true,"price":18900}]}`;
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    await addSize(cards, 'M');
    expect(productStore.get(handle)!.variants[0]!.id).to.equal(BIG_ID);
    expect(fetches.bodies[0]).to.equal(`{"items":[{"id":${BIG_ID},"quantity":1,"properties":{"_shoplive_source":"card"}}]}`);

    const presented = freshHandle('big-scarf');
    productStore.present(cards, presented);
    await waitFor(() => productStore.get(presented), 'the presented product loaded');
    expect(productStore.get(presented)!.variants[0]!.id).to.equal(BIG_ID);
    expect(cartAddBody({ variantId: 'SKU-1', quantity: 2, properties: {} })).to.equal('{"items":[{"id":"SKU-1","quantity":2,"properties":{}}]}');
  });

  it('loads the products a stream presents that are not on the page at a bounded rate, reporting the excess once', async () => {
    resetPresentedLookups();
    liquidScript(freshHandle('dress'));
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    await cardButton(cards);
    const named = Array.from({ length: 12 }, () => freshHandle('cue'));
    for (const handle of named) {
      productStore.present(cards, handle);
      await cards.updateComplete;
    }
    const allowed = named.slice(0, PRESENTED_LOOKUPS.max);
    await waitFor(() => allowed.every((handle) => productStore.showIds(cards).includes(handle)), 'the first ones joined the show');
    await waitFor(() => warnings.lines.some((line) => line.includes('products that are not on this page')), 'the limit reported');
    const lookups = fetches.urls.filter((url) => url.includes('/products/cue-'));
    expect(lookups.map((url) => new URL(url).pathname)).to.deep.equal(allowed.map((handle) => `/products/${handle}.js`));
    expect(warnings.lines.filter((line) => line.includes('products that are not on this page')), 'once').to.have.length(1);
    expect(named.slice(PRESENTED_LOOKUPS.max).some((handle) => productStore.get(handle))).to.equal(false);
  });
});
