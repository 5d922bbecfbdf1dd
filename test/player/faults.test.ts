import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, eventually, mount, nextEvent, recordRequestsStarted, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';

type ErrorDetail = { code: string; message: string; fatal: boolean };

function errorsOf(events: CustomEvent[]): ErrorDetail[] {
  return events.filter((event) => event.type === 'shoplive-error').map((event) => event.detail as ErrorDetail);
}

async function playedThrough(player: ShoplivePlayer, seconds: number): Promise<void> {
  const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
  const from = video.currentTime;
  await waitFor(() => video.currentTime > from + seconds, `${seconds}s of playback`, 30_000);
}

describe('<shoplive-player> recovering from faults', () => {
  let events: CustomEvent[] = [];
  const collect = (event: Event) => events.push(event as CustomEvent);
  beforeEach(() => {
    events = [];
    document.addEventListener('shoplive-error', collect);
  });
  afterEach(() => {
    document.removeEventListener('shoplive-error', collect);
    cleanup();
  });

  it('skips a segment the origin answers 404 for and keeps playing', async () => {
    const session = liveSession({ seg404: 3 });
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    await eventually(async () => (await session.requests()).some((request) => request.status === 404), 'the 404 segment');
    await playedThrough(player, 6);
    expect(errorsOf(events).filter((error) => error.fatal)).to.deep.equal([]);
    expect(player.state).to.be.oneOf(['playing', 'buffering']);
  });

  it('retries segments that fail with 500 and recovers', async () => {
    const session = liveSession({ seg500: '2@2' });
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    await playedThrough(player, 6);
    const requests = await session.requests();
    const failed = requests.filter((request) => request.status === 500);
    expect(failed.length, 'two segment requests failed').to.equal(2);
    // hls.js may retry the same segment on another rendition: compare sequence numbers, not paths.
    const sequence = (path: string) => path.split('/').pop();
    const retried = requests.some((request) => request.status === 200 && sequence(request.path) === sequence(failed[0]!.path) && request.t > failed[0]!.t);
    expect(retried, `segment ${sequence(failed[0]!.path)} was fetched again after failing`).to.equal(true);
    expect(errorsOf(events).filter((error) => error.fatal)).to.deep.equal([]);
  });

  it('reports a playlist that stops updating', async () => {
    const session = liveSession({ stale: 2 });
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    const stale = await waitFor(
      () => errorsOf(events).find((error) => error.code === 'playlist-stale'),
      'a playlist-stale error',
      25_000,
    );
    expect(stale.fatal).to.equal(false);
    await player.updateComplete;
    expect(shadowQuery(player, '[part=notice]')?.textContent).to.match(/stopped updating/);
  }).timeout(40_000);

  it('shows the error panel for a missing stream, and retries on request', async () => {
    const session = liveSession({ master: 404 });
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    const error = await nextEvent<ErrorDetail>(player, 'shoplive-error');
    expect(error.detail).to.deep.include({ code: 'network', fatal: true });
    expect(error.detail.message).to.match(/404/);
    await player.updateComplete;
    expect(player.getAttribute('state')).to.equal('error');
    const panel = shadowQuery(player, '[part=error-panel]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.match(/could not be reached/);
    const mastersBefore = (await session.requests()).filter((request) => request.path.endsWith('master.m3u8')).length;
    shadowQuery<HTMLButtonElement>(player, '[part=retry-button]')!.click();
    await nextEvent(player, 'shoplive-error');
    const mastersAfter = (await session.requests()).filter((request) => request.path.endsWith('master.m3u8')).length;
    expect(mastersAfter).to.be.greaterThan(mastersBefore);
  });

  it('rejects a body that is not a playlist with a clear error', async () => {
    const session = liveSession({ badplaylist: 1 });
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    const error = await nextEvent<ErrorDetail>(player, 'shoplive-error');
    expect(error.detail).to.deep.include({ code: 'manifest', fatal: true });
    await player.updateComplete;
    expect(shadowQuery(player, '[part=error-panel]')!.textContent).to.match(/not point to a valid stream/);
  });

  for (const [src, code] of [
    ['', 'invalid-src'],
    ['not a url', 'invalid-src'],
    ['javascript:alert(document.domain)', 'unsafe-src'],
  ] as const) {
    it(`refuses src "${src}" with ${code} and sends no request`, async () => {
      const started = recordRequestsStarted();
      const player = mount<ShoplivePlayer>(`<shoplive-player loading="eager" autoplay muted></shoplive-player>`);
      player.setAttribute('src', src);
      const error = await nextEvent<ErrorDetail>(player, 'shoplive-error').finally(() => started.stop());
      expect(error.detail.code).to.equal(code);
      expect(error.detail.fatal).to.equal(true);
      await player.updateComplete;
      expect(shadowQuery(player, '[part=error-panel]')!.textContent).to.match(/address/);
      expect(shadowQuery(player, '[part=retry-button]') === null, 'no pointless retry').to.equal(true);
      // The refusal is final: the player started no request and gave the video nothing to load.
      expect(started.urls).to.deep.equal([]);
      expect(shadowQuery<HTMLVideoElement>(player, 'video')!.getAttribute('src')).to.equal(null);
    });
  }
});
