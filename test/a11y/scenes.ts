// Puts each element into the states a shopper meets, for the accessibility checks (axe, contrast, geometry).
import { sendMouse } from '@web/test-runner-commands';
import '../../src/player/index.js';
import '../../src/commerce/index.js';
import '../../src/size/widget/size-helper.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { AddToCartDetail } from '../../src/commerce/events.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { validateProducts } from '../../src/commerce/product.js';
import { productStore } from '../../src/commerce/product-store.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import type { ShopliveSizeHelper } from '../../src/size/widget/size-helper.js';
import { dressInput, scarfInput } from '../commerce/support.js';
import { mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';

export type Direction = 'ltr' | 'rtl';
/** English for left to right, Arabic for right to left. */
export const langOf = (direction: Direction) => (direction === 'rtl' ? 'ar' : 'en');

/** A page-level stylesheet for the test: the video drawn transparent, so a white player background is the frame. */
let whiteFrameSheet: CSSStyleSheet | undefined;
function useWhiteFrameSheet(): void {
  if (whiteFrameSheet) return;
  whiteFrameSheet = new CSSStyleSheet();
  whiteFrameSheet.replaceSync(`shoplive-player.white-frame { --shoplive-background: #fff; }
    shoplive-player.white-frame::part(video) { opacity: 0; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, whiteFrameSheet];
}

export interface PlayerScene {
  player: ShoplivePlayer;
  /** Resolves once the controls are shown (the pointer rests on the player). */
  showControls(): Promise<void>;
}

/**
 * A playing player with product cards and two subtitle languages (so both menus exist). `whiteFrame`: the brightest
 * possible picture behind the controls.
 */
export async function playingPlayer(options: { direction: Direction; whiteFrame?: boolean; width?: string; lang?: string }): Promise<PlayerScene> {
  if (options.whiteFrame) useWhiteFrameSheet();
  const lang = options.lang ?? langOf(options.direction);
  const wrapper = mount(`<div style="width: ${options.width ?? '100%'}"></div>`);
  const player = mount<ShoplivePlayer>(
    `<shoplive-player class="${options.whiteFrame ? 'white-frame' : ''}" lang="${lang}" title="Silk dress drop" src="${liveSession().master}" autoplay muted></shoplive-player>`,
    wrapper,
  );
  player.products = [dressInput(), scarfInput()];
  await nextEvent(player, 'shoplive-first-frame');
  await waitFor(() => player.state === 'playing', 'playing');
  await waitFor(() => shadowQuery(player, '[part=base]')!.getAttribute('lang') === lang, 'the UI language');
  const now = shadowQuery<HTMLVideoElement>(player, 'video')!.currentTime;
  player.addCue({ start: now, end: now + 120, text: 'The silk is mulberry, woven in Hangzhou, and washable by hand.', lang });
  player.addCue({ start: now, end: now + 120, text: 'La soie est de la soie de mûrier.', lang: lang === 'fr' ? 'de' : 'fr' });
  await waitFor(() => shadowQuery(player, '[part=subtitles-button]') && shadowQuery(player, '[part=quality-button]'), 'both menu buttons');
  await waitFor(() => shadowQuery(player, '[part~=cue]'), 'a caption on screen');
  const cards = await waitFor(() => player.shadowRoot!.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'the product cards');
  await waitFor(() => cards.shadowRoot?.querySelector('shoplive-buy-button')?.shadowRoot?.querySelector('[part=button]'), 'the card’s buy button');
  return {
    player,
    async showControls() {
      const box = player.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 3)] });
      const controls = shadowQuery(player, '[part=controls]')!;
      await waitFor(() => getComputedStyle(controls).opacity === '1', 'the controls shown');
    },
  };
}

export async function openMenu(player: ShoplivePlayer, id: 'quality' | 'subtitles'): Promise<HTMLElement> {
  const open = player.shadowRoot!.querySelector<HTMLElement>(`[aria-expanded=true][aria-haspopup=menu]`);
  if (open) {
    open.click();
    await player.updateComplete;
  }
  shadowQuery<HTMLButtonElement>(player, `[part=${id}-button]`)!.click();
  return waitFor(() => shadowQuery<HTMLElement>(player, `#${id}-menu`), `the ${id} menu`);
}

/** A player whose stream cannot be found: the error panel with "Try again". */
export async function failedPlayer(direction: Direction, whiteFrame = false): Promise<ShoplivePlayer> {
  if (whiteFrame) useWhiteFrameSheet();
  const player = mount<ShoplivePlayer>(
    `<shoplive-player class="${whiteFrame ? 'white-frame' : ''}" lang="${langOf(direction)}" src="${liveSession({ master: 404 }).master}" autoplay muted></shoplive-player>`,
  );
  await waitFor(() => shadowQuery(player, '[part=retry-button]'), 'the error panel');
  return player;
}

/** Standalone product cards on a page (not over video). */
export async function standaloneCards(direction: Direction): Promise<ShopliveProductCards> {
  const cards = mount<ShopliveProductCards>(`<shoplive-product-cards lang="${langOf(direction)}"></shoplive-product-cards>`);
  cards.products = [dressInput(), scarfInput()];
  await waitFor(() => cards.shadowRoot?.querySelector('shoplive-buy-button')?.shadowRoot?.querySelector('[part=button]'), 'the cards');
  await waitFor(() => cards.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang') === langOf(direction), 'the UI language');
  const list = cards.shadowRoot!.querySelector<HTMLButtonElement>('[part=list-button]')!;
  list.click();
  await waitFor(() => cards.shadowRoot!.querySelector('[part=list]'), 'the product list');
  return cards;
}

/** The presented product's card over a playing show, with its honest-display sheet opened from "Details". */
export async function cardDetailsSheet(direction: Direction): Promise<ShopliveProductCards> {
  const { player } = await playingPlayer({ direction });
  const cards = await waitFor(() => player.shadowRoot!.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'the cards overlay');
  const root = cards.shadowRoot!;
  const visibleDetails = () => [...root.querySelectorAll<HTMLButtonElement>('[part=details-button]')].find((button) => button.getClientRects().length > 0);
  // A narrow player shows the compact card: Details is in its Buy sheet.
  const compactBuy = root.querySelector<HTMLButtonElement>('[part=compact-buy-button]');
  if (!visibleDetails() && compactBuy) compactBuy.click();
  (await waitFor(visibleDetails, 'the card\'s Details button')).click();
  const details = await waitFor(() => root.querySelector<HTMLElement & { phase: string }>('[part=sheet] shoplive-product-details'), 'the details in the sheet');
  await waitFor(() => details.phase === 'ready' && details.shadowRoot?.querySelector('article'), 'the details rendered');
  return cards;
}

export type BuyState = 'idle' | 'pending' | 'added' | 'error';

/**
 * A buy button (on the page, or `in` another element's shadow root) driven to `state` by a storefront that answers
 * as told. Returns the button and a function that lets a pending answer go.
 */
export async function buyButtonIn(state: BuyState, button: ShopliveBuyButton): Promise<{ release: () => void }> {
  let release = () => {};
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<AddToCartDetail>).detail;
    if (state === 'pending') detail.respondWith(new Promise((resolve) => (release = () => resolve(true))));
    else if (state === 'added') detail.respondWith(true);
    // The storefront refused: "Try again" and a reason (not a sold-out size, which disables the button).
    else detail.respondWith({ ok: false, reason: 'invalid' });
  };
  document.addEventListener('shoplive-add-to-cart', listener);
  try {
    await button.updateComplete;
    const chip = button.shadowRoot!.querySelector<HTMLButtonElement>('[role=radio][data-size=M]');
    chip?.click();
    await button.updateComplete;
    if (state !== 'idle') {
      button.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
      await waitFor(() => button.state === state, `buy button ${state} (is ${button.state})`, 5000);
    }
    await button.updateComplete;
  } finally {
    document.removeEventListener('shoplive-add-to-cart', listener);
  }
  return { release: () => release() };
}

export async function pageBuyButton(direction: Direction): Promise<ShopliveBuyButton> {
  const { products } = validateProducts([dressInput()]);
  productStore.put(products);
  const button = mount<ShopliveBuyButton>(`<shoplive-buy-button lang="${langOf(direction)}" product-id="${products[0]!.id}"></shoplive-buy-button>`);
  await waitFor(() => button.shadowRoot?.querySelector('[part=base]')?.getAttribute('lang') === langOf(direction), 'the UI language');
  return button;
}

export type SizeState = 'form' | 'errors' | 'result';

/** The size helper's panel open on the form, after a failed submit, or on a result. */
export async function sizePanel(direction: Direction, state: SizeState, chart: unknown): Promise<ShopliveSizeHelper> {
  const helper = mount<ShopliveSizeHelper>(`<shoplive-size-helper lang="${langOf(direction)}" units="metric"></shoplive-size-helper>`);
  helper.chart = chart;
  await waitFor(() => helper.shadowRoot?.querySelector('[part=trigger]')?.getAttribute('lang') === langOf(direction), 'the UI language');
  helper.show();
  const q = <T extends Element>(selector: string) => helper.shadowRoot!.querySelector<T>(selector);
  await waitFor(() => q('[part=form]'), 'the form');
  if (state === 'form') return helper;
  if (state === 'result') {
    for (const [id, value] of [['height-0', '165'], ['weight-0', '55']] as const) {
      const input = q<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await helper.updateComplete;
  }
  q<HTMLButtonElement>('[part=submit-button]')!.click();
  await waitFor(() => (state === 'result' ? q('[part=result]') : q('#height-error:not([hidden])')), `the ${state}`);
  await helper.updateComplete;
  return helper;
}
