// The corpus through product data: `products` (title, size option, image and page URLs, price, variant id, and the
// whole value) and `products-src` (its URL, and a response body made of the payload). One cards element takes every
// payload in turn; each payload gets a product id of its own, so the page's product store never mixes them.
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../../src/commerce/product-cards/product-cards.js';
import type { ShopliveProductCards } from '../../../src/commerce/product-cards/product-cards.js';
import { cleanup, mount, waitFor } from '../../support/dom.js';
import { mockHttp, stopMocking, uniqueId } from '../../commerce/support.js';
import { PAYLOADS, payloadsFor, verdictOf, type Payload } from './payloads.js';
import { expectHarmless, expectReports, isClean, outOfBox, visible, watch, type Watch } from './probes.js';

const INPUT = 'products';
const part = (cards: Element, name: string) => cards.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const base = () => ({ id: uniqueId('corpus'), title: 'Silk Twill Scarf', price: 59, currency: 'USD', variants: [{ id: '2001', options: { Size: 'M' } }] });
const hostOf = (payload: Payload) => (payload.form === 'url' && verdictOf(payload, INPUT) === 'shown' ? [new URL(String(payload.make()), location.href).hostname] : []);
/** What a text field must show for a payload that is only cleaned: the visible characters, white space collapsed. */
const shownText = (value: string) => visible(value).replace(/\s+/g, ' ').trim();

describe('hostile corpus: product data', () => {
  let cards: ShopliveProductCards;
  let probes: Watch | undefined;

  before(async () => {
    await mockHttp(
      http.get('/corpus/products/:name', ({ params }) => {
        const payload = PAYLOADS.find((candidate) => candidate.name === params['name'])!;
        return new HttpResponse(String(payload.make()), { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    cards = mount<ShopliveProductCards>('<shoplive-product-cards lang="en" style="display: block; width: 360px"></shoplive-product-cards>');
  });
  afterEach(() => {
    probes?.stop();
    probes = undefined;
  });
  after(async () => {
    cleanup();
    await stopMocking();
  });

  /** Gives the cards `products`, waits for them to draw, and asserts what holds for every payload. */
  async function feed(payload: Payload, slot: string, products: unknown, drawn: boolean): Promise<Watch> {
    probes = watch();
    cards.products = products;
    await cards.updateComplete;
    if (drawn) await waitFor(() => part(cards, 'card') && part(cards, 'buy-button'), 'the card');
    await (part(cards, 'buy-button') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)?.updateComplete;
    expectHarmless(probes, `${payload.name} in ${slot}`, [cards.shadowRoot!], hostOf(payload));
    expect(outOfBox(cards), `${payload.name} in ${slot}: layout`).to.deep.equal([]);
    return probes;
  }

  for (const payload of payloadsFor(INPUT, 'text')) {
    it(`title and size option: ${payload.name}`, async () => {
      const value = String(payload.make());
      const product = base();
      product.title = value;
      product.variants[0]!.options.Size = value;
      const seen = await feed(payload, 'title', [product], true);
      const title = part(cards, 'title')!;
      expect(isClean(title.textContent!), 'the title drawn is clean').to.equal(true);
      expect(getComputedStyle(title).unicodeBidi, 'the title is isolated').to.equal('isolate');
      const refused = verdictOf(payload, INPUT) === 'refused';
      if (!refused) expect(title.textContent!.trim(), 'the title drawn').to.equal(shownText(value));
      else expect(title.textContent!.trim().length, 'the title, shortened').to.be.at.most(300);
      expectReports(seen.reports, refused, payload.name, /products\[0\]\.title: longer than 300 characters/);
    });
  }

  for (const payload of payloadsFor(INPUT, 'url')) {
    it(`image and page URL: ${payload.name}`, async () => {
      const value = String(payload.make());
      const seen = await feed(payload, 'image/url', [{ ...base(), image: value, url: value }], true);
      const shown = verdictOf(payload, INPUT) === 'shown';
      expect(part(cards, 'image')?.getAttribute('src') ?? null, 'the image drawn').to.equal(shown ? new URL(value, location.href).href : null);
      expect(part(cards, 'title')!.querySelector('a')?.getAttribute('href') ?? null, 'the link drawn').to.equal(shown ? new URL(value, location.href).href : null);
      expectReports(seen.reports, !shown, payload.name, /products\[0\]\.image: not a usable http\(s\) URL .*products\[0\]\.url: not a usable/s);
    });
  }

  for (const payload of payloadsFor(INPUT, 'number')) {
    it(`price and variant id: ${payload.name}`, async () => {
      const value = payload.make() as number;
      const priced = await feed(payload, 'price', [{ ...base(), price: value }], false);
      expectReports(priced.reports, true, payload.name, /products\[0\]\.price: must be a number from 0 to 1e\+10; product skipped/);
      probes!.stop();
      const variant = await feed(payload, 'variant id', [{ ...base(), variants: [{ id: value }] }], true);
      expectReports(variant.reports, true, payload.name, /products\[0\]\.variants\[0\]\.id: .* (is not an exact id|skipped)/);
    });
  }

  for (const payload of payloadsFor(INPUT, 'value')) {
    it(`the products value: ${payload.name}`, async () => {
      const seen = await feed(payload, 'products', payload.make(), false);
      expectReports(seen.reports, verdictOf(payload, INPUT) === 'refused', payload.name, /problem\(s\) in the product data/);
    });
  }

  describe('products-src', () => {
    async function load(payload: Payload, src: string): Promise<Watch> {
      const element = mount<ShopliveProductCards>(`<shoplive-product-cards lang="en" style="display: block; width: 360px"></shoplive-product-cards>`);
      probes = watch();
      element.productsSrc = src;
      await waitFor(() => probes!.reports.some((report) => report.kind === 'event'), 'the report');
      expectHarmless(probes, `${payload.name} in products-src`, [element.shadowRoot!]);
      return probes;
    }

    for (const payload of payloadsFor(INPUT, 'url').filter((candidate) => verdictOf(candidate, INPUT) === 'refused')) {
      it(`as the URL: ${payload.name}`, async () => {
        const seen = await load(payload, String(payload.make()));
        expectReports(seen.reports, true, payload.name, /^products-src ".*" is not a usable URL/s);
      });
    }

    for (const payload of payloadsFor(INPUT, 'text')) {
      it(`as the response body: ${payload.name}`, async () => {
        const seen = await load(payload, `/corpus/products/${payload.name}`);
        expectReports(seen.reports, true, payload.name, /^products-src .*\/corpus\/products\/.* could not be loaded|problem\(s\) in the product data/s);
      });
    }
  });
});
