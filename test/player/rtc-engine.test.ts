import { expect } from '@esm-bundle/chai';
import type { EngineSignal } from '../../src/player/engines/engine.js';
import { parseTimeout, parseUid, rtcConfigFrom } from '../../src/player/engines/rtc/config.js';
import { createRtcEngine, type RtcConfig, type RtcEngine } from '../../src/player/engines/rtc/rtc-engine.js';
import { decodedFrames, waitFor } from '../support/dom.js';
import { FakeAgora, isLoopback, recordNetwork, type FakeAgoraOptions } from '../support/fake-agora.js';

const network = recordNetwork();

describe('RTC engine (Agora audience) with a fake Agora channel', () => {
  let agora: FakeAgora;
  let video: HTMLVideoElement;
  let engine: RtcEngine | undefined;
  let signals: EngineSignal[];

  function setup(options: FakeAgoraOptions = {}, config: Partial<RtcConfig> = {}): RtcEngine {
    agora = new FakeAgora(options);
    video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    document.body.append(video);
    signals = [];
    engine = createRtcEngine(
      { video, src: '', box: { width: 640, height: 360 }, signal: (signal) => signals.push(signal) },
      { appId: 'app-id', channel: 'spring-drop', ...config },
      agora.factory,
    );
    return engine;
  }

  /** What the player does: start, then play (muted autoplay). */
  async function startAndPlay(rtc: RtcEngine): Promise<void> {
    await rtc.start();
    void video.play().catch(() => undefined);
  }

  const signalsOf = <T extends EngineSignal['type']>(type: T) => signals.filter((signal): signal is Extract<EngineSignal, { type: T }> => signal.type === type);

  afterEach(() => {
    engine?.destroy();
    engine = undefined;
    agora?.close();
    video?.remove();
  });

  after(() => {
    network.stop();
    const offMachine = network.records.filter((record) => !isLoopback(record.url));
    expect(offMachine, 'requests off the machine').to.deep.equal([]);
  });

  it('joins as an ultra-low-latency audience and plays real decoded frames and audio in the given <video>', async () => {
    const rtc = setup();
    agora.publish(11);
    await startAndPlay(rtc);
    const client = agora.client;
    expect(client.callsOf('setClientRole')).to.deep.equal([['audience', { level: 2 }]]);
    expect(client.callsOf('join')).to.deep.equal([['app-id', 'spring-drop', null, null]]);
    expect(client.codec).to.equal('vp8');
    const times = await decodedFrames(video, 15);
    expect(times.at(-1)!).to.be.greaterThan(times[0]!);
    expect(video.videoWidth).to.equal(640);
    const stream = video.srcObject as MediaStream;
    expect(stream.getVideoTracks()).to.have.length(1);
    expect(stream.getAudioTracks()).to.have.length(1);
    expect(signalsOf('publisher')).to.deep.equal([{ type: 'publisher', state: 'live', uid: 11 }]);
    expect(rtc.currentLevel()).to.deep.include({ width: 640, height: 360, index: 0 });
    expect(rtc.liveSyncPosition()).to.equal(null);
  });

  it('joins at the low-latency level when latency is "low", with the configured uid and static token', async () => {
    const rtc = setup({}, { latency: 'low', uid: 'shopper-7', token: 'static-token' });
    await rtc.start();
    expect(agora.client.callsOf('setClientRole')).to.deep.equal([['audience', { level: 1 }]]);
    expect(agora.client.callsOf('join')).to.deep.equal([['app-id', 'spring-drop', 'static-token', 'shopper-7']]);
  });

  it('rejects start() when the join fails', async () => {
    const rtc = setup({ joinError: 'CAN_NOT_GET_GATEWAY_SERVER' });
    const error = await rtc.start().then(
      () => null,
      (cause: Error) => cause,
    );
    expect(error?.message).to.match(/CAN_NOT_GET_GATEWAY_SERVER/);
  });

  it('watches the first video publisher, or the one named by hostUid, and subscribes to nobody else', async () => {
    let rtc = setup();
    agora.publish(1, { audio: true });
    agora.publish(2, { video: true, audio: true });
    agora.publish(3, { video: true, audio: true });
    await startAndPlay(rtc);
    await decodedFrames(video, 3);
    const subscribed = agora.client.callsOf('subscribe').map(([uid, media]) => `${uid}/${media}`);
    expect(subscribed.sort()).to.deep.equal(['2/audio', '2/video']);
    rtc.destroy();
    agora.close();
    video.remove();

    rtc = setup({}, { hostUid: '3' });
    agora.publish(2);
    agora.publish(3);
    await startAndPlay(rtc);
    await decodedFrames(video, 3);
    expect(agora.client.callsOf('subscribe').map(([uid, media]) => `${uid}/${media}`).sort()).to.deep.equal(['3/audio', '3/video']);
  });

  it('asks the token provider at join, renews on will-expire and rejoins with a fresh token on did-expire', async () => {
    const asked: Array<[string, unknown]> = [];
    const tokenProvider = async (channel: string, uid: string | number | null) => {
      asked.push([channel, uid]);
      return `token-${asked.length}`;
    };
    const rtc = setup({}, { tokenProvider });
    agora.publish(5);
    await startAndPlay(rtc);
    const client = agora.client;
    expect(client.callsOf('join')[0]).to.deep.equal(['app-id', 'spring-drop', 'token-1', null]);
    await decodedFrames(video, 3);

    client.tokenWillExpire();
    await waitFor(() => client.callsOf('renewToken').length === 1, 'renewToken');
    expect(client.callsOf('renewToken')).to.deep.equal([['token-2']]);
    expect(asked[1]).to.deep.equal(['spring-drop', 90_001]);

    client.tokenDidExpire();
    await waitFor(() => client.callsOf('join').length === 2, 'a second join');
    expect(client.callsOf('join')[1]).to.deep.equal(['app-id', 'spring-drop', 'token-3', 90_001]);
    expect(client.callsOf('leave')).to.have.length(1);
    await waitFor(() => client.connectionState === 'CONNECTED', 'connected again');
    const states = signalsOf('connection').map((signal) => signal.state);
    expect(states.slice(-3)).to.deep.equal(['reconnecting', 'connecting', 'connected']);
    // The publisher is announced again after the rejoin and its pictures come back.
    await waitFor(() => signalsOf('publisher').filter((signal) => signal.state === 'live').length === 2, 'publisher live again');
    await decodedFrames(video, 5);
  });

  it('reports network quality every 2 s like the SDK, and asks for the low stream on a poor downlink', async () => {
    const rtc = setup();
    agora.publish(8);
    await startAndPlay(rtc);
    await decodedFrames(video, 3);
    const client = agora.client;
    expect(client.callsOf('setStreamFallbackOption')).to.deep.equal([[8, 2]]);
    const first = await waitFor(() => signalsOf('network-quality')[0], 'a network-quality signal', 3000);
    expect(first).to.deep.equal({ type: 'network-quality', uplink: 1, downlink: 1 });

    client.networkQuality(2, 5);
    expect(signalsOf('network-quality').at(-1)).to.deep.equal({ type: 'network-quality', uplink: 2, downlink: 5 });
    expect(client.callsOf('setRemoteVideoStreamType')).to.deep.equal([[8, 1]]);
    await waitFor(() => video.videoHeight === 180, 'the low stream on screen');
    await waitFor(() => signalsOf('level-switched').some((signal) => signal.level.height === 180), 'a level-switched signal');
    expect(rtc.currentLevel()).to.deep.include({ index: 1, height: 180 });

    client.networkQuality(1, 4);
    expect(client.callsOf('setRemoteVideoStreamType')).to.have.length(1);
    for (let report = 0; report < 3; report++) client.networkQuality(1, 1);
    expect(client.callsOf('setRemoteVideoStreamType')).to.deep.equal([
      [8, 1],
      [8, 0],
    ]);
    await waitFor(() => video.videoHeight === 360, 'the high stream back');

    rtc.setLevel(1);
    client.networkQuality(1, 1);
    expect(client.callsOf('setRemoteVideoStreamType').at(-1)).to.deep.equal([8, 1]);
    expect(rtc.currentLevel()?.index).to.equal(1);
  });

  it('signals the seller paused, back live, dropped and ended', async () => {
    const rtc = setup();
    agora.publish(21);
    await startAndPlay(rtc);
    await decodedFrames(video, 3);
    agora.unpublish(21, 'video');
    await waitFor(() => signalsOf('publisher').at(-1)?.state === 'paused', 'paused');
    agora.publish(21, { video: true });
    await waitFor(() => signalsOf('publisher').at(-1)?.state === 'live', 'live again');
    await decodedFrames(video, 5);
    agora.leave(21, 'ServerTimeOut');
    expect(signalsOf('publisher').at(-1)).to.deep.equal({ type: 'publisher', state: 'paused', uid: 21 });
    agora.publish(21);
    await waitFor(() => signalsOf('publisher').at(-1)?.state === 'live', 'live after the drop');
    agora.leave(21, 'Quit');
    expect(signalsOf('publisher').at(-1)).to.deep.equal({ type: 'publisher', state: 'ended', uid: 21 });
  });

  it('without hostUid, locks onto the first video publisher: another one is never watched, even after the first leaves', async () => {
    const rtc = setup();
    agora.publish(31);
    await startAndPlay(rtc);
    await decodedFrames(video, 3);
    agora.publish(32);
    agora.leave(31, 'Quit');
    expect(signalsOf('publisher').at(-1)).to.deep.equal({ type: 'publisher', state: 'ended', uid: 31 });
    // The seller comes back under the same uid: watched again. Its subscription is the proof the intruder's is not.
    agora.publish(31);
    await waitFor(() => signalsOf('publisher').filter((signal) => signal.uid === 31 && signal.state === 'live').length === 2, 'the seller live again');
    await decodedFrames(video, 5);
    expect(agora.client.callsOf('subscribe').map(([uid]) => uid)).to.not.include(32);
    expect(signalsOf('publisher').some((signal) => signal.uid === 32)).to.equal(false);
    const refusals = signalsOf('error').filter((signal) => signal.error.code === 'untrusted-publisher');
    expect(refusals.map((signal) => signal.error.message)).to.deep.equal([
      'real-time path: ignored video from uid 32, who is not the seller (locked onto 31, the first publisher)',
    ]);
  });

  it('takes video and data only from the seller named by hostUid (and named data senders); anyone else is reported once', async () => {
    const rtc = setup({}, { hostUid: 1001, dataUids: [9] });
    agora.publish(666);
    agora.publish(1001);
    await startAndPlay(rtc);
    await decodedFrames(video, 5);
    const client = agora.client;
    for (let i = 0; i < 50; i++) client.streamMessage(666, new TextEncoder().encode(`{"type":"product","id":"fake-${i}"}`));
    client.streamMessage('666', new Uint8Array([1]));
    client.streamMessage(1001, new Uint8Array([1, 2]));
    client.streamMessage(9, new Uint8Array([3]));
    client.streamMessage(1001, new Uint8Array(8192));
    expect(signalsOf('data').map((signal) => [signal.uid, [...signal.bytes]])).to.deep.equal([
      [1001, [1, 2]],
      [9, [3]],
    ]);
    expect(client.callsOf('subscribe').map(([uid]) => uid)).to.not.include(666);
    expect(signalsOf('publisher').every((signal) => signal.uid === 1001)).to.equal(true);
    const errors = signalsOf('error').map((signal) => signal.error);
    expect(errors.filter((error) => error.code === 'untrusted-publisher')).to.deep.equal([
      { code: 'untrusted-publisher', message: 'real-time path: ignored video from uid 666, who is not the seller (agora-host-uid is 1001)', fatal: false },
    ]);
    expect(errors.filter((error) => error.code === 'limit-exceeded')).to.have.length(1);
  });

  it('before any seller published, data from anyone is dropped (and reported once per uid)', async () => {
    const rtc = setup();
    await rtc.start();
    agora.client.streamMessage(77, new Uint8Array([1]));
    agora.client.streamMessage(77, new Uint8Array([2]));
    expect(signalsOf('data')).to.deep.equal([]);
    expect(signalsOf('error').map((signal) => signal.error.message)).to.deep.equal([
      'real-time path: ignored data messages from uid 77, who is not the seller (no seller has published yet)',
    ]);
  });

  it('forwards data-stream bytes, connection changes and receive exceptions', async () => {
    const rtc = setup();
    agora.publish(41);
    await startAndPlay(rtc);
    await waitFor(() => signalsOf('publisher').length, 'publisher');
    const client = agora.client;
    client.streamMessage(41, new Uint8Array([8, 1, 18, 2, 104, 105]));
    expect(signalsOf('data')).to.have.length(1);
    expect([...signalsOf('data')[0]!.bytes]).to.deep.equal([8, 1, 18, 2, 104, 105]);
    client.connection('RECONNECTING', 'NETWORK_ERROR');
    client.connection('CONNECTED');
    expect(signalsOf('connection').slice(-2)).to.deep.equal([
      { type: 'connection', state: 'reconnecting', reason: 'NETWORK_ERROR' },
      { type: 'connection', state: 'connected' },
    ]);
    client.exception(1001, 'FRAMERATE_INPUT_TOO_LOW', 41);
    client.exception(1005, 'RECV_VIDEO_DECODE_FAILED', 41);
    expect(signalsOf('error').map((signal) => signal.error)).to.deep.equal([
      { code: 'media', message: 'Agora RECV_VIDEO_DECODE_FAILED (1005)', fatal: false },
    ]);
  });

  it('destroy() leaves, releases the tracks and the video, removes every listener and goes quiet; twice is safe', async () => {
    const rtc = setup();
    agora.publish(51);
    await startAndPlay(rtc);
    await decodedFrames(video, 3);
    const client = agora.client;
    const tracks = (video.srcObject as MediaStream).getTracks();
    expect(client.listenerCount()).to.be.greaterThan(0);
    rtc.destroy();
    rtc.destroy();
    expect(client.callsOf('leave')).to.have.length(1);
    expect(client.listenerCount()).to.equal(0);
    expect(client.activeTimers).to.equal(0);
    expect(video.srcObject).to.equal(null);
    expect(tracks.map((track) => track.readyState)).to.deep.equal(['ended', 'ended']);
    const before = signals.length;
    client.networkQuality(1, 6);
    client.tokenWillExpire();
    client.streamMessage(51, new Uint8Array([1]));
    // Nothing listens any more (listenerCount is 0, the client's quality timer is stopped): no signal can follow.
    expect(signals.length, 'no signal after destroy').to.equal(before);
    expect(client.callsOf('renewToken')).to.deep.equal([]);
  });

  it('destroy() during the join cancels it', async () => {
    const rtc = setup({ joinHangs: true });
    const started = rtc.start().then(
      () => 'resolved',
      (cause: Error) => cause.message,
    );
    await waitFor(() => agora.client.callsOf('join').length, 'the join to be sent');
    rtc.destroy();
    expect(await started).to.match(/OPERATION_ABORTED/);
    expect(agora.client.connectionState).to.equal('DISCONNECTED');
  });
});

