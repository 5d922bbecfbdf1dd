// The corpus through the real-time data stream (the simulated Agora channel): speech-to-text messages from the
// seller's agent and from other uids, and product cues (`{"type":"product","id":…}`) from the seller and from others.
// One real-time player takes every message; each intruder gets a uid of its own, so its report can be told apart.
import { expect } from '@esm-bundle/chai';
import '../../../src/player/index.js';
import type { ShoplivePlayer } from '../../../src/player/player.js';
import { dressInput, scarfInput } from '../../commerce/support.js';
import { cleanup, mount, waitFor } from '../../support/dom.js';
import { FakeAgora } from '../../support/fake-agora.js';
import { liveSession } from '../../support/live.js';
import { sttText } from '../../support/stt-encoder.js';
import { payloadsFor, verdictOf, type Payload } from './payloads.js';
import { nextTask, expectHarmless, expectReports, isClean, outOfBox, visible, watch, type Watch } from './probes.js';
import { collapse, wellFormed } from './subtitle-text.js';

const SELLER = 1001;
const AGENT = 9;
const AGORA = `agora-app-id="0123456789abcdef0123456789abcdef" agora-channel="corpus" agora-host-uid="${SELLER}" agora-data-uids="${AGENT}"`;
const cues = (player: ShoplivePlayer) => [...player.shadowRoot!.querySelectorAll('[part~=cue]')].map((cue) => collapse(cue.textContent!));
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('hostile corpus: real-time data messages', function () {
  this.timeout(90_000);
  let agora: FakeAgora;
  let player: ShoplivePlayer;
  let probes: Watch | undefined;
  let seq = 0;
  let intruder = 5000;
  /** A publisher that keeps sending oversized messages is reported once (per uid), not once a message. */
  const oversizeReported = new Set<number>();
  const oversized = (bytes: number, uid: number) => bytes > 4096 && (oversizeReported.has(uid) || !oversizeReported.add(uid));

  async function rtcPlayer(): Promise<ShoplivePlayer> {
    const element = mount<ShoplivePlayer>(`<shoplive-player lang="en" subtitles-lang="en" style="width: 360px" src="${liveSession().master}" ${AGORA} rtc-timeout="60000" autoplay muted></shoplive-player>`);
    element.agoraClientFactory = agora.factory;
    element.products = [dressInput('corpus-dress'), scarfInput('corpus-scarf')];
    element.loading = 'eager';
    await waitFor(() => element.engine === 'rtc' && element.state === 'playing', () => `RTC playing (engine ${element.engine}, state ${element.state})`, 60_000);
    return element;
  }

  before(async () => {
    localStorage.removeItem('shoplive:subtitles');
    agora = new FakeAgora({ joinDelayMs: 20 });
    agora.publish(SELLER);
    player = await rtcPlayer();
  });
  afterEach(() => {
    probes?.stop();
    probes = undefined;
  });
  after(() => {
    cleanup();
    agora.close();
  });

  const encode = (text: string) => sttText({ uid: SELLER, seqnum: ++seq, culture: 'en', words: [{ text, isFinal: true }], endOfSegment: true });
  const caption = (uid: number, text: string) => agora.client.streamMessage(uid, encode(text));

  /**
   * Encodes the messages (before the probes start: a megabyte takes the test a while), sends them, then a marker
   * caption from the agent: once it is drawn, everything sent before was handled.
   */
  async function feed(payload: Payload, slot: string, messages: Array<[number, Uint8Array]>): Promise<Watch> {
    await nextTask();
    probes = watch();
    for (const [uid, bytes] of messages) agora.client.streamMessage(uid, bytes);
    const marker = `corpus marker ${++seq}`;
    caption(AGENT, marker);
    await waitFor(() => cues(player).includes(marker), `${payload.name} in ${slot}: handled`);
    for (const text of cues(player)) expect(isClean(text), `${payload.name}: drawn cue is clean`).to.equal(true);
    expectHarmless(probes, `${payload.name} in ${slot}`, [player.shadowRoot!]);
    expect(outOfBox(player), `${payload.name} in ${slot}: layout`).to.deep.equal([]);
    return probes;
  }

  for (const payload of payloadsFor('stt', 'text')) {
    it(`speech-to-text from the seller's agent: ${payload.name}`, async () => {
      const value = String(payload.make());
      const refused = verdictOf(payload, 'stt') === 'refused';
      let drawn: string[] = [];
      const seen = await feed(payload, 'speech-to-text', [[AGENT, encode(value)]]);
      drawn = cues(player);
      const expected = collapse(visible(wellFormed(value)));
      if (!refused) expect(drawn, `${payload.name}: the caption drawn`).to.include(expected);
      const again = oversized(new TextEncoder().encode(value).length, AGENT);
      expectReports(seen.reports, refused && !again, payload.name, /^speech-to-text: |^real-time path: dropped data messages over \d+ bytes$/);
    });

    it(`speech-to-text from another uid: ${payload.name}`, async () => {
      const uid = ++intruder;
      const value = String(payload.make());
      const message = encode(value);
      const seen = await feed(payload, 'an intruder\'s speech-to-text', [[uid, message], [uid, message]]);
      expect(cues(player), 'nothing of the intruder drawn').to.not.include(collapse(visible(value)));
      expectReports(seen.reports, true, payload.name, new RegExp(`^real-time path: ignored data messages from uid ${uid}, who is not the seller`));
    });

    it(`product cue from the seller and from another uid: ${payload.name}`, async () => {
      const uid = ++intruder;
      const value = String(payload.make());
      const seen = await feed(payload, 'product cue', [[uid, json({ type: 'product', id: 'corpus-scarf' })], [SELLER, json({ type: 'product', id: value })]]);
      const intruderReports = seen.reports.filter((report) => report.message.includes(`uid ${uid}`));
      expectReports(intruderReports, true, `${payload.name} (intruder)`, /ignored data messages from uid/);
      const own = seen.reports.filter((report) => !report.message.includes(`uid ${uid}`));
      const again = oversized(new TextEncoder().encode(value).length + 30, SELLER);
      expectReports(own, verdictOf(payload, 'stream-cues') === 'refused' && !again, `${payload.name} (seller)`, /^(the stream presented ".*", which is not a product of this show|a product cue in the stream names ".*", which is not a usable product id|real-time path: dropped data messages over \d+ bytes)/s);
    });
  }
});
