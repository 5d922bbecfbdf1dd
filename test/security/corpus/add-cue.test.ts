// The corpus through `player.addCue()`: each text payload as a cue's text, each number as its end time, each value
// as the whole cue. A playing player takes them all; a refused cue makes addCue() return false with one warning.
import { expect } from '@esm-bundle/chai';
import '../../../src/player/index.js';
import type { ShoplivePlayer } from '../../../src/player/player.js';
import type { CueInit } from '../../../src/subtitles/cue.js';
import { cleanup, mount, waitFor } from '../../support/dom.js';
import { liveSession } from '../../support/live.js';
import { payloadsFor, verdictOf, type Payload } from './payloads.js';
import { expectHarmless, expectReports, isClean, outOfBox, visible, watch, type Watch } from './probes.js';
import { collapse } from './subtitle-text.js';

const INPUT = 'add-cue';
const cues = (player: ShoplivePlayer) => [...player.shadowRoot!.querySelectorAll('[part~=cue]')].map((cue) => collapse(cue.textContent!));

describe('hostile corpus: addCue()', function () {
  this.timeout(60_000);
  let player: ShoplivePlayer;
  let probes: Watch | undefined;
  let marker = 0;

  before(async () => {
    localStorage.removeItem('shoplive:subtitles');
    player = mount<ShoplivePlayer>(`<shoplive-player lang="en" subtitles-lang="en" style="width: 360px" src="${liveSession().master}" autoplay muted></shoplive-player>`);
    await waitFor(() => player.state === 'playing' && player.currentTime > 0, 'playing', 20_000);
  });
  afterEach(() => {
    probes?.stop();
    probes = undefined;
  });
  after(cleanup);

  /** Adds the cue, then a marker cue: once the marker is drawn, the payload's cue would have been too. */
  async function feed(payload: Payload, slot: string, init: unknown): Promise<{ added: boolean; seen: Watch }> {
    probes = watch();
    const added = player.addCue(init as CueInit);
    const text = `corpus marker ${++marker}`;
    const now = player.currentTime;
    expect(player.addCue({ start: now, end: now + 5, text, lang: 'en', id: 'marker' }), 'the marker cue').to.equal(true);
    await waitFor(() => cues(player).includes(text), `${payload.name} in ${slot}: the marker drawn`);
    for (const drawn of cues(player)) expect(isClean(drawn), `${payload.name}: drawn cue is clean`).to.equal(true);
    expectHarmless(probes, `${payload.name} in ${slot}`, [player.shadowRoot!]);
    expect(outOfBox(player), `${payload.name} in ${slot}: layout`).to.deep.equal([]);
    return { added, seen: probes };
  }

  let refusedLanguages = 0;
  for (const payload of payloadsFor(INPUT, 'text')) {
    it(`text: ${payload.name}`, async () => {
      const value = String(payload.make());
      const refused = verdictOf(payload, INPUT) === 'refused';
      // A limit is reported once per language: each cut cue gets a language of its own.
      const lang = refused ? `en-x${++refusedLanguages}` : 'en';
      const now = player.currentTime;
      const { added, seen } = await feed(payload, 'text', { start: now, end: now + 5, text: value, lang, id: 'payload' });
      expect(added, 'addCue() accepted the cue').to.equal(true);
      if (!refused) expect(cues(player), `${payload.name}: drawn`).to.include(collapse(visible(value)));
      expectReports(seen.reports, refused, payload.name, /: cue text cut to 500 characters$/);
    });
  }

  for (const payload of payloadsFor(INPUT, 'number')) {
    it(`end time: ${payload.name}`, async () => {
      const { seen } = await feed(payload, 'end', { start: 0, end: payload.make(), text: `cue ending at ${String(payload.make())}`, lang: 'en' });
      expectReports(seen.reports, true, payload.name, /^\[shoplive\] addCue: (start and end must be finite numbers|end \(.*\) must be after start)|: a cue longer than 30 s was shortened to 30 s$/);
    });
  }

  for (const payload of payloadsFor(INPUT, 'value')) {
    it(`the cue value: ${payload.name}`, async () => {
      const { added, seen } = await feed(payload, 'cue', payload.make());
      expect(added, 'addCue() refused it').to.equal(false);
      expectReports(seen.reports, true, payload.name, /^\[shoplive\] addCue: /);
    });
  }
});
