// Document Picture-in-Picture (Chromium): the picture-in-picture button moves the whole player, video, captions,
// product card and its Buy, into the PiP window, and back when it closes.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { MiniPlayerDetail } from '../../src/mini-player/events.js';
import { cleanup, eventMatching, shadowQuery, waitFor } from '../support/dom.js';
import { phoneScene } from './scene.js';
import { PHONES, resetViewport, usePhone } from './support.js';

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
    await scene.showControls();
    const button = shadowQuery(scene.player, '[part=pip-button]')!;
    const box = button.getBoundingClientRect();
    const opened = eventMatching<MiniPlayerDetail>(scene.player, 'shoplive-mini-player', (detail) => detail.open && detail.reason === 'pip');
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await opened;
    const pip = (window as Window & { documentPictureInPicture?: { window: Window | null } }).documentPictureInPicture!.window!;
    expect(pip, 'the PiP window').to.not.equal(null);
    const player = pip.document.querySelector('shoplive-player')!;
    expect(player, 'the player is in the PiP window').to.equal(scene.player);
    const root = player.shadowRoot!;
    const video = root.querySelector('video')!;
    const time = video.currentTime;
    await waitFor(() => video.currentTime > time + 0.2 && !video.paused, 'still playing in the PiP window');
    expect(root.querySelector('[part~=cue]')?.textContent?.trim(), 'the caption').to.include('mulberry');
    const cards = root.querySelector('shoplive-product-cards')!;
    // Styled there (the window's own copies of the player's sheets): the caption has its background.
    expect(pip.getComputedStyle(root.querySelector('[part~=cue] span')!).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    // The card is laid out for the PiP window's own width (headless Chromium opens it at 800 x 600 whatever is asked):
    // a narrow window gets the compact card, whose Buy opens the sheet; a wide one the full card with its add button.
    const compact = pip.innerWidth < 480;
    const drawn = <T extends Element>(element: T | null | undefined): T | null => (element && element.getClientRects().length > 0 ? element : null);
    if (compact) {
      const buy = await waitFor(() => drawn(cards.shadowRoot!.querySelector<HTMLElement>('[part=compact-buy-button]')), 'Buy drawn in the PiP window');
      expect(pip.getComputedStyle(buy).height).to.equal('44px');
      buy.click();
      await waitFor(() => cards.shadowRoot!.querySelector('[part=sheet]') && [...cards.shadowRoot!.querySelectorAll('shoplive-buy-button')].find((each) => each.getClientRects().length), 'the buy sheet, in the PiP window');
    } else {
      const buyButton = await waitFor(() => drawn(cards.shadowRoot!.querySelector<HTMLElement>('[part=card] shoplive-buy-button')), 'the card\'s buy button drawn in the PiP window');
      const add = buyButton.shadowRoot!.querySelector<HTMLElement>('[part=button]')!;
      expect(add.getClientRects().length, 'Add to cart drawn in the PiP window').to.equal(1);
      expect(Number.parseFloat(pip.getComputedStyle(add).height), 'styled in the window (an unstyled button is about 20 px high)').to.be.at.least(36);
    }
    const closed = eventMatching<MiniPlayerDetail>(scene.player, 'shoplive-mini-player', (detail) => !detail.open && detail.reason === 'pip');
    pip.close();
    await closed;
    expect(scene.player.ownerDocument).to.equal(document);
    expect(scene.player.isConnected).to.equal(true);
    await waitFor(() => getComputedStyle(shadowQuery(scene.player, '[part=controls]')!).position === 'absolute', 'styled in the page again');
  });
});
