// The real-time channel is open to every publisher a token allows: only the seller's video and data (and data from
// the uids the host names, such as the speech-to-text agent) may reach the shopper. Fake Agora + the simulated HLS.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import { productStore } from '../../src/commerce/product-store.js';
import type { PlayerErrorDetail } from '../../src/player/engines/engine.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { dressInput, scarfInput } from '../commerce/support.js';
import { cleanup, decodedFrames, mount, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { FakeAgora } from '../support/fake-agora.js';
import { liveSession } from '../support/live.js';
import { sttText } from '../support/stt-encoder.js';

const AGORA = 'agora-app-id="0123456789abcdef0123456789abcdef" agora-channel="spring-drop"';
const cueTexts = (player: ShoplivePlayer) => [...player.shadowRoot!.querySelectorAll('[part~=cue]')].map((cue) => cue.textContent!.trim());
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('<shoplive-player> on the real-time path takes pictures and data only from the seller', function () {
  this.timeout(90_000);
  let agora: FakeAgora | undefined;
  beforeEach(() => localStorage.removeItem('shoplive:subtitles'));
  afterEach(() => {
    cleanup();
    agora?.close();
    agora = undefined;
  });

  async function rtcPlayer(attributes: string): Promise<ShoplivePlayer> {
    // A generous rtc-timeout: on a loaded machine the first real-time frame of a fresh page can take seconds.
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" subtitles-lang="en" src="${liveSession().master}" ${AGORA} ${attributes} rtc-timeout="60000" autoplay muted></shoplive-player>`);
    player.agoraClientFactory = agora!.factory;
    player.products = [dressInput('silk-wrap-dress'), scarfInput('silk-scarf')];
    player.loading = 'eager';
    const video = () => shadowQuery<HTMLVideoElement>(player, 'video');
    const seen = recordEvents(player, ['shoplive-engine-change', 'shoplive-first-frame', 'shoplive-error', 'shoplive-ready']);
    const describe = () => {
      const v = video();
      const tracks = v?.srcObject instanceof MediaStream ? v.srcObject.getTracks().map((track) => `${track.kind}:${track.readyState}`).join('+') : v?.src ? 'src' : 'none';
      return `RTC playing (engine ${player.engine}, state ${player.state}; video paused ${v?.paused}, readyState ${v?.readyState}, source ${tracks}; events ${seen.map((event) => event.type.slice(9)).join(',')})`;
    };
    await waitFor(() => player.engine === 'rtc' && player.state === 'playing', describe, 60_000);
    return player;
  }

  it('ignores a second uid\'s video, captions and product cues, and reports it once', async () => {
    agora = new FakeAgora({ joinDelayMs: 20 });
    // The intruder is on air before the shopper joins: refused while the real-time path is still being tried.
    agora.publish(666);
    agora.publish(1001);
    const errors = recordEvents(document, ['shoplive-error']);
    const player = await rtcPlayer('agora-host-uid="1001" agora-data-uids="9"');
    const client = agora.client;

    // The intruder speaks first and last; the seller's product cue and the agent's caption come in between.
    const fake = () => {
      client.streamMessage(666, json({ type: 'product', id: 'silk-wrap-dress' }));
      client.streamMessage(666, sttText({ uid: 666, seqnum: 1, culture: 'en', words: [{ text: 'Fake caption from the intruder', isFinal: true }], endOfSegment: true }));
    };
    fake();
    client.streamMessage(1001, json({ type: 'product', id: 'silk-scarf' }));
    client.streamMessage(9, sttText({ uid: 1001, seqnum: 1, culture: 'en', words: [{ text: 'The seller speaks', isFinal: true }], endOfSegment: true }));
    for (let i = 0; i < 20; i++) fake();
    await waitFor(() => cueTexts(player).includes('The seller speaks'), "the agent's caption");
    await waitFor(() => productStore.presented(player) === 'silk-scarf', "the seller's product");

    expect(cueTexts(player)).to.deep.equal(['The seller speaks']);
    expect(productStore.presented(player)).to.equal('silk-scarf');
    expect(client.callsOf('subscribe').map(([uid]) => uid)).to.not.include(666);
    await decodedFrames(shadowQuery<HTMLVideoElement>(player, 'video')!, 5);
    const refusals = errors.map((event) => event.detail as PlayerErrorDetail).filter((detail) => detail.code === 'untrusted-publisher');
    expect(refusals).to.deep.equal([
      { code: 'untrusted-publisher', message: 'real-time path: ignored video from uid 666, who is not the seller (agora-host-uid is 1001)', fatal: false },
    ]);
  });

  it('without agora-host-uid, locks onto the first publisher: a later one is neither shown nor heard', async () => {
    agora = new FakeAgora({ joinDelayMs: 20 });
    agora.publish(1001);
    const errors = recordEvents(document, ['shoplive-error']);
    const player = await rtcPlayer('');
    agora.publish(2002);
    agora.client.streamMessage(2002, json({ type: 'product', id: 'silk-wrap-dress' }));
    agora.client.streamMessage(1001, json({ type: 'product', id: 'silk-scarf' }));
    await waitFor(() => productStore.presented(player) === 'silk-scarf', "the seller's product");
    agora.leave(1001, 'Quit');
    await waitFor(() => shadowQuery(player, '[part=notice]')?.textContent?.includes('ended'), 'the ended notice');
    agora.client.streamMessage(2002, json({ type: 'product', id: 'silk-wrap-dress' }));
    expect(productStore.presented(player)).to.equal('silk-scarf');
    expect(agora.client.callsOf('subscribe').map(([uid]) => uid)).to.not.include(2002);
    const refusals = errors.map((event) => event.detail as PlayerErrorDetail).filter((detail) => detail.code === 'untrusted-publisher');
    expect(refusals.map((detail) => detail.message)).to.deep.equal([
      'real-time path: ignored video from uid 2002, who is not the seller (locked onto 1001, the first publisher)',
    ]);
  });

  it('turns the real-time path off for an agora-host-uid that is not a uid, and says so', async () => {
    agora = new FakeAgora({ joinDelayMs: 20 });
    agora.publish(1001);
    const errors = recordEvents(document, ['shoplive-error']);
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${liveSession().master}" ${AGORA} agora-host-uid="0" autoplay muted></shoplive-player>`);
    player.agoraClientFactory = agora.factory;
    player.loading = 'eager';
    await waitFor(() => player.engine === 'hls' && player.state === 'playing', 'HLS playing', 15_000);
    expect(agora.clients, 'no Agora client was created').to.have.length(0);
    expect(errors.map((event) => event.detail)).to.deep.equal([
      { code: 'refused-data', message: 'agora-host-uid "0" is not an Agora uid: the real-time path is off', fatal: false },
    ]);
  });
});
