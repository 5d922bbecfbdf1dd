// The shopping rows of the fault matrix: widgets next to the faulty one, which must not notice the fault.
import { expect } from '@esm-bundle/chai';
import '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { answerWith, buy, settle } from '../commerce/buy-button-support.js';
import { scarfInput } from '../commerce/support.js';
import { mount, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { mountHelper, open, type Helper } from '../size/widget-helpers.js';

/** A buy button with a product of its own, and (optionally) a size helper with a good chart from a clean session. */
export function neighbours({ sizeHelper = true } = {}) {
  const button = mount<ShopliveBuyButton>('<shoplive-buy-button variant-id="2001"></shoplive-buy-button>');
  button.product = scarfInput();
  const helper: Helper | null = sizeHelper ? mountHelper(`chart-src="${liveSession().file('size-chart.json')}"`) : null;
  return {
    /** One click adds (one request to the storefront); the size helper opens on its form. */
    async stillWork(): Promise<void> {
      let asked = 0;
      const stop = answerWith(() => (asked++, true));
      try {
        buy(button).click();
        await settle(button, 'added');
      } finally {
        stop();
      }
      expect(asked, 'one add-to-cart request for one click').to.equal(1);
      if (helper) {
        expect(await open(helper), 'the size helper next to it').to.equal('form');
        helper.hide();
      }
    },
  };
}

/** The player's product overlay, once its chunk has loaded. */
export function playerCards(player: ShoplivePlayer): Promise<ShopliveProductCards> {
  return waitFor(() => player.shadowRoot!.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'the product cards over the video', 30_000);
}
