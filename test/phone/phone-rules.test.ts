// Phones' own rules: inline playback, muted autoplay with a visible "Tap to unmute" over the poster, no stream at all
// while the shopper saves data (unless the host insists), 44 px touch targets, no double-tap zoom.
import { expect } from '@esm-bundle/chai';
import { resetMouse } from '@web/test-runner-commands';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, intersectionDecided, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { phoneScene } from './scene.js';
import { PHONES, intersection, phoneSession, resetViewport, usePhone, verticalPoster } from './support.js';

/** The shopper's data saver (Chrome's Lite mode), as the page sees it on navigator.connection. */
function saveData(on: boolean): () => void {
  const connection = (navigator as Navigator & { connection: object }).connection;
  Object.defineProperty(connection, 'saveData', { configurable: true, get: () => on });
  return () => delete (connection as { saveData?: boolean }).saveData;
}

const figures: string[] = [];
after(() => console.log(`touch targets (smallest side, px):\n${figures.join('\n')}`));

describe('<shoplive-player> on a phone: phones\' own rules', () => {
  afterEach(async () => {
    cleanup();
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
    it(`gives every control a touch target of at least 44 x 44 px (${phone.name})`, async () => {
      await usePhone(phone);
      const scene = await phoneScene({ show: '16:9' });
      await scene.showControls();
      const root = scene.player.shadowRoot!;
      // Each target's box, measured while it is on screen.
      const targets: Array<[string, DOMRect]> = [];
      const drawn = (element: Element) => element.getClientRects().length > 0 && (element as HTMLElement).checkVisibility({ visibilityProperty: true });
      for (const element of root.querySelectorAll('[part=controls] button, [part=controls] input')) if (drawn(element)) targets.push([element.getAttribute('part')!, element.getBoundingClientRect()]);
      for (const element of scene.cards.shadowRoot!.querySelectorAll('button')) if (drawn(element)) targets.push([element.getAttribute('part') ?? element.className, element.getBoundingClientRect()]);
      for (const id of ['quality', 'subtitles']) {
        root.querySelector<HTMLButtonElement>(`[part=${id}-button]`)!.click();
        const menu = await waitFor(() => root.querySelector(`#${id}-menu`), `${id} menu`);
        const item = menu.querySelector('[role=menuitemradio], [role=menuitem]')!;
        for (const each of menu.querySelectorAll('[role=menuitemradio], [role=menuitem]')) targets.push([`${id} menu item`, each.getBoundingClientRect()]);
        expect(item.getBoundingClientRect().height).to.be.greaterThan(0);
        root.querySelector<HTMLButtonElement>(`[part=${id}-button]`)!.click();
        await waitFor(() => !root.querySelector(`#${id}-menu`), `${id} menu closed`);
      }
      expect(targets.length).to.be.greaterThan(6);
      const small = targets.filter(([, box]) => box.width < 44 || box.height < 44);
      const smallest = Math.min(...targets.map(([, box]) => Math.min(box.width, box.height)));
      figures.push(`${phone.name}: ${targets.length} targets, smallest ${smallest.toFixed(1)}`);
      expect(small.map(([name, box]) => `${name} ${box.width.toFixed(0)}x${box.height.toFixed(0)}`)).to.deep.equal([]);
      // No two targets share pixels.
      const boxes = targets.filter(([name]) => !name.includes('menu item'));
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(intersection(boxes[i]![1], boxes[j]![1]), `${boxes[i]![0]} / ${boxes[j]![0]}`).to.equal(0);
    });
  }
});
