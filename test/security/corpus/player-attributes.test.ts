// The corpus through <shoplive-player>'s attributes and properties: `src`, `poster`, `video-title`, child `<track>`s
// (`srclang`, `src`) and the `subtitles` property. One player takes every payload in turn.
import { expect } from '@esm-bundle/chai';
import '../../../src/player/index.js';
import type { ShoplivePlayer } from '../../../src/player/player.js';
import { cleanup, mount, waitFor } from '../../support/dom.js';
import { payloadsFor, verdictOf, type Payload } from './payloads.js';
import { expectHarmless, expectReports, isClean, outOfBox, watch, type Watch } from './probes.js';

const INPUT = 'player-attributes';
const hostOf = (payload: Payload) => (payload.form === 'url' && verdictOf(payload, INPUT) === 'shown' ? [new URL(String(payload.make()), location.href).hostname] : []);

describe('hostile corpus: player attributes', () => {
  let player: ShoplivePlayer;
  let probes: Watch | undefined;

  before(async () => {
    player = mount<ShoplivePlayer>('<shoplive-player lang="en" style="width: 360px" src="" muted></shoplive-player>');
    // An empty src: the player says so once, before any payload is tried.
    await waitFor(() => player.state === 'error', 'the empty-src error');
  });
  afterEach(() => {
    probes?.stop();
    probes = undefined;
  });
  after(cleanup);

  /** Starts the probes, runs `feed`, and asserts what holds for every payload. */
  async function feed(payload: Payload, slot: string, action: () => Promise<unknown>): Promise<Watch> {
    probes = watch();
    await action();
    expectHarmless(probes, `${payload.name} in ${slot}`, [player.shadowRoot!], hostOf(payload));
    expect(outOfBox(player), `${payload.name} in ${slot}: layout`).to.deep.equal([]);
    return probes;
  }

  for (const payload of payloadsFor(INPUT, 'url')) {
    it(`poster: ${payload.name}`, async () => {
      const value = String(payload.make());
      const seen = await feed(payload, 'poster', async () => {
        player.poster = value;
        await player.updateComplete;
      });
      const shown = verdictOf(payload, INPUT) === 'shown';
      const poster = player.shadowRoot!.querySelector('video')?.getAttribute('poster') ?? null;
      expect(poster, 'the poster drawn').to.equal(shown ? new URL(value, location.href).href : null);
      expectReports(seen.reports, !shown, payload.name, /^poster ".*" refused \(/s);
      player.poster = '';
      await player.updateComplete;
    });

    if (verdictOf(payload, INPUT) !== 'refused') continue;
    it(`src: ${payload.name}`, async () => {
      const seen = await feed(payload, 'src', async () => {
        player.src = String(payload.make());
        await waitFor(() => probes!.reports.some((report) => report.fatal), 'the src error');
      });
      expectReports(seen.reports, true, payload.name, /^(The )?src\b/);
      expect(player.state).to.equal('error');
    });
  }

  for (const payload of payloadsFor(INPUT, 'text')) {
    it(`video-title: ${payload.name}`, async () => {
      const value = String(payload.make());
      const seen = await feed(payload, 'video-title', async () => {
        player.videoTitle = value;
        await player.updateComplete;
      });
      const label = player.shadowRoot!.querySelector('[part=base], [aria-label]')!.getAttribute('aria-label') ?? '';
      expect(isClean(label), 'the label carries no bidi, invisible or control characters').to.equal(true);
      expect(label.length, 'a label of sane length').to.be.below(1000);
      expectReports(seen.reports, verdictOf(payload, INPUT) === 'refused', payload.name, /video-title/);
    });
  }

  it('<track srclang> and <track src>: every payload, one report each, naming its <track>', async () => {
    const texts = payloadsFor(INPUT, 'text');
    const urls = payloadsFor(INPUT, 'url').filter((payload) => verdictOf(payload, INPUT) === 'refused');
    const element = mount<ShoplivePlayer>('<shoplive-player lang="en" style="width: 360px" muted></shoplive-player>');
    const tracks = [...texts.map((payload) => ['srclang', payload] as const), ...urls.map((payload) => ['src', payload] as const)];
    for (const [index, [slot, payload]] of tracks.entries()) {
      const track = document.createElement('track');
      track.kind = 'subtitles';
      track.setAttribute('srclang', slot === 'srclang' ? String(payload.make()) : `en-x${index}`);
      track.setAttribute('src', slot === 'src' ? String(payload.make()) : '/test/fixtures/captions-en.vtt');
      element.append(track);
    }
    probes = watch();
    element.src = '/live/master.m3u8?sid=corpus-tracks';
    await waitFor(() => probes!.reports.filter((report) => report.message.startsWith('<track>')).length >= tracks.length, 'a report per track', 20_000).catch((error) => {
      console.log(JSON.stringify(probes!.reports.map((report) => report.message.slice(0, 100))));
      throw error;
    });
    for (const [index, [slot, payload]] of tracks.entries()) {
      const mine = probes.reports.filter((report) => report.kind === 'event' && report.message.startsWith(`<track> #${index + 1}:`));
      expectReports(mine, true, `${payload.name} in <track ${slot}>`, slot === 'srclang' ? /is not a language tag$/ : /src ".*" refused \(/s);
    }
    expectHarmless(probes, '<track>s', [element.shadowRoot!]);
  });

  it('subtitles property: every value payload as an entry, one report each, naming its index', async () => {
    const values = payloadsFor(INPUT, 'value');
    probes = watch();
    player.subtitles = values.map((payload) => payload.make()) as never;
    player.src = '/live/master.m3u8?sid=corpus-subtitles';
    await waitFor(() => probes!.reports.some((report) => report.message.startsWith(`subtitles[${values.length - 1}]`)), 'the last entry reported', 20_000);
    for (const [index, payload] of values.entries()) {
      const mine = probes.reports.filter((report) => report.kind === 'event' && report.message.startsWith(`subtitles[${index}]`));
      expectReports(mine, true, `${payload.name} in subtitles`, /^subtitles\[\d+\]: /);
    }
    expectHarmless(probes, 'subtitles', [player.shadowRoot!]);
  });
});
