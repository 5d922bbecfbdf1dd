import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';

// The show loops a 20 s script; these are its cues per language (demo/media/subtitles/script.json).
const SCRIPT = {
  en: ['Hi everyone, welcome to the live room!', '22-momme mulberry silk', 'Size S fits 155–160 cm.', 'silk scarf goes perfectly', 'only 59 dollars', 'Tap the product card'],
  es: ['bienvenidos al directo', '22 momme', 'La talla S', 'pañuelo de seda', 'solo 59 dólares', 'Toca la tarjeta'],
  ar: ['مرحبًا بكم في البث المباشر', 'حرير التوت بوزن 22', 'المقاس S', 'الوشاح الحريري', '59 دولارًا', 'بطاقة المنتج'],
};

const cues = (player: ShoplivePlayer) => [...player.shadowRoot!.querySelectorAll<HTMLElement>('[part~=cue]')];
const cueText = (player: ShoplivePlayer) => cues(player).map((cue) => cue.textContent!.trim()).join(' / ');

function setLanguages(languages: string[] | null): void {
  if (languages) Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  else delete (navigator as unknown as Record<string, unknown>).languages;
}

async function openMenu(player: ShoplivePlayer): Promise<HTMLElement[]> {
  const button = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=subtitles-button]'), 'the subtitles button');
  button.click();
  await player.updateComplete;
  return [...player.shadowRoot!.querySelectorAll<HTMLElement>('#subtitles-menu [role=menuitemradio]')];
}

