import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, eventually, intersectionDecided, mount, nextEvent, recordRequestsStarted } from '../support/dom.js';
import { liveSession } from '../support/live.js';

const engineChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /hls-engine|hls\.light|native-engine/.test(name));

describe('<shoplive-player> laziness', () => {
  afterEach(() => {
    cleanup();
    scrollTo(0, 0);
  });

  it('costs nothing while far off-screen, then starts when scrolled near', async () => {
    const session = liveSession();
    const page = mount(`<div><div style="height: 400vh"></div><shoplive-player src="${session.master}" autoplay muted></shoplive-player></div>`);
    const player = page.querySelector<ShoplivePlayer>('shoplive-player')!;
    await intersectionDecided(player);
    await player.updateComplete;
    expect(player.state, 'not started').to.equal('idle');
    expect(await session.requests(), 'no stream request while off-screen').to.deep.equal([]);
    expect(engineChunks(), 'no engine code while off-screen').to.deep.equal([]);
    expect(player.state).to.equal('idle');

    const firstFrame = nextEvent(player, 'shoplive-first-frame');
    player.scrollIntoView();
    await firstFrame;
    expect((await session.requests()).length).to.be.greaterThan(2);
    expect(engineChunks().some((name) => name.includes('hls-engine'))).to.equal(true);
  });

  it('starts on a user gesture before it comes near the viewport', async () => {
    const session = liveSession();
    const page = mount(`<div><div style="height: 400vh"></div><shoplive-player src="${session.master}" muted></shoplive-player></div>`);
    const player = page.querySelector<ShoplivePlayer>('shoplive-player')!;
    await intersectionDecided(player);
    await player.updateComplete;
    expect(player.state).to.equal('idle');
    expect(await session.requests()).to.deep.equal([]);
    const firstFrame = nextEvent(player, 'shoplive-first-frame');
    await player.play();
    await firstFrame;
    expect(player.state).to.equal('playing');
  });

  it('starts at once with loading="eager", wherever it is', async () => {
    const session = liveSession();
    const page = mount(`<div><div style="height: 400vh"></div><shoplive-player loading="eager" src="${session.master}" muted></shoplive-player></div>`);
    const player = page.querySelector<ShoplivePlayer>('shoplive-player')!;
    await nextEvent(player, 'shoplive-first-frame');
    // Without autoplay the first frame is shown paused, ready to play instantly.
    expect(player.state).to.equal('paused');
  });

  it('stops all stream traffic when removed from the page', async () => {
    const session = liveSession();
    const witness = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    const control = mount<ShoplivePlayer>(`<shoplive-player src="${witness.master}" autoplay muted></shoplive-player>`);
    await Promise.all([nextEvent(player, 'shoplive-first-frame'), nextEvent(control, 'shoplive-first-frame')]);
    // What the page starts from the moment of removal, as it starts it: a request already on its way (a segment
    // sent a moment before) may still reach the server after a later marker, so the server's clock cannot judge.
    const started = recordRequestsStarted();
    player.remove();
    // A player still on the page reloads its live playlist every target duration (2 s): by the time it has done so
    // three more times, a removed player that kept anything running would have asked for its playlist as well.
    const playlistLoads = async () => (await witness.requests()).filter((request) => request.path.endsWith('/index.m3u8')).length;
    const loadsAtRemoval = await playlistLoads();
    try {
      await eventually(async () => (await playlistLoads()) >= loadsAtRemoval + 3, 'three playlist reloads of the player still on the page', 30_000);
      expect(started.urls.some((url) => url.includes(`sid=${witness.sid}`)), 'the witness is seen by the recorder').to.equal(true);
      const after = started.urls.filter((url) => url.includes(`sid=${session.sid}`));
      expect(after, 'no request started after removal').to.deep.equal([]);
    } finally {
      started.stop();
    }
  });
});
