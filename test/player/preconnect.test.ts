// The stream origin's connection is opened ahead (src/player/preconnect.ts): by the script-tag loader as soon as it
// finds a player, and by the player itself when it starts; in the CORS mode of the requests that will use it.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { preconnectStream } from '../../src/player/preconnect.js';
import { cleanup, intersectionDecided, mount, waitFor } from '../support/dom.js';
import { liveOrigin, liveSession } from '../support/live.js';

const hints = (doc: Document = document) => [...doc.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')];
const described = (doc?: Document) => hints(doc).map((link) => [new URL(link.href).origin, link.getAttribute('crossorigin')]);

async function openFixture(name: string, src: string): Promise<Window & typeof globalThis> {
  const frame = mount<HTMLIFrameElement>(`<iframe style="width: 640px; height: 400px; border: 0"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/${name}?src=${encodeURIComponent(src)}`;
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

/** The loader has run and scanned the page: its once-per-page mark is set and the player's visibility is known. */
async function loaderRan(win: Window & typeof globalThis): Promise<Element> {
  await waitFor(() => (win as unknown as Record<symbol, unknown>)[Symbol.for('shoplive.loader')] === true, 'the loader to run');
  const player = win.document.querySelector('shoplive-player')!;
  await intersectionDecided(player);
  return player;
}

describe('preconnect to the stream origin', () => {
  afterEach(() => {
    cleanup();
    for (const link of hints()) link.remove();
  });

  it('adds one hint per origin in the anonymous-CORS mode of hls.js, and a credentialed one apart for a <video src>', () => {
    preconnectStream(`${liveOrigin}/live/master.m3u8?sid=a`, 'anonymous');
    preconnectStream(`${liveOrigin}/live/show.m3u8?sid=b`, 'anonymous');
    expect(described()).to.deep.equal([[liveOrigin, 'anonymous']]);
    preconnectStream(`${liveOrigin}/live/master.m3u8?sid=a`, 'credentialed');
    preconnectStream(`${liveOrigin}/live/master.m3u8?sid=c`, 'credentialed');
    expect(described()).to.deep.equal([
      [liveOrigin, 'anonymous'],
      [liveOrigin, null],
    ]);
  });

  it('adds none for the page origin, a URL that is not http(s), or an origin the page already preconnects', () => {
    preconnectStream(`${location.origin}/live/master.m3u8`, 'anonymous');
    preconnectStream('javascript:alert(1)', 'anonymous');
    preconnectStream('data:application/vnd.apple.mpegurl,#EXTM3U', 'anonymous');
    preconnectStream('not a url', 'anonymous');
    expect(described()).to.deep.equal([]);
    mount(`<link rel="preconnect" href="${liveOrigin}" crossorigin>`, document.head);
    preconnectStream(`${liveOrigin}/live/master.m3u8`, 'anonymous');
    expect(described()).to.deep.equal([[liveOrigin, '']]);
  });

  it('opens at most a few connections for a page of players on many hosts', () => {
    for (let i = 0; i < 8; i++) preconnectStream(`https://stream${i}.invalid/live/master.m3u8`, 'anonymous');
    expect(hints()).to.have.length(4);
  });

  it('is added by the loader as soon as it finds a player, far below the fold, without a stream request', async () => {
    const session = liveSession();
    const win = await openFixture('loader-lazy.html', session.master);
    await loaderRan(win);
    expect(win.customElements.get('shoplive-player'), 'element code not loaded').to.equal(undefined);
    expect(described(win.document)).to.deep.equal([[liveOrigin, 'anonymous']]);
    expect(await session.requests(), 'no stream request').to.deep.equal([]);
  });

  it('is not added by the loader for a src the URL checks refuse', async () => {
    const session = liveSession();
    const withCredentials = session.master.replace('http://', 'http://user:secret@');
    for (const src of [withCredentials, 'javascript:alert(1)']) {
      const win = await openFixture('loader-lazy.html', src);
      await loaderRan(win);
      expect(described(win.document), src).to.deep.equal([]);
    }
  });

  it('is added once when the loader is on the page twice', async () => {
    const session = liveSession();
    const win = await openFixture('loader-twice.html', session.master);
    await loaderRan(win);
    await waitFor(() => win.customElements.get('shoplive-player'), 'the player code');
    expect(described(win.document)).to.deep.equal([[liveOrigin, 'anonymous']]);
  });

  it('is added by a player started without the loader', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    await waitFor(() => hints().length > 0, 'a preconnect hint');
    expect(described()).to.deep.equal([[liveOrigin, 'anonymous']]);
    expect(player.getAttribute('src')).to.equal(session.master);
  });
});
