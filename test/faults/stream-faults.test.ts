// The fault matrix, stream rows: each fault is injected by the simulated live server (demo/server/faults.mjs) or the
// browser's network emulation, and each test asserts what the shopper sees and what the host receives. Each names the
// SDK mechanism it proves; removing that mechanism fails it (see docs/reliability.md).
import { expect } from '@esm-bundle/chai';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PlayerErrorDetail, RecoveryAction } from '../../src/player/engines/engine.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, eventMatching, eventually, mount, nextEvent, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { atLiveEdge, fatal, playedThrough, playingPlayer, rendition, segmentNumber, segments, watchMediaSources } from './support.js';

const recoveries = (errors: PlayerErrorDetail[], action: RecoveryAction['action']) =>
  errors.filter((error) => error.recovery?.action === action);

describe('fault matrix: the stream', () => {
  const teardown: Array<() => void> = [];
  afterEach(async () => {
    cleanup();
    teardown.splice(0).forEach((undo) => undo());
    await executeServerCommand('network', {});
  });

  for (const [label, fault, code, text] of [
    ['master 404', { master: 404 }, 'network', /could not be reached/],
    ['master 500', { master: 500 }, 'network', /could not be reached/],
    ['HTML instead of a playlist', { badplaylist: 1 }, 'manifest', /not point to a valid stream/],
  ] as const) {
    it(`${label}: error panel and a fatal shoplive-error; "Try again" plays once the origin is fixed`, async () => {
      const session = liveSession(fault);
      const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
      const error = await eventMatching<PlayerErrorDetail>(player, 'shoplive-error', (detail) => detail.fatal, 30_000);
      expect(error.detail.code).to.equal(code);
      await player.updateComplete;
      expect(player.getAttribute('state')).to.equal('error');
      const panel = shadowQuery(player, '[part=error-panel]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.match(text);
      await session.setFaults({ master: '', badplaylist: '' });
      const firstFrame = nextEvent(player, 'shoplive-first-frame', 30_000);
      shadowQuery<HTMLButtonElement>(player, '[part=retry-button]')!.click();
      await firstFrame;
      await waitFor(() => player.state === 'playing', 'playing after Try again');
      expect(shadowQuery(player, '[part=error-panel]')).to.equal(null);
    }).timeout(60_000);
  }

  it('one segment 404: skipped at once (one segment-skipped report), no retry storm, no quality drop, still live', async () => {
    const session = liveSession({ seg404: 4 });
    const { player, video, errors } = await playingPlayer(session.master);
    const skipped = await waitFor(() => recoveries(errors, 'skip-segment')[0], 'a segment-skipped report', 30_000);
    expect(skipped).to.deep.include({ code: 'segment-skipped', fatal: false });
    const missing = (skipped.recovery as { segment: number }).segment;
    await playedThrough(video, 6, 'playback past the missing segment');
    const asked = segments(await session.requests()).filter((request) => segmentNumber(request.path) === missing);
    // hls.js alone retries it and then asks every other rendition for it (each 404s): the skip asks once, or up to three
    // times when it was the newest segment (retried once the playlist has moved on: it may not have reached the origin).
    const list = asked.map((request) => `${request.path} ${request.status}`).join(', ');
    expect(asked.length, `requests for the missing segment: ${list}`).to.be.within(1, 3);
    expect(new Set(asked.map((request) => rendition(request.path))).size, `one rendition asked: ${list}`).to.equal(1);
    expect(recoveries(errors, 'skip-segment'), 'reported once').to.have.length(1);
    expect(fatal(errors)).to.deep.equal([]);
    await waitFor(() => atLiveEdge(player), 'the Live badge (near the live edge)');
    expect(player.state).to.equal('playing');
  }).timeout(60_000);

  it('three segments 404 in a row: each skipped and reported once, playback continues near the live edge', async () => {
    const session = liveSession({ seg404: '4x3' });
    const { player, video, errors } = await playingPlayer(session.master);
    await waitFor(() => recoveries(errors, 'skip-segment').length >= 3, 'three segment-skipped reports', 40_000);
    const numbers = recoveries(errors, 'skip-segment').map((error) => (error.recovery as { segment: number }).segment);
    expect(numbers.slice(1).map((n, i) => n - numbers[i]!), 'consecutive segments').to.deep.equal([1, 1]);
    await playedThrough(video, 6, 'playback past the hole');
    expect(fatal(errors)).to.deep.equal([]);
    await waitFor(() => atLiveEdge(player), 'the Live badge (near the live edge)', 20_000);
  }).timeout(90_000);

  it('segment 500s beyond hls.js\'s own retries: our backoff retries at a lower quality, no fatal error', async () => {
    const session = liveSession();
    const { player, video, errors } = await playingPlayer(session.master);
    await waitFor(() => player.metrics.level?.height === 720, 'the top rendition (any switch is then a step down)', 30_000);
    const before = player.metrics.level!;
    // Every segment request fails until hls.js's own retries and renditions are spent and our backoff is reached.
    await session.setFaults({ seg500: '100000@0' });
    const retry = await waitFor(() => recoveries(errors, 'retry')[0], 'our backoff', 60_000);
    await session.setFaults({ seg500: '' });
    expect(retry).to.deep.include({ code: 'network', fatal: false });
    expect(retry.recovery).to.deep.include({ action: 'retry', attempt: 1 });
    expect(retry.message).to.match(/retrying in 1 s.* \(attempt 1 of \d\)/);
    await playedThrough(video, 4, 'playback after the failures');
    // The retry asks a lower rendition first.
    const requests = segments(await session.requests());
    const firstFailure = requests.findIndex((request) => request.status === 500);
    const firstGood = requests.slice(firstFailure).find((request) => request.status === 200)!;
    expect(rendition(firstGood.path), `the first segment after the failures (${firstGood.path})`).to.not.equal(`${before.height}p`);
    expect(fatal(errors)).to.deep.equal([]);
  }).timeout(90_000);

  it('a segment that takes 10 s at 720p: abandoned before it arrives (by hls.js\'s ABR or our timeout), a lower rendition plays on', async () => {
    const session = liveSession();
    const { player, video, errors } = await playingPlayer(session.master);
    const switches = recordEvents(player, ['shoplive-quality-change']);
    const stalls = recordEvents(player, ['shoplive-stall']);
    await waitFor(() => player.metrics.level?.height === 720, 'the top rendition (any switch is then a step down)', 30_000);
    const before = player.metrics.level!;
    await session.setFaults({ slowseg: '10000@1' });
    const slow = await eventually(
      async () => segments(await session.requests()).find((request) => request.aborted && request.ms! >= 1000),
      'the slow segment request, abandoned',
      40_000,
    );
    // The origin would have answered at 10 s; hls.js's ABR abandons a slow segment when a lower rendition can replace it.
    expect(slow.ms, 'abandoned before the answer').to.be.below(10_000);
    await waitFor(() => switches.some((event) => event.detail.level.index < before.index), `a rendition below ${before.height}p`, 30_000);
    await playedThrough(video, 4, 'playback after the slow segment');
    expect(fatal(errors)).to.deep.equal([]);
    expect(stalls.length, 'stalls').to.be.at.most(1);
  }).timeout(90_000);

  it('a segment that takes 10 s on the lowest rendition (no ABR escape): given up after three target durations, not 20 s', async () => {
    const session = liveSession();
    // 320 px wide: capped to 180p, the lowest rendition, where hls.js's ABR has nothing to abandon a segment for.
    const player = mount<ShoplivePlayer>(`<shoplive-player style="width: 320px" src="${session.master}" autoplay muted></shoplive-player>`);
    const errors: PlayerErrorDetail[] = [];
    player.addEventListener('shoplive-error', (event) => errors.push((event as CustomEvent<PlayerErrorDetail>).detail));
    await nextEvent(player, 'shoplive-first-frame', 30_000);
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    await waitFor(() => player.metrics.level?.height === 180, 'the lowest rendition', 30_000);
    await session.setFaults({ slowseg: '10000@1' });
    const slow = await eventually(
      async () => segments(await session.requests()).find((request) => request.aborted && request.ms! >= 3000),
      'the slow segment request, abandoned',
      40_000,
    );
    // Three 2 s target durations (fitSegmentTimeout); without it hls.js would wait 20 s and take the 10 s answer.
    expect(slow.ms, 'abandoned after 3 target durations, before the answer').to.be.within(6000 - 100, 10_000 - 1);
    expect(rendition(slow.path)).to.equal('180p');
    await playedThrough(video, 4, 'playback after the slow segment');
    expect(fatal(errors)).to.deep.equal([]);
  }).timeout(90_000);

  it('media playlist stops advancing: "stream paused" notice and report, then it resumes by itself', async () => {
    const session = liveSession({ stale: 4, stalefor: 14 });
    const { player, video, errors } = await playingPlayer(session.master);
    const stale = await waitFor(() => errors.find((error) => error.code === 'playlist-stale'), 'a playlist-stale report', 30_000);
    expect(stale.fatal).to.equal(false);
    await waitFor(() => shadowQuery(player, '[part=notice]')?.textContent?.match(/paused/), 'the "stream paused" notice');
    // The playlists catch up 14 s later: the notice goes, playback goes on from the live edge.
    await waitFor(() => !shadowQuery(player, '[part=notice]'), 'the notice to go', 40_000);
    await playedThrough(video, 4, 'playback after the freeze');
    await waitFor(() => atLiveEdge(player), 'the Live badge', 20_000);
    expect(fatal(errors)).to.deep.equal([]);
  }).timeout(90_000);

  it('network gone for 10 s, then back: buffering, retries, then playback at the live edge without a reload', async () => {
    const session = liveSession();
    const { player, video, errors } = await playingPlayer(session.master);
    await playedThrough(video, 2);
    await session.setFaults({ blackout: 1 });
    // The link is down for 10 s (the fault's own length, not a wait for a result).
    await waitFor(() => player.state === 'buffering', 'the buffering state', 30_000);
    await waitFor(() => recoveries(errors, 'retry').length > 0, 'our backoff', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await session.setFaults({ blackout: '' });
    await waitFor(() => player.state === 'playing', 'playing again', 40_000);
    await playedThrough(video, 4, 'playback after the outage');
    await waitFor(() => atLiveEdge(player), 'the Live badge (back at the live edge)', 20_000);
    const masters = (await session.requests()).filter((request) => request.path.endsWith('master.m3u8'));
    expect(masters, 'no reload: the master was fetched once').to.have.length(1);
    expect(fatal(errors)).to.deep.equal([]);
  }).timeout(120_000);

  it('a 5 s outage (shorter than the live window): playback resumes at the live edge, not where it stalled', async () => {
    const session = liveSession();
    const { player, video, errors } = await playingPlayer(session.master);
    await playedThrough(video, 2);
    await session.setFaults({ blackout: 1 });
    await waitFor(() => recoveries(errors, 'retry').length > 0, 'our backoff', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await session.setFaults({ blackout: '' });
    await waitFor(() => player.state === 'playing', 'playing again', 40_000);
    await playedThrough(video, 2, 'playback after the outage');
    // Still inside the window, hls.js alone would play on from the stall, seconds behind the seller.
    expect(atLiveEdge(player), 'the Live badge, not "Back to live"').to.equal(true);
    expect(fatal(errors)).to.deep.equal([]);
  }).timeout(120_000);

  it('the browser comes back online: the waiting retry runs at once', async () => {
    const session = liveSession();
    const { player, video, errors } = await playingPlayer(session.master);
    await session.setFaults({ blackout: 1 });
    await waitFor(() => recoveries(errors, 'retry').some((error) => (error.recovery as { delayMs: number }).delayMs >= 2000), 'a retry 2 s or more away', 60_000);
    await session.setFaults({ blackout: '' });
    const retriesBefore = recoveries(errors, 'retry').length;
    window.dispatchEvent(new Event('online'));
    expect(recoveries(errors, 'reconnect'), 'resumed on the online event').to.have.length(1);
    await playedThrough(video, 2, 'playback after reconnecting');
    expect(recoveries(errors, 'retry').length, 'no further backoff needed').to.equal(retriesBefore);
    // The jump back to the live edge after an outage may buffer for a moment: playing is the state it settles in.
    await waitFor(() => player.state === 'playing', 'playing', 20_000);
    expect(recoveries(errors, 'retry').length, 'still no further backoff').to.equal(retriesBefore);
  }).timeout(120_000);

  it('bandwidth drops from 4 Mb/s to 400 kb/s: ABR steps down within a few segments; stalls counted and bounded', async () => {
    await executeServerCommand('network', { downloadKbps: 4000, latencyMs: 20 });
    const session = liveSession();
    const { player, video } = await playingPlayer(session.master);
    const stalls = recordEvents(player, ['shoplive-stall']);
    const switches = recordEvents(player, ['shoplive-quality-change']);
    await waitFor(() => player.metrics.level?.height === 720, '720p at 4 Mb/s', 40_000);
    await executeServerCommand('network', { downloadKbps: 400, latencyMs: 20 });
    const askedAtDrop = segments(await session.requests()).length;
    await waitFor(() => switches.some((event) => event.detail.level.height < 720), 'a step down', 60_000);
    const askedAtSwitch = segments(await session.requests()).length;
    expect(askedAtSwitch - askedAtDrop, 'segments fetched before stepping down').to.be.at.most(4);
    await eventually(async () => player.metrics.level?.height === 180, '180p, the rendition 400 kb/s carries', 60_000);
    await playedThrough(video, 6, 'steady playback at 400 kb/s');
    expect(player.metrics.stalls, 'every stall event counted').to.equal(stalls.length);
    expect(stalls.length, 'stalls bounded').to.be.at.most(3);
  }).timeout(180_000);

  it('corrupt segment bytes: the decoder error rebuilds the media pipeline (a new MediaSource), playback resumes by itself', async () => {
    const sources = watchMediaSources();
    teardown.push(sources.stop);
    const session = liveSession();
    const { player, video, errors } = await playingPlayer(session.master);
    expect(sources.created(), 'one media pipeline to start with').to.equal(1);
    await session.setFaults({ corrupt: '1x2' });
    // The damage shows when the playhead reaches it, up to a forward buffer (20 s) after it arrived; stalls on a
    // loaded machine add to that.
    await waitFor(() => recoveries(errors, 'recover-media').length > 0, () => `a media recovery (at ${video.currentTime.toFixed(1)} s, buffered to ${video.buffered.length ? video.buffered.end(video.buffered.length - 1).toFixed(1) : '-'} s, state ${player.state})`, 90_000);
    await playedThrough(video, 6, 'playback after the corrupt segments');
    // hls.recoverMediaError() detaches and re-attaches the media: a new MediaSource, made inside that call, which our
    // recovery (hls-recovery.ts) made. hls.js also recovers by itself, later, once it notices: those calls are not ours.
    const rebuilds = recoveries(errors, 'recover-media').length;
    const ours = sources.builtBy('recoverMediaError', 'src/player/engines/hls-recovery.ts');
    expect(ours, `pipelines rebuilt by our recoverMediaError call for ${rebuilds} recover-media report(s)`).to.equal(rebuilds);
    expect(sources.open(), 'one pipeline open').to.equal(1);
    expect(fatal(errors)).to.deep.equal([]);
  }).timeout(150_000);
});
