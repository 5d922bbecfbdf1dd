// Document Picture-in-Picture (Chromium): the picture-in-picture button moves the whole player, video, captions,
// product card and its Buy, into the PiP window, and back when it closes.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { AddToCartDetail } from '../../src/internal/events.js';
import type { MiniPlayerDetail } from '../../src/mini-player/events.js';
import { cleanup, eventMatching, shadowQuery, waitFor } from '../support/dom.js';
import type { PhoneScene } from './scene.js';
import { phoneScene } from './scene.js';
import { PHONES, resetViewport, usePhone } from './support.js';

type PipApi = { documentPictureInPicture?: { window: Window | null } };

/** Presses the player's picture-in-picture button (a real click) and resolves with the window it moved into. */
async function openPip(scene: PhoneScene): Promise<Window> {
  await scene.showControls();
  const button = shadowQuery(scene.player, '[part=pip-button]')!;
  const box = button.getBoundingClientRect();
  const opened = eventMatching<MiniPlayerDetail>(scene.player, 'shoplive-mini-player', (detail) => detail.open && detail.reason === 'pip');
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await opened;
  const pip = (window as Window & PipApi).documentPictureInPicture!.window!;
  expect(pip, 'the PiP window').to.not.equal(null);
  return pip;
}

const drawn = <T extends Element>(element: T | null | undefined): T | null => (element && element.getClientRects().length > 0 ? element : null);

/**
 * The buy button the PiP window shows, laid out for the window's own width (headless Chromium opens it at 800 x 600
 * whatever is asked): a narrow window gets the compact card, whose Buy opens the sheet; a wide one the full card.
 */
async function pipBuyButton(scene: PhoneScene, pip: Window): Promise<ShopliveBuyButton> {
  const root = scene.cards.shadowRoot!;
  if (pip.innerWidth < 480) {
    const buy = await waitFor(() => drawn(root.querySelector<HTMLElement>('[part=compact-buy-button]')), 'Buy drawn in the PiP window');
    expect(pip.getComputedStyle(buy).height).to.equal('44px');
    buy.click();
    await waitFor(() => root.querySelector('[part=sheet]'), 'the buy sheet, in the PiP window');
    return waitFor(() => drawn([...root.querySelectorAll<ShopliveBuyButton>('shoplive-buy-button')].find((each) => each.getClientRects().length)), 'the sheet\'s buy button');
  }
  return waitFor(() => drawn(root.querySelector<ShopliveBuyButton>('[part=card] shoplive-buy-button')), 'the card\'s buy button drawn in the PiP window');
}

describe('whole-player picture in picture', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
    await resetViewport();
  });

  it('carries the video, captions, product card and Buy into the Document PiP window', async () => {
    expect('documentPictureInPicture' in window, 'Chromium has Document Picture-in-Picture').to.equal(true);
    await usePhone(PHONES[2]!);
    const scene = await phoneScene({ show: 'vertical' });
    const pip = await openPip(scene);
    const player = pip.document.querySelector('shoplive-player')!;
    expect(player, 'the player is in the PiP window').to.equal(scene.player);
    const root = player.shadowRoot!;
    const video = root.querySelector('video')!;
    const time = video.currentTime;
    await waitFor(() => video.currentTime > time + 0.2 && !video.paused, 'still playing in the PiP window');
    expect(root.querySelector('[part~=cue]')?.textContent?.trim(), 'the caption').to.include('mulberry');
    // Styled there (the window's own copies of the player's sheets): the caption has its background.
    expect(pip.getComputedStyle(root.querySelector('[part~=cue] span')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    const buyButton = await pipBuyButton(scene, pip);
    const add = await waitFor(() => drawn(buyButton.shadowRoot!.querySelector<HTMLElement>('[part=button]')), 'Add to cart drawn in the PiP window');
    expect(Number.parseFloat(pip.getComputedStyle(add).height), 'styled in the window (an unstyled button is about 20 px high)').to.be.at.least(36);
    const closed = eventMatching<MiniPlayerDetail>(scene.player, 'shoplive-mini-player', (detail) => !detail.open && detail.reason === 'pip');
    pip.close();
    await closed;
    expect(scene.player.ownerDocument).to.equal(document);
    expect(scene.player.isConnected).to.equal(true);
    await waitFor(() => getComputedStyle(shadowQuery(scene.player, '[part=controls]')!).position === 'absolute', 'styled in the page again');
  });

  it('an Add to cart pressed in the PiP window reaches the page\'s document listener, whose respondWith answers it', async () => {
    await usePhone(PHONES[2]!);
    const scene = await phoneScene({ show: 'vertical' });
    const pip = await openPip(scene);
    const heard: AddToCartDetail[] = [];
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<AddToCartDetail>).detail;
      heard.push(detail);
      detail.respondWith({ ok: true });
    };
    document.addEventListener('shoplive-add-to-cart', listener);
    try {
      const button = await pipBuyButton(scene, pip);
      const press = () => button.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!;
      press().click();
      const chip = await waitFor(() => button.shadowRoot!.querySelector<HTMLElement>('[part~=size]:not([part~=size-sold-out])'), 'a size in stock');
      chip.click();
      await button.updateComplete;
      press().click();
      await waitFor(() => button.state === 'added', () => `the answered state (the button is "${button.state}", ${heard.length} add event(s) heard in the page)`);
      expect(heard, 'one add heard by the page').to.have.length(1);
      expect(heard[0]!.productId).to.equal(scene.dressId);
      expect(heard[0]!.size).to.equal(chip.dataset.size);
    } finally {
      document.removeEventListener('shoplive-add-to-cart', listener);
      const closed = eventMatching<MiniPlayerDetail>(scene.player, 'shoplive-mini-player', (detail) => !detail.open);
      pip.close();
      await closed;
    }
  });
});
