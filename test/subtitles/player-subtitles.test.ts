import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';

const cueTexts = (player: ShoplivePlayer) => [...player.shadowRoot!.querySelectorAll('[part~=cue]')].map((cue) => cue.textContent!.trim());

async function playing(markup: string): Promise<ShoplivePlayer> {
  const player = mount<ShoplivePlayer>(markup);
  await nextEvent(player, 'shoplive-first-frame');
  return player;
}

describe('<shoplive-player> subtitles from the host', () => {
  beforeEach(() => localStorage.removeItem('shoplive:subtitles'));
  afterEach(cleanup);

  /** Each presented frame from now until past the cue, with whether the cue was on screen at that frame. */
  function framesUntil(player: ShoplivePlayer, video: HTMLVideoElement, until: number): Promise<Array<{ time: number; shown: boolean }>> {
    const frames: Array<{ time: number; shown: boolean }> = [];
    return new Promise((resolve) => {
      const onFrame = (_now: number, meta: VideoFrameCallbackMetadata) => {
        frames.push({ time: meta.mediaTime, shown: cueTexts(player).includes('Only 20 left in size M') });
        if (meta.mediaTime < until) video.requestVideoFrameCallback(onFrame);
        else resolve(frames);
      };
      video.requestVideoFrameCallback(onFrame);
    });
  }

  it('shows an added cue on the frame it is due, not before, and hides it after', async () => {
    const session = liveSession();
    const player = await playing(`<shoplive-player lang="en" src="${session.master}" autoplay muted></shoplive-player>`);
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    const start = video.currentTime + 1;
    expect(player.addCue({ start, end: start + 0.8, text: 'Only 20 left in size M', lang: 'en' })).to.equal(true);
    const frames = await framesUntil(player, video, start + 1.2);
    const due = frames.findIndex((frame) => frame.time >= start);
    const shown = frames.findIndex((frame) => frame.shown);
    expect(shown - due, `shown at frame ${shown}, due at frame ${due}`).to.be.within(0, 1);
    expect(frames.slice(0, due).some((frame) => frame.shown), 'never before its time').to.equal(false);
    expect(frames.at(-1)!.shown, 'gone after its end').to.equal(false);
  });

  it('does not show a cue early when the media clock runs ahead of the frame on screen (a busy phone)', async () => {
    const session = liveSession();
    const player = await playing(`<shoplive-player lang="en" src="${session.master}" autoplay muted></shoplive-player>`);
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    // currentTime reads 0.4 s ahead of the presented frame, as it can when decoding lags; timeupdate keeps firing.
    const clock = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime')!;
    Object.defineProperty(video, 'currentTime', { configurable: true, get: () => (clock.get!.call(video) as number) + 0.4 });
    const start = clock.get!.call(video) + 1;
    expect(player.addCue({ start, end: start + 0.8, text: 'Only 20 left in size M', lang: 'en' })).to.equal(true);
    const frames = await framesUntil(player, video, start + 0.3);
    const due = frames.findIndex((frame) => frame.time >= start);
    expect(frames.slice(0, due).filter((frame) => frame.shown).map((frame) => (frame.time - start).toFixed(2)), 'frames before its start showing it').to.deep.equal([]);
    expect(frames.slice(due).some((frame) => frame.shown), 'shown once due').to.equal(true);
  });

  it('refuses malformed cues with a reason and keeps going', async () => {
    const player = mount<ShoplivePlayer>(`<shoplive-player></shoplive-player>`);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(player.addCue({ start: 5, end: 2, text: 'x', lang: 'en' })).to.equal(false);
      expect(player.addCue({ start: 0, end: 2, text: '  ', lang: 'en' })).to.equal(false);
      expect(player.addCue({ start: 0, end: 2, text: 'x', lang: 'english please' })).to.equal(false);
      expect(player.addCue(null as never)).to.equal(false);
      expect(player.addCue({ start: NaN, end: 2, text: 'x', lang: 'en' })).to.equal(false);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(5);
    expect(warnings[0]).to.match(/end \(2\) must be after start \(5\)/);
  });

  it('renders cue text as text: markup from data is never HTML', async () => {
    const session = liveSession();
    const player = await playing(`<shoplive-player lang="en" src="${session.master}" autoplay muted></shoplive-player>`);
    const now = shadowQuery<HTMLVideoElement>(player, 'video')!.currentTime;
    player.addCue({ start: now, end: now + 30, text: '<img src=x onerror="window.__pwned=1"><b>bold</b>', lang: 'en' });
    await waitFor(() => cueTexts(player).length, 'the cue');
    expect(cueTexts(player)[0]).to.equal('<img src=x onerror="window.__pwned=1"><b>bold</b>');
    expect(player.shadowRoot!.querySelector('[part~=cue] img, [part~=cue] b') === null, 'no elements from cue text').to.equal(true);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reads sidecar <track> files, and survives a broken one', async () => {
    const session = liveSession();
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const player = await playing(`<shoplive-player lang="en" src="${session.master}" autoplay muted>
        <track kind="subtitles" srclang="en" src="/test/fixtures/captions-en.vtt" label="English">
        <track kind="subtitles" srclang="fr" src="/test/fixtures/captions-broken.vtt">
        <track kind="metadata" srclang="de" src="/nope.vtt">
      </shoplive-player>`);
      await waitFor(() => cueTexts(player).includes('Sidecar caption for the whole show'), 'sidecar cue on screen');
      const menuButton = shadowQuery<HTMLButtonElement>(player, '[part=subtitles-button]')!;
      menuButton.click();
      await player.updateComplete;
      const items = [...player.shadowRoot!.querySelectorAll<HTMLElement>('#subtitles-menu [role=menuitemradio]')];
      expect(items.map((item) => item.textContent!.trim())).to.include.members(['Off', 'English', 'Français']);
      items.find((item) => item.textContent!.trim() === 'Français')!.click();
      await waitFor(() => warnings.some((warning) => String(warning).includes('could not be loaded')), 'a warning for the broken file');
      expect(cueTexts(player)).to.deep.equal([]);
      expect(player.state).to.equal('playing');
    } finally {
      console.warn = original;
    }
  });
});
