// Shopify mode in each theme family: the SDK's add refreshes the theme's own cart UI the way the theme listens.
import { expect } from '@esm-bundle/chai';
import '../../src/commerce/product-cards/product-cards.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { cleanup, mount, recordEvents, waitFor } from '../support/dom.js';
import { mockHttp, recordFetches, stopMocking } from './support.js';
import { added, cardButton, freshHandle, handlers, inner, liquidScript, resetShop, shop, statusText } from './shopify-support.js';
import { dawnPage, horizonPage } from './shopify-theme-pages.js';

type ShopifyStub = { routes: { root: string }; currency: { active: string }; theme?: { schema_name: string }; actions?: unknown };
const setShopify = (value: ShopifyStub) => ((window as unknown as { Shopify: ShopifyStub }).Shopify = value);

async function addFromCard(size: string) {
  const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
  const button = await cardButton(cards);
  inner(button, `[data-size="${size}"]`).click();
  await button.updateComplete;
  // A real press focuses the button first.
  inner(button, '[part=button]').focus();
  inner(button, '[part=button]').click();
  return button;
}

/** `Shopify.actions.updateCart` as the storefront runtime installs it, unconfigured: it records what it is given. */
function defaultUpdateCart(calls: unknown[]) {
  return Object.assign(
    async (payload: unknown) => {
      calls.push(payload);
      return { cart: {}, userErrors: [] };
    },
    { isDefault: () => true },
  );
}

