// The integrated path: <shoplive-player> with products, playing the live show whose playlists announce the presented
// product with EXT-X-DATERANGE; the card over the stream follows the seller.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { AddToCartDetail } from '../../src/commerce/events.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, mount, nextEvent, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { dressInput, scarfInput } from './support.js';

describe('<shoplive-player> with products', () => {
  // Runs first: it checks that this page has loaded no shopping code before any player had products.
  afterEach(cleanup);

  it('presents what the host says, and costs nothing for a player without products', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${session.master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    const loaded = () => performance.getEntriesByType('resource').some((entry) => /commerce-controller|product-cards/.test(entry.name));
    expect(loaded(), 'no shopping code for a plain stream').to.equal(false);
    expect(player.shadowRoot!.querySelector('shoplive-product-cards') === null).to.equal(true);
    player.products = [dressInput('silk-wrap-dress'), scarfInput('silk-scarf')];
    player.presentProduct('silk-scarf');
    const cards = await waitFor(() => player.shadowRoot!.querySelector('shoplive-product-cards'), 'the cards overlay');
    await waitFor(() => cards.shadowRoot?.textContent?.includes('Silk Twill Scarf'), 'the scarf card');
  });

  it('shows product cards over the stream, following the seller\'s DATERANGE cues', async function () {
    this.timeout(45_000);
    const views: Array<{ productId: string; presented: boolean }> = [];
    document.addEventListener('shoplive-product-view', (event) => views.push((event as CustomEvent<{ productId: string; presented: boolean }>).detail));
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${liveSession().show}" autoplay muted></shoplive-player>`);
    player.products = [dressInput('silk-wrap-dress'), scarfInput('silk-scarf')];
    await nextEvent(player, 'shoplive-first-frame');
    const cards = await waitFor(() => player.shadowRoot!.querySelector('shoplive-product-cards'), 'the cards overlay');
    const presented = () => views.filter((view) => view.presented).map((view) => view.productId);
    // The 20 s loop presents the dress for 10 s, then the scarf: within one loop both must have been on the card.
    await waitFor(() => new Set(presented()).size === 2, 'both products presented in turn', 40_000);
    const order = presented();
    expect(order[order.length - 1]).to.not.equal(order[order.length - 2]);
    expect(cards.shadowRoot!.textContent).to.match(/Mulberry Silk Wrap Dress|Silk Twill Scarf/);
  });

  it('tells the storefront where in the stream the shopper clicked, from the player\'s public currentTime', async () => {
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${liveSession().master}" autoplay muted></shoplive-player>`);
    player.products = [scarfInput('silk-scarf')];
    player.presentProduct('silk-scarf');
    await nextEvent(player, 'shoplive-first-frame');
    await waitFor(() => player.currentTime > 0.5, 'the stream playing');
    const cards = await waitFor(() => player.shadowRoot!.querySelector('shoplive-product-cards'), 'the cards overlay');
    const button = await waitFor(() => cards.shadowRoot?.querySelector('shoplive-buy-button')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~=button]'), 'the buy button');
    const seen: Array<{ detail: AddToCartDetail; playerTime: number }> = [];
    const onAdd = (event: CustomEvent<AddToCartDetail>) => {
      seen.push({ detail: event.detail, playerTime: player.currentTime });
      event.detail.respondWith(true);
    };
    document.addEventListener('shoplive-add-to-cart', onAdd);
    try {
      button.click();
      await waitFor(() => seen.length === 1, 'the add-to-cart request');
    } finally {
      document.removeEventListener('shoplive-add-to-cart', onAdd);
    }
    const [{ detail, playerTime }] = seen as [{ detail: AddToCartDetail; playerTime: number }];
    expect(detail.engine).to.equal(player.engine);
    expect(detail.streamTime).to.be.a('number');
    expect(Math.abs(detail.streamTime! - playerTime)).to.be.below(0.25);
  });
});
