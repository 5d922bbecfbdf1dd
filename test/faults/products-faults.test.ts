// The fault matrix, products endpoint: `products-src` (the player's shopping feature, standalone product cards and
// the buy buttons that sell from them) answering 500, slowly, with malformed or endless JSON, from the simulated live
// server (`file=` faults, demo/server/README.md). The stream plays on, the cards explain, the host hears one
// `products-load`, and "Try again" loads the products once the endpoint is fixed.
import { expect } from '@esm-bundle/chai';
import '../../src/commerce/product-cards/product-cards.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { answerWith, buy, chip, part, settle } from '../commerce/buy-button-support.js';
import { cleanup, eventually, mount, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { codes, errorsAt, fatal, fileRequests, framesAdvance, playingPlayer, shownText } from './support.js';
import { neighbours, playerCards } from './widgets.js';

const FAULTS = [
  { fault: '500', shown: 'The products could not be loaded. Check your connection and try again.', reported: 'HTTP 500', status: 500 },
  { fault: 'malformed', shown: 'The products of this show could not be read.', reported: 'JSON', status: 200 },
  { fault: 'huge', shown: 'The product list is too large to show.', reported: 'the response is larger than 2 MB', status: 200 },
] as const;

const retry = (cards: ShopliveProductCards) => cards.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!;

describe('fault matrix: the products endpoint', () => {
  afterEach(cleanup);

  for (const { fault, shown, reported, status } of FAULTS) {
    it(`products-src ${fault}: the stream plays on, the cards explain, one products-load; "Try again" shows the products once fixed`, async () => {
      const products = liveSession({ file: fault });
      const others = neighbours();
      const { player, video, errors } = await playingPlayer(liveSession().master, `products-src="${products.file('products.json')}"`);
      const cards = await playerCards(player);
      await waitFor(() => shownText(cards, '[part=load-error] p') === shown, `"${shown}" on the cards`, 30_000);
      expect(cards.shadowRoot!.querySelector('[part=load-error]')!.getAttribute('role')).to.equal('alert');
      expect(codes(errors), 'one report').to.deep.equal(['products-load']);
      expect(errors[0]!.message).to.include(reported);
      await framesAdvance(video);
      expect(player.state).to.equal('playing');
      await others.stillWork();

      await products.setFaults({ file: '' });
      retry(cards).click();
      await waitFor(() => shownText(cards, '[part=title]') === 'Mulberry Silk Wrap Dress', 'the product card after "Try again"');
      expect(cards.shadowRoot!.querySelector('[part=load-error]'), 'the explanation goes').to.equal(null);
      expect(codes(errors), 'still the one report').to.deep.equal(['products-load']);
      const asked = await eventually(async () => {
        const requests = await fileRequests(products, 'products.json');
        return requests.length === 2 && requests;
      }, 'the failed request and the retry in the server log');
      expect(asked.map((request) => request.status), 'one request per attempt').to.deep.equal([status, 200]);
      if (fault === 'huge') {
        expect(asked[0]!.aborted, 'the endless body was given up').to.equal(true);
        expect(asked[0]!.bytes, 'past the 2 MB limit, not far past it').to.be.within(2_000_000, 40_000_000);
      }
      await framesAdvance(video);
      expect(fatal(errors)).to.deep.equal([]);
    }).timeout(90_000);
  }

  it('products-src slow: "Loading products…" on the cards while the stream plays, then the products', async () => {
    const products = liveSession({ file: 'hold' });
    const { player, video, errors } = await playingPlayer(liveSession().master, `products-src="${products.file('products.json')}"`);
    const cards = await playerCards(player);
    await waitFor(() => shownText(cards, '[part=loading]') === 'Loading products…', 'the loading state');
    expect(cards.shadowRoot!.querySelector('[part=loading]')!.getAttribute('role')).to.equal('status');
    await framesAdvance(video);
    expect(await fileRequests(products, 'products.json'), 'the request is still held at the server').to.deep.equal([]);
    await products.setFaults({ file: '' });
    await waitFor(() => shownText(cards, '[part=title]') === 'Mulberry Silk Wrap Dress', 'the product card');
    expect(cards.shadowRoot!.querySelector('[part=loading]'), 'the loading state goes').to.equal(null);
    expect(errors).to.deep.equal([]);
  }).timeout(60_000);

  it('standalone cards (German): the message in German, one report from the cards; after "Erneut versuchen" the card and a buy button outside sell', async () => {
    const products = liveSession({ file: 500 });
    const cards = mount<ShopliveProductCards>(`<shoplive-product-cards lang="de" products-src="${products.file('products.json')}"></shoplive-product-cards>`);
    const errors = errorsAt(cards);
    // A button outside any show sells the page-wide scarf (the first show's that had it).
    const outside = mount<ShopliveBuyButton>('<shoplive-buy-button lang="de" product-id="silk-scarf"></shoplive-buy-button>');
    await waitFor(() => shownText(cards, '[part=load-error] p') === 'Die Produkte konnten nicht geladen werden. Bitte Verbindung prüfen und erneut versuchen.', 'the German message');
    expect(shownText(cards, '[part=retry-button]')).to.equal('Erneut versuchen');
    expect(codes(errors)).to.deep.equal(['products-load']);

    await products.setFaults({ file: '' });
    retry(cards).click();
    const inCard = await waitFor(() => cards.shadowRoot!.querySelector<ShopliveBuyButton>('shoplive-buy-button'), 'the card\'s buy button');
    await waitFor(() => part(inCard, 'sizes'), 'the sizes of the dress');
    await waitFor(() => buy(outside).getAttribute('aria-disabled') === 'false', 'the buy button outside has its product');
    let asked = 0;
    const stop = answerWith(() => (asked++, true));
    try {
      chip(inCard, 'M').click();
      await inCard.updateComplete;
      buy(inCard).click();
      await settle(inCard, 'added');
      buy(outside).click();
      await settle(outside, 'added');
    } finally {
      stop();
    }
    expect(asked, 'one request per click').to.equal(2);
    expect(codes(errors), 'still the one report').to.deep.equal(['products-load']);
  }).timeout(60_000);
});
