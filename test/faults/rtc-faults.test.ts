// The fault matrix, real-time rows, through <shoplive-player> against the simulated Agora channel (the shipped
// `shoplive/rtc-simulator`) and the simulated live HLS stream as the fallback (docs/rtc.md).
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { PlayerErrorDetail } from '../../src/player/engines/engine.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, decodedFrames, eventMatching, mount, shadowQuery, waitFor } from '../support/dom.js';
import { FakeAgora, type FakeAgoraOptions } from '../support/fake-agora.js';
import { liveSession } from '../support/live.js';

const AGORA = 'agora-app-id="0123456789abcdef0123456789abcdef" agora-channel="spring-drop" agora-host-uid="1001"';

describe('fault matrix: the real-time path', () => {
  let agora: FakeAgora | undefined;
  afterEach(() => {
    cleanup();
    agora?.close();
    agora = undefined;
  });

  function rtcPlayer(options: FakeAgoraOptions, extra = '') {
    agora = new FakeAgora(options);
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${liveSession().master}" ${AGORA} ${extra} autoplay muted></shoplive-player>`);
    player.agoraClientFactory = agora.factory;
    const errors: PlayerErrorDetail[] = [];
    player.addEventListener('shoplive-error', (event) => errors.push((event as CustomEvent<PlayerErrorDetail>).detail));
    player.loading = 'eager';
    return { player, errors, video: () => shadowQuery<HTMLVideoElement>(player, 'video')! };
  }

  it('join fails: the host hears engine-change rtc -> hls (join-failed) and the shopper sees HLS frames', async () => {
    const { player, errors, video } = rtcPlayer({ joinError: 'CAN_NOT_GET_GATEWAY_SERVER' });
    const change = await eventMatching<{ from: string; to: string; reason: string }>(player, 'shoplive-engine-change', (detail) => detail.to === 'hls', 30_000);
    expect(change.detail).to.deep.equal({ from: 'rtc', to: 'hls', reason: 'join-failed' });
    await decodedFrames(video(), 10, 30_000);
    expect(player.getAttribute('engine')).to.equal('hls');
    expect(errors.filter((error) => error.fatal)).to.deep.equal([]);
  });

  it('the connection drops and stays down: HLS takes over after the reconnect budget, frames keep coming', async () => {
    const { player, errors, video } = rtcPlayer({});
    agora!.publish(1001);
    await waitFor(() => player.engine === 'rtc', 'RTC on screen', 30_000);
    await decodedFrames(video(), 5);
    agora!.client.connection('RECONNECTING', 'NETWORK_ERROR');
    const change = await eventMatching<{ from: string; to: string; reason: string }>(player, 'shoplive-engine-change', (detail) => detail.from === 'rtc', 30_000);
    expect(change.detail).to.deep.equal({ from: 'rtc', to: 'hls', reason: 'disconnected' });
    await decodedFrames(video(), 10, 30_000);
    expect(video().srcObject, 'the RTC stream is released').to.equal(null);
    expect(errors.filter((error) => error.fatal)).to.deep.equal([]);
  }).timeout(60_000);

  it('the token is about to expire: a fresh one is minted and renewed in place, RTC stays on screen', async () => {
    const minted: string[] = [];
    const { player, video } = rtcPlayer({});
    player.tokenProvider = async (channel, uid) => {
      const token = `token-${minted.length + 1}-${channel}-${uid ?? 0}`;
      minted.push(token);
      return token;
    };
    agora!.publish(1001);
    await waitFor(() => player.engine === 'rtc', 'RTC on screen', 30_000);
    expect(minted, 'asked at join').to.have.length(1);
    agora!.client.tokenWillExpire();
    await waitFor(() => agora!.client.callsOf('renewToken').length === 1, 'renewToken');
    expect(agora!.client.callsOf('renewToken')[0]![0]).to.equal(minted[1]);
    await decodedFrames(video(), 5);
    expect(player.engine).to.equal('rtc');
  });

  it('the token expired: it rejoins with a fresh token under the same uid and plays RTC again', async () => {
    const minted: string[] = [];
    const { player, errors, video } = rtcPlayer({}, 'agora-uid="42"');
    player.tokenProvider = async () => {
      minted.push(`token-${minted.length + 1}`);
      return minted.at(-1)!;
    };
    agora!.publish(1001);
    await waitFor(() => player.engine === 'rtc', 'RTC on screen', 30_000);
    agora!.client.tokenDidExpire();
    await waitFor(() => agora!.clients.some((client) => client.callsOf('join').length === 2) || agora!.clients.length > 1, 'a second join', 15_000);
    const joins = agora!.clients.flatMap((client) => client.callsOf('join'));
    expect(joins.at(-1)!.slice(2), 'fresh token, same uid').to.deep.equal(['token-2', 42]);
    await decodedFrames(video(), 5, 30_000);
    expect(player.engine).to.equal('rtc');
    expect(errors.filter((error) => error.fatal)).to.deep.equal([]);
  });
});
