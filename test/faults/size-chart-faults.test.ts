// The fault matrix, size-chart endpoint: the size helper's `chart-src` answering 500, slowly, with malformed or
// endless JSON (`file=` faults of the simulated live server). The stream plays on, the panel explains, the host hears
// one `size-chart-load`, the product cards and buy buttons are untouched, and "Try again" shows the form once fixed.
import { expect } from '@esm-bundle/chai';
import { cleanup, eventually, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { dressInput } from '../commerce/support.js';
import { exists, mountHelper, q, text } from '../size/widget-helpers.js';
import { codes, errorsAt, fatal, fileRequests, framesAdvance, playingPlayer, shownText } from './support.js';
import { neighbours, playerCards } from './widgets.js';

const FAULTS = [
  { fault: '500', reported: 'HTTP 500', status: 500 },
  { fault: 'malformed', reported: 'JSON', status: 200 },
  { fault: 'huge', reported: 'the response is larger than 256 kB', status: 200 },
] as const;

/** A player selling the dress (inline products: not from the faulty endpoint), and a size helper on `chartSrc`. */
async function page(chartSrc: string) {
  const others = neighbours({ sizeHelper: false });
  const { player, video, errors: playerErrors } = await playingPlayer(liveSession().master);
  player.products = [dressInput()];
  const cards = await playerCards(player);
  await waitFor(() => shownText(cards, '[part=title]') === 'Mulberry Silk Wrap Dress', 'the card over the video');
  const helper = mountHelper(`chart-src="${chartSrc}"`);
  const errors = errorsAt(helper);
  await helper.updateComplete;
  q<HTMLButtonElement>(helper, '[part=trigger]')!.click();
  return { others, player, video, playerErrors, cards, helper, errors };
}

describe('fault matrix: the size-chart endpoint', () => {
  afterEach(cleanup);

  for (const { fault, reported, status } of FAULTS) {
    it(`chart-src ${fault}: the stream plays on, the panel explains, one size-chart-load; "Try again" shows the form once fixed`, async () => {
      const chart = liveSession({ file: fault });
      const { others, player, video, playerErrors, cards, helper, errors } = await page(chart.file('size-chart.json'));
      await waitFor(() => exists(helper, '#panel [part=message]'), 'the explanation in the panel', 30_000);
      expect(text(helper, '#panel [part=message]')).to.equal('The size chart of this product could not be loaded.');
      expect(q(helper, '#panel [part=message]')!.getAttribute('role')).to.equal('alert');
      expect(codes(errors), 'one report').to.deep.equal(['size-chart-load']);
      expect(errors[0]!.message).to.include(reported);
      await framesAdvance(video);
      expect(player.state).to.equal('playing');
      expect(shownText(cards, '[part=title]'), 'the card over the video').to.equal('Mulberry Silk Wrap Dress');
      await others.stillWork();

      await chart.setFaults({ file: '' });
      q<HTMLButtonElement>(helper, '[part=retry-button]')!.click();
      await waitFor(() => exists(helper, '#panel [part=form]'), 'the form after "Try again"');
      expect(exists(helper, '#panel [part=message]'), 'the explanation goes').to.equal(false);
      expect(codes(errors), 'still the one report').to.deep.equal(['size-chart-load']);
      const asked = await eventually(async () => {
        const requests = await fileRequests(chart, 'size-chart.json');
        return requests.length === 2 && requests;
      }, 'the failed request and the retry in the server log');
      expect(asked.map((request) => request.status), 'one request per attempt').to.deep.equal([status, 200]);
      if (fault === 'huge') {
        expect(asked[0]!.aborted, 'the endless body was given up').to.equal(true);
        expect(asked[0]!.bytes, 'past the 256 kB limit, not far past it').to.be.within(256_000, 40_000_000);
      }
      expect(fatal(playerErrors)).to.deep.equal([]);
    }).timeout(90_000);
  }

  it('chart-src slow: "Loading the size guide…" in the panel while the stream plays, then the form', async () => {
    const chart = liveSession({ file: 'hold' });
    const { video, helper, errors } = await page(chart.file('size-chart.json'));
    await waitFor(() => text(helper, '#panel [part=loading]') === 'Loading the size guide…', 'the loading state');
    expect(q(helper, '#panel')!.getAttribute('aria-busy')).to.equal('true');
    await framesAdvance(video);
    expect(await fileRequests(chart, 'size-chart.json'), 'the request is still held at the server').to.deep.equal([]);
    await chart.setFaults({ file: '' });
    await waitFor(() => exists(helper, '#panel [part=form]'), 'the form');
    expect(q(helper, '#panel')!.getAttribute('aria-busy')).to.equal('false');
    expect(errors).to.deep.equal([]);
  }).timeout(60_000);
});
