// One gate for every cue, whatever its source: text cleaned of invisible and direction controls, text, duration, id,
// cue count and language count bounded, each limit reported once per source and language.
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/player/index.js';
import { LIMITS } from '../../src/internal/limits.js';
import { RefusalLog, type Refusal } from '../../src/internal/refusals.js';
import type { PlayerErrorDetail } from '../../src/player/engines/engine.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { CueStore } from '../../src/subtitles/cue-store.js';
import type { Cue } from '../../src/subtitles/cue.js';
import { HlsSubtitleSource } from '../../src/subtitles/sources/hls-subtitle-source.js';
import { SttSource } from '../../src/subtitles/stt/stt-source.js';
import { mockHttp, stopMocking } from '../commerce/support.js';
import { cleanup, mount, nextEvent, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { sttText } from '../support/stt-encoder.js';

/** The source the test writes cues for (a store keeps each cue's writer). */
const SOURCE = {};

function recordingStore(): { store: CueStore; reports: Refusal[] } {
  const reports: Refusal[] = [];
  return { store: new CueStore(new RefusalLog((refusal) => reports.push(refusal))), reports };
}

describe('cue limits, the same for every source', () => {
  it('shortens a cue that would stay up for 99999 hours, cuts long text, and reports each once per source', () => {
    const { store, reports } = recordingStore();
    for (const source of ['vtt', 'hls', 'api']) {
      for (let i = 0; i < 3; i++) store.add({ id: `${source}:en:${i}`, start: i, end: 99999 * 3600, text: `${'long '.repeat(200)}${i}`, lang: 'en' }, SOURCE);
    }
    const cues = store.active(2.5, 'en');
    expect(cues.map((cue) => cue.end - cue.start)).to.deep.equal([LIMITS.cueDurationS, LIMITS.cueDurationS]);
    expect(cues.every((cue) => [...cue.text].length === LIMITS.cueTextChars)).to.equal(true);
    expect(store.active(40, 'en'), 'gone 30 s after the last start').to.deep.equal([]);
    expect(reports.map((report) => report.message)).to.deep.equal([
      'sidecar subtitles (en): cue text cut to 500 characters',
      'sidecar subtitles (en): a cue longer than 30 s was shortened to 30 s',
      'stream subtitles (en): cue text cut to 500 characters',
      'stream subtitles (en): a cue longer than 30 s was shortened to 30 s',
      'addCue (en): cue text cut to 500 characters',
      'addCue (en): a cue longer than 30 s was shortened to 30 s',
    ]);
    expect(reports.every((report) => report.code === 'limit-exceeded')).to.equal(true);
  });

  it('removes bidi controls and zero-width characters from text and ids, and refuses impossible timing', () => {
    const { store, reports } = recordingStore();
    store.add({ id: 'api:\u202Eid\u200B', start: 0, end: 2, text: '\u202Eecnalab\u202C \u2066x\u2069 zero\u200Bwidth\u200D\u2060\uFEFF', lang: 'en' }, SOURCE);
    expect(store.active(1, 'en').map((cue) => [cue.id, cue.text])).to.deep.equal([['api:id', 'ecnalab x zerowidth']]);
    expect(store.add({ id: 'api:x', start: 5, end: Number.NaN, text: 'x', lang: 'en' }, SOURCE)).to.equal(false);
    expect(store.add({ id: 'api:y', start: 0, end: 2, text: '\u200B\u202E', lang: 'en' }, SOURCE), 'nothing visible left').to.equal(false);
    expect(reports.map((report) => report.code)).to.deep.equal(['refused-data']);
  });

  it('holds at most 10,000 cues per language and 32 languages, refusing the rest (reported once)', () => {
    const { store, reports } = recordingStore();
    for (let i = 0; i < LIMITS.cuesPerLanguage + 50; i++) store.add({ id: `api:${i}`, start: i, end: i + 1, text: `cue ${i}`, lang: 'en' }, SOURCE);
    expect(store.add({ id: 'api:0', start: 0, end: 1, text: 'replaced', lang: 'en' }, SOURCE), 'a known id still updates').to.equal(true);
    for (let i = 0; i < 40; i++) store.add({ id: `api:lang${i}`, start: 0, end: 1, text: 'x', lang: `zz-l${i}` }, SOURCE);
    expect(store.languages()).to.have.length(LIMITS.subtitleLanguages);
    expect(reports.map((report) => report.message)).to.deep.equal([
      'addCue (en): refused cues beyond 10000 in one language',
      'addCue (zz-l31): refused: already 32 subtitle languages',
    ]);
  });

  it('speech-to-text: languages beyond the limit and oversized messages are ignored, reported once', () => {
    const { store, reports } = recordingStore();
    const source = new SttSource(store, () => 0, () => undefined, new RefusalLog((refusal) => reports.push(refusal)));
    for (let i = 0; i < 40; i++) {
      source.receive(sttText({ uid: 1, seqnum: i, culture: 'en', dataType: 'translate', trans: [{ lang: `zz-t${i}`, texts: [`text ${i}`], isFinal: true }] }));
    }
    source.receive(new Uint8Array(LIMITS.dataMessageBytes + 1));
    source.receive(new Uint8Array(LIMITS.dataMessageBytes + 1));
    expect(source.languages).to.have.length(LIMITS.sttLanguages);
    expect(reports.map((report) => report.message)).to.deep.equal([
      'speech-to-text: ignored languages beyond the first 16 (zz-t16)',
      'speech-to-text: dropped messages larger than 4096 bytes',
    ]);
  });

  describe('stream subtitle segments waiting for their timeline', () => {
    after(stopMocking);

    it('keep at most 20 segments waiting, dropping the oldest (reported once)', async () => {
      // A live subtitle playlist whose window moves six segments per reload, once a second: cues pile up while the
      // engine never learns their timestamp origin.
      let reloads = 0;
      const base = `${location.origin}/hostile-subs`;
      await mockHttp(
        http.get(`${base}/index.m3u8`, () => {
          const first = 6 * reloads++;
          const segments = Array.from({ length: 6 }, (_, i) => `#EXTINF:1.000,\n${first + i}.vtt`).join('\n');
          return new HttpResponse(`#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:${first}\n${segments}\n`);
        }),
        http.get(`${base}/:seq.vtt`, ({ params }) => new HttpResponse(`WEBVTT\n\n00:00.000 --> 00:01.000\nSegment ${String(params.seq)}\n`)),
      );
      const reports: Refusal[] = [];
      const added: Cue[] = [];
      const store = new (class extends CueStore {
        override add(cue: Cue, owner: object): boolean {
          added.push(cue);
          return super.add(cue, owner);
        }
      })(new RefusalLog((refusal) => reports.push(refusal)));
      let timelineKnown = false;
      const source = new HlsSubtitleSource([{ lang: 'en', name: 'English', url: `${base}/index.m3u8`, default: true }], store, (pts) => (timelineKnown ? pts : null), store.refusals);
      try {
        source.select('en');
        await waitFor(() => reports.length, 'the pending limit report', 15_000);
        expect(added, 'nothing placed without a timeline').to.deep.equal([]);
        timelineKnown = true;
        source.timelineChanged();
      } finally {
        source.destroy();
      }
      expect(added).to.have.length(LIMITS.pendingSubtitleSegments);
      expect(added.map((cue) => cue.text)).to.not.include('Segment 0');
      expect(reports.map((report) => report.message)).to.deep.equal([
        'stream subtitles (en): dropped cues still waiting for their timeline after 20 segments',
      ]);
    });
  });

  describe('through the player', () => {
    afterEach(cleanup);

    it('addCue: a 99999-hour cue is shortened, reported once, and its text drawn isolated', async () => {
      const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${liveSession().master}" autoplay muted></shoplive-player>`);
      await nextEvent(player, 'shoplive-first-frame');
      const errors = recordEvents(document, ['shoplive-error']);
      const now = shadowQuery<HTMLVideoElement>(player, 'video')!.currentTime;
      expect(player.addCue({ start: now, end: now + 99999 * 3600, text: 'Größe \u202EM\u202C wählen', lang: 'de' })).to.equal(true);
      expect(player.addCue({ start: now, end: now + 99999 * 3600, text: 'again', lang: 'de', id: 'second' })).to.equal(true);
      player.subtitlesLang = 'de';
      const span = await waitFor(() => shadowQuery(player, '[part~=cue] span'), 'the cue');
      expect(span.textContent).to.equal('Größe M wählen');
      expect(getComputedStyle(span).unicodeBidi).to.equal('isolate');
      const details = errors.map((event) => event.detail as PlayerErrorDetail);
      expect(details).to.deep.equal([{ code: 'limit-exceeded', message: 'addCue (de): a cue longer than 30 s was shortened to 30 s', fatal: false }]);
    });
  });
});
