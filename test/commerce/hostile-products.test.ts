// Product data that tries to get out of its box: another show's ids, cues for products that are not in the show,
// data past every limit, bidi tricks and words too long for the widget.
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/commerce/product-cards/product-cards.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { AddToCartDetail, CommerceErrorDetail } from '../../src/commerce/events.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { PRODUCT_LIMITS, validateProducts } from '../../src/commerce/product.js';
import { productStore } from '../../src/commerce/product-store.js';
import { MAX_PRODUCTS_BYTES } from '../../src/commerce/show.js';
import { cleanup, mount, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { captureWarnings, dressInput, mockHttp, scarfInput, stopMocking, uniqueId } from './support.js';

type AddEvent = CustomEvent<AddToCartDetail>;

const part = (host: Element, name: string) => shadowQuery<HTMLElement>(host, `[part~="${name}"]`);
const titleText = (cards: ShopliveProductCards) => part(cards, 'title')!.textContent!.trim();
const errorsOf = (events: CustomEvent[], code: string) => events.filter((event) => (event.detail as CommerceErrorDetail).code === code);

async function mountCards(products: unknown[]): Promise<ShopliveProductCards> {
  const cards = mount<ShopliveProductCards>('<shoplive-product-cards></shoplive-product-cards>');
  cards.products = products;
  await waitFor(() => part(cards, 'card'), 'card rendered');
  return cards;
}

/** A body of `bytes` bytes, streamed without a Content-Length (so only counting can stop it). */
function streamedJson(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`[${' '.repeat(64 * 1024 - 2)}`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      controller.enqueue(sent === 0 ? chunk : chunk.map(() => 0x20));
      sent += chunk.byteLength;
    },
  });
}

