import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, mount, nextEvent, sleep } from '../support/dom.js';
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
    await sleep(1500);
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
    await sleep(300);
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
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    player.remove();
    await sleep(500);
    const settled = (await session.requests()).length;
    await sleep(4500);
    expect((await session.requests()).length, 'no requests after removal').to.equal(settled);
  });
});
