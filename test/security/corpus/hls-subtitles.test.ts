// The corpus through the stream's own WebVTT segments: the live server's `vtt-stash` mode adds one cue per stashed
// payload to every subtitle segment of the session. Text that is only cleaned goes in one stream, all cues at once;
// each payload that must be refused gets a stream of its own, so its report can be told apart.
import { expect } from '@esm-bundle/chai';
import '../../../src/player/index.js';
import type { ShoplivePlayer } from '../../../src/player/player.js';
import { cleanup, eventually, mount, waitFor } from '../../support/dom.js';
import { liveOrigin, liveSession } from '../../support/live.js';
import { payloadsFor, verdictOf } from './payloads.js';
import { nextTask, expectHarmless, expectReports, isClean, outOfBox, watch, type Watch } from './probes.js';
import { collapse, cueLimitReport, expectedCueText } from './subtitle-text.js';

const INPUT = 'vtt';
const cues = (player: ShoplivePlayer) => [...player.shadowRoot!.querySelectorAll('[part~=cue]')].map((cue) => collapse(cue.textContent!));

let session: ReturnType<typeof liveSession>;

/** Stashes the cue texts for a new session (test work, before the probes start). */
async function stash(texts: string[]): Promise<void> {
  session = liveSession({ hostile: 'vtt-stash' });
  const stashed = await fetch(`${liveOrigin}/__hostile?sid=${session.sid}`, { method: 'PUT', body: JSON.stringify({ cues: texts }) });
  expect(stashed.status, 'stash accepted').to.equal(204);
}

/** A show stream whose subtitle segments carry the stashed cue texts, two per segment in turn (and its own captions). */
function stream(): ShoplivePlayer {
  return mount<ShoplivePlayer>(`<shoplive-player lang="en" subtitles-lang="en" style="width: 360px" src="${session.show}" autoplay muted></shoplive-player>`);
}

describe('hostile corpus: HLS subtitle segments', function () {
  this.timeout(60_000);
  let probes: Watch | undefined;
  beforeEach(() => localStorage.removeItem('shoplive:subtitles'));
  afterEach(() => {
    probes?.stop();
    probes = undefined;
    cleanup();
  });

  const shown = payloadsFor(INPUT, 'text').filter((payload) => verdictOf(payload, INPUT) === 'shown');

  it(`${shown.length} payloads that are only cleaned, as cues of one stream: each drawn clean, no report`, async () => {
    const texts = shown.map((payload) => String(payload.make()));
    await stash(texts);
    await nextTask();
    probes = watch();
    const player = stream();
    const expected = new Set(texts.map(expectedCueText).filter(Boolean));
    // Two cues per segment, in turn: everything drawn while the stream plays through them all.
    const drawn = new Set<string>();
    let layout: string[] = [];
    const observer = new MutationObserver(() => {
      const now = cues(player);
      for (const text of now) drawn.add(text);
      if (now.length && !layout.length) layout = outOfBox(player);
    });
    await waitFor(() => player.shadowRoot, 'the shadow root');
    observer.observe(player.shadowRoot!, { subtree: true, childList: true, characterData: true });
    try {
      // Start-up (modules, hls.js, the first frames) is not the payloads' doing; every segment after it carries them.
      await waitFor(() => player.state === 'playing', 'playing', 20_000);
      probes.restartTiming();
      await waitFor(() => [...expected].every((text) => drawn.has(text)), 'every payload drawn', 45_000);
    } finally {
      observer.disconnect();
    }
    for (const text of drawn) expect(isClean(text), `clean: ${text.slice(0, 40)}`).to.equal(true);
    expectHarmless(probes, 'cleaned payloads in subtitle segments', [player.shadowRoot!]);
    expect(layout, 'layout with cues up').to.deep.equal([]);
    expectReports(probes.reports, false, 'cleaned payloads', /./);
  });

  for (const payload of payloadsFor(INPUT, 'text').filter((candidate) => verdictOf(candidate, INPUT) === 'refused')) {
    it(`refused: ${payload.name}, reported once, the stream plays on`, async () => {
      await stash([String(payload.make())]);
      await nextTask();
      probes = watch();
      const player = stream();
      await waitFor(() => probes!.reports.some((report) => report.kind === 'event'), 'the refusal', 30_000);
      await waitFor(() => player.state === 'playing', 'playing', 20_000);
      probes.restartTiming();
      // Every later segment repeats the cue: still one report once one more has been read.
      const segments = async () => (await session.requests()).filter((request) => /^\/live\/subs\/en\/\d+\.vtt$/.test(request.path) && request.status === 200).length;
      const read = await segments();
      await eventually(async () => (await segments()) >= read + 1, 'one more subtitle segment', 20_000);
      expect(player.state).to.equal('playing');
      for (const text of cues(player)) expect(isClean(text) && text.length <= 500, `${payload.name}: drawn cue`).to.equal(true);
      expectHarmless(probes, `${payload.name} in subtitle segments`, [player.shadowRoot!]);
      expect(outOfBox(player), `${payload.name}: layout`).to.deep.equal([]);
      expectReports(probes.reports, true, payload.name, cueLimitReport(String(payload.make())));
    });
  }
});
