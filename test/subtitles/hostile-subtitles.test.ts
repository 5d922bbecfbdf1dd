// Hostile subtitle input through the real inputs: the host's sidecar declarations, sidecar files and the stream's
// own WebVTT renditions served by the simulated live server (its `hostile=` modes and /live/hostile/*.vtt files).
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import { RefusalLog, type Refusal } from '../../src/internal/refusals.js';
import type { PlayerErrorDetail } from '../../src/player/engines/engine.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { CueStore } from '../../src/subtitles/cue-store.js';
import { SidecarSource } from '../../src/subtitles/sources/sidecar-source.js';
import { cleanup, decodedFrames, mount, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { liveOrigin, liveSession } from '../support/live.js';
import { recordRequests, watchLongTasks } from '../support/watch.js';

const cueTexts = (player: ShoplivePlayer) => [...player.shadowRoot!.querySelectorAll('[part~=cue]')].map((cue) => cue.textContent!.trim());
const errorsOf = (events: CustomEvent[]) => events.map((event) => event.detail as PlayerErrorDetail);

describe('hostile subtitle input', () => {
  beforeEach(() => localStorage.removeItem('shoplive:subtitles'));
  afterEach(cleanup);

  it('checks every sidecar declaration on its own: a null entry loses nothing, each bad one is reported once', async () => {
    const errors = recordEvents(document, ['shoplive-error']);
    const uncaught: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${liveSession().master}" autoplay muted>
        <track kind="subtitles" srclang="en us" src="/test/fixtures/captions-en.vtt">
        <track kind="captions" srclang="de" src="javascript:alert(1)">
      </shoplive-player>`);
      player.subtitles = [
        null,
        { lang: 'en', src: '/test/fixtures/captions-en.vtt' },
        { lang: 'fr', src: 'data:text/vtt,WEBVTT' },
        42,
        { lang: 'en', src: '/test/fixtures/other.vtt' },
      ] as never;
      await waitFor(() => cueTexts(player).includes('Sidecar caption for the whole show'), 'the good sidecar on screen', 20_000);
      expect(errorsOf(errors)).to.deep.equal([
        { code: 'refused-data', message: '<track> #1: language "en us" is not a language tag', fatal: false },
        { code: 'refused-url', message: '<track> #2: src "javascript:alert(1)" refused (unsafe-scheme)', fatal: false },
        { code: 'refused-data', message: 'subtitles[0]: expected { lang, src, label?, default? }, got null', fatal: false },
        { code: 'refused-url', message: 'subtitles[2]: src "data:text/vtt,WEBVTT" refused (unsafe-scheme)', fatal: false },
        { code: 'refused-data', message: 'subtitles[3]: expected { lang, src, label?, default? }, got number', fatal: false },
        { code: 'refused-data', message: 'subtitles[4]: a second file for "en" (the first one is used)', fatal: false },
      ]);
      expect(uncaught).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  describe('sidecar files', () => {
    async function load(name: string): Promise<{ store: CueStore; reports: Refusal[] }> {
      const reports: Refusal[] = [];
      const store = new CueStore(new RefusalLog((refusal) => reports.push(refusal)));
      const source = new SidecarSource([{ lang: 'en', src: `${liveOrigin}/live/hostile/${name}.vtt` }], store, store.refusals);
      source.select('en');
      await waitFor(() => reports.length || store.languages().length, `${name}.vtt read`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { store, reports };
    }

    it('a cue "for 99999 hours" stays up 30 s, its text without bidi or zero-width characters', async () => {
      const { store, reports } = await load('forever');
      expect(store.active(0, 'en').map((cue) => [cue.text, cue.end])).to.deep.equal([['Stays forever ecnalab isolated zerowidth', 30]]);
      expect(store.active(30, 'en')).to.deep.equal([]);
      expect(reports.map((report) => report.message)).to.deep.equal(['sidecar subtitles (en): a cue longer than 30 s was shortened to 30 s']);
    });

    it('a 300,000-character cue line is skipped without blocking the page; the next cue is kept', async () => {
      const longTasks = watchLongTasks();
      const { store, reports } = await load('long-line');
      longTasks.stop();
      expect(longTasks.longestMs()).to.be.below(1000);
      expect(store.active(0, 'en').map((cue) => cue.text)).to.deep.equal(['The line after the long one']);
      expect(reports.map((report) => report.code)).to.include('limit-exceeded');
      expect(reports[0]!.message).to.match(/1 cue\(s\) with a line over 4096 characters were skipped/);
    });

    it('a file over 1 MB is refused (its download cancelled); one with 6000 cues is read up to 5000', async () => {
      const big = await load('big');
      expect(big.store.languages()).to.deep.equal([]);
      expect(big.reports.map((report) => report.message)).to.deep.equal([
        `subtitles "en" (${liveOrigin}/live/hostile/big.vtt) refused: the response is larger than 1 MB`,
      ]);
      const many = await load('many');
      expect(many.store.active(4999.5, 'en').map((cue) => cue.text)).to.deep.equal(['Cue 5000']);
      expect(many.store.active(5000.5, 'en')).to.deep.equal([]);
      expect(many.reports.map((report) => report.message)).to.deep.equal([
        `subtitles "en" (${liveOrigin}/live/hostile/many.vtt): only the first 5000 cues were read`,
      ]);
    });
  });

  describe('the stream\'s own subtitle renditions', () => {
    let requests: ReturnType<typeof recordRequests> | undefined;
    afterEach(() => {
      requests?.stop();
      requests = undefined;
    });

    function showPlayer(hostile: string): ShoplivePlayer {
      return mount<ShoplivePlayer>(`<shoplive-player lang="en" subtitles-lang="en" src="${liveSession({ hostile }).show}" autoplay muted></shoplive-player>`);
    }

    it('shows a cue from a hostile segment isolated and cleaned, shortened to 30 s (reported once)', async () => {
      const errors = recordEvents(document, ['shoplive-error']);
      const player = showPlayer('vtt-forever');
      const span = await waitFor(() => [...player.shadowRoot!.querySelectorAll('[part~=cue] span')].find((cue) => cue.textContent!.includes('ecnalab')), 'the hostile cue', 20_000);
      expect(span.textContent).to.equal('ecnalab isolated zerowidth');
      expect(getComputedStyle(span).unicodeBidi).to.equal('isolate');
      // Every segment repeats the "forever" cue: still one report.
      await waitFor(() => player.shadowRoot!.querySelectorAll('[part~=cue]').length === 2, 'two cues up');
      expect(errorsOf(errors)).to.deep.equal([
        { code: 'limit-exceeded', message: 'stream subtitles (en): a cue longer than 30 s was shortened to 30 s', fatal: false },
      ]);
    });

    it('never requests refused rendition or segment URLs, skips a 300,000-character cue line, and keeps captioning', async () => {
      requests = recordRequests();
      const longTasks = watchLongTasks();
      const errors = recordEvents(document, ['shoplive-error']);
      const player = showPlayer('bad-subs,vtt-long-line');
      await waitFor(() => cueTexts(player).some((text) => /silk|welcome|size/i.test(text)), 'the script\'s captions', 20_000);
      await waitFor(() => errorsOf(errors).some((error) => error.message.includes('refused a segment URL')), 'the segment refusal', 20_000);
      await decodedFrames(shadowQuery<HTMLVideoElement>(player, 'video')!, 10);
      longTasks.stop();
      expect(longTasks.longestMs(), 'longest main-thread task (ms)').to.be.below(1000);
      expect(requests.urls.filter((url) => !/^https?:/.test(url)), 'requests for refused URLs').to.deep.equal([]);
      const messages = errorsOf(errors).map((error) => `${error.code}: ${error.message}`);
      expect(messages.filter((message) => message.includes('"fr" rendition'))).to.deep.equal([
        'refused-url: stream subtitles: refused the "fr" rendition\'s URL (unsafe-scheme)',
      ]);
      expect(messages.filter((message) => message.includes('line over 4096')), 'one report for the long lines').to.have.length(1);
      const segmentRefusals = messages.filter((message) => message.includes('refused a segment URL'));
      expect(new Set(segmentRefusals).size, 'each refused segment reported once').to.equal(segmentRefusals.length);
      expect(player.state).to.equal('playing');
    });

    it('refuses subtitle segments over 1 MB and plays on', async () => {
      const errors = recordEvents(document, ['shoplive-error']);
      const player = showPlayer('vtt-big');
      await waitFor(() => errorsOf(errors).length, 'the refusal', 20_000);
      await decodedFrames(shadowQuery<HTMLVideoElement>(player, 'video')!, 10);
      expect(errorsOf(errors)).to.have.length(1);
      expect(errorsOf(errors)[0]).to.deep.include({ code: 'limit-exceeded', fatal: false });
      expect(errorsOf(errors)[0]!.message).to.match(/^stream subtitles \(en\): refused segment \d+: the response is larger than 1 MB$/);
      expect(cueTexts(player)).to.deep.equal([]);
    });
  });
});
