// The browser's own HLS (Safari, iOS; Chromium plays HLS natively too): the player uses it when Media Source
// Extensions are missing. These tests hide MSE from the page to get there.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { PlayerErrorDetail } from '../../src/player/engines/engine.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, decodedFrames, mount, nextEvent, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';

describe('<shoplive-player> on the native HLS engine', () => {
  const scope = window as unknown as { MediaSource: unknown; ManagedMediaSource: unknown };
  const saved = { MediaSource: scope.MediaSource, ManagedMediaSource: scope.ManagedMediaSource };
  beforeEach(() => {
    scope.MediaSource = undefined;
    scope.ManagedMediaSource = undefined;
  });
  afterEach(() => {
    cleanup();
    Object.assign(scope, saved);
  });

  it('plays the live stream with the browser\'s own HLS', async () => {
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${liveSession().master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame', 30_000);
    expect(player.engine).to.equal('native');
    await decodedFrames(shadowQuery<HTMLVideoElement>(player, 'video')!, 10);
  });

  it('reports a stalled picture and a live playlist that stops growing, like the hls.js engine', async () => {
    const session = liveSession({ stale: 4 });
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    const stalls = recordEvents(player, ['shoplive-stall']);
    const errors: PlayerErrorDetail[] = [];
    player.addEventListener('shoplive-error', (event) => errors.push((event as CustomEvent<PlayerErrorDetail>).detail));
    await nextEvent(player, 'shoplive-first-frame', 30_000);
    const stale = await waitFor(() => errors.find((error) => error.code === 'playlist-stale'), 'a playlist-stale report', 60_000);
    expect(stale.fatal).to.equal(false);
    await waitFor(() => shadowQuery(player, '[part=notice]')?.textContent?.match(/paused/), 'the "stream paused" notice');
    await waitFor(() => stalls.length > 0, 'the stall once the frozen window has played out', 60_000);
    expect(player.metrics.stalls).to.equal(stalls.length);
  }).timeout(120_000);
});
