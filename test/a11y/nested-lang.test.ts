// Elements inside other components (the cards in the player, the buy button in the cards, or ours inside a host's own
// component) follow a `lang` change of the nearest ancestor with `lang`, across shadow roots.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, mount, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { dressInput, scarfInput } from '../commerce/support.js';

const buyText = (button: Element) => shadowQuery(button, '[part=button] .label')?.textContent?.trim();

describe('language of nested elements', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.lang = 'en';
  });

  it('switches the player’s product cards and their buy button to Arabic with the page', async () => {
    document.documentElement.lang = 'en';
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${liveSession().master}"></shoplive-player>`);
    player.products = [dressInput(), scarfInput()];
    const cards = await waitFor(() => player.shadowRoot!.querySelector('shoplive-product-cards'), 'the cards overlay');
    const button = await waitFor(() => cards.shadowRoot?.querySelector<ShopliveBuyButton>('shoplive-buy-button'), 'the buy button in the card');
    await waitFor(() => buyText(button) === 'Add to cart', 'English first');
    expect(shadowQuery(cards, '[part=list-button]')!.textContent!.trim()).to.equal('All products (2)');

    document.documentElement.lang = 'ar';
    await waitFor(() => shadowQuery(player, '[part=base]')!.getAttribute('lang') === 'ar', 'the player in Arabic');
    await waitFor(() => shadowQuery(cards, '[part=list-button]')?.textContent?.trim().startsWith('كل المنتجات'), 'the cards in Arabic');
    await waitFor(() => buyText(button) === 'أضف إلى السلة', 'the buy button in Arabic');
    expect(shadowQuery(cards, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(shadowQuery(button, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('follows a lang change inside a host page’s own shadow root', async () => {
    const host = mount(`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    section.lang = 'en';
    const button = document.createElement('shoplive-buy-button') as ShopliveBuyButton;
    section.append(button);
    shadow.append(section);
    await waitFor(() => buyText(button) === 'Add to cart', 'English first');
    section.lang = 'de';
    await waitFor(() => buyText(button) === 'In den Warenkorb', 'German after the section changed');
  });
});