describe('hostile product data', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    cleanup();
  });

  it('keeps each show\'s product its own: a second show with the same id changes neither the first show nor buttons outside', async () => {
    const id = uniqueId('dress');
    const first = await mountCards([dressInput(id)]);
    const errors = recordEvents(document, ['shoplive-error']);
    const fake = { ...dressInput(id), title: 'Counterfeit', url: 'https://evil.test/phish', variants: [{ id: 'evil-1', options: { size: 'M' } }] };
    const second = await mountCards([fake]);
    await first.updateComplete;
    expect(titleText(first)).to.equal('Mulberry Silk Wrap Dress');
    expect(titleText(second), 'the second show shows its own data').to.equal('Counterfeit');
    expect(errorsOf(errors, 'products-invalid').map((event) => (event.detail as CommerceErrorDetail).message)).to.deep.equal([
      `1 problem(s) in the product data: product "${id}" is also in another show on this page; buy buttons outside a show keep that one`,
    ]);

    const outside = mount<ShopliveBuyButton>(`<shoplive-buy-button product-id="${id}"></shoplive-buy-button>`);
    await outside.updateComplete;
    expect(outside.currentProduct!.title).to.equal('Mulberry Silk Wrap Dress');

    // The first show's button adds the first show's variant.
    const adds = recordEvents(document, ['shoplive-add-to-cart']) as AddEvent[];
    const answer = (event: Event) => (event as AddEvent).detail.respondWith(true);
    document.addEventListener('shoplive-add-to-cart', answer);
    try {
      const button = part(first, 'buy-button') as ShopliveBuyButton;
      await button.updateComplete;
      button.shadowRoot!.querySelector<HTMLElement>('[data-size="M"]')!.click();
      await button.updateComplete;
      button.shadowRoot!.querySelector<HTMLElement>('[part=button]')!.click();
      await waitFor(() => button.state === 'added', 'added');
    } finally {
      document.removeEventListener('shoplive-add-to-cart', answer);
    }
    expect(adds.map((event) => event.detail.variantId)).to.deep.equal(['1003']);
  });

  it('ignores a presented id that is not in the show (reported once), and never lists it', async () => {
    const dress = dressInput();
    const scarf = scarfInput();
    const show = await mountCards([dress]);
    await mountCards([scarf]);
    const errors = recordEvents(document, ['shoplive-error']);
    productStore.present(show, scarf.id);
    await show.updateComplete;
    productStore.present(show, null);
    productStore.present(show, scarf.id);
    await show.updateComplete;
    expect(titleText(show), 'the other show\'s scarf is not shown').to.equal('Mulberry Silk Wrap Dress');
    expect(part(show, 'badge')).to.equal(null);
    expect(part(show, 'list-button'), 'one product: no list').to.equal(null);
    expect(errorsOf(errors, 'product-refused').map((event) => (event.detail as CommerceErrorDetail).message)).to.deep.equal([
      `the stream presented "${scarf.id}", which is not a product of this show; ignored.`,
    ]);
    productStore.present(show, dress.id);
    await waitFor(() => part(show, 'badge'), 'its own product is presented');
  });

  it('applies every limit with a message naming it: counts, lengths, ids, prices, URLs', () => {
    const many = Array.from({ length: PRODUCT_LIMITS.products + 3 }, (_, index) => ({ id: `p${index}`, title: 't', price: 1, currency: 'USD' }));
    const counted = validateProducts(many);
    expect(counted.products).to.have.length(PRODUCT_LIMITS.products);
    expect(counted.errors.map((error) => error.message)).to.deep.equal([`more than ${PRODUCT_LIMITS.products} products; the rest were skipped`]);

    const base = { id: 'x', title: 'Scarf', price: 59, currency: 'USD' };
    const { products, errors } = validateProducts(
      [
        { ...base, id: 'long-title', title: 'W'.repeat(5000) },
        { ...base, id: 'rich', price: 1e12 },
        { ...base, id: 'exp', price: '1e3' },
        { ...base, id: 'x\u202E' },
        { ...base, id: 'big-variant', variants: [{ id: 2 ** 60 }, { id: 'ok' }] },
        { ...base, id: 'options', variants: [{ id: 'v', options: Object.fromEntries(Array.from({ length: 11 }, (_, k) => [`o${k}`, 'x'])) }] },
        { ...base, id: 'creds', image: 'https://shop.example@evil.test/a.jpg', url: 'https://shop.example@evil.test/p' },
        { ...base, id: 'bidi', title: 'Silk \u202Eezis\u2066 \u200Bscarf' },
      ],
      'https://shop.example/',
    );
    const messages = errors.map((error) => `${error.path}: ${error.message}`);
    expect(messages).to.deep.equal([
      `products[0].title: longer than ${PRODUCT_LIMITS.text} characters; shortened`,
      'products[1].price: must be a number from 0 to 1e+10; product skipped',
      'products[2].price: must be a number from 0 to 1e+10; product skipped',
      'products[3].id: contains invisible, control or bidi characters; product skipped',
      'products[4].variants[0].id: 1152921504606847000 is not an exact id (numbers above 2^53 lose digits: give the id as a string); variant skipped',
      `products[5].variants[0].options: more than ${PRODUCT_LIMITS.options} options; variant skipped`,
      'products[6].image: not a usable http(s) URL (credentials: it carries a user name or password); dropped',
      'products[6].url: not a usable http(s) URL (credentials: it carries a user name or password); dropped',
    ]);
    expect(products.map((product) => product.id)).to.deep.equal(['long-title', 'big-variant', 'options', 'creds', 'bidi']);
    expect(products[0]!.title).to.have.length(PRODUCT_LIMITS.text);
    expect(products[1]!.variants.map((variant) => variant.id)).to.deep.equal(['ok']);
    expect(products[3]).to.not.have.any.keys('image', 'url');
    expect(products[4]!.title).to.equal('Silk ezis scarf');
  });

  describe('products-src past the byte limit', () => {
    before(async () => {
      await mockHttp(
        http.get('/hostile/announced.json', () => new HttpResponse('[]', { headers: { 'Content-Type': 'application/json', 'Content-Length': String(MAX_PRODUCTS_BYTES + 1) } })),
        http.get('/hostile/streamed.json', () => new HttpResponse(streamedJson(MAX_PRODUCTS_BYTES * 2), { headers: { 'Content-Type': 'application/json' } })),
      );
    });
    after(stopMocking);

    for (const file of ['announced', 'streamed']) {
      it(`is refused with a clear error (${file} size)`, async () => {
        const errors = recordEvents(document, ['shoplive-error']);
        const cards = mount<ShopliveProductCards>(`<shoplive-product-cards products-src="/hostile/${file}.json"></shoplive-product-cards>`);
        await waitFor(() => errors.length, 'the error');
        expect((errors[0]!.detail as CommerceErrorDetail).code).to.equal('products-load');
        expect((errors[0]!.detail as CommerceErrorDetail).message).to.match(/\(at most 2 MB of JSON\): the response is larger than 2 MB$/);
        await waitFor(() => part(cards, 'load-error'), 'the explanation on the cards');
        expect(part(cards, 'load-error')!.querySelector('p')!.textContent).to.equal('The product list is too large to show.');
      });
    }
  });
});