describe('RTC configuration from the player attributes', () => {
  it('needs an App ID and a channel', () => {
    expect(rtcConfigFrom({ appId: null, channel: 'show' })).to.equal(null);
    expect(rtcConfigFrom({ appId: 'app', channel: '  ' })).to.equal(null);
    expect(rtcConfigFrom({ appId: ' app ', channel: 'show' })).to.deep.equal({
      appId: 'app',
      channel: 'show',
      uid: null,
      token: null,
      tokenProvider: null,
      hostUid: null,
      dataUids: [],
      latency: 'ultra-low',
    });
  });

  it('refuses a seller uid that is not a uid (the real-time path is off), and reads data uids', () => {
    const reports: string[] = [];
    const report = (refusal: { message: string }) => reports.push(refusal.message);
    expect(rtcConfigFrom({ appId: 'app', channel: 'show', hostUid: '0' }, null, report)).to.equal(null);
    expect(rtcConfigFrom({ appId: 'app', channel: 'show', hostUid: 'sel\u202Eler' }, null, report)).to.equal(null);
    expect(reports).to.deep.equal([
      'agora-host-uid "0" is not an Agora uid: the real-time path is off',
      'agora-host-uid "seller" is not an Agora uid: the real-time path is off',
    ]);
    expect(rtcConfigFrom({ appId: 'app', channel: 'show', hostUid: '1001', dataUids: '9, stt-bot  x\u200By' }, null, report)?.dataUids).to.deep.equal([9, 'stt-bot']);
    expect(reports.at(-1)).to.equal('agora-data-uids: only Agora uids are read, at most 8 (3 given)');
  });

  it('reads uids as Agora numbers or string accounts, latency and the token provider', () => {
    const provider = async () => 'token';
    const config = rtcConfigFrom({ appId: 'app', channel: 'show', uid: '42', hostUid: 'seller-1', token: 'abc', latency: 'low' }, provider);
    expect(config).to.deep.include({ uid: 42, hostUid: 'seller-1', token: 'abc', latency: 'low', tokenProvider: provider });
    expect(parseUid('0')).to.equal(null);
    expect(parseUid(String(2 ** 32))).to.equal(null);
    expect(parseUid('4294967295')).to.equal(4294967295);
    expect(parseUid('x'.repeat(256))).to.equal(null);
    expect(parseUid('seller\u202E1')).to.equal(null);
    expect(parseTimeout('1500', 3000)).to.equal(1500);
    expect(parseTimeout('soon', 3000)).to.equal(3000);
    expect(parseTimeout(-1, 3000)).to.equal(3000);
  });
});

