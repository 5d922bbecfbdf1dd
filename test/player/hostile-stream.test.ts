// A compromised origin serves hostile playlists (the simulated live server's `hostile=` modes): the player refuses
// them with a clear error and nothing else. No URL a playlist supplies is requested without passing the URL guard,
// no playlist reaches a parser if it could freeze the page, every refusal is reported once.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { PlayerErrorDetail } from '../../src/player/engines/engine.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, decodedFrames, eventMatching, mount, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { recordRequests, watchLongTasks } from '../support/watch.js';

const errorsOf = (events: CustomEvent[]) => events.map((event) => event.detail as PlayerErrorDetail);

describe('<shoplive-player> with a hostile stream', () => {
  let requests: ReturnType<typeof recordRequests>;
  let longTasks: ReturnType<typeof watchLongTasks>;
  let errors: CustomEvent[];
  beforeEach(() => {
    requests = recordRequests();
    longTasks = watchLongTasks();
    errors = recordEvents(document, ['shoplive-error']);
  });
  afterEach(() => {
    requests.stop();
    longTasks.stop();
    cleanup();
  });

  function player(hostile: string): ShoplivePlayer {
    return mount<ShoplivePlayer>(`<shoplive-player src="${liveSession({ hostile }).master}" autoplay muted></shoplive-player>`);
  }

  /** Non-http(s) URLs the page asked fetch() or XMLHttpRequest for. */
  const unsafeRequests = () => requests.urls.filter((url) => !/^https?:\/\//.test(url));

  for (const [mode, where] of [
    ['long-master', 'the master playlist'],
    ['long-media', 'every media playlist'],
  ] as const) {
    it(`refuses ${where} with a 300,000-character line at once, without freezing the page`, async () => {
      const element = player(mode);
      const fatal = await eventMatching<PlayerErrorDetail>(element, 'shoplive-error', (detail) => detail.fatal, 20_000);
      expect(fatal.detail.code).to.equal('manifest');
      expect(fatal.detail.message).to.match(/the stream cannot be played: playlist line \d+ is 3000\d\d characters long \(limit 4096\)/);
      await waitFor(() => shadowQuery(element, '[part=error-panel]'), 'the error panel');
      expect(longTasks.longestMs(), 'longest main-thread task (ms)').to.be.below(1000);
      const refusals = errorsOf(errors).filter((error) => error.code === 'limit-exceeded');
      expect(new Set(refusals.map((error) => error.message)).size, 'each refused playlist reported once').to.equal(refusals.length);
      expect(refusals.length).to.be.within(1, 3);
    });
  }

  it('refuses media playlists over 2 MB (each reported once)', async () => {
    const element = player('big-media');
    const fatal = await eventMatching<PlayerErrorDetail>(element, 'shoplive-error', (detail) => detail.fatal, 20_000);
    expect(fatal.detail.code).to.equal('manifest');
    expect(fatal.detail.message).to.match(/the stream cannot be played: playlist is larger than 2097152 (bytes|characters)/);
    const refusals = errorsOf(errors).filter((error) => error.code === 'limit-exceeded').map((error) => error.message);
    expect(refusals.length).to.be.within(1, 3);
    expect(new Set(refusals).size, 'each refused playlist reported once').to.equal(refusals.length);
  });

  it('never requests javascript:, data: or ftp: segments or variants; steps over them, reports each once, and plays on', async function () {
    this.timeout(150_000);
    const element = player('bad-urls');
    const video = await waitFor(() => shadowQuery<HTMLVideoElement>(element, 'video'), 'the video');
    const skipped = await eventMatching<PlayerErrorDetail>(element, 'shoplive-error', (detail) => /its URL was refused/.test(detail.message), 40_000);
    expect(skipped.detail).to.deep.include({ code: 'segment-skipped', fatal: false });
    // Segments are refused every 8 s of media: 12 s more of playback has stepped over at least one more.
    const from = video.currentTime;
    await waitFor(() => video.currentTime > from + 12, 'playback 12 s past the first skipped segment', 40_000);
    await decodedFrames(video, 5);
    expect(unsafeRequests(), 'requests for refused URLs').to.deep.equal([]);
    // Each refused segment URL is reported when playback reaches it: wait for the three (a loaded machine is slow).
    const unsafeSegments = () => errorsOf(errors).filter((error) => error.code === 'refused-url' && /\(unsafe-scheme\): (javascript:alert\(document.domain\)\/\/\d+\.ts|data:video|ftp:)/.test(error.message));
    await waitFor(() => unsafeSegments().length >= 3, 'the three unsafe segment URLs refused', 60_000);
    const refused = errorsOf(errors).filter((error) => error.code === 'refused-url').map((error) => error.message);
    expect(refused).to.include('a URL from the playlist was refused and not requested (unsafe-scheme): javascript:alert(document.domain)//270p.m3u8');
    expect(refused.filter((message) => /\(unsafe-scheme\): (javascript:alert\(document.domain\)\/\/\d+\.ts|data:video|ftp:)/.test(message)).length).to.be.at.least(3);
    expect(new Set(refused).size, 'each URL reported once').to.equal(refused.length);
    const skips = errorsOf(errors).filter((error) => error.code === 'segment-skipped').map((error) => error.message);
    expect(new Set(skips).size, 'each skipped segment reported once').to.equal(skips.length);
    expect(errorsOf(errors).filter((error) => error.fatal)).to.deep.equal([]);
  });

  it('never requests a javascript: key, and says the stream cannot be played', async () => {
    const element = player('bad-key');
    const fatal = await eventMatching<PlayerErrorDetail>(element, 'shoplive-error', (detail) => detail.fatal, 20_000);
    expect(fatal.detail.message).to.match(/the stream cannot be played: unsafe-scheme/);
    expect(unsafeRequests()).to.deep.equal([]);
    expect(errorsOf(errors).filter((error) => error.code === 'refused-url').map((error) => error.message)).to.deep.equal([
      'a URL from the playlist was refused and not requested (unsafe-scheme): javascript:alert(1)',
    ]);
  });

  it('refuses a javascript: poster with one clear, non-fatal report, and plays', async () => {
    const element = mount<ShoplivePlayer>(`<shoplive-player src="${liveSession().master}" poster="javascript:alert(1)" autoplay muted></shoplive-player>`);
    await decodedFrames(await waitFor(() => shadowQuery<HTMLVideoElement>(element, 'video'), 'the video'), 5);
    expect(shadowQuery(element, 'video')!.hasAttribute('poster')).to.equal(false);
    element.poster = '/demo/media/poster.jpg';
    await element.updateComplete;
    expect(shadowQuery(element, 'video')!.getAttribute('poster')).to.equal(new URL('/demo/media/poster.jpg', location.href).href);
    expect(errorsOf(errors)).to.deep.equal([
      { code: 'refused-url', message: 'poster "javascript:alert(1)" refused (unsafe-scheme); no poster is shown', fatal: false },
    ]);
  });
});
