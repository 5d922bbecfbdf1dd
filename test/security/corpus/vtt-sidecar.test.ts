// The corpus through sidecar WebVTT files: each payload is the text of a cue in a file the player reads (served by
// msw), next to a marker cue that proves the file was read and drawn. One playing player takes every file in turn.
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../../src/player/index.js';
import type { ShoplivePlayer } from '../../../src/player/player.js';
import { cleanup, mount, waitFor } from '../../support/dom.js';
import { liveSession } from '../../support/live.js';
import { mockHttp, stopMocking } from '../../commerce/support.js';
import { PAYLOADS, payloadsFor, verdictOf } from './payloads.js';
import { expectHarmless, expectReports, isClean, outOfBox, watch, type Watch } from './probes.js';
import { collapse, cueLimitReport, expectedCueText, vttFile } from './subtitle-text.js';

const INPUT = 'vtt';
const cues = (player: ShoplivePlayer) => [...player.shadowRoot!.querySelectorAll('[part~=cue]')].map((cue) => collapse(cue.textContent!));

describe('hostile corpus: sidecar WebVTT files', function () {
  this.timeout(60_000);
  let player: ShoplivePlayer;
  let probes: Watch | undefined;

  before(async () => {
    localStorage.removeItem('shoplive:subtitles');
    await mockHttp(
      http.get('/corpus/vtt/:name', ({ params, request }) => {
        const name = String(params['name']).replace(/\.vtt$/, '');
        const payload = PAYLOADS.find((candidate) => candidate.name === name)!;
        const start = Number(new URL(request.url).searchParams.get('t'));
        return new HttpResponse(vttFile(name, String(payload.make()), start), { headers: { 'Content-Type': 'text/vtt' } });
      }),
    );
    player = mount<ShoplivePlayer>(`<shoplive-player lang="en" subtitles-lang="en" style="width: 360px" src="${liveSession().master}" autoplay muted></shoplive-player>`);
    await waitFor(() => player.state === 'playing' && player.currentTime > 0, 'playing', 20_000);
  });
  afterEach(() => {
    probes?.stop();
    probes = undefined;
  });
  after(async () => {
    cleanup();
    await stopMocking();
  });

  for (const payload of payloadsFor(INPUT, 'text')) {
    it(`cue text: ${payload.name}`, async () => {
      const refused = verdictOf(payload, INPUT) === 'refused';
      probes = watch();
      player.subtitles = [{ lang: 'en', src: `/corpus/vtt/${payload.name}.vtt?t=${Math.floor(player.currentTime)}` }];
      await waitFor(() => (refused ? probes!.reports.some((report) => report.kind === 'event') : cues(player).includes(`corpus marker ${payload.name}`)), 'the file drawn, or its refusal');
      const drawn = cues(player).filter((text) => !text.startsWith('corpus marker'));
      for (const text of drawn) expect(isClean(text), `${payload.name}: drawn cue is clean`).to.equal(true);
      if (!refused) expect(drawn, `${payload.name}: the cue drawn`).to.deep.equal(expectedCueText(String(payload.make())) ? [expectedCueText(String(payload.make()))] : []);
      else for (const text of drawn) expect(text.length, `${payload.name}: a cut cue`).to.be.at.most(500);
      expectHarmless(probes, `${payload.name} in a sidecar file`, [player.shadowRoot!]);
      expect(outOfBox(player), `${payload.name}: layout`).to.deep.equal([]);
      expectReports(probes.reports, refused, payload.name, cueLimitReport(String(payload.make())));
    });
  }
});
