// Caption preferences: chosen in the subtitles menu's "Caption style" page, kept on the device (typed read-back),
// followed by every player of the shop (this page, and other pages by the storage event), kept in fullscreen, and
// readable (4.5:1 where a background is on; large text never loses a line).
import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { CAPTION_COLORS, CAPTION_STYLE_KEY, setCaptionStyle } from '../../src/subtitles/caption-style.js';
import { contrastOf } from '../support/contrast.js';
import { cleanup, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { phoneScene } from './scene.js';
import { PHONES, resetViewport, usePhone } from './support.js';

const captionsOf = (player: Element) => player.shadowRoot?.querySelector<HTMLElement>('[part=subtitles]') ?? null;
const styleOf = (player: Element) => {
  const captions = captionsOf(player);
  return captions && { size: captions.dataset['size'], color: captions.dataset['color'], background: captions.dataset['background'], position: captions.dataset['position'] };
};

/** Picks items on the caption style page through the menu, as a shopper does. */
async function chooseInMenu(player: ShoplivePlayer, texts: string[]): Promise<void> {
  const root = player.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part=subtitles-button]')!.click();
  const entry = await waitFor(() => root.querySelector<HTMLElement>('#subtitles-menu [role=menuitem]'), 'the caption style entry');
  entry.click();
  for (const text of texts) {
    const item = await waitFor(() => [...root.querySelectorAll<HTMLElement>('#subtitles-menu [role=menuitemradio]')].find((each) => each.textContent!.trim() === text), text);
    item.click();
    await waitFor(() => item.isConnected && item.getAttribute('aria-checked') === 'true', `${text} checked`);
  }
}

async function playerWithCaption(width = '360px'): Promise<ShoplivePlayer> {
  const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" muted style="width: ${width}"></shoplive-player>`);
  player.addCue({ start: 0, end: 30, text: 'The silk is mulberry, woven in Hangzhou.', lang: 'en' });
  await waitFor(() => captionsOf(player), 'the caption');
  return player;
}

async function openFrame(): Promise<HTMLIFrameElement> {
  const frame = mount<HTMLIFrameElement>(`<iframe style="width: 400px; height: 400px; border: 0" src="/test/fixtures/phone-captions.html"></iframe>`);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}
const framePlayer = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<ShoplivePlayer>('shoplive-player')!;