describe('<shoplive-player> subtitles from the stream (HLS WebVTT renditions)', () => {
  beforeEach(() => {
    localStorage.removeItem('shoplive:subtitles');
    localStorage.removeItem('shoplive:caption-style');
  });
  afterEach(() => {
    cleanup();
    setLanguages(null);
    localStorage.removeItem('shoplive:caption-style');
  });

  it('shows the script in the negotiated language, in step with the picture', async () => {
    setLanguages(['es-MX', 'en']);
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${session.show}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    await waitFor(() => cues(player).length, 'a Spanish cue', 20_000);
    expect(SCRIPT.es.some((line) => cueText(player).includes(line)), cueText(player)).to.equal(true);
    expect(cues(player)[0]!.getAttribute('lang')).to.equal('es');

    // Sync against the picture: the clip flashes white on every whole second of its loop, and each cue starts at a
    // known fraction of a second (script.json). Watch frames, find flashes and cue starts, compare the fractions.
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    const canvas = new OffscreenCanvas(16, 9);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const flashes: number[] = [];
    // Each cue start is bracketed by two presented frames: the last without it and the first with it.
    const starts: Array<{ before: number; time: number; text: string }> = [];
    let last = cueText(player);
    let previousFrame = video.currentTime;
    await new Promise<void>((resolve) => {
      const until = video.currentTime + 9;
      const onFrame = (_now: number, meta: VideoFrameCallbackMetadata) => {
        context.drawImage(video, 0, 0, 16, 9);
        const pixels = context.getImageData(0, 0, 16, 9).data;
        let luma = 0;
        for (let i = 0; i < pixels.length; i += 4) luma += (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3;
        if (luma / (pixels.length / 4) > 200) flashes.push(meta.mediaTime);
        const text = cueText(player);
        if (text !== last && text) starts.push({ before: previousFrame, time: meta.mediaTime, text });
        last = text;
        previousFrame = meta.mediaTime;
        if (meta.mediaTime < until) video.requestVideoFrameCallback(onFrame);
        else resolve();
      };
      video.requestVideoFrameCallback(onFrame);
    });
    expect(flashes.length, 'one flash per second').to.be.within(7, 10);
    const scriptStarts: Record<string, number> = { bienvenidos: 0.3, '22 momme': 3.9, 'La talla S': 7.6, 'pañuelo de seda': 10.0, 'solo 59': 12.5, 'Toca la tarjeta': 16.0 };
    let checked = 0;
    for (const start of starts) {
      // The script's cues never overlap, so each change of text is one cue starting.
      const entry = Object.entries(scriptStarts).find(([key]) => start.text.includes(key));
      if (!entry) continue;
      const flash = flashes.filter((time) => time <= start.before + 0.001).at(-1);
      if (flash === undefined) continue;
      // Where the script puts the cue on the media timeline: its fraction of a second after the last flash (or after
      // the next whole second, if that fraction already passed before the bracketing frame).
      const frame = 0.045;
      let due = flash + (entry[1] % 1);
      if (due < start.before - frame) due += 1;
      expect(due, `"${start.text}" due at ${due.toFixed(3)}, first shown on the frame at ${start.time.toFixed(3)} (previous ${start.before.toFixed(3)})`).to.be.within(
        start.before - frame,
        start.time + frame,
      );
      checked++;
    }
    expect(checked, 'cue starts observed').to.be.greaterThan(1);
  }).timeout(40_000);

  it('switches language from the menu, names languages in their own language, and remembers the choice', async () => {
    setLanguages(['en-US']);
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${session.show}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    await waitFor(() => cues(player).length, 'an English cue', 20_000);
    expect(SCRIPT.en.some((line) => cueText(player).includes(line)), cueText(player)).to.equal(true);

    const items = await openMenu(player);
    expect(items.map((item) => item.textContent!.trim()).slice(0, 5)).to.deep.equal(['Off', '简体中文', 'English', 'Español', 'العربية']);
    items.find((item) => item.textContent!.trim() === 'العربية')!.click();
    await waitFor(() => cues(player)[0]?.getAttribute('lang') === 'ar', 'Arabic cues', 20_000);
    const cue = cues(player)[0]!;
    expect(cue.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(cue).direction).to.equal('rtl');
    expect(SCRIPT.ar.some((line) => cueText(player).includes(line)), cueText(player)).to.equal(true);
    expect(JSON.parse(localStorage.getItem('shoplive:subtitles')!).lang).to.equal('ar');

    (await openMenu(player)).find((item) => item.textContent!.trim() === 'Off')!.click();
    await waitFor(() => !cues(player).length, 'no subtitles when off');
    cleanup();

    // A new player on this device starts with the remembered choice (off).
    const next = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${liveSession().show}" autoplay muted></shoplive-player>`);
    await nextEvent(next, 'shoplive-first-frame');
    const remembered = await openMenu(next);
    expect(remembered.find((item) => item.getAttribute('aria-checked') === 'true')!.textContent!.trim()).to.equal('Off');
  });

  it('follows the subtitles-lang attribute when the shopper has not chosen, and resizes text', async () => {
    setLanguages(['en-US']);
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" subtitles-lang="zh-Hans" src="${session.show}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame');
    await waitFor(() => cues(player)[0]?.getAttribute('lang') === 'zh-Hans', 'Chinese cues', 20_000);
    const before = parseFloat(getComputedStyle(shadowQuery(player, '[part=subtitles]')!).fontSize);
    // Text size is on the menu's caption style page.
    await openMenu(player);
    player.shadowRoot!.querySelector<HTMLElement>('#subtitles-menu [role=menuitem]')!.click();
    const large = await waitFor(() => [...player.shadowRoot!.querySelectorAll<HTMLElement>('#subtitles-menu [role=menuitemradio]')].find((item) => item.textContent!.trim() === 'Large'), 'the caption style page');
    large.click();
    await waitFor(() => shadowQuery(player, '[part=subtitles]')?.getAttribute('data-size') === 'large', 'large text');
    const after = parseFloat(getComputedStyle(shadowQuery(player, '[part=subtitles]')!).fontSize);
    expect(after / before).to.be.closeTo(1.3, 0.05);
  });

  it('drops broken subtitle segments with a warning and keeps playing', async () => {
    setLanguages(['en']);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const session = liveSession({ badvtt: 1 });
      const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${session.show}" autoplay muted></shoplive-player>`);
      await nextEvent(player, 'shoplive-first-frame');
      await waitFor(() => warnings.some((warning) => String(warning).includes('dropped subtitle segment')), 'a warning');
      const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
      const from = video.currentTime;
      await waitFor(() => video.currentTime > from + 2, 'playback continues');
      expect(cues(player)).to.have.length(0);
      expect(player.state).to.equal('playing');
    } finally {
      console.warn = original;
    }
  });
});
