// Player-level tests of the real-time path, for once player.ts carries the integration in docs/rtc.md.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, decodedFrames, mount, nextEvent, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { FakeAgora } from '../support/fake-agora.js';
import { liveSession } from '../support/live.js';

const AGORA = 'agora-app-id="0123456789abcdef0123456789abcdef" agora-channel="spring-drop"';

describe('<shoplive-player> on the real-time path', () => {
  let agora: FakeAgora | undefined;
  afterEach(() => {
    cleanup();
    agora?.close();
    agora = undefined;
  });

  function player(markup: string, fake?: FakeAgora): ShoplivePlayer {
    const element = mount<ShoplivePlayer>(markup.replace('<shoplive-player', '<shoplive-player loading="lazy"'));
    if (fake) element.agoraClientFactory = fake.factory;
    element.loading = 'eager';
    return element;
  }

  it('never downloads the Agora SDK for HLS-only players', async () => {
    const element = player(`<shoplive-player src="${liveSession().master}" autoplay muted></shoplive-player>`);
    await nextEvent(element, 'shoplive-first-frame');
    const names = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(names.filter((name) => /agora-rtc-sdk-ng|start-race|rtc-engine|agora-client/.test(name))).to.deep.equal([]);
  });

  it('plays the seller over RTC in its own video: events, signal indicator, paused notice', async () => {
    agora = new FakeAgora({ joinDelayMs: 20 });
    agora.publish(1001);
    const events = recordEvents(document, ['shoplive-first-frame', 'shoplive-engine-change', 'shoplive-network-quality', 'shoplive-publisher', 'shoplive-error']);
    const element = player(`<shoplive-player src="${liveSession().master}" ${AGORA} agora-host-uid="1001" autoplay muted></shoplive-player>`, agora);
    await waitFor(() => element.engine === 'rtc' && element.state === 'playing', 'RTC playing', 10_000);
    const video = shadowQuery<HTMLVideoElement>(element, 'video')!;
    await decodedFrames(video, 10);
    expect(video.srcObject).to.be.instanceOf(MediaStream);
    expect(element.getAttribute('engine')).to.equal('rtc');
    expect(agora.client.callsOf('setClientRole')).to.deep.equal([['audience', { level: 2 }]]);
    agora.client.networkQuality(1, 5);
    await element.updateComplete;
    expect(shadowQuery(element, '[part=signal]')?.getAttribute('data-bars')).to.equal('1');
    const quality = events.filter((event) => event.type === 'shoplive-network-quality').at(-1)!;
    expect(quality.detail).to.deep.equal({ uplink: 1, downlink: 5 });
    agora.unpublish(1001, 'video');
    await waitFor(() => shadowQuery(element, '[part=notice]')?.textContent?.includes('paused'), 'the paused notice');
    const types = events.map((event) => event.type);
    expect(types).to.include('shoplive-first-frame');
    expect(types).to.include('shoplive-publisher');
    expect(events.filter((event) => event.type === 'shoplive-error')).to.deep.equal([]);
    const change = events.find((event) => event.type === 'shoplive-engine-change');
    if (change) expect(change.detail).to.deep.equal({ from: 'hls', to: 'rtc', reason: 'rtc-ready' });
  });

  it('plays RTC as soon as it is up even when the HLS origin has not answered yet (autoplay does not wait for HLS)', async () => {
    agora = new FakeAgora({ joinDelayMs: 20 });
    agora.publish(1001);
    // Every HLS response of this session is held for a minute: only the real-time path can start the show.
    const session = liveSession({ delay: 60_000 });
    const element = player(`<shoplive-player src="${session.master}" ${AGORA} agora-host-uid="1001" rtc-timeout="90000" autoplay muted></shoplive-player>`, agora);
    const video = () => shadowQuery<HTMLVideoElement>(element, 'video');
    await waitFor(() => element.engine === 'rtc' && element.state === 'playing', () => `RTC playing (engine ${element.engine}, state ${element.state}, video paused ${video()?.paused})`, 30_000);
    await decodedFrames(video()!, 5);
    expect(video()!.paused).to.equal(false);
  });

  it('falls back to HLS when the join fails, firing shoplive-engine-change', async () => {
    agora = new FakeAgora({ joinError: 'INVALID_TOKEN' });
    const element = player(`<shoplive-player src="${liveSession().master}" ${AGORA} autoplay muted></shoplive-player>`, agora);
    const change = await nextEvent<{ from: string; to: string; reason: string }>(element, 'shoplive-engine-change');
    expect(change.detail).to.deep.equal({ from: 'rtc', to: 'hls', reason: 'join-failed' });
    await waitFor(() => element.state === 'playing', 'playing');
    await decodedFrames(shadowQuery<HTMLVideoElement>(element, 'video')!, 10);
    expect(element.engine).to.equal('hls');
  });

  it('with the real SDK and Agora unreachable, shows HLS and gives RTC up after rtc-timeout', async () => {
    const element = player(`<shoplive-player src="${liveSession().master}" ${AGORA} rtc-timeout="2000" autoplay muted></shoplive-player>`);
    const first = await nextEvent<{ ttffMs: number; engine: string }>(element, 'shoplive-first-frame');
    const change = await nextEvent<{ reason: string }>(element, 'shoplive-engine-change', 5000);
    console.log(`[rtc-player] real SDK unreachable: first frame ${first.detail.ttffMs} ms (${first.detail.engine}), then ${JSON.stringify(change.detail)}`);
    expect(first.detail.engine).to.equal('hls');
    expect(change.detail.reason).to.equal('rtc-timeout');
    expect(element.engine).to.equal('hls');
    element.remove();
  });

  it('offers the replay when the seller leaves even if HLS never said what the stream is', async () => {
    agora = new FakeAgora({ joinDelayMs: 20 });
    agora.publish(1001);
    // Every HLS response held for a minute: RTC is on screen and HLS has sent no timeline signal.
    const session = liveSession({ delay: 60_000 });
    const element = player(`<shoplive-player lang="en" src="${session.master}" replay-src="${session.replay}" ${AGORA} agora-host-uid="1001" autoplay muted></shoplive-player>`, agora);
    await waitFor(() => element.engine === 'rtc' && element.state === 'playing', 'RTC playing', 10_000);
    agora.leave(1001, 'Quit');
    const offer = await waitFor(() => shadowQuery<HTMLButtonElement>(element, '[part=replay-button]'), 'the replay offer once the seller left');
    expect(offer.textContent?.trim()).to.equal('Watch the replay');
  });

  it('the seller leaves with "Quit": the show has ended, and replay-src plays over HLS in the same player', async function () {
    this.timeout(120_000);
    agora = new FakeAgora({ joinDelayMs: 20 });
    agora.publish(1001);
    const session = liveSession();
    const element = player(`<shoplive-player lang="en" src="${session.master}" replay-src="${session.replay}" ${AGORA} agora-host-uid="1001" autoplay muted></shoplive-player>`, agora);
    await waitFor(() => element.engine === 'rtc' && element.state === 'playing', 'RTC playing', 10_000);
    expect(shadowQuery(element, '[part=replay-button]'), 'no offer while the seller is on').to.equal(null);
    const publisher = recordEvents(element, ['shoplive-publisher', 'shoplive-engine-change']);
    agora.leave(1001, 'Quit');
    const seen = () => `the replay offer once the seller left (engine ${element.engine}, state ${element.state}, events ${JSON.stringify(publisher.map((event) => [event.type, event.detail]))}, overlay ${shadowQuery(element, '[part=show-ended]')?.outerHTML ?? 'none'})`;
    const offer = await waitFor(() => shadowQuery<HTMLButtonElement>(element, '[part=replay-button]'), seen, 15_000);
    // The real-time notice says it (once); the offer sits beside it.
    expect(shadowQuery(element, '[part=notice]')?.textContent).to.include('The live show has ended.');
    const clientsBefore = agora.clients.length;
    offer.click();
    // The seller comes back while the replay starts: the recording stays on HLS, no real-time client is made for it.
    agora.publish(1001);
    const first = await nextEvent<{ engine: string }>(element, 'shoplive-first-frame', 60_000);
    expect(first.detail.engine).to.equal('hls');
    expect(element.src).to.equal(session.replay);
    const frames = await decodedFrames(shadowQuery<HTMLVideoElement>(element, 'video')!, 5);
    expect(frames[0], `frames ${frames.join(', ')}: the replay from its start`).to.be.below(4);
    expect(element.engine).to.equal('hls');
    expect(agora.clients.length, 'real-time clients made for the replay').to.equal(clientsBefore);
    expect(shadowQuery(element, '[part=show-ended]'), 'the notice is gone').to.equal(null);
  });
});
