// A playing show on a phone: the vertical or the 16:9 stream, products with the one presented, a caption on screen.
import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/player/index.js';
import '../../src/commerce/index.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { dressInput, scarfInput } from '../commerce/support.js';
import { mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { area, phoneSession, type Rect } from './support.js';

export type Show = 'vertical' | '16:9';

export interface PhoneScene {
  player: ShoplivePlayer;
  cards: ShopliveProductCards;
  video: HTMLVideoElement;
  dressId: string;
  /** Pointer away from the player, focus out: the bar hides. */
  hideControls(): Promise<void>;
  showControls(): Promise<void>;
  /** The box of what the cards draw now (the compact card, or the full card and its bar); empty when nothing shows. */
  cardsBox(): Rect;
  /**
   * The presented product's card, asserted on screen first: drawn, visible, with an area, and showing the presented
   * product's title (a coverage or overlap of an empty or hidden card would prove nothing).
   */
  presentedCard(): Rect;
  /** One rect per line of every caption on screen. */
  captionLines(): DOMRect[];
}

export const CAPTION = 'The silk is mulberry, woven in Hangzhou, and washable by hand.';

export async function phoneScene(options: { show: Show; lang?: string; title?: string; caption?: string; style?: string }): Promise<PhoneScene> {
  // The player as wide as the phone's screen.
  document.body.style.margin = '0';
  const session = phoneSession();
  const lang = options.lang ?? 'en';
  const player = mount<ShoplivePlayer>(
    `<shoplive-player lang="${lang}" video-title="Silk dress drop" aspect-ratio="${options.show === 'vertical' ? '9/16' : '16/9'}" src="${options.show === 'vertical' ? session.vertical : session.master}" autoplay muted loading="eager" style="max-height: 80vh; ${options.style ?? ''}"></shoplive-player>`,
  );
  const dress = { ...dressInput(), ...(options.title ? { title: options.title } : {}) };
  player.products = [dress, scarfInput()];
  player.presentProduct(dress.id);
  await nextEvent(player, 'shoplive-first-frame');
  await waitFor(() => player.state === 'playing', 'playing');
  await waitFor(() => shadowQuery(player, '[part=base]')!.getAttribute('lang') === lang, 'the UI language');
  const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
  const now = video.currentTime;
  player.addCue({ start: now, end: now + 120, text: options.caption ?? CAPTION, lang });
  await waitFor(() => shadowQuery(player, '[part~=cue]'), 'a caption on screen');
  const cards = await waitFor(() => player.shadowRoot!.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'the product cards');
  await waitFor(() => cards.shadowRoot?.querySelector('[part=badge]'), 'the presented product\'s badge');
  await waitFor(() => cards.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang') === lang, 'the cards\' language');
  const controls = shadowQuery(player, '[part=controls]')!;
  const cardsBox = (): Rect => {
    const visible = [...cards.shadowRoot!.querySelectorAll<HTMLElement>('[part=compact-card], [part=card], .bar')].filter((element) => element.checkVisibility({ visibilityProperty: true }));
    if (!visible.length) return { left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 };
    const rects = visible.map((element) => element.getBoundingClientRect());
    const left = Math.min(...rects.map((rect) => rect.left));
    const right = Math.max(...rects.map((rect) => rect.right));
    const top = Math.min(...rects.map((rect) => rect.top));
    const bottom = Math.max(...rects.map((rect) => rect.bottom));
    return { left, right, top, bottom, width: right - left, height: bottom - top };
  };
  return {
    player,
    cards,
    video,
    dressId: dress.id,
    async hideControls() {
      (document.activeElement as HTMLElement | null)?.blur();
      await sendMouse({ type: 'move', position: [window.innerWidth - 1, window.innerHeight - 1] });
      await waitFor(() => getComputedStyle(controls).opacity === '0', 'the controls hidden');
    },
    async showControls() {
      const box = player.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      await waitFor(() => getComputedStyle(controls).opacity === '1', 'the controls shown');
    },
    cardsBox,
    presentedCard() {
      expect(cards.checkVisibility({ visibilityProperty: true, opacityProperty: true }), 'the product cards visible').to.equal(true);
      const card = [...cards.shadowRoot!.querySelectorAll<HTMLElement>('[part=compact-card], [part=card]')].find((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
      expect(card, 'the presented product\'s card drawn').to.not.equal(undefined);
      expect(card!.querySelector('[part=compact-title], [part=title]')?.textContent?.trim(), 'the presented product in the card').to.equal(dress.title);
      const box = cardsBox();
      expect(area(box), 'the card\'s area (px²)').to.be.greaterThan(0);
      return box;
    },
    captionLines() {
      return [...player.shadowRoot!.querySelectorAll('[part~=cue] span')].flatMap((span) => [...span.getClientRects()]);
    },
  };
}
