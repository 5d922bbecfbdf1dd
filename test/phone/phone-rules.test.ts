// Phones' own rules: inline playback, muted autoplay with a visible "Tap to unmute" over the poster, no stream at all
// while the shopper saves data (unless the host insists), 44 px touch targets, no double-tap zoom.
import { expect } from '@esm-bundle/chai';
import { executeServerCommand, resetMouse } from '@web/test-runner-commands';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, intersectionDecided, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { phoneScene } from './scene.js';
import { PHONES, intersection, phoneSession, resetViewport, twoFrames, usePhone, verticalPoster } from './support.js';

/** The shopper's data saver (Chrome's Lite mode), as the page sees it on navigator.connection. */
function saveData(on: boolean): () => void {
  const connection = (navigator as Navigator & { connection: object }).connection;
  Object.defineProperty(connection, 'saveData', { configurable: true, get: () => on });
  return () => delete (connection as { saveData?: boolean }).saveData;
}

/** The shopper's `prefers-reduced-data: reduce`, emulated by DevTools (the test runner's `media` command). */
async function reducedData(): Promise<() => Promise<void>> {
  await executeServerCommand('media', { features: [{ name: 'prefers-reduced-data', value: 'reduce' }] });
  expect(matchMedia('(prefers-reduced-data: reduce)').matches, 'the media query emulated').to.equal(true);
  return async () => {
    await executeServerCommand('media', {});
  };
}

type Target = [string, DOMRect];

const drawn = (element: Element) => element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true });

/** Every button and input drawn under `scope`, through the shadow roots of the elements inside it (the buy button's). */
function targetsIn(scope: Element | ShadowRoot): Target[] {
  const own = [...scope.querySelectorAll('button, input')].filter(drawn).map((element): Target => [element.getAttribute('part') ?? element.className, element.getBoundingClientRect()]);
  const nested = [...scope.querySelectorAll('*')].flatMap((element) => (element.shadowRoot && drawn(element) ? targetsIn(element.shadowRoot) : []));
  return [...own, ...nested];
}

const menuItems = (menu: Element): Target[] => [...menu.querySelectorAll('[role=menuitemradio], [role=menuitem]')].filter(drawn).map((item): Target => ['menu item', item.getBoundingClientRect()]);

async function openMenu(root: ShadowRoot, id: string): Promise<Element> {
  root.querySelector<HTMLButtonElement>(`[part=${id}-button]`)!.click();
  return waitFor(() => root.querySelector(`#${id}-menu`), `${id} menu`);
}

async function closeMenu(root: ShadowRoot, id: string): Promise<void> {
  root.querySelector<HTMLButtonElement>(`[part=${id}-button]`)!.click();
  await waitFor(() => !root.querySelector(`#${id}-menu`), `${id} menu closed`);
}

const figures: string[] = [];
after(() => console.log(`touch targets (smallest side, px):\n${figures.join('\n')}`));

