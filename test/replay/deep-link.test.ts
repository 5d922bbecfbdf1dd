// Deep links into a replay, and a live show that ends into its replay in the same player.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { dressInput, scarfInput } from '../commerce/support.js';
import { cleanup, decodedFrames, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { FIRST_FRAME_CEILING_MS, seekablePlayer, slider, videoOf } from './support.js';

const SEGMENT_S = 2;

/** Media times of frames once the player has settled where its deep link put it. */
async function settledFrames(player: ShoplivePlayer, from: number): Promise<number[]> {
  const video = videoOf(player);
  await waitFor(() => video.currentTime >= from && !video.seeking && video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA, `the start at ${from} s`);
  return decodedFrames(video, 5);
}

function cardText(player: ShoplivePlayer): string {
  const text = player.shadowRoot!.querySelector('shoplive-product-cards')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
  return /On stream now (.*?) \$/.exec(text)?.[1] ?? '';
}

describe('replay deep links and the end of a live show', function () {
  // Ceilings for a loaded CI machine (a recording's first frame can take long there), not timing claims.
  this.timeout(120_000);
  afterEach(() => {
    cleanup();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('start-product starts at that product\'s chapter, with its card', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${session.replay}" start-product="silk-scarf" autoplay muted></shoplive-player>`);
    player.products = [dressInput('silk-wrap-dress'), scarfInput('silk-scarf')];
    await seekablePlayer(player);
    const frames = await settledFrames(player, 7);
    expect(frames[0], `frames ${frames.join(', ')}`).to.be.within(7, 7 + SEGMENT_S);
    await waitFor(() => cardText(player) === 'Silk Twill Scarf', 'the scarf card');
  });

  it('start-at starts at that time (a clock value)', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.replay}" start-at="0:15" autoplay muted></shoplive-player>`);
    await seekablePlayer(player);
    const frames = await settledFrames(player, 15);
    expect(frames[0], `frames ${frames.join(', ')}`).to.be.within(15, 15 + SEGMENT_S);
  });

  it('the page\'s own #shoplive-t= link starts the replay there', async () => {
    history.replaceState(null, '', '#shoplive-t=12');
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.replay}" autoplay muted></shoplive-player>`);
    await seekablePlayer(player);
    const frames = await settledFrames(player, 12);
    expect(frames[0], `frames ${frames.join(', ')}`).to.be.within(12, 12 + SEGMENT_S);
  });

  it('a live show that ends says so and offers its replay, which plays in the same player without a reload', async function () {
    this.timeout(180_000);
    const marker = Symbol.for('shoplive-test-no-reload');
    (window as unknown as Record<symbol, boolean>)[marker] = true;
    const session = liveSession({ endafter: 4 });
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${session.event}" replay-src="${session.replay}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame', FIRST_FRAME_CEILING_MS);
    expect(shadowQuery(player, '[part=replay-button]'), 'no offer while the show is on').to.equal(null);
    const offer = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=replay-button]'), 'the replay offer once the playlist gains ENDLIST', 30_000);
    expect(shadowQuery(player, '[part=show-ended]')!.textContent).to.include('The live show has ended.');
    expect(offer.textContent!.trim()).to.equal('Watch the replay');
    offer.click();
    await nextEvent(player, 'shoplive-first-frame', FIRST_FRAME_CEILING_MS);
    expect(player.src).to.equal(session.replay);
    const bar = await waitFor(() => slider(player), 'the replay\'s seek bar');
    await waitFor(() => bar.getAttribute('aria-valuemax') === '20', 'the replay\'s length');
    expect(shadowQuery(player, '[part=show-ended]'), 'the notice is gone').to.equal(null);
    const frames = await decodedFrames(videoOf(player), 5);
    expect(frames[0]).to.be.below(SEGMENT_S * 2);
    expect((window as unknown as Record<symbol, boolean>)[marker], 'the page was not reloaded').to.equal(true);
  });
});
