// Live speech-to-text on the real-time path: the (fake) Agora channel's data stream carries the STT agent's messages,
// protobuf or JSON; the player shows interim words updating in place, then the final sentence, in the chosen language.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, decodedFrames, mount, shadowQuery, waitFor } from '../support/dom.js';
import { FakeAgora } from '../support/fake-agora.js';
import { liveSession } from '../support/live.js';
import { sttText } from '../support/stt-encoder.js';

// uid 9 is the speech-to-text agent: its data messages are read, like the seller's.
const AGORA = 'agora-app-id="0123456789abcdef0123456789abcdef" agora-channel="spring-drop" agora-host-uid="1001" agora-data-uids="9"';
const cues = (player: ShoplivePlayer) => [...player.shadowRoot!.querySelectorAll<HTMLElement>('[part~=cue]')];

/** A player on `agora`'s channel with `src` as the HLS fallback, started at once. */
function rtcPlayer(agora: FakeAgora, { lang, src, rtcTimeout }: { lang: string; src: string; rtcTimeout: number }): ShoplivePlayer {
  const player = mount<ShoplivePlayer>(`<shoplive-player lang="${lang}" subtitles-lang="${lang}" src="${src}" ${AGORA} rtc-timeout="${rtcTimeout}" autoplay muted></shoplive-player>`);
  player.agoraClientFactory = agora.factory;
  player.loading = 'eager';
  return player;
}

describe('<shoplive-player> live captions from Agora speech-to-text', () => {
  let agora: FakeAgora | undefined;
  beforeEach(() => localStorage.removeItem('shoplive:subtitles'));
  afterEach(() => {
    cleanup();
    agora?.close();
    agora = undefined;
  });

  it('shows interim words in place, then the final sentence; translations follow the shopper\'s language', async () => {
    agora = new FakeAgora({ joinDelayMs: 20 });
    agora.publish(1001);
    // A generous rtc-timeout: on a loaded machine the first real-time frame of a fresh page can take seconds.
    const player = rtcPlayer(agora, { lang: 'es', src: liveSession().master, rtcTimeout: 15_000 });
    await waitFor(() => player.engine === 'rtc' && player.state === 'playing', 'RTC playing', 20_000);
    const client = agora.client;

    // The seller speaks Chinese; the agent transcribes it and translates to Spanish (protobuf on the data stream).
    client.streamMessage(9, sttText({ uid: 1001, seqnum: 1, culture: 'zh-CN', words: [{ text: '这款真丝', isFinal: false }] }));
    client.streamMessage(9, sttText({ uid: 1001, seqnum: 2, culture: 'zh-CN', dataType: 'translate', trans: [{ lang: 'es', texts: ['Esta seda'], isFinal: false }] }));
    await waitFor(() => cues(player).some((cue) => cue.textContent!.includes('Esta seda')), 'the interim Spanish line');
    const interim = cues(player).find((cue) => cue.textContent!.includes('Esta seda'))!;
    expect(interim.getAttribute('part')).to.equal('cue cue-interim');
    expect(interim.getAttribute('lang')).to.equal('es');

    client.streamMessage(9, sttText({ uid: 1001, seqnum: 3, culture: 'zh-CN', dataType: 'translate', trans: [{ lang: 'es', texts: ['Esta seda cae de maravilla.'], isFinal: true }] }));
    await waitFor(() => cues(player).some((cue) => cue.textContent!.trim() === 'Esta seda cae de maravilla.' && cue.getAttribute('part') === 'cue'), 'the final line');
    expect(cues(player).filter((cue) => cue.textContent!.includes('Esta seda')), 'updated in place, not stacked').to.have.length(1);

    // The JSON mode of the agent, and the original language from the menu.
    const json = { uid: 1001, seqnum: 4, culture: 'zh-CN', dataType: 'transcribe', words: [{ text: '腰带可以调节', isFinal: true }], endOfSegment: true };
    client.streamMessage(9, new TextEncoder().encode(JSON.stringify(json)));
    const button = await waitFor(() => player.shadowRoot!.querySelector<HTMLButtonElement>('[part=subtitles-button]'), 'the subtitles menu');
    button.click();
    await player.updateComplete;
    const items = [...player.shadowRoot!.querySelectorAll<HTMLElement>('#subtitles-menu [role=menuitemradio]')];
    items.find((item) => item.getAttribute('lang') === 'zh-CN')!.click();
    await waitFor(() => cues(player).some((cue) => cue.textContent!.includes('腰带可以调节')), 'the Chinese transcription');

    // Garbage on the data stream is dropped; playback goes on.
    client.streamMessage(9, new Uint8Array([0xff, 0xff, 0xff, 0x01]));
    expect(player.state).to.equal('playing');
  });

  it('shows a caption the agent sent while HLS still bridged the start, once the real-time path is on screen', async () => {
    agora = new FakeAgora({ joinDelayMs: 20 });
    const player = rtcPlayer(agora, { lang: 'en', src: liveSession().master, rtcTimeout: 15_000 });
    // The seller is not on air yet: HLS plays while the real-time client has joined the channel.
    await waitFor(() => player.engine === 'hls' && player.state === 'playing' && agora!.clients[0]?.connectionState === 'CONNECTED', 'HLS playing, RTC joined', 20_000);
    agora.client.streamMessage(9, sttText({ uid: 1001, seqnum: 1, culture: 'en', words: [{ text: 'Welcome to the spring drop', isFinal: true }], endOfSegment: true }));
    expect(cues(player), 'not shown on the HLS picture').to.deep.equal([]);
    agora.publish(1001);
    await waitFor(() => player.engine === 'rtc', 'the switch to RTC', 20_000);
    await waitFor(() => cues(player).some((cue) => cue.textContent!.trim() === 'Welcome to the spring drop'), 'the caption sent before the switch');
  });

  it('drops the HLS stream\'s captions when the real-time path takes over (their timeline is gone)', async () => {
    agora = new FakeAgora({ joinDelayMs: 2500 });
    agora.publish(1001);
    const player = rtcPlayer(agora, { lang: 'en', src: liveSession().show, rtcTimeout: 8000 });
    await waitFor(() => player.engine === 'hls' && cues(player).length, 'HLS captions first', 15_000);
    await waitFor(() => player.engine === 'rtc', 'the switch to RTC', 15_000);
    // Captions are drawn on presented frames: a left-over HLS cue would show on one of the next RTC frames.
    await decodedFrames(shadowQuery<HTMLVideoElement>(player, 'video')!, 30);
    expect(cues(player).map((cue) => cue.textContent!.trim()), 'no HLS caption left on the RTC timeline').to.deep.equal([]);
  });
});
