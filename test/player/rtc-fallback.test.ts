import { expect } from '@esm-bundle/chai';
import type { EngineSignal } from '../../src/player/engines/engine.js';
import type { RtcConfig } from '../../src/player/engines/rtc/rtc-engine.js';
import { loadEngine } from '../../src/player/engines/select.js';
import { createStartRace, type HlsWhileRacing, type StartRace, type StartRaceOptions } from '../../src/player/engines/start-race.js';
import { LIMITS } from '../../src/internal/limits.js';
import { decodedFrames, timersDueWithin, waitFor } from '../support/dom.js';
import { FakeAgora, isLoopback, recordNetwork, type FakeAgoraOptions } from '../support/fake-agora.js';
import { liveSession } from '../support/live.js';

const network = recordNetwork();
const RTC: RtcConfig = { appId: 'app-id', channel: 'spring-drop' };

type EngineChange = Extract<EngineSignal, { type: 'engine-change' }>;

describe('RTC/HLS start race with a fake Agora and the simulated live HLS stream', () => {
  let race: StartRace | undefined;
  let agora: FakeAgora;
  let video: HTMLVideoElement;
  let signals: EngineSignal[];
  let sdkLoads: number;
  /** performance.now() of the first frame presented in the player's video, measured like the player does. */
  let firstFrameAt: Promise<number>;

  function setup(agoraOptions: FakeAgoraOptions, options: Partial<StartRaceOptions> = {}, src = liveSession().master): StartRace {
    agora = new FakeAgora(agoraOptions);
    video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    document.body.append(video);
    signals = [];
    sdkLoads = 0;
    firstFrameAt = new Promise((resolve) => video.requestVideoFrameCallback(() => resolve(performance.now())));
    race = createStartRace(
      { video, src, box: { width: 640, height: 360 }, signal: (signal) => signals.push(signal) },
      {
        loadHlsEngine: loadEngine,
        rtc: RTC,
        loadRtcClientFactory: async () => {
          sdkLoads++;
          return agora.factory;
        },
        ...options,
      },
    );
    return race;
  }

  /** What the player does with autoplay: start the engine, then play (muted). */
  async function startAndPlay(engine: StartRace): Promise<void> {
    await engine.start();
    void video.play().catch(() => undefined);
  }

  const changes = () => signals.filter((signal): signal is EngineChange => signal.type === 'engine-change');
  const summary = (change: EngineChange) => `${change.from}->${change.to}:${change.reason}`;

  afterEach(() => {
    race?.destroy();
    race = undefined;
    agora?.close();
    video?.remove();
  });

  after(() => {
    network.stop();
    expect(network.records.filter((record) => !isLoopback(record.url)), 'requests off the machine').to.deep.equal([]);
    expect(network.records.some((record) => record.url.includes('/live/')), 'the HLS stream was requested').to.equal(true);
  });

  it('plays HLS alone, without loading the RTC code, when Agora is not configured', async () => {
    const engine = setup({}, { rtc: null });
    await startAndPlay(engine);
    await decodedFrames(video, 10);
    expect(engine.kind).to.equal('hls');
    expect(engine.phase, 'HLS alone').to.equal('fallback');
    expect(sdkLoads).to.equal(0);
    expect(agora.clients).to.have.length(0);
    expect(changes()).to.deep.equal([]);
    const scripts = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(scripts.filter((name) => name.includes('agora-rtc-sdk-ng'))).to.deep.equal([]);
  });

  it('plays HLS alone when prefer is "hls"', async () => {
    const engine = setup({}, { prefer: 'hls' });
    agora = new FakeAgora();
    await startAndPlay(engine);
    await decodedFrames(video, 5);
    expect(engine.kind).to.equal('hls');
    expect(sdkLoads).to.equal(0);
  });

  it('puts RTC on screen when it is up, with HLS stopped', async () => {
    const engine = setup({ joinDelayMs: 20 });
    agora.publish(1);
    expect(engine.kind, 'HLS bridges the race in the video').to.equal('hls');
    expect(engine.phase).to.equal('idle');
    await startAndPlay(engine);
    await waitFor(() => engine.kind === 'rtc' && engine.marks.rtcOnScreen, 'RTC on screen');
    expect(engine.phase).to.equal('rtc');
    await decodedFrames(video, 10);
    expect(video.srcObject).to.be.instanceOf(MediaStream);
    expect(video.videoWidth).to.equal(640);
    // HLS was attached to the video while RTC joined on the probe, whether or not it got to show a frame.
    expect(changes().map(summary)).to.deep.equal(['hls->rtc:rtc-ready']);
    expect(signals).to.deep.include({ type: 'levels', levels: [] });
    // Signals from RTC reach the player once it is on screen.
    agora.client.networkQuality(1, 2);
    expect(signals.filter((signal) => signal.type === 'network-quality').at(-1)).to.deep.equal({ type: 'network-quality', uplink: 1, downlink: 2 });
    expect(signals.some((signal) => signal.type === 'publisher' && signal.state === 'live')).to.equal(true);
  });

  it('ends the rtc-timeout when RTC is on screen: leaving a phase ends its timers', async () => {
    const engine = setup({ joinDelayMs: 20 }, { rtcTimeoutMs: 5000 });
    agora.publish(8);
    await startAndPlay(engine);
    await waitFor(() => engine.phase === 'rtc', 'RTC on screen', 15_000);
    // The bridging phase's rtc-timeout was due by now, had the switch not ended it.
    await timersDueWithin(5000);
    expect(engine.phase).to.equal('rtc');
    expect(changes().map(summary)).to.deep.equal(['hls->rtc:rtc-ready']);
  });

  it('falls back to HLS frames when the join fails', async () => {
    const engine = setup({ joinError: 'CAN_NOT_GET_GATEWAY_SERVER' });
    await startAndPlay(engine);
    await decodedFrames(video, 10);
    expect(engine.kind).to.equal('hls');
    expect(changes().map(summary)).to.deep.equal(['rtc->hls:join-failed']);
    expect(engine.phase).to.equal('fallback');
    expect(video.srcObject).to.equal(null);
  });

  it('falls back to HLS when no RTC frame arrives within rtc-timeout, and leaves the channel', async () => {
    // Joined, but nobody publishes video.
    const engine = setup({}, { rtcTimeoutMs: 1000 });
    await startAndPlay(engine);
    await waitFor(() => changes().length, 'an engine change', 15_000);
    expect(changes().map(summary)).to.deep.equal(['rtc->hls:rtc-timeout']);
    // A timer never fires early: given up no sooner than the budget (how late on a busy machine is the benchmark's).
    expect(engine.marks.rtcGivenUp! - engine.marks.start).to.be.at.least(1000 - 1);
    expect(agora.client.callsOf('leave')).to.have.length(1);
    await decodedFrames(video, 10);
    expect(engine.kind).to.equal('hls');
  });

  it('falls back to HLS when the connection drops and does not come back within the budget', async () => {
    const engine = setup({}, { reconnectBudgetMs: 1500 });
    agora.publish(2);
    await startAndPlay(engine);
    await waitFor(() => engine.marks.rtcOnScreen, 'RTC on screen');
    await decodedFrames(video, 5);
    const dropAt = performance.now();
    agora.client.connection('RECONNECTING', 'NETWORK_ERROR');
    await waitFor(() => changes().some((change) => change.reason === 'disconnected'), 'the fallback', 15_000);
    const changedAt = performance.now();
    const frames = await decodedFrames(video, 5);
    expect(frames.at(-1)!).to.be.greaterThan(0);
    expect(engine.kind).to.equal('hls');
    expect(engine.phase).to.equal('fallback');
    expect(video.srcObject).to.equal(null);
    expect(agora.client.callsOf('leave')).to.have.length(1);
    // The SDK had the whole budget to reconnect (the delay itself is measured by `npm run bench`).
    expect(changedAt - dropAt).to.be.at.least(1500 - 1);
  });

  it('stays on RTC when the connection comes back within the budget', async () => {
    const engine = setup({}, { reconnectBudgetMs: 1500 });
    agora.publish(3);
    await startAndPlay(engine);
    await waitFor(() => engine.marks.rtcOnScreen, 'RTC on screen');
    agora.client.connection('RECONNECTING', 'NETWORK_ERROR');
    // The SDK reconnects a while later, within the budget.
    await decodedFrames(video, 5);
    agora.client.connection('CONNECTED');
    // Had the budget's timer survived the reconnect, it would have fired by now.
    await timersDueWithin(1500);
    expect(changes().filter((change) => change.from === 'rtc')).to.deep.equal([]);
    expect(engine.kind).to.equal('rtc');
    expect(engine.phase).to.equal('rtc');
    await decodedFrames(video, 5);
  });

  it('shows an HLS frame long before a hanging RTC join is given up, and keeps it', async () => {
    const engine = setup({ joinHangs: true }, { rtcTimeoutMs: 3000 });
    await startAndPlay(engine);
    await firstFrameAt;
    expect(engine.kind, 'HLS is on screen while RTC is still being tried').to.equal('hls');
    expect(engine.phase).to.equal('bridging');
    expect(engine.marks.rtcGivenUp, 'the first frame came before RTC was given up').to.equal(undefined);
    await waitFor(() => changes().length, 'RTC given up', 15_000);
    expect(changes().map(summary)).to.deep.equal(['rtc->hls:rtc-timeout']);
    expect(engine.marks.hlsFrame!).to.be.below(engine.marks.rtcGivenUp!);
    await decodedFrames(video, 10);
  });

  it('switches from an HLS picture to RTC seamlessly when RTC is up later', async () => {
    const engine = setup({ joinDelayMs: 1500 });
    agora.publish(4);
    await startAndPlay(engine);
    await firstFrameAt;
    expect(engine.kind).to.equal('hls');
    const events: string[] = [];
    for (const name of ['pause', 'waiting', 'emptied', 'playing']) video.addEventListener(name, () => events.push(name));
    let lastFrameBefore = 0;
    const watch = (now: number) => {
      if (!engine.marks.rtcOnScreen) {
        lastFrameBefore = now;
        video.requestVideoFrameCallback(watch);
      }
    };
    video.requestVideoFrameCallback(watch);
    await waitFor(() => changes().length, 'RTC taking over', 15_000);
    expect(changes().map(summary)).to.deep.equal(['hls->rtc:rtc-ready']);
    const firstRtcFrame = await new Promise<number>((resolve) => video.requestVideoFrameCallback((now) => resolve(now)));
    await decodedFrames(video, 10);
    expect(engine.kind).to.equal('rtc');
    expect(video.paused).to.equal(false);
    expect(events.filter((name) => name === 'pause' || name === 'waiting'), 'no pause or stall during the switch').to.deep.equal([]);
    // HLS frames ran right up to the swap: RTC had its first frame decoded on the probe before it took the video.
    expect(lastFrameBefore, 'an HLS frame was on screen when RTC took over').to.be.greaterThan(0);
    expect(engine.marks.rtcFrame!, 'RTC decoded before it was put on screen').to.be.at.most(engine.marks.rtcOnScreen!);
    expect(firstRtcFrame).to.be.greaterThan(lastFrameBefore);
    console.log(`[rtc-fallback] HLS -> RTC switch: ${Math.round(firstRtcFrame - lastFrameBefore)} ms between the last HLS frame and the first RTC frame (measured by npm run bench)`);
  });

  it('without HLS in parallel, tries RTC in the video itself and starts HLS only when RTC fails', async () => {
    const engine = setup({ joinError: 'CAN_NOT_GET_GATEWAY_SERVER' }, { hlsWhileRacing: 'none' });
    expect(engine.kind).to.equal('rtc');
    const started = startAndPlay(engine);
    expect(engine.phase, 'RTC tried in the video itself').to.equal('probing');
    await started;
    expect(changes().map(summary)).to.deep.equal(['rtc->hls:join-failed']);
    expect(engine.kind).to.equal('hls');
    await decodedFrames(video, 5);
  });

  it('lets RTC rescue a failing HLS stream', async () => {
    const engine = setup({ joinDelayMs: 300 }, {}, liveSession({ master: 404 }).master);
    agora.publish(7);
    await startAndPlay(engine);
    await waitFor(() => engine.marks.rtcOnScreen, 'RTC on screen');
    await decodedFrames(video, 10);
    expect(video.paused).to.equal(false);
    expect(signals.filter((signal) => signal.type === 'error' && signal.error.fatal)).to.deep.equal([]);
  });

  it('reports the HLS failure when RTC fails too', async () => {
    const engine = setup({ joinError: 'CAN_NOT_GET_GATEWAY_SERVER' }, {}, liveSession({ master: 404 }).master);
    await startAndPlay(engine);
    const fatal = await waitFor(() => signals.find((signal) => signal.type === 'error' && signal.error.fatal), 'a fatal error');
    expect((fatal as Extract<EngineSignal, { type: 'error' }>).error).to.deep.include({ code: 'network', fatal: true });
    expect((fatal as Extract<EngineSignal, { type: 'error' }>).error.message).to.match(/404/);
  });

  it('destroy() during the race releases both paths', async () => {
    // Every response held 300 ms: destroy() lands while the warm-up waits for the master playlist, so a warm-up that
    // went on would ask for the media playlist and a segment after it.
    const session = liveSession({ delay: 300 });
    const engine = setup({ joinHangs: true }, {}, session.master);
    const started = engine.start();
    // Destroyed while the RTC join hangs and HLS is still loading its code and playlists.
    await waitFor(() => agora.clients.length, 'the RTC join to begin');
    engine.destroy();
    const destroyedAt = performance.now();
    expect(engine.phase).to.equal('done');
    await started;
    // The rtc-timeout (3 s default) would have given RTC up and started HLS by now, had destroy() not stopped it.
    await timersDueWithin(3000 + 100);
    expect(agora.client.callsOf('leave')).to.have.length(1);
    expect(video.srcObject).to.equal(null);
    expect(video.getAttribute('src')).to.equal(null);
    // Started after destroy, by the browser's clock (the server logs a request when it ends, so one in flight at destroy
    // would be logged later).
    const late = performance.getEntriesByType('resource').filter((entry) => entry.name.includes(session.sid) && entry.startTime > destroyedAt);
    expect(late.map((entry) => entry.name), 'no HLS request after destroy').to.deep.equal([]);
    expect((await session.requests()).length, 'the HLS warm-up had begun').to.be.greaterThan(0);
    expect(changes()).to.deep.equal([]);
  });

  it('goes straight to HLS when WebRTC is missing', async () => {
    const scope = globalThis as unknown as { RTCPeerConnection: unknown };
    const saved = scope.RTCPeerConnection;
    scope.RTCPeerConnection = undefined;
    try {
      const engine = setup({});
      await startAndPlay(engine);
      expect(changes().map(summary)).to.deep.equal(['rtc->hls:rtc-unsupported']);
      expect(sdkLoads).to.equal(0);
      await decodedFrames(video, 5);
    } finally {
      scope.RTCPeerConnection = saved;
    }
  });

  it('reports a fatal error when RTC fails and there is no HLS src', async () => {
    const engine = setup({ joinError: 'INVALID_TOKEN' }, {}, '');
    await engine.start();
    const error = signals.find((signal) => signal.type === 'error');
    expect(error).to.deep.include({ type: 'error' });
    expect((error as Extract<EngineSignal, { type: 'error' }>).error).to.deep.include({ code: 'network', fatal: true });
    expect((error as Extract<EngineSignal, { type: 'error' }>).error.message).to.match(/INVALID_TOKEN/);
  });

  it('plays RTC alone when there is no HLS src', async () => {
    const engine = setup({}, {}, '');
    agora.publish(6);
    await startAndPlay(engine);
    await decodedFrames(video, 10);
    expect(engine.kind).to.equal('rtc');
    expect(changes()).to.deep.equal([]);
  });

  describe('data messages that come before RTC is on screen', () => {
    const SELLER = 1001;
    const text = (signal: EngineSignal) => (signal.type === 'data' ? new TextDecoder().decode(signal.bytes) : '');
    const data = () => signals.filter((signal) => signal.type === 'data');
    const limitReports = () => signals.filter((signal): signal is Extract<EngineSignal, { type: 'error' }> => signal.type === 'error' && signal.error.code === 'limit-exceeded');

    /** HLS on screen, RTC joined on the probe, the seller not publishing yet. */
    async function bridging(options: Partial<StartRaceOptions> = {}): Promise<StartRace> {
      const engine = setup({ joinDelayMs: 20 }, { rtc: { ...RTC, hostUid: SELLER }, rtcTimeoutMs: 15_000, ...options });
      await startAndPlay(engine);
      await firstFrameAt;
      await waitFor(() => agora.clients[0]?.connectionState === 'CONNECTED', 'RTC joined');
      expect(engine.phase, 'HLS on screen while RTC is on the probe').to.equal('bridging');
      return engine;
    }

    it('keeps the seller\'s messages while HLS bridges and delivers them in order once RTC is on screen', async () => {
      const engine = await bridging();
      for (const message of ['caption 1', 'product silk-scarf', 'caption 2']) agora.client.streamMessage(SELLER, new TextEncoder().encode(message));
      expect(data(), 'not delivered while HLS is on screen').to.deep.equal([]);
      agora.publish(SELLER);
      await waitFor(() => engine.phase === 'rtc', 'RTC on screen', 15_000);
      agora.client.streamMessage(SELLER, new TextEncoder().encode('caption 3'));
      expect(data().map(text)).to.deep.equal(['caption 1', 'product silk-scarf', 'caption 2', 'caption 3']);
      const switchAt = signals.findIndex((signal) => signal.type === 'engine-change');
      expect(signals.indexOf(data()[0]!), 'delivered after the switch').to.be.greaterThan(switchAt);
      expect(data().every((signal) => signal.type === 'data' && signal.uid === SELLER)).to.equal(true);
    });

    it(`keeps at most ${LIMITS.heldDataMessages} of them (the latest) and reports the overflow once`, async () => {
      const engine = await bridging();
      const sent = Array.from({ length: LIMITS.heldDataMessages + 6 }, (_, i) => `message ${i}`);
      for (const message of sent) agora.client.streamMessage(SELLER, new TextEncoder().encode(message));
      expect(limitReports().map((signal) => signal.error.fatal), 'reported once, not fatal').to.deep.equal([false]);
      agora.publish(SELLER);
      await waitFor(() => engine.phase === 'rtc', 'RTC on screen', 15_000);
      expect(data().map(text)).to.deep.equal(sent.slice(6));
    });

    it(`keeps at most ${LIMITS.heldDataBytes / 1024} kB of them`, async () => {
      const engine = await bridging();
      const big = (i: number) => new Uint8Array(LIMITS.dataMessageBytes).fill(i);
      const count = LIMITS.heldDataBytes / LIMITS.dataMessageBytes;
      for (let i = 0; i < count + 2; i++) agora.client.streamMessage(SELLER, big(i));
      expect(limitReports()).to.have.length(1);
      agora.publish(SELLER);
      await waitFor(() => engine.phase === 'rtc', 'RTC on screen', 15_000);
      expect(data().map((signal) => signal.type === 'data' && signal.bytes[0])).to.deep.equal(Array.from({ length: count }, (_, i) => i + 2));
    });

    it('drops them, reported, when RTC is given up: they belong to its timeline', async () => {
      const engine = await bridging({ rtcTimeoutMs: 1500 });
      agora.client.streamMessage(SELLER, new TextEncoder().encode('caption 1'));
      agora.client.streamMessage(SELLER, new TextEncoder().encode('caption 2'));
      await waitFor(() => engine.phase === 'fallback', 'RTC given up', 15_000);
      expect(changes().map(summary)).to.deep.equal(['rtc->hls:rtc-timeout']);
      const dropped = signals.filter((signal): signal is Extract<EngineSignal, { type: 'error' }> => signal.type === 'error' && signal.error.code === 'refused-data');
      expect(dropped.map((signal) => signal.error.fatal)).to.deep.equal([false]);
      expect(dropped[0]!.error.message).to.match(/dropped 2 data message/);
      expect(data()).to.deep.equal([]);
    });
  });

  describe('the first frame when Agora is unreachable (join hangs, rtc-timeout 3000 ms)', () => {
    // Which comes first, the first frame or giving RTC up, is the claim; how many ms apart is `npm run bench`'s.
    for (const mode of ['none', 'warm', 'play'] as HlsWhileRacing[]) {
      it(`hlsWhileRacing: ${mode} shows its first frame ${mode === 'play' ? 'before' : 'only after'} RTC is given up`, async () => {
        const engine = setup({ joinHangs: true }, { hlsWhileRacing: mode, rtcTimeoutMs: 3000 });
        await startAndPlay(engine);
        const firstFrame = await firstFrameAt;
        if (mode === 'play') {
          expect(engine.marks.rtcGivenUp, 'RTC still being tried at the first frame').to.equal(undefined);
        } else {
          expect(engine.marks.rtcGivenUp, 'RTC given up before the first frame').to.be.a('number');
          expect(firstFrame).to.be.greaterThan(engine.marks.rtcGivenUp!);
        }
      }).timeout(30_000);
    }
  });
});
