// The card over a playing show opens the honest-display sheet: the product store carries the details fields, the
// details element loads on first use, and the card's buy button sits in the sheet after "Good to know".
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { AddToCartDetail } from '../../src/commerce/events.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, mount, nextEvent, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { resetViewport, usePhone, PHONES } from '../phone/support.js';
import { dressInput, uniqueId } from './support.js';

const sofa = () => ({
  id: uniqueId('sofa'),
  title: 'Boucle Sofa',
  price: 899,
  currency: 'USD',
  category: 'home',
  image: '/demo/img/dress-front.svg',
  dimensions: { unit: 'mm', width: 2100, depth: 950, height: 850 },
  weight: { value: 48000, unit: 'g' },
  textureImages: ['/demo/img/scarf-studio.svg'],
  knownIssues: [{ en: 'The boucle sheds a little at first', ja: '最初は少し毛羽が落ちます' }],
  variants: [{ id: 'sofa-1', title: 'Oat', available: true }],
});

async function showOnPlayer(product: ReturnType<typeof sofa>): Promise<{ player: ShoplivePlayer; cards: ShopliveProductCards }> {
  const player = mount<ShoplivePlayer>(`<shoplive-player lang="en-GB" src="${liveSession().master}" autoplay muted></shoplive-player>`);
  player.products = [product, dressInput()];
  player.presentProduct(product.id);
  await nextEvent(player, 'shoplive-first-frame');
  const cards = await waitFor(() => player.shadowRoot!.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'the cards overlay');
  await waitFor(() => cards.shadowRoot?.querySelector('[part=badge]'), 'the presented sofa');
  return { player, cards };
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const visible = (element: Element) => element.getClientRects().length > 0;

describe('<shoplive-product-cards> Details over the stream', () => {
  afterEach(async () => {
    cleanup();
    await resetViewport();
  });

  it('shows "Good to know" before the buy button, opens the details sheet from the card and adds to cart from it once', async () => {
    const product = sofa();
    const { cards } = await showOnPlayer(product);
    const root = cards.shadowRoot!;
    const card = root.querySelector('[part=card]')!;
    const notes = card.querySelector('[part=good-to-know]')!;
    expect(text(notes)).to.equal('Good to know The boucle sheds a little at first');
    expect(notes.querySelector('bdi')!.getAttribute('lang')).to.equal('en');
    expect(notes.compareDocumentPosition(card.querySelector('shoplive-buy-button')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);

    const open = root.querySelector<HTMLButtonElement>('[part=details-button]')!;
    expect(text(open)).to.equal('Details');
    expect(open.getBoundingClientRect().height).to.be.at.least(44);
    open.click();
    await waitFor(() => cards.getAttribute('sheet') === 'details', 'the details sheet open');
    const details = await waitFor(() => root.querySelector<HTMLElement & { phase: string }>('[part=sheet] shoplive-product-details'), 'the details in the sheet');
    await waitFor(() => customElements.get('shoplive-product-details') && details.phase === 'ready', 'the details element loaded');
    const sheetRoot = details.shadowRoot!;
    // Home: dimensions from mm, weight from g, the drawing beside a person: the store kept the details fields.
    await waitFor(() => text(sheetRoot.querySelector('[part~=dimensions] p')) === '210 cm × 95 cm × 85 cm (W × D × H)', () => `the dimensions in cm, got ${text(sheetRoot.querySelector('article'))}`);
    expect(text(sheetRoot.querySelector('[part~=weight]'))).to.equal('Weight: 48 kg');
    expect(sheetRoot.querySelector('[part~=scale-product]')).to.not.equal(null);
    // An honest-display field only the details sheet reads: validated with the product and kept by the store.
    expect(sheetRoot.querySelectorAll('[part~=textures] img')).to.have.length(1);
    expect(text(sheetRoot.querySelector('[part~=good-to-know]'))).to.contain('The boucle sheds a little at first');
    expect(text(root.querySelector('.sheet-title'))).to.equal('Details of Boucle Sofa');
    expect(visible(card), 'the card steps aside').to.equal(false);

    const adds: Array<CustomEvent<AddToCartDetail>> = [];
    const listener = (event: Event) => {
      adds.push(event as CustomEvent<AddToCartDetail>);
      (event as CustomEvent<AddToCartDetail>).detail.respondWith({ ok: true });
    };
    document.addEventListener('shoplive-add-to-cart', listener);
    try {
      const buy = details.querySelector<ShopliveBuyButton>('shoplive-buy-button[slot=actions]')!;
      await waitFor(() => visible(buy) && buy.shadowRoot?.querySelector('[part=button]'), 'the buy button in the sheet');
      buy.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
      await waitFor(() => buy.state === 'added', 'added from the sheet');
    } finally {
      document.removeEventListener('shoplive-add-to-cart', listener);
    }
    expect(adds.map((event) => [event.detail.productId, event.detail.variantId, event.detail.source])).to.deep.equal([[product.id, 'sofa-1', 'card']]);

    root.querySelector<HTMLElement>('[part=sheet]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitFor(() => !root.querySelector('[part=sheet]'), 'the sheet closed');
    await waitFor(() => root.activeElement === open, 'focus back on Details');
  });

  it('on a phone: Buy, then Details in that sheet; closing returns to Buy', async () => {
    await usePhone(PHONES[0]!);
    const { cards } = await showOnPlayer(sofa());
    const root = cards.shadowRoot!;
    const buy = root.querySelector<HTMLButtonElement>('[part=compact-buy-button]')!;
    buy.click();
    const open = await waitFor(() => [...root.querySelectorAll<HTMLButtonElement>('[part=details-button]')].find(visible), 'Details in the buy sheet');
    open.click();
    const details = await waitFor(() => root.querySelector<HTMLElement & { phase: string }>('[part=sheet] shoplive-product-details'), 'the details sheet');
    await waitFor(() => details.phase === 'ready' && visible(details), 'the details shown');
    expect(cards.getAttribute('sheet')).to.equal('details');
    await waitFor(() => details.shadowRoot!.querySelector('[part~=dimensions]'), 'the home section');
    root.querySelector<HTMLButtonElement>('[part=sheet-close-button]')!.click();
    await waitFor(() => !root.querySelector('[part=sheet]'), 'the sheet closed');
    await waitFor(() => root.activeElement === buy, 'focus back on Buy');
  });
});
