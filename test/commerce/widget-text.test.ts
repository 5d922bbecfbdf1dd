// Text from data on screen: bidi-isolated, and wrapped inside the widget however long its words are.
import { expect } from '@esm-bundle/chai';
import '../../src/commerce/product-cards/product-cards.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { AddToCartDetail } from '../../src/commerce/events.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { uniqueId } from './support.js';

type AddEvent = CustomEvent<AddToCartDetail>;

const LONG_WORD = 'Supercalifragilisticexpialidocious'.repeat(8);

function hostileProduct() {
  return {
    id: uniqueId('long'),
    title: `${LONG_WORD} \u202Ereversed`,
    price: 9_999_999_999.99,
    currency: 'IDR',
    url: '/products/long',
    variants: [
      { id: 'v1', options: { size: `XL-${LONG_WORD}` }, available: true },
      { id: 'v2', options: { size: 'M' }, available: true },
    ],
  };
}

/** Every element under `root`, through open shadow roots. */
function allElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

function overflowing(box: Element): string[] {
  const outer = box.getBoundingClientRect();
  return allElements(box.shadowRoot ?? box)
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.left < outer.left - 0.5 || rect.right > outer.right + 0.5);
    })
    .map((element) => `${element.localName}.${element.className} ${Math.round(element.getBoundingClientRect().right - outer.right)}px`);
}

describe('text from data in the commerce widgets', () => {
  afterEach(cleanup);

  it('wraps a long title, price, size label and storefront message inside a 280 px card', async () => {
    const frame = mount('<div style="width: 280px"></div>');
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards></shoplive-product-cards>', frame);
    cards.products = [hostileProduct()];
    const button = await waitFor(() => cards.shadowRoot?.querySelector<ShopliveBuyButton>('shoplive-buy-button'), 'the card button');
    await waitFor(() => button.shadowRoot?.querySelector('[role=radio]'), 'size chips');
    const message = `Only${'Y'.repeat(290)}left`;
    const answer = (event: Event) => (event as AddEvent).detail.respondWith({ ok: false, reason: 'custom', message });
    document.addEventListener('shoplive-add-to-cart', answer);
    try {
      button.shadowRoot!.querySelector<HTMLElement>('[data-size="M"]')!.click();
      await button.updateComplete;
      button.shadowRoot!.querySelector<HTMLElement>('[part=button]')!.click();
      await waitFor(() => button.state === 'error', 'the refusal');
      await button.updateComplete;
    } finally {
      document.removeEventListener('shoplive-add-to-cart', answer);
    }
    expect(button.shadowRoot!.querySelector('[part=status]')!.textContent!.trim()).to.equal(message);
    expect(overflowing(cards)).to.deep.equal([]);
    expect(cards.getBoundingClientRect().width).to.equal(280);
  });

  it('wraps a standalone buy button\'s long price and label inside its box', async () => {
    const frame = mount('<div style="width: 200px"></div>');
    const button = mount<ShopliveBuyButton>('<shoplive-buy-button></shoplive-buy-button>', frame);
    button.product = { ...hostileProduct(), variants: [] };
    await waitFor(() => button.shadowRoot?.querySelector('[part=price]'), 'the price');
    expect(overflowing(button)).to.deep.equal([]);
  });

  it('isolates data text: no bidi control survives, titles, prices and chips are isolated, spliced values wrapped', async () => {
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards></shoplive-product-cards>');
    cards.products = [{ ...hostileProduct(), image: '/demo/img/dress-front.svg', naturalLightImage: '/demo/img/dress-back.svg' }];
    const button = await waitFor(() => cards.shadowRoot?.querySelector<ShopliveBuyButton>('shoplive-buy-button'), 'the card button');
    await waitFor(() => button.shadowRoot?.querySelector('[role=radio]'), 'size chips');
    const title = cards.shadowRoot!.querySelector<HTMLElement>('[part=title]')!;
    expect(title.textContent).to.not.match(/[\u202A-\u202E\u2066-\u2069]/);
    for (const selector of ['[part=title]', '[part=price]']) {
      expect(getComputedStyle(cards.shadowRoot!.querySelector(selector)!).unicodeBidi, selector).to.equal('isolate');
    }
    const chip = button.shadowRoot!.querySelector('[data-size="M"]')!;
    expect(chip.querySelector('bdi')!.textContent).to.equal('M');
    cards.shadowRoot!.querySelector<HTMLElement>('[part=natural-light-button]')!.click();
    await cards.updateComplete;
    const alt = cards.shadowRoot!.querySelector('[part=natural-image]')!.getAttribute('alt')!;
    expect(alt.startsWith('\u2068') && alt.endsWith('\u2069 (Natural light)'), alt).to.equal(true);

    // A recommended size is spliced into "Recommended size: {size}" isolated.
    document.dispatchEvent(new CustomEvent('shoplive-size-recommended', { detail: { productId: button.productId, label: 'M', confidence: 0.9 } }));
    await button.updateComplete;
    expect(button.shadowRoot!.querySelector('[part=status]')!.textContent!.trim()).to.equal('Recommended size: \u2068M\u2069');
  });
});
