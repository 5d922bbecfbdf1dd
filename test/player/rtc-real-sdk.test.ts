// The one test of the real agora-rtc-sdk-ng. The test browser resolves no host name but the loopback ones (see
// test/chromium.mjs), so Agora is unreachable, locally and deterministically, and nothing can leave the machine.
import { expect } from '@esm-bundle/chai';
import type { EngineSignal } from '../../src/player/engines/engine.js';
import { loadAgoraClientFactory } from '../../src/player/engines/rtc/agora-client.js';
import { loadEngine } from '../../src/player/engines/select.js';
import { createStartRace, type HlsWhileRacing, type StartRace } from '../../src/player/engines/start-race.js';
import { decodedFrames, timersDueWithin, waitFor } from '../support/dom.js';
import { isLoopback, recordNetwork } from '../support/fake-agora.js';
import { liveSession } from '../support/live.js';

const network = recordNetwork();
/** A well-formed App ID of no project: the SDK checks the format before it tries the network. */
const RTC = { appId: '0123456789abcdef0123456789abcdef', channel: 'spring-drop' };
const AGORA_HOSTS = /(^|\.)(agora\.io|sd-rtn\.com)$/;

describe('the real agora-rtc-sdk-ng with Agora unreachable', () => {
  let race: StartRace | undefined;
  let video: HTMLVideoElement | undefined;

  afterEach(() => {
    race?.destroy();
    race = undefined;
    video?.remove();
  });

  after(async () => {
    const before = network.records.length;
    // The SDK retries its gateway about once a second: a retry timer that survived leave() would have run by now.
    await timersDueWithin(1500);
    const late = network.records.slice(before).filter((record) => !isLoopback(record.url));
    expect(late, 'no request towards Agora after the clients left').to.deep.equal([]);
    network.stop();
    const offMachine = network.records.filter((record) => !isLoopback(record.url));
    expect(offMachine.length, 'the SDK tried to reach Agora').to.be.greaterThan(0);
    for (const record of offMachine) {
      expect(record.kind, record.url).to.equal('resource');
      expect(AGORA_HOSTS.test(new URL(record.url).hostname), record.url).to.equal(true);
      expect(record.answered, `${record.url} got no answer (its name did not resolve)`).to.equal(false);
    }
    const hosts = [...new Set(offMachine.map((record) => new URL(record.url).hostname))].sort();
    console.log(`[rtc-real-sdk] ${offMachine.length} requests attempted off the machine, none resolved: ${hosts.join(', ')}`);
  });

  async function raceWithRealSdk(mode: HlsWhileRacing) {
    video = document.createElement('video');
    video.muted = true;
    document.body.append(video);
    const signals: EngineSignal[] = [];
    const frame = new Promise<number>((resolve) => video!.requestVideoFrameCallback(() => resolve(performance.now())));
    let sdkMs = 0;
    race = createStartRace(
      { video, src: liveSession().master, box: { width: 640, height: 360 }, signal: (signal) => signals.push(signal) },
      {
        loadHlsEngine: loadEngine,
        rtc: RTC,
        hlsWhileRacing: mode,
        loadRtcClientFactory: async () => {
          const started = performance.now();
          const factory = await loadAgoraClientFactory();
          sdkMs = performance.now() - started;
          return factory;
        },
      },
    );
    await race.start();
    void video.play().catch(() => undefined);
    const firstFrameAt = await frame;
    const ttff = firstFrameAt - race.marks.start;
    const change = await waitFor(() => signals.find((signal) => signal.type === 'engine-change'), 'the fallback', 20_000);
    await decodedFrames(video, 10);
    expect(race.kind).to.equal('hls');
    expect(signals.filter((signal) => signal.type === 'error' && signal.error.fatal)).to.deep.equal([]);
    return { ttff, firstFrameAt, change, sdkMs, givenUpMs: race.marks.rtcGivenUp! - race.marks.start, givenUpAt: race.marks.rtcGivenUp! };
  }

  it('falls back to HLS within the budget, with HLS on screen long before', async () => {
    const { ttff, firstFrameAt, change, sdkMs, givenUpMs, givenUpAt } = await raceWithRealSdk('play');
    console.log(`[rtc-real-sdk] parallel: first HLS frame ${Math.round(ttff)} ms, RTC given up at ${Math.round(givenUpMs)} ms (${JSON.stringify(change)}), SDK chunk loaded in ${Math.round(sdkMs)} ms`);
    expect(change).to.deep.include({ from: 'rtc', to: 'hls', reason: 'rtc-timeout' });
    expect(firstFrameAt, 'HLS on screen before RTC was given up').to.be.below(givenUpAt);
    // Given up by the rtc-timeout (3 s), not sooner: the SDK itself never fails the join (next test).
    expect(givenUpMs).to.be.at.least(3000 - 1);
  });

  it('sequentially (no HLS while RTC is tried) the first frame waits for the rtc-timeout', async () => {
    const { ttff, firstFrameAt, change, givenUpMs, givenUpAt } = await raceWithRealSdk('none');
    console.log(`[rtc-real-sdk] sequential: first HLS frame ${Math.round(ttff)} ms, RTC given up at ${Math.round(givenUpMs)} ms (${JSON.stringify(change)})`);
    expect(change).to.deep.include({ reason: 'rtc-timeout' });
    expect(firstFrameAt, 'the first frame waited for RTC to be given up').to.be.greaterThan(givenUpAt);
    expect(ttff).to.be.at.least(3000 - 1);
  });

  it('the SDK keeps retrying its gateway instead of failing the join; leave() cancels it', async () => {
    const factory = await loadAgoraClientFactory();
    const client = factory({ codec: 'vp8' });
    const states: string[] = [];
    client.on('connection-state-change', (current) => states.push(current));
    await client.setClientRole('audience', { level: 2 });
    const started = performance.now();
    let settledAt = 0;
    const outcome = client.join(RTC.appId, RTC.channel, null, null).then(
      () => 'joined',
      (cause: Error & { code?: string }) => cause.code ?? cause.message,
    );
    void outcome.then(() => (settledAt = performance.now()));
    // The SDK keeps asking its gateways (each attempt fails to resolve) instead of failing the join.
    const attempts = () => network.records.filter((record) => record.kind === 'resource' && AGORA_HOSTS.test(new URL(record.url).hostname)).length;
    const attemptsAtJoin = attempts();
    await waitFor(() => attempts() >= attemptsAtJoin + 12 || settledAt, 'twelve more gateway attempts', 30_000);
    expect(settledAt, `join still pending after ${attempts() - attemptsAtJoin} failed gateway requests`).to.equal(0);
    const leaveAt = performance.now();
    await client.leave();
    const result = await outcome;
    console.log(`[rtc-real-sdk] join pending for ${Math.round(leaveAt - started)} ms without settling; leave() settled it in ${Math.round(settledAt - leaveAt)} ms as ${result}; states ${states.join(' > ')}`);
    expect(result).to.equal('OPERATION_ABORTED');
  });
});
