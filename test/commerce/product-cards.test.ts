import { expect } from '@esm-bundle/chai';
import '../../src/commerce/product-cards/product-cards.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { AddToCartDetail, ProductClickDetail, ProductViewDetail } from '../../src/commerce/events.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { productStore } from '../../src/commerce/product-store.js';
import { cleanup, mount, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { dressInput, scarfInput, uniqueId } from './support.js';

const part = (cards: ShopliveProductCards, name: string) => shadowQuery<HTMLElement>(cards, `[part~="${name}"]`);
const titleText = (cards: ShopliveProductCards) => part(cards, 'title')!.textContent!.trim();

async function mountCards(products: unknown[], attributes = ''): Promise<ShopliveProductCards> {
  const cards = mount<ShopliveProductCards>(`<shoplive-product-cards ${attributes}></shoplive-product-cards>`);
  cards.products = products;
  await waitFor(() => part(cards, 'card'), 'card rendered');
  return cards;
}

describe('<shoplive-product-cards>', () => {
  afterEach(cleanup);

  it('shows a compact card with a buy button, and tells which product was viewed', async () => {
    const views = recordEvents(document, ['shoplive-product-view']);
    const dress = dressInput();
    const cards = await mountCards([dress, scarfInput()]);
    expect(part(cards, 'base')!.getAttribute('aria-label')).to.equal('Products in this show');
    expect(titleText(cards)).to.equal('Mulberry Silk Wrap Dress');
    expect(part(cards, 'price')!.textContent!.trim()).to.equal('$189.00');
    expect(part(cards, 'image')!.getAttribute('alt')).to.equal('Mulberry Silk Wrap Dress');
    const button = part(cards, 'buy-button') as ShopliveBuyButton;
    expect(button.localName).to.equal('shoplive-buy-button');
    expect(button.productId).to.equal(dress.id);
    expect(button.source).to.equal('card');
    expect(part(cards, 'badge'), 'nothing presented yet').to.equal(null);
    await waitFor(() => views.length === 1, 'product-view');
    expect(views[0]!.detail as ProductViewDetail).to.deep.equal({ productId: dress.id, source: 'card', presented: false });
  });

  it('follows the presented product, and the list lets the shopper look at another until the seller moves on', async () => {
    const views = recordEvents(document, ['shoplive-product-view']);
    const clicks = recordEvents(document, ['shoplive-product-click']);
    const dress = dressInput();
    const scarf = scarfInput();
    const cards = await mountCards([dress, scarf]);
    productStore.present(cards, scarf.id);
    await waitFor(() => titleText(cards) === 'Silk Twill Scarf', 'scarf presented');
    expect(part(cards, 'badge')!.textContent!.trim()).to.equal('On stream now');

    const toggle = part(cards, 'list-button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('All products (2)');
    toggle.click();
    await cards.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal(part(cards, 'list')!.id);
    const items = [...cards.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=list-item]')];
    expect(items.map((item) => item.dataset.product)).to.deep.equal([dress.id, scarf.id]);
    expect(items.map((item) => item.getAttribute('aria-current'))).to.deep.equal(['false', 'true']);
    items[0]!.click();
    await waitFor(() => titleText(cards) === 'Mulberry Silk Wrap Dress', 'dress picked');
    expect(part(cards, 'badge')).to.equal(null);
    expect(clicks.map((event) => event.detail as ProductClickDetail)).to.deep.equal([
      { productId: dress.id, source: 'list', url: new URL('/products/mulberry-silk-wrap-dress', location.href).href },
    ]);

    productStore.present(cards, dress.id);
    await cards.updateComplete;
    await waitFor(() => part(cards, 'badge'), 'the seller presents the dress');
    expect(views.map((event) => [(event.detail as ProductViewDetail).productId, (event.detail as ProductViewDetail).presented])).to.deep.equal([
      [dress.id, false],
      [scarf.id, true],
      [dress.id, false],
    ]);
  });

  it('shows the natural-light photo beside the studio one', async () => {
    const cards = await mountCards([dressInput()]);
    const toggle = part(cards, 'natural-light-button') as HTMLButtonElement;
    expect(toggle.textContent!.trim()).to.equal('Seen in natural light');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(part(cards, 'natural-image')).to.equal(null);
    toggle.click();
    await cards.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const natural = part(cards, 'natural-image') as HTMLImageElement;
    expect(natural.src).to.equal(new URL('/demo/img/dress-back.svg', location.href).href);
    expect(natural.alt).to.equal('\u2068Mulberry Silk Wrap Dress\u2069 (Natural light)');
    expect((part(cards, 'image') as HTMLImageElement).src).to.equal(new URL('/demo/img/dress-front.svg', location.href).href);
    const captions = [...cards.shadowRoot!.querySelectorAll('figcaption')].map((caption) => caption.textContent!.trim());
    expect(captions).to.deep.equal(['Studio', 'Natural light']);

    const plain = await mountCards([scarfInput()]);
    expect(part(plain, 'natural-light-button'), 'no natural-light photo, no toggle').to.equal(null);
  });

  it('adds from the card with the chosen size (source "card") and sends checkout from the cart button', async () => {
    const dress = dressInput();
    const cards = await mountCards([dress]);
    const adds: Array<CustomEvent<AddToCartDetail>> = [];
    const listener = (event: Event) => {
      adds.push(event as CustomEvent<AddToCartDetail>);
      (event as CustomEvent<AddToCartDetail>).detail.respondWith({ ok: true });
    };
    document.addEventListener('shoplive-add-to-cart', listener);
    const checkouts = recordEvents(document, ['shoplive-checkout']);
    try {
      const button = part(cards, 'buy-button') as ShopliveBuyButton;
      await button.updateComplete;
      button.shadowRoot!.querySelector<HTMLButtonElement>('[data-size="S"]')!.click();
      await button.updateComplete;
      button.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
      await waitFor(() => button.state === 'added', 'added');
    } finally {
      document.removeEventListener('shoplive-add-to-cart', listener);
    }
    expect(adds.map((event) => [event.detail.productId, event.detail.size, event.detail.variantId, event.detail.source])).to.deep.equal([[dress.id, 'S', '1002', 'card']]);
    (part(cards, 'cart-button') as HTMLButtonElement).click();
    expect(checkouts.map((event) => event.detail)).to.deep.equal([{ source: 'cards' }]);
    expect(checkouts[0]!.cancelable).to.equal(true);
  });

  it('renders titles with markup as text and never links javascript: URLs', async () => {
    const clicks = recordEvents(document, ['shoplive-product-click']);
    const payload = '<img src="x" onerror="window.__pwned = 1"><a href="javascript:alert(1)">Dress</a>';
    const cards = await mountCards([{ ...scarfInput(), title: payload, url: 'javascript:window.__pwned=1' }]);
    expect(titleText(cards)).to.equal(payload);
    expect(cards.shadowRoot!.querySelectorAll('[part=title] a, [part=title] img').length).to.equal(0);
    expect(cards.shadowRoot!.querySelectorAll('img[src="x"]').length).to.equal(0);
    part(cards, 'title')!.click();
    expect(clicks).to.have.length(0);

    // Store data written around validation (a host, another SDK copy) is checked again when rendered.
    const id = uniqueId('evil');
    productStore.put([{ id, title: 'Evil', price: 1, currency: 'USD', url: 'javascript:window.__pwned=1', image: 'javascript:1', variants: [] }]);
    const raw = mount<ShopliveProductCards>('<shoplive-product-cards></shoplive-product-cards>');
    productStore.setShow(raw, [id]);
    await waitFor(() => part(raw, 'title'), 'raw card');
    expect(raw.shadowRoot!.querySelectorAll('[part=title] a, img[src^="javascript"]').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('links a safe title; the storefront can cancel the click', async () => {
    const cards = await mountCards([dressInput()]);
    const link = cards.shadowRoot!.querySelector<HTMLAnchorElement>('[part=title] a')!;
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.getAttribute('target')).to.equal('_blank');
    const seen: Array<{ defaultPrevented: boolean; detail: ProductClickDetail }> = [];
    const onProductClick = (event: Event) => {
      event.preventDefault();
      seen.push({ defaultPrevented: event.defaultPrevented, detail: (event as CustomEvent<ProductClickDetail>).detail });
    };
    let anchorPrevented = false;
    const onAnchorClick = (event: Event) => (anchorPrevented = event.defaultPrevented);
    document.addEventListener('shoplive-product-click', onProductClick);
    document.addEventListener('click', onAnchorClick);
    try {
      link.click();
    } finally {
      document.removeEventListener('shoplive-product-click', onProductClick);
      document.removeEventListener('click', onAnchorClick);
    }
    expect(seen.map((each) => each.detail.source)).to.deep.equal(['card']);
    expect(anchorPrevented, 'the link is not followed').to.equal(true);
  });

  it('loads products-src and resolves relative image URLs against the file', async () => {
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards products-src="/test/commerce/fixtures/products.json"></shoplive-product-cards>');
    await waitFor(() => part(cards, 'card'), 'card from products-src');
    expect(titleText(cards)).to.equal('Fixture Dress');
    expect((part(cards, 'image') as HTMLImageElement).src).to.equal(new URL('/test/commerce/fixtures/img/front.svg', location.href).href);
  });

  it('shows a player\'s show when pointed at it with for=, and sits over the video as an overlay', async () => {
    const player = mount('<shoplive-player id="show-player"></shoplive-player>');
    const scarf = { ...scarfInput(), title: 'Player Scarf' };
    const { validateProducts } = await import('../../src/commerce/product.js');
    productStore.put(validateProducts([scarf]).products);
    productStore.setShow(player, [scarf.id]);
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards for="show-player" overlay></shoplive-product-cards>');
    await waitFor(() => part(cards, 'card'), 'card of the player show');
    expect(titleText(cards)).to.equal('Player Scarf');
    expect(getComputedStyle(cards).position).to.equal('absolute');
    expect(part(cards, 'list-button'), 'one product: no list').to.equal(null);
  });
});
