import { expect } from '@esm-bundle/chai';
import { createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import {
  ShopliveAssistant,
  ShopliveSchedule,
  ShopliveBuyButton,
  ShopliveFitCheck,
  ShoplivePlayer,
  ShopliveProductCards,
  ShopliveProductDetails,
  ShopliveSizeHelper,
} from '../../src/react/index.js';
import type { AddToCartDetail } from '../../src/commerce/index.js';
import { shadowQuery, waitFor } from '../support/dom.js';
import { stubWindowOpen } from '../commerce/support.js';

const scarf = {
  id: 'react-scarf',
  title: 'Silk Twill Scarf',
  price: 59,
  currency: 'USD',
  url: '/products/silk-twill-scarf',
  variants: [{ id: '2001', title: 'One size', available: true }],
};

describe('shoplive/react (React 19)', () => {
  let host: HTMLElement;
  let root: Root;
  // A click nobody answers continues on the product page in a new tab: recorded, never opened (a real tab would hide
  // this test page, and a hidden page starts no player for the rest of the run).
  let opened: ReturnType<typeof stubWindowOpen>;

  const render = (element: ReactElement) => {
    flushSync(() => root.render(element));
  };

  beforeEach(() => {
    opened = stubWindowOpen();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(() => {
    root.unmount();
    host.remove();
    opened.restore();
  });

  it('renders every element as the upgraded custom element', () => {
    render(
      createElement('div', null,
        createElement(ShoplivePlayer, null),
        createElement(ShopliveBuyButton, { product: scarf }),
        createElement(ShopliveProductCards, null),
        createElement(ShopliveSizeHelper, null),
        createElement(ShopliveFitCheck, null),
        createElement(ShopliveProductDetails, null),
        createElement(ShopliveAssistant, null),
        createElement(ShopliveSchedule, null)),
    );
    for (const tag of ['shoplive-player', 'shoplive-buy-button', 'shoplive-product-cards', 'shoplive-size-helper', 'shoplive-fit-check', 'shoplive-product-details', 'shoplive-assistant', 'shoplive-schedule']) {
      const element = host.querySelector(tag);
      expect(element, tag).to.be.instanceOf(customElements.get(tag)!);
    }
  });

  it('sets data as a property and calls onShopliveAddToCart with the typed detail', async () => {
    const added: AddToCartDetail[] = [];
    render(createElement(ShopliveBuyButton, { product: scarf, onShopliveAddToCart: (event) => added.push(event.detail) }));
    const button = host.querySelector('shoplive-buy-button')!;
    expect(button.product, 'passed as a property, not stringified').to.equal(scarf);
    const buy = await waitFor(() => shadowQuery<HTMLButtonElement>(button, '[part~="button"]'), 'the buy button');
    buy.click();
    await waitFor(() => added.length > 0, 'onShopliveAddToCart');
    expect(added[0]!.productId).to.equal('react-scarf');
  });

  it('removes the listener when the prop goes away', async () => {
    const added: unknown[] = [];
    render(createElement(ShopliveBuyButton, { product: scarf, onShopliveAddToCart: (event) => added.push(event.detail) }));
    render(createElement(ShopliveBuyButton, { product: scarf }));
    const button = host.querySelector('shoplive-buy-button')!;
    const seen: unknown[] = [];
    document.addEventListener('shoplive-add-to-cart', (event) => seen.push(event), { once: true });
    (await waitFor(() => shadowQuery<HTMLButtonElement>(button, '[part~="button"]'), 'the buy button')).click();
    await waitFor(() => seen.length > 0, 'the event itself');
    expect(added).to.have.length(0);
    // Nobody answered, so the click is not lost: the shopper continues on the product page.
    await waitFor(() => opened.calls.length > 0, 'the product page as the fallback');
    expect(opened.calls[0]).to.match(/\/products\/silk-twill-scarf$/);
  });
});
