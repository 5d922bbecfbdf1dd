// `shoplive-qoe`: quality-of-experience reports of a real player on the simulated live stream, periodic and final.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import type { QoeDetail, ReadyDetail } from '../../src/player/player-events.js';
import { parseQoeInterval } from '../../src/qoe/qoe-reporter.js';
import { cleanup, eventMatching, mount, nextEvent, recordEvents, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';

const qoeOf = (events: CustomEvent[]) => events.filter((event) => event.type === 'shoplive-qoe').map((event) => event.detail as QoeDetail);

function mountPlayer(src: string, attributes = 'qoe-interval="1"'): ShoplivePlayer {
  return mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${src}" autoplay muted ${attributes}></shoplive-player>`);
}

describe('shoplive-qoe', () => {
  afterEach(cleanup);

  it('reads qoe-interval as seconds, with off and a default', () => {
    expect(parseQoeInterval(undefined)).to.equal(10);
    expect(parseQoeInterval('5')).to.equal(5);
    expect(parseQoeInterval(0.2)).to.equal(1);
    expect(parseQoeInterval('1e9')).to.equal(3600);
    expect(parseQoeInterval('0')).to.equal(null);
    expect(parseQoeInterval('off')).to.equal(null);
    expect(parseQoeInterval('soon')).to.equal(10);
  });

  it('reports sane numbers every interval while playing, as plain JSON', async function () {
    this.timeout(45_000);
    const player = mountPlayer(liveSession().master);
    const ready = nextEvent<ReadyDetail>(player, 'shoplive-ready', 20_000);
    const firstFrame = nextEvent<{ ttffMs: number }>(player, 'shoplive-first-frame', 20_000);
    const events = recordEvents(player, ['shoplive-qoe']);
    const bitrates = (await ready).detail.levels.map((level) => level.bitrate);
    const { ttffMs } = (await firstFrame).detail;
    const report = (await eventMatching<QoeDetail>(player, 'shoplive-qoe', (detail) => detail.playingMs > 500 && detail.bitrate > 0, 20_000)).detail;

    expect(report).to.include({ version: 1, reason: 'interval', final: false, engine: 'hls', startupMs: ttffMs });
    expect(report.startupMs).to.be.greaterThan(0);
    expect(report.playingMs).to.be.at.most(report.sessionMs);
    expect(report.rebuffers).to.deep.equal({ count: 0, durationMs: 0, ongoing: false });
    expect(bitrates).to.include(report.bitrate);
    expect(report.decodedFrames).to.be.greaterThan(0);
    expect(report.droppedFrames).to.be.within(0, report.decodedFrames);
    // The simulated origin stamps EXT-X-PROGRAM-DATE-TIME from this machine's clock; the player sits a few segments back.
    expect(report.liveLatency.behindEdgeS).to.be.a('number').within(0, 30);
    expect(report.liveLatency.programDateTimeS).to.be.a('number').within(0, 30);
    expect(report.errors).to.deep.equal({});
    expect(JSON.parse(JSON.stringify(report))).to.deep.equal(report);

    // Periodic: the next report of the same session, numbered, later.
    const next = (await eventMatching<QoeDetail>(player, 'shoplive-qoe', (detail) => detail.seq > report.seq, 10_000)).detail;
    expect(next.session).to.equal(report.session);
    expect(next.seq).to.equal(report.seq + 1);
    expect(next.sessionMs).to.be.greaterThan(report.sessionMs);
    expect(qoeOf(events).every((detail) => detail.reason === 'interval' && detail.session === report.session)).to.equal(true);
  });

  it('counts a stall with its duration, while it lasts and after playback recovers', async function () {
    this.timeout(90_000);
    const session = liveSession();
    const player = mountPlayer(session.master);
    await nextEvent(player, 'shoplive-first-frame', 20_000);
    await waitFor(() => player.state === 'playing', 'playing');
    const video = player.shadowRoot!.querySelector('video')!;
    // The stall as the page sees it: from shoplive-stall to the video's next `playing`.
    const stalls: Array<{ from: number; to?: number }> = [];
    player.addEventListener('shoplive-stall', () => stalls.push({ from: performance.now() }));
    video.addEventListener('playing', () => {
      const open = stalls[stalls.length - 1];
      if (open && open.to === undefined) open.to = performance.now();
    });

    // Every segment now takes 6 s for 2 s of video: the buffer runs dry.
    await session.setFaults({ slow: 6000 });
    await nextEvent(player, 'shoplive-stall', 40_000);
    const during = (await eventMatching<QoeDetail>(player, 'shoplive-qoe', (detail) => detail.rebuffers.ongoing, 10_000)).detail;
    expect(during.rebuffers.count).to.be.at.least(1);
    expect(during.rebuffers.durationMs).to.be.greaterThan(0);

    await session.setFaults({});
    await waitFor(() => player.state === 'playing', 'playing again', 40_000);
    const after = (await eventMatching<QoeDetail>(player, 'shoplive-qoe', (detail) => !detail.rebuffers.ongoing && detail.rebuffers.count > 0, 10_000)).detail;
    const ended = stalls.filter((stall) => stall.to !== undefined);
    expect(after.rebuffers.count).to.equal(stalls.length);
    expect(ended.length).to.equal(stalls.length);
    const seen = ended.reduce((sum, stall) => sum + (stall.to! - stall.from), 0);
    // Measured on the same events as the page's own listeners: equal up to rounding.
    expect(after.rebuffers.durationMs).to.be.closeTo(seen, 20 * stalls.length);
    expect(after.rebuffers.durationMs).to.be.greaterThan(during.rebuffers.durationMs);
    expect(after.playingMs + after.rebuffers.durationMs).to.be.at.most(after.sessionMs);
    expect(after.errors['network'] ?? 0, 'no fatal error').to.equal(0);
  });

  it('sends one summary when the session ends, with the error that ended it', async () => {
    const player = mountPlayer(liveSession({ master: 404 }).master);
    const summary = (await eventMatching<QoeDetail>(player, 'shoplive-qoe', (detail) => detail.final, 20_000)).detail;
    expect(summary).to.include({ reason: 'ended', final: true, startupMs: null, decodedFrames: 0 });
    expect(summary.errors).to.deep.equal({ network: 1 });
    expect(player.state).to.equal('error');
  });

  it('hands its summary to navigator.sendBeacon when the page goes away (pagehide)', async function () {
    this.timeout(45_000);
    const session = liveSession();
    const frame = mount<HTMLIFrameElement>(`<iframe style="width: 640px; height: 400px; border: 0"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/test/fixtures/qoe-beacon.html?src=${encodeURIComponent(session.master)}&beacon=${encodeURIComponent(session.beaconUrl)}`;
    await loaded;
    const player = frame.contentDocument!.querySelector('shoplive-player') as ShoplivePlayer;
    await waitFor(() => player.metrics?.firstFrameAt, 'the first frame in the frame', 20_000);
    await waitFor(() => player.state === 'playing', 'playing');
    await waitFor(() => (player.metrics?.decodedFrames ?? 0) > 10, 'some frames decoded');

    frame.src = 'about:blank'; // a real navigation: the framed page gets pagehide and is unloaded
    let list = await session.beacons();
    for (const deadline = performance.now() + 15_000; !list.length && performance.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      list = await session.beacons();
    }
    expect(list).to.have.length(1);
    expect(list[0]!.type).to.match(/^text\/plain/);
    const summary = JSON.parse(list[0]!.body) as QoeDetail;
    expect(summary).to.include({ version: 1, reason: 'pagehide', final: true, engine: 'hls' });
    expect(summary.startupMs).to.be.a('number').greaterThan(0);
    expect(summary.decodedFrames).to.be.greaterThan(10);
    expect(summary.playingMs).to.be.greaterThan(0);
  });
});
