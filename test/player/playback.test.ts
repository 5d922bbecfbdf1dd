import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, decodedFrames, eventMatching, eventually, mount, nextEvent, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';

describe('<shoplive-player> playing the simulated live stream', () => {
  afterEach(cleanup);

  it('decodes real frames and advances currentTime', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    const video = await waitFor(() => shadowQuery<HTMLVideoElement>(player, 'video'), 'video element');
    const mediaTimes = await decodedFrames(video, 20);
    expect(mediaTimes.at(-1)!).to.be.greaterThan(mediaTimes[0]!);
    const before = video.currentTime;
    await waitFor(() => video.currentTime > before + 0.5, 'currentTime to advance');
    expect(video.videoWidth).to.be.greaterThan(0);
    // The picture fills the player's box whatever the rendition (hls.js caps renditions to this size, too).
    expect(video.clientWidth).to.equal(player.clientWidth);
    expect(video.clientHeight).to.equal(player.clientHeight);
    expect(player.state).to.equal('playing');
    expect(player.getAttribute('state')).to.equal('playing');
    expect(player.getAttribute('engine')).to.equal('hls');
  });

  /**
   * The browser aborts the player's first play() (as when a source swap overtakes it); later calls play for real.
   * `afterAbort` runs in the microtask after the abort, so it always lands before the first frame's callback (a poll
   * could miss the window on a loaded machine: the frame and the player's second play() can come first).
   */
  function abortFirstPlay(video: HTMLVideoElement, afterAbort?: () => void): { aborted: () => number } {
    let aborted = 0;
    video.play = function (this: HTMLVideoElement) {
      if (aborted++ === 0) {
        if (afterAbort) queueMicrotask(afterAbort);
        return Promise.reject(new DOMException('The play() request was interrupted by a new load request.', 'AbortError'));
      }
      return HTMLMediaElement.prototype.play.call(this);
    };
    return { aborted: () => aborted };
  }

  for (const [name, markup, shopperPauses] of [
    ['plays once its picture is on screen when the browser aborted its autoplay play()', 'autoplay muted', false],
    ['stays paused after an aborted autoplay play() when the shopper pressed pause meanwhile', 'autoplay muted', true],
  ] as const) {
    it(name, async () => {
      const player = mount<ShoplivePlayer>(`<shoplive-player src="${liveSession().master}" ${markup}></shoplive-player>`);
      // Before the player can get to play(): its first render puts the video in, and the engine code loads after it.
      await player.updateComplete;
      const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
      const plays = abortFirstPlay(video, shopperPauses ? () => player.pause() : undefined);
      await nextEvent(player, 'shoplive-first-frame', 30_000);
      if (shopperPauses) {
        // The condition that would have been seen: the first frame was handled, and no second play() was asked for.
        await player.updateComplete;
        expect(plays.aborted(), 'play() calls').to.equal(1);
        expect(player.state).to.equal('paused');
        expect(video.paused).to.equal(true);
        return;
      }
      await waitFor(() => player.state === 'playing', () => `playing (state ${player.state}, plays ${plays.aborted()})`, 30_000);
      await decodedFrames(video, 5);
    });
  }

  it('fires ready, first-frame and quality-change with sane payloads', async () => {
    const session = liveSession();
    const events = recordEvents(document, ['shoplive-ready', 'shoplive-first-frame', 'shoplive-quality-change', 'shoplive-error']);
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    const firstFrame = await nextEvent<{ ttffMs: number; engine: string; level: { height: number } | null }>(player, 'shoplive-first-frame');
    const names = events.map((event) => event.type);
    expect(names).to.include('shoplive-ready');
    expect(names).not.to.include('shoplive-error');
    const ready = events.find((event) => event.type === 'shoplive-ready')!;
    expect(ready.bubbles && ready.composed, 'bubbles and composed').to.equal(true);
    expect(ready.detail.engine).to.equal('hls');
    expect(ready.detail.levels.map((level: { height: number }) => level.height).sort((a: number, b: number) => a - b)).to.deep.equal([180, 360, 720]);
    expect(firstFrame.detail.engine).to.equal('hls');
    expect(firstFrame.detail.ttffMs).to.be.within(1, 15_000);
    expect(firstFrame.detail.level?.height).to.be.oneOf([180, 360, 720]);
    const change = await nextEvent<{ level: { height: number }; auto: boolean }>(player, 'shoplive-quality-change').catch(() => null);
    const firstChange = events.find((event) => event.type === 'shoplive-quality-change') ?? change;
    expect(firstChange, 'a quality-change once a rendition plays').to.not.equal(null);
    expect(firstChange!.detail.auto).to.equal(true);
    expect(player.metrics.ttffMs).to.equal(firstFrame.detail.ttffMs);
  });

  it('reuses the warm-up fetches instead of requesting playlists and the first segment twice', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    const metrics = player.metrics;
    const log = (await session.requests()).map((request) => `${request.path} ${request.status}`).join(', ');
    expect(metrics.prefetch.hits, `master, media playlist and first segment served from the warm-up (requests: ${log})`).to.equal(3);
    expect(metrics.prefetch.misses).to.equal(0);
    const requests = await session.requests();
    const masters = requests.filter((request) => request.path.endsWith('/master.m3u8'));
    expect(masters).to.have.length(1);
    const segments = requests.filter((request) => request.path.endsWith('.ts')).map((request) => request.path);
    expect(new Set(segments).size, `segments requested once each: ${segments.join(' ')}`).to.equal(segments.length);
  });

  it('switches rendition from the quality menu and back to auto', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    const button = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=quality-button]'), 'the quality menu button (its code loads lazily)');
    button.click();
    await player.updateComplete;
    const items = [...player.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
    expect(items.map((item) => item.textContent!.trim())).to.deep.include.members(['720p', '360p', '180p']);
    const target = items.find((item) => item.textContent!.trim() === '720p')!;
    // ABR may already be playing 720p: pinning it still changes `auto`, and that is announced too.
    const change = eventMatching<{ level: { height: number }; auto: boolean }>(player, 'shoplive-quality-change', (detail) => detail.level.height === 720 && !detail.auto);
    target.click();
    const switched = await change;
    expect(switched.detail.level.height).to.equal(720);
    expect(switched.detail.auto).to.equal(false);
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    await waitFor(() => video.videoHeight === 720, 'decoded 720p frames');
    button.click();
    await player.updateComplete;
    const checked = player.shadowRoot!.querySelector('[role=menuitemradio][aria-checked=true]')!;
    expect(checked.textContent!.trim()).to.equal('720p');
    const backToAuto = eventMatching<{ auto: boolean }>(player, 'shoplive-quality-change', (detail) => detail.auto);
    player.shadowRoot!.querySelector<HTMLElement>('[role=menuitemradio][data-value="-1"]')!.click();
    await backToAuto;
    await player.updateComplete;
    button.click();
    await player.updateComplete;
    expect(player.shadowRoot!.querySelector('[role=menuitemradio][aria-checked=true]')!.textContent).to.match(/Auto/);
  });

  it('announces pinning the rendition already on screen: the level stays, `auto` turns false', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    const playing = await nextEvent<{ level: { height: number; index: number }; auto: boolean }>(player, 'shoplive-quality-change');
    const button = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=quality-button]'), 'the quality menu button (its code loads lazily)');
    button.click();
    await player.updateComplete;
    const current = player.metrics.level!;
    const pinned = eventMatching<{ level: { height: number }; auto: boolean }>(player, 'shoplive-quality-change', (detail) => !detail.auto);
    player.shadowRoot!.querySelector<HTMLElement>(`[role=menuitemradio][data-value="${current.index}"]`)!.click();
    const event = await pinned;
    expect(event.detail.level.height, `pinned ${current.height}p (first switch was to ${playing.detail.level.height}p)`).to.equal(current.height);
    button.click();
    await player.updateComplete;
    expect(player.shadowRoot!.querySelector('[role=menuitemradio][aria-checked=true]')!.textContent!.trim()).to.equal(`${current.height}p`);
  });

  it('plays on across the looped stream\'s discontinuity (a new timestamp origin every 10 segments)', async () => {
    const session = liveSession();
    const errors = recordEvents(document, ['shoplive-error']);
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    // The clip loops every 10 segments; the segment that starts a loop carries #EXT-X-DISCONTINUITY.
    const sequence = (path: string) => Number(path.split('/').pop()!.replace('.ts', ''));
    const wrapFetched = async () => (await session.requests()).find((request) => request.path.endsWith('.ts') && request.status === 200 && sequence(request.path) % 10 === 0);
    const wrap = await eventually(wrapFetched, 'the first segment of a new loop', 40_000);
    // hls.js appends segments in order before it fetches the next one: once two later ones were fetched, the loop's
    // first segment lies inside the buffered range.
    await eventually(
      async () => (await session.requests()).some((request) => request.path.endsWith('.ts') && sequence(request.path) >= sequence(wrap.path) + 2),
      'two segments after it',
      40_000,
    );
    const beyond = video.buffered.end(video.buffered.length - 1);
    await waitFor(() => video.currentTime > beyond, `playback past segment ${sequence(wrap.path)} (media time ${beyond.toFixed(1)})`, 60_000);
    await decodedFrames(video, 10);
    expect(errors.map((event) => event.detail), 'no error across the discontinuity').to.deep.equal([]);
    expect(player.state).to.equal('playing');
  }).timeout(150_000);
});