describe('caption style', () => {
  beforeEach(() => {
    localStorage.removeItem(CAPTION_STYLE_KEY);
    localStorage.removeItem('shoplive:subtitles');
  });
  afterEach(async () => {
    cleanup();
    localStorage.removeItem(CAPTION_STYLE_KEY);
    localStorage.removeItem('shoplive:subtitles');
    await resetViewport();
  });

  it('persists across reloads: chosen in the menu, read back typed by the reloaded page', async () => {
    const frame = await openFrame();
    const player = await waitFor(() => captionsOf(framePlayer(frame)) && framePlayer(frame), 'the frame\'s caption');
    expect(styleOf(player)).to.deep.equal({ size: 'medium', color: 'white', background: 'translucent', position: 'bottom' });
    await chooseInMenu(player, ['Extra large', 'Yellow', 'Solid', 'Top']);
    const saved = JSON.parse(localStorage.getItem(CAPTION_STYLE_KEY)!);
    expect(saved).to.include({ v: 1, size: 'x-large', color: 'yellow', background: 'solid', position: 'top' });
    frame.contentWindow!.location.reload();
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const reloaded = await waitFor(() => captionsOf(framePlayer(frame)) && framePlayer(frame), 'the reloaded caption');
    expect(styleOf(reloaded)).to.deep.equal({ size: 'x-large', color: 'yellow', background: 'solid', position: 'top' });
    const span = captionsOf(reloaded)!.querySelector('span')!;
    expect(getComputedStyle(span).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(span).color).to.equal('rgb(255, 225, 77)');
  });

  it('applies to every player of the page at once, and to other pages of the shop by the storage event', async () => {
    const first = await playerWithCaption();
    const second = await playerWithCaption();
    const frame = await openFrame();
    const other = await waitFor(() => captionsOf(framePlayer(frame)) && framePlayer(frame), 'the other page\'s caption');
    await chooseInMenu(first, ['Cyan']);
    await waitFor(() => styleOf(second)?.color === 'cyan', 'the second player follows');
    await waitFor(() => styleOf(other)?.color === 'cyan', 'the other page follows (storage event)');
  });

  it('drops a stored record with values out of range, with a warning, and uses the defaults', async () => {
    localStorage.setItem(CAPTION_STYLE_KEY, JSON.stringify({ v: 1, savedAt: Date.now(), size: 'huge', color: 'red', background: 'solid', position: 'top' }));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const player = await playerWithCaption();
      expect(styleOf(player)).to.deep.equal({ size: 'medium', color: 'white', background: 'translucent', position: 'bottom' });
      expect(localStorage.getItem(CAPTION_STYLE_KEY), 'removed').to.equal(null);
      expect(warnings.some((line) => line.includes(CAPTION_STYLE_KEY))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the style in fullscreen', async () => {
    await usePhone(PHONES[2]!);
    const scene = await phoneScene({ show: '16:9' });
    setCaptionStyle({ color: 'green', background: 'solid', size: 'large' });
    await waitFor(() => styleOf(scene.player)?.color === 'green', 'green captions');
    await scene.showControls();
    const button = shadowQuery(scene.player, '[part=fullscreen-button]')!;
    const box = button.getBoundingClientRect();
    const entered = nextEvent(document, 'fullscreenchange');
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await entered;
    try {
      expect(document.fullscreenElement).to.equal(scene.player);
      const span = captionsOf(scene.player)!.querySelector('span')!;
      expect(styleOf(scene.player)).to.deep.include({ color: 'green', background: 'solid', size: 'large' });
      expect(getComputedStyle(span).color).to.equal('rgb(126, 231, 135)');
      expect(getComputedStyle(span).backgroundColor).to.equal('rgb(0, 0, 0)');
      // Applied while in fullscreen too.
      setCaptionStyle({ color: 'yellow' });
      await waitFor(() => getComputedStyle(captionsOf(scene.player)!.querySelector('span')!).color === 'rgb(255, 225, 77)', 'yellow in fullscreen');
    } finally {
      await document.exitFullscreen();
    }
  });

  it('keeps 4.5:1 contrast for every colour where a background is on, even over a white frame', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`shoplive-player.white-frame { --shoplive-background: #fff; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const player = await playerWithCaption();
      player.classList.add('white-frame');
      const figures: string[] = [];
      for (const background of ['translucent', 'solid'] as const) {
        for (const color of CAPTION_COLORS) {
          setCaptionStyle({ color, background });
          await waitFor(() => styleOf(player)?.color === color && styleOf(player)?.background === background, `${color} on ${background}`);
          const ratio = contrastOf(captionsOf(player)!.querySelector('span')!);
          figures.push(`${color}/${background} ${ratio.toFixed(1)}`);
          expect(ratio, `${color} on ${background}`).to.be.at.least(4.5);
        }
      }
      console.log(`caption contrast over a white frame: ${figures.join(', ')}`);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
    }
  });

  it('never loses a line of a long caption in the largest text on a 360 px phone', async () => {
    await usePhone(PHONES[0]!);
    setCaptionStyle({ size: 'x-large' });
    const caption = 'This dress is cut from sand-washed mulberry silk, so it drapes softly and keeps you cool all summer long.';
    const scene = await phoneScene({ show: 'vertical', caption });
    await scene.hideControls();
    const area = captionsOf(scene.player)!;
    expect(area.dataset['size']).to.equal('x-large');
    await waitFor(() => scene.captionLines().every((line) => line.top >= area.getBoundingClientRect().top - 0.5), 'every line inside the caption area');
    expect(scene.captionLines().length).to.be.greaterThan(3);
  });
});