describe('<shoplive-player> on a phone: phones\' own rules', () => {
  afterEach(async () => {
    cleanup();
    window.scrollTo(0, 0);
    await resetMouse();
    await resetViewport();
  });

  it('plays inline and a double tap does not zoom', async () => {
    const player = mount<ShoplivePlayer>(`<shoplive-player></shoplive-player>`);
    await player.updateComplete;
    expect(shadowQuery(player, 'video')!.hasAttribute('playsinline')).to.equal(true);
    expect(getComputedStyle(player).touchAction).to.equal('manipulation');
  });

  it('starts nothing while the shopper saves data: poster and play button, no request, until pressed', async () => {
    const restore = saveData(true);
    try {
      const session = phoneSession();
      const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.vertical}" poster="${verticalPoster}" autoplay muted></shoplive-player>`);
      await intersectionDecided(player);
      await player.updateComplete;
      expect(await session.requests(), 'no stream request').to.deep.equal([]);
      expect(player.state).to.equal('idle');
      expect(shadowQuery(player, 'video')!.getAttribute('poster')).to.equal(verticalPoster);
      const play = shadowQuery<HTMLButtonElement>(player, '[part=big-play-button]')!;
      const firstFrame = nextEvent(player, 'shoplive-first-frame');
      play.click();
      await firstFrame;
    } finally {
      restore();
    }
  });

  it('autoplays while the shopper saves data when the host insists (autoplay-on-save-data)', async () => {
    const restore = saveData(true);
    try {
      const player = mount<ShoplivePlayer>(`<shoplive-player src="${phoneSession().vertical}" autoplay muted autoplay-on-save-data></shoplive-player>`);
      await nextEvent(player, 'shoplive-first-frame');
      await waitFor(() => player.state === 'playing', 'playing');
    } finally {
      restore();
    }
  });

  it('starts nothing under prefers-reduced-data: reduce: poster and play button, no request, until pressed', async () => {
    const restore = await reducedData();
    try {
      expect((navigator as Navigator & { connection: { saveData: boolean } }).connection.saveData, 'no Save-Data: the media query alone').to.equal(false);
      const session = phoneSession();
      const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.vertical}" poster="${verticalPoster}" autoplay muted></shoplive-player>`);
      await intersectionDecided(player);
      await player.updateComplete;
      expect(await session.requests(), 'no stream request').to.deep.equal([]);
      expect(player.state).to.equal('idle');
      expect(shadowQuery<HTMLVideoElement>(player, 'video')!.paused, 'no autoplay').to.equal(true);
      const play = shadowQuery<HTMLButtonElement>(player, '[part=big-play-button]')!;
      expect(play.getClientRects().length, 'the play button shown').to.equal(1);
      const firstFrame = nextEvent(player, 'shoplive-first-frame');
      play.click();
      await firstFrame;
      expect((await session.requests()).length, 'the stream loaded once pressed').to.be.greaterThan(0);
    } finally {
      await restore();
    }
  });

  it('autoplays under prefers-reduced-data: reduce when the host insists (autoplay-on-save-data)', async () => {
    const restore = await reducedData();
    try {
      const player = mount<ShoplivePlayer>(`<shoplive-player src="${phoneSession().vertical}" autoplay muted autoplay-on-save-data></shoplive-player>`);
      await nextEvent(player, 'shoplive-first-frame');
      await waitFor(() => player.state === 'playing', 'playing');
    } finally {
      await restore();
    }
  });

  it('falls back to muted autoplay with a visible "Tap to unmute" over the poster until the first frame', async () => {
    await usePhone(PHONES[0]!);
    const original = HTMLMediaElement.prototype.play;
    // The autoplay policy of a browser without a gesture on this site: sound is refused.
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (!this.muted) return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
      return original.call(this);
    };
    try {
      const player = mount<ShoplivePlayer>(`<shoplive-player lang="de" src="${phoneSession().vertical}" poster="${verticalPoster}" aspect-ratio="9/16" autoplay></shoplive-player>`);
      // Listened for from the start: the first frame may come before the button is found.
      const firstFrame = nextEvent(player, 'shoplive-first-frame', 60_000);
      const unmute = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=unmute-button]'), 'Tap to unmute');
      const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
      expect(video.getAttribute('poster'), 'the poster stays until the first frame').to.equal(verticalPoster);
      await firstFrame;
      const box = unmute.getBoundingClientRect();
      await waitFor(() => unmute.textContent!.trim() === 'Tippen, um den Ton einzuschalten', 'the German label');
      expect(box.height).to.be.at.least(44);
      const frame = player.getBoundingClientRect();
      expect(box.left >= frame.left && box.right <= frame.right && box.top >= frame.top, 'inside the player').to.equal(true);
      unmute.click();
      await waitFor(() => !video.muted, 'sound on');
    } finally {
      HTMLMediaElement.prototype.play = original;
    }
  });

  for (const phone of PHONES) {
    it(`gives every touch target of the bar, menus, caption style page, Buy sheet and mini-player at least 44 x 44 px (${phone.name})`, async () => {
      await usePhone(phone);
      const scene = await phoneScene({ show: '16:9' });
      await scene.showControls();
      const root = scene.player.shadowRoot!;
      const cards = scene.cards.shadowRoot!;
      /** Screens of targets, each measured while it is on screen; targets of one screen must not share pixels. */
      const screens: Array<{ name: string; targets: Target[]; items: Target[] }> = [];
      screens.push({ name: 'bar and card', targets: [...targetsIn(root.querySelector('[part=controls]')!), ...targetsIn(cards)], items: [] });
      for (const id of ['quality', 'subtitles']) {
        const menu = await openMenu(root, id);
        screens.push({ name: `${id} menu`, targets: [], items: menuItems(menu) });
        await closeMenu(root, id);
      }
      // The caption style page of the subtitles menu: back, then every choice.
      const menu = await openMenu(root, 'subtitles');
      menu.querySelector<HTMLElement>('[role=menuitem]')!.click();
      await waitFor(() => root.querySelectorAll('#subtitles-menu [role=menuitemradio]').length >= 13, 'the caption style page');
      screens.push({ name: 'caption style page', targets: [], items: menuItems(root.querySelector('#subtitles-menu')!) });
      await closeMenu(root, 'subtitles');
      // The compact card's Buy sheet, with its sizes asked for (Add to cart pressed before a size is chosen).
      cards.querySelector<HTMLButtonElement>('[part=compact-buy-button]')!.click();
      await waitFor(() => cards.querySelector('[part=sheet]'), 'the buy sheet');
      const buy = await waitFor(() => [...cards.querySelectorAll<HTMLElement>('shoplive-buy-button')].find((each) => each.getClientRects().length), 'the sheet\'s buy button');
      const add = await waitFor(() => buy.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]'), 'Add to cart');
      add.click();
      await waitFor(() => buy.getAttribute('state') === 'choosing', 'the sizes asked for');
      const sheetTargets = targetsIn(cards);
      expect(sheetTargets.filter(([name]) => name.includes('size')).length, 'the size chips measured').to.be.at.least(3);
      screens.push({ name: 'buy sheet', targets: sheetTargets, items: [] });
      cards.querySelector<HTMLButtonElement>('[part=sheet-close-button]')!.click();
      await waitFor(() => !cards.querySelector('[part=sheet]'), 'the sheet closed');
      // The mini-player: the vertical show scrolled away while playing (a 16:9 one floats too short for its card).
      cleanup();
      const vertical = await phoneScene({ show: 'vertical' });
      mount('<div style="height: 300vh">More of the shop</div>');
      window.scrollTo(0, window.innerHeight * 2);
      await waitFor(() => vertical.player.hasAttribute('mini'), 'the mini-player');
      await twoFrames();
      const floating = vertical.player.shadowRoot!;
      const close = [floating.querySelector('[part=mini-close-button]')!].filter(drawn).map((button): Target => ['mini-close-button', button.getBoundingClientRect()]);
      const mini = [...targetsIn(floating.querySelector('[part=controls]')!), ...close, ...targetsIn(vertical.cards.shadowRoot!)];
      expect(mini.map(([name]) => name), 'the mini-player\'s own controls').to.include.members(['play-button', 'mute-button', 'mini-close-button', 'compact-buy-button']);
      screens.push({ name: 'mini-player', targets: mini, items: [] });

      const all = screens.flatMap(({ name, targets, items }) => [...targets, ...items].map(([part, box]) => [`${name}: ${part}`, box] as Target));
      expect(all.length).to.be.greaterThan(30);
      const smallest = Math.min(...all.map(([, box]) => Math.min(box.width, box.height)));
      figures.push(`${phone.name}: ${screens.map(({ name, targets, items }) => `${name} ${targets.length + items.length}`).join(', ')}; smallest ${smallest.toFixed(1)}`);
      expect(all.filter(([, box]) => box.width < 44 || box.height < 44).map(([name, box]) => `${name} ${box.width.toFixed(0)}x${box.height.toFixed(0)}`)).to.deep.equal([]);
      for (const { name, targets } of screens) {
        for (let i = 0; i < targets.length; i++) {
          for (let j = i + 1; j < targets.length; j++) expect(intersection(targets[i]![1], targets[j]![1]), `${name}: ${targets[i]![0]} / ${targets[j]![0]}`).to.equal(0);
        }
      }
    });
  }
});