describe('Shopify theme families', () => {
  let page: { remove(): void } | null = null;
  before(async () => {
    await mockHttp(...handlers);
  });
  after(stopMocking);
  beforeEach(() => {
    setShopify({ routes: { root: '/' }, currency: { active: 'USD' } });
    resetShop();
  });
  afterEach(() => {
    page?.remove();
    page = null;
    delete (window as unknown as { Shopify?: unknown }).Shopify;
    document.querySelectorAll('script[data-shoplive-product]').forEach((element) => element.remove());
    cleanup();
  });

  it('Horizon: the bubble count, the cart items and the auto-open drawer update from one cart/add.js', async () => {
    liquidScript(freshHandle('dress'));
    const horizon = horizonPage();
    page = horizon;
    const fetches = recordFetches();
    try {
      const button = await addFromCard('M');
      await waitFor(() => button.state === 'added', 'added');
      await waitFor(() => horizon.drawer.dialog.open, 'the drawer opened');
      await waitFor(() => horizon.icon.count === '1', 'bubble count');
      await waitFor(() => horizon.items.textContent === '1 items', 'cart items from the sections in the add answer');
    } finally {
      fetches.restore();
    }
    expect(horizon.items.rerenders, 'the section came with the add, no extra render').to.equal(0);
    expect(added).to.have.length(1);
    expect(added[0]).to.deep.include({ sections: 'cart-drawer-items' });
    expect(fetches.urls.filter((url) => url.endsWith('/cart/add.js'))).to.have.length(1);
  });

  it('Horizon: a refused add dispatches shopify:cart:error, settles the promise with didError and keeps the drawer closed', async () => {
    liquidScript(freshHandle('dress'));
    shop.addStatus = () => 422;
    const horizon = horizonPage();
    page = horizon;
    const errors = recordEvents(document, ['shopify:cart:error']);
    const updates = recordEvents(document, ['shopify:cart:lines-update']);
    const button = await addFromCard('S');
    await waitFor(() => button.state === 'error', 'refused');
    await button.updateComplete;
    expect(statusText(button)).to.contain('already sold out');
    expect(errors).to.have.length(1);
    expect((errors[0] as unknown as { code: string }).code).to.equal('INVALID');
    const result = await (updates[0] as unknown as { promise: Promise<{ detail: { didError: boolean } }> }).promise;
    expect(result.detail.didError).to.equal(true);
    expect(horizon.drawer.dialog.open).to.equal(false);
    expect(horizon.icon.count).to.equal('0');
  });

  it('Dawn: the notification renders the bubble and the added product from the Section Rendering API; closing it returns focus', async () => {
    liquidScript(freshHandle('dress'));
    const dawn = dawnPage();
    page = dawn;
    const button = await addFromCard('M');
    await waitFor(() => button.state === 'added', 'added');
    await waitFor(() => dawn.notification.classList.contains('active'), 'notification open');
    expect(dawn.bubble.textContent).to.equal('1 items');
    expect(dawn.product.textContent).to.equal('1 items');
    expect(dawn.notification.rendered).to.equal(1);
    expect(added).to.have.length(1);

    // Focus is elsewhere while the notification is open (the shopper tabbed into it); closing it brings focus back.
    dawn.bubble.focus();
    dawn.notification.close();
    expect(button.shadowRoot!.activeElement === inner(button, '[part=button]'), 'focus back on the card\'s add button').to.equal(true);
  });

  it('uses the unconfigured default Shopify.actions.updateCart on a recognised family', async () => {
    const calls: unknown[] = [];
    liquidScript(freshHandle('dress'));
    setShopify({ routes: { root: '/' }, currency: { active: 'USD' }, theme: { schema_name: 'Horizon' }, actions: { updateCart: defaultUpdateCart(calls) } });
    const button = await addFromCard('M');
    await waitFor(() => button.state === 'added', 'added through the action');
    expect(calls).to.have.length(1);
    expect(added, 'the action added it, not the Ajax API').to.deep.equal([]);
  });

  it('keeps the Ajax path on a theme of neither family (the default action would reload the page and end the stream)', async () => {
    const calls: unknown[] = [];
    liquidScript(freshHandle('dress'));
    setShopify({ routes: { root: '/' }, currency: { active: 'USD' }, theme: { schema_name: 'Boutique' }, actions: { updateCart: defaultUpdateCart(calls) } });
    const button = await addFromCard('M');
    await waitFor(() => button.state === 'added', 'added through Ajax');
    expect(calls).to.deep.equal([]);
    expect(added).to.have.length(1);
  });

  it('the card shows the price range before a pick and the picked variant\'s price after it', async () => {
    // XS–M $189, L sold out $189, XL $199: a cheap sold-out size must not be what the card shows once XL is picked.
    liquidScript(freshHandle('dress'));
    const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
    const button = await cardButton(cards);
    // Intl puts (locale-dependent) spaces around the range dash.
    const cardPrice = () => cards.shadowRoot!.querySelector('[part=price]')!.textContent!.replace(/\s/g, '');
    expect(cardPrice()).to.equal('$189.00–$199.00');
    expect(inner(button, '[part=price]').textContent!.replace(/\s/g, '')).to.equal('$189.00–$199.00');
    const changes = recordEvents(document, ['shoplive-variant-change']);
    inner(button, '[data-size="XL"]').click();
    await waitFor(() => cardPrice() === '$199.00', 'the card follows the pick');
    expect(inner(button, '[part=price]').textContent!.trim()).to.equal('$199.00');
    expect(changes.map((event) => event.detail)).to.deep.equal([{ productId: button.productId, variantId: '1005', size: 'XL', price: 199, currency: 'USD', by: 'shopper' }]);
  });

  it('follows the theme\'s own variant picker: Dawn\'s product form input and Horizon\'s shopify:product:select', async () => {
    liquidScript(freshHandle('dress'));
    const form = document.createElement('form');
    form.action = '/cart/add';
    form.innerHTML = '<input type="hidden" name="id" value="1001">';
    document.body.append(form);
    try {
      const cards = mount<ShopliveProductCards>('<shoplive-product-cards commerce="shopify"></shoplive-product-cards>');
      const button = await cardButton(cards);
      const changes = recordEvents(document, ['shoplive-variant-change']);
      const input = form.querySelector('input')!;
      input.value = '1003';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => inner(button, '[data-size="M"]').getAttribute('aria-checked') === 'true', 'M chosen from the Dawn form');
      expect(changes.at(-1)!.detail).to.deep.include({ variantId: '1003', size: 'M', by: 'theme' });

      // Horizon's picker: the standard event's own `detail.variantId`, dispatched from inside the theme's markup.
      const select = Object.assign(new Event('shopify:product:select', { bubbles: true }), { detail: { variantId: '1005' }, promise: Promise.resolve(null) });
      form.dispatchEvent(select);
      await waitFor(() => inner(button, '[data-size="XL"]').getAttribute('aria-checked') === 'true', 'XL chosen from the Horizon picker');
      expect(cards.shadowRoot!.querySelector('[part=price]')!.textContent!.trim()).to.equal('$199.00');

      // A sold-out size picked in the theme is followed too, and the button says it cannot be added.
      input.value = '1004';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => inner(button, '[data-size="L"]').getAttribute('aria-checked') === 'true', 'L chosen from the Dawn form');
      await button.updateComplete;
      expect(inner(button, '[part=button] .label').textContent!.trim()).to.equal('Sold out');
    } finally {
      form.remove();
    }
  });
});
