// The mini-player follows the shopper when the player scrolls away while playing (and Buy works in it); floating
// players keep a theme's top-right cart drawer usable after an add to cart, and never cover the focused element.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/player/index.js';
import '../../src/commerce/index.js';
import type { AddToCartDetail } from '../../src/commerce/events.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import type { MiniPlayerDetail } from '../../src/mini-player/events.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { dressInput, scarfInput } from '../commerce/support.js';
import { cleanup, eventMatching, intersectionDecided, mount, nextEvent, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { PHONES, intersection, phoneSession, resetViewport, twoFrames, usePhone } from './support.js';

/** A shop page: the show, then a long page to scroll. */
async function pageWithShow(attributes = ''): Promise<{ player: ShoplivePlayer; page: HTMLElement; dressId: string }> {
  document.body.style.margin = '0';
  const page = mount(`<main><shoplive-player lang="en" src="${phoneSession().vertical}" aspect-ratio="9/16" autoplay muted ${attributes} style="max-height: 70vh"></shoplive-player><div style="height: 300vh">More of the shop</div></main>`);
  const player = page.querySelector<ShoplivePlayer>('shoplive-player')!;
  const dress = dressInput();
  player.products = [dress, scarfInput()];
  player.presentProduct(dress.id);
  await nextEvent(player, 'shoplive-first-frame');
  await waitFor(() => player.state === 'playing', 'playing');
  return { player, page, dressId: dress.id };
}

const baseOf = (player: ShoplivePlayer) => shadowQuery<HTMLElement>(player, '.base')!;
const cardsOf = (player: ShoplivePlayer) => player.shadowRoot!.querySelector<ShopliveProductCards>('shoplive-product-cards')!;

/**
 * A theme-like cart drawer, top right as in Shopify's default themes: hidden until an add to cart, which the theme
 * answers by opening it and moving focus to its "Check out" (counted in `checkedOut()`).
 */
function themeCartDrawer(): { drawer: HTMLElement; checkout: HTMLButtonElement; checkedOut(): number } {
  const drawer = mount(`<aside id="CartDrawer" hidden style="position: fixed; top: 0; right: 0; width: min(400px, 90vw); height: 60vh; background: #fff; z-index: 100; padding: 16px; box-sizing: border-box"><h2>Your cart</h2><button id="checkout" type="button" style="position: absolute; right: 16px; top: 45vh; min-height: 44px">Check out</button></aside>`);
  const checkout = drawer.querySelector<HTMLButtonElement>('#checkout')!;
  let checkedOut = 0;
  checkout.addEventListener('click', () => checkedOut++);
  document.addEventListener('shoplive-add-to-cart', (event) => {
    (event as CustomEvent<AddToCartDetail>).detail.respondWith(true);
    drawer.hidden = false;
    checkout.focus();
  }, { once: true });
  return { drawer, checkout, checkedOut: () => checkedOut };
}

/** Adds the presented product from the cards' own buttons: the compact card's Buy sheet where it shows, a size, Add to cart. */
async function addToCartFrom(root: ShadowRoot): Promise<void> {
  const compactBuy = root.querySelector<HTMLButtonElement>('[part=compact-buy-button]');
  if (compactBuy?.getClientRects().length) {
    // A real tap at the button's place (in the floating box).
    const box = compactBuy.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  }
  const button = await waitFor(() => [...root.querySelectorAll('shoplive-buy-button')].find((each) => each.getClientRects().length), 'a buy button');
  const press = () => button.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!;
  await waitFor(() => press(), 'Add to cart');
  press().click();
  const chip = await waitFor(() => button.shadowRoot!.querySelector<HTMLElement>('[part~=size]:not([part~=size-sold-out])'), 'a size');
  chip.click();
  press().click();
}

/** A real tap at the centre of `target` hits it: nothing of ours is drawn over it. */
async function tapHits(target: HTMLElement): Promise<void> {
  const box = target.getBoundingClientRect();
  expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), `${target.textContent || target.localName} is what a tap there hits`).to.equal(target);
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

describe('mini-player', () => {
  afterEach(async () => {
    cleanup();
    window.scrollTo(0, 0);
    await resetMouse();
    await resetViewport();
  });

  for (const phone of [PHONES[0]!, PHONES[3]!]) {
    it(`opens when the playing show scrolls away and returns when it comes back (${phone.name})`, async () => {
      await usePhone(phone);
      const { player } = await pageWithShow();
      const before = player.getBoundingClientRect().height;
      const opened = eventMatching<MiniPlayerDetail>(player, 'shoplive-mini-player', (detail) => detail.open);
      window.scrollTo(0, window.innerHeight * 2);
      expect((await opened).detail).to.deep.equal({ open: true, reason: 'scroll' });
      await twoFrames();
      const mini = baseOf(player).getBoundingClientRect();
      expect(player.hasAttribute('mini')).to.equal(true);
      expect(mini.width).to.be.at.most(240.5);
      expect(mini.width / mini.height).to.be.closeTo(9 / 16, 0.02);
      // In a corner of the viewport (bottom end), inside it.
      expect(mini.bottom).to.be.closeTo(window.innerHeight - 12, 1);
      expect(mini.right).to.be.closeTo(document.documentElement.clientWidth - 12, 1);
      expect(player.getBoundingClientRect().height, 'the page keeps the show\'s box').to.equal(before);
      // Play/pause, mute, close; Buy on the card.
      const controls = [...player.shadowRoot!.querySelectorAll<HTMLElement>('[part=controls] > button')].filter((element) => element.getClientRects().length);
      expect(controls.map((element) => element.getAttribute('part'))).to.deep.equal(['play-button', 'mute-button']);
      expect(shadowQuery(player, '[part=mini-close-button]')).to.not.equal(null);
      expect(cardsOf(player).shadowRoot!.querySelector('[part=compact-buy-button]')!.getClientRects().length).to.equal(1);
      const closed = eventMatching<MiniPlayerDetail>(player, 'shoplive-mini-player', (detail) => !detail.open);
      window.scrollTo(0, 0);
      expect((await closed).detail).to.deep.equal({ open: false, reason: 'scroll' });
      expect(player.hasAttribute('mini')).to.equal(false);
    });
  }

  it('Buy works in the mini-player: sheet, size, Add to cart', async () => {
    await usePhone(PHONES[2]!);
    const { player, dressId } = await pageWithShow();
    const opened = eventMatching<MiniPlayerDetail>(player, 'shoplive-mini-player', (detail) => detail.open);
    window.scrollTo(0, window.innerHeight * 2);
    await opened;
    await twoFrames();
    const root = cardsOf(player).shadowRoot!;
    const buy = root.querySelector<HTMLButtonElement>('[part=compact-buy-button]')!;
    const box = buy.getBoundingClientRect();
    // A real tap at the button's place in the floating box.
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await waitFor(() => root.querySelector('[part=sheet]'), 'the buy sheet in the mini-player');
    const button = await waitFor(() => [...root.querySelectorAll('shoplive-buy-button')].find((each) => each.getClientRects().length), 'its buy button');
    const added = new Promise<AddToCartDetail>((resolve) =>
      document.addEventListener('shoplive-add-to-cart', (event) => {
        const detail = (event as CustomEvent<AddToCartDetail>).detail;
        detail.respondWith(true);
        resolve(detail);
      }, { once: true }),
    );
    const press = () => button.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!;
    await waitFor(() => press(), 'Add to cart');
    press().click();
    const chip = await waitFor(() => button.shadowRoot!.querySelector<HTMLElement>('[part~=size]:not([part~=size-sold-out])'), 'a size');
    chip.click();
    press().click();
    const detail = await added;
    expect(detail.productId).to.equal(dressId);
    expect(detail.size).to.be.a('string');
    expect(player.hasAttribute('mini'), 'still floating').to.equal(true);
  });

  it('closes on its close button (the show pauses) and stays closed until the show has been back in view', async () => {
    const { player } = await pageWithShow();
    const events = recordEvents(player, ['shoplive-mini-player']);
    window.scrollTo(0, window.innerHeight * 2);
    const close = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=mini-close-button]'), 'the close button');
    close.click();
    await waitFor(() => !player.hasAttribute('mini'), 'docked again');
    expect(events.map((event) => event.detail)).to.deep.equal([{ open: true, reason: 'scroll' }, { open: false, reason: 'close' }]);
    await waitFor(() => player.paused, 'paused');
  });

  it('mini-player="top-start" floats in that corner, and dragging the picture moves it', async () => {
    await usePhone(PHONES[2]!);
    const { player } = await pageWithShow('mini-player="top-start"');
    const opened = eventMatching<MiniPlayerDetail>(player, 'shoplive-mini-player', (detail) => detail.open);
    window.scrollTo(0, window.innerHeight * 2);
    await opened;
    await twoFrames();
    const base = baseOf(player);
    const box = base.getBoundingClientRect();
    expect([Math.round(box.left), Math.round(box.top)], 'the top-start corner, 12 px from the edges').to.deep.equal([12, 12]);
    // Press on the picture (not a button), drag 60 px right and 80 px down, release.
    const from = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] as const;
    expect(shadowQuery(player, 'video')!.contains(player.shadowRoot!.elementFromPoint(...from)) || player.shadowRoot!.elementFromPoint(...from)?.localName === 'video', 'the picture under the finger').to.equal(true);
    await sendMouse({ type: 'move', position: [...from] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 4; step++) await sendMouse({ type: 'move', position: [from[0] + 15 * step, from[1] + 20 * step] });
    await sendMouse({ type: 'up' });
    await waitFor(() => Math.round(base.getBoundingClientRect().left) === 72 && Math.round(base.getBoundingClientRect().top) === 92, () => `moved by the drag (at ${JSON.stringify(base.getBoundingClientRect().toJSON())})`);
    expect(base.getBoundingClientRect().width, 'same size').to.be.closeTo(box.width, 0.5);
    expect(player.hasAttribute('mini'), 'still floating').to.equal(true);
  });

  it('falls back to the video\'s own picture in picture where there is no Document Picture-in-Picture', async () => {
    // As in a browser without it (Safari, Firefox): the API is hidden on window for this test, then put back.
    const own = Object.getOwnPropertyDescriptor(window, 'documentPictureInPicture');
    Object.defineProperty(window, 'documentPictureInPicture', { configurable: true, value: undefined });
    try {
      const { player } = await pageWithShow();
      const events = recordEvents(player, ['shoplive-mini-player']);
      const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
      const button = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=pip-button]'), 'the picture-in-picture button');
      const entered = nextEvent(video, 'enterpictureinpicture');
      const box = player.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
      const at = button.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(at.left + at.width / 2), Math.round(at.top + at.height / 2)] });
      await entered;
      expect(player.shadowRoot!.pictureInPictureElement, 'the video itself in picture in picture').to.equal(video);
      expect(player.ownerDocument, 'the player stays in the page').to.equal(document);
      expect(events, 'no whole-player window').to.deep.equal([]);
      const left = nextEvent(video, 'leavepictureinpicture');
      button.click();
      await left;
    } finally {
      delete (window as { documentPictureInPicture?: unknown }).documentPictureInPicture;
      if (own) Object.defineProperty(window, 'documentPictureInPicture', own);
      if (document.pictureInPictureElement) await document.exitPictureInPicture();
    }
    expect('documentPictureInPicture' in window && !!(window as { documentPictureInPicture?: unknown }).documentPictureInPicture, 'restored').to.equal(true);
  });

  it('mini-player="off" never floats', async () => {
    const { player } = await pageWithShow('mini-player="off"');
    const events = recordEvents(player, ['shoplive-mini-player']);
    window.scrollTo(0, window.innerHeight * 2);
    await intersectionDecided(player);
    await player.updateComplete;
    await twoFrames();
    expect(player.hasAttribute('mini')).to.equal(false);
    expect(events).to.deep.equal([]);
  });
});

describe('floating players keep the page usable', () => {
  afterEach(async () => {
    cleanup();
    document.querySelector('link[data-embed-css]')?.remove();
    window.scrollTo(0, 0);
    await resetMouse();
    await resetViewport();
  });

  for (const phone of [PHONES[2]!, { name: 'desktop 1280x800', width: 1280, height: 800 }]) {
    it(`the Shopify app embed moves off a top-right cart drawer after an add to cart, and its Check out works (${phone.name})`, async () => {
      await usePhone(phone);
      const css = mount<HTMLLinkElement>(`<link rel="stylesheet" data-embed-css href="/integrations/shopify/assets/shoplive-embed.css" />`, document.head);
      await new Promise((resolve) => (css.sheet ? resolve(null) : css.addEventListener('load', resolve, { once: true })));
      const { drawer, checkout, checkedOut } = themeCartDrawer();
      const player = mount<ShoplivePlayer>(`<shoplive-player class="shoplive-floating shoplive-floating--top-right" mini-player="off" lang="en" src="${phoneSession().vertical}" autoplay muted></shoplive-player>`);
      const dress = dressInput();
      player.products = [dress];
      player.presentProduct(dress.id);
      await nextEvent(player, 'shoplive-first-frame');
      const cards = await waitFor(() => player.shadowRoot!.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'the cards');
      const root = await waitFor(() => cards.shadowRoot, 'the cards drawn');
      const start = player.getBoundingClientRect();
      const startDrawer = { left: document.documentElement.clientWidth - Math.min(400, 0.9 * phone.width), top: 0, right: document.documentElement.clientWidth, bottom: 0.6 * phone.height };
      expect(intersection(start, { ...startDrawer, width: 1, height: 1 }), 'it did cover where the drawer opens').to.be.greaterThan(0);
      // Add to cart from the floating player (compact card's sheet on a phone, the full card on a desktop).
      await addToCartFrom(root);
      await waitFor(() => !drawer.hidden && document.activeElement === checkout, 'the drawer open, Check out focused');
      const drawerBox = drawer.getBoundingClientRect();
      await waitFor(() => {
        const box = player.getBoundingClientRect();
        return intersection(box, drawerBox) === 0 || !player.checkVisibility({ visibilityProperty: true });
      }, 'the floating player clear of the drawer');
      await tapHits(checkout);
      await waitFor(() => checkedOut() === 1, 'checked out');
      // The drawer closes: the player returns to its place.
      drawer.hidden = true;
      checkout.blur();
      await waitFor(() => Math.abs(player.getBoundingClientRect().top - start.top) < 1 && Math.abs(player.getBoundingClientRect().width - start.width) < 1, 'back in its corner');
    });
  }

  it('the mini-player moves off a top-right cart notification after an add from its Buy, and Check out works (390x844 portrait)', async () => {
    await usePhone(PHONES[2]!);
    const { drawer, checkout, checkedOut } = themeCartDrawer();
    const { player } = await pageWithShow('mini-player="top-end"');
    const opened = eventMatching<MiniPlayerDetail>(player, 'shoplive-mini-player', (detail) => detail.open);
    window.scrollTo(0, window.innerHeight * 2);
    await opened;
    await twoFrames();
    const base = baseOf(player);
    const start = base.getBoundingClientRect();
    drawer.hidden = false;
    expect(intersection(start, drawer.getBoundingClientRect()), 'in its corner it would cover the drawer').to.be.greaterThan(0);
    drawer.hidden = true;
    await addToCartFrom(cardsOf(player).shadowRoot!);
    await waitFor(() => !drawer.hidden && document.activeElement === checkout, 'the drawer open, Check out focused');
    const drawerBox = drawer.getBoundingClientRect();
    await waitFor(() => intersection(base.getBoundingClientRect(), drawerBox) === 0 || !base.checkVisibility({ visibilityProperty: true }), () => `the mini-player clear of the drawer (at ${JSON.stringify(base.getBoundingClientRect().toJSON())})`);
    expect(player.hasAttribute('mini'), 'still floating').to.equal(true);
    await tapHits(checkout);
    await waitFor(() => checkedOut() === 1, 'checked out');
    drawer.hidden = true;
    checkout.blur();
    await waitFor(() => Math.abs(base.getBoundingClientRect().top - start.top) < 1 && Math.abs(base.getBoundingClientRect().width - start.width) < 1, 'back in its corner');
  });

  it('the mini-player never covers the page\'s focused element: a field under it, reached with Tab (390x844 portrait)', async () => {
    await usePhone(PHONES[2]!);
    const { player, page } = await pageWithShow();
    const opened = eventMatching<MiniPlayerDetail>(player, 'shoplive-mini-player', (detail) => detail.open);
    window.scrollTo(0, window.innerHeight * 2);
    await opened;
    await twoFrames();
    const base = baseOf(player);
    // Dragged first (30 px left, 80 up): the move out of the way must start from where the shopper put it.
    const corner = base.getBoundingClientRect();
    const from = [Math.round(corner.left + corner.width / 2), Math.round(corner.top + corner.height / 2)] as const;
    await sendMouse({ type: 'move', position: [...from] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 4; step++) await sendMouse({ type: 'move', position: [from[0] - Math.round(7.5 * step), from[1] - 20 * step] });
    await sendMouse({ type: 'up' });
    await waitFor(() => Math.round(base.getBoundingClientRect().top) === Math.round(corner.top) - 80, 'moved by the drag');
    const start = base.getBoundingClientRect();
    // A newsletter field of the page, right where the mini-player floats, and the link before it in the tab order.
    page.style.position = 'relative';
    const top = window.scrollY + start.top + start.height / 2 - 22;
    const form = mount(`<div><a href="#news" style="position: absolute; top: ${window.scrollY + 20}px; left: 12px">News</a><input aria-label="Email" style="position: absolute; top: ${top}px; left: ${start.left + start.width / 2 - 60}px; width: 120px; height: 44px; box-sizing: border-box"></div>`, page);
    const field = form.querySelector('input')!;
    const box = field.getBoundingClientRect();
    expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), 'the field covered before it has focus').to.equal(player);
    form.querySelector('a')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitFor(() => document.activeElement === field, 'the field focused by Tab');
    await waitFor(() => intersection(base.getBoundingClientRect(), field.getBoundingClientRect()) === 0, () => `the mini-player clear of the field (at ${JSON.stringify(base.getBoundingClientRect().toJSON())})`);
    // The bottom-start corner (the bottom-end one is over the field too), 12 px from the edges, full size.
    await waitFor(() => Math.round(base.getBoundingClientRect().left) === 12 && Math.round(base.getBoundingClientRect().bottom) === window.innerHeight - 12, () => `in the bottom-start corner (at ${JSON.stringify(base.getBoundingClientRect().toJSON())})`);
    expect(base.getBoundingClientRect().width).to.be.closeTo(start.width, 0.5);
    expect(player.hasAttribute('mini'), 'still floating').to.equal(true);
    await tapHits(field);
    await sendKeys({ type: 'a@b.co' });
    expect(field.value, 'typed into the field').to.equal('a@b.co');
    field.blur();
    await waitFor(() => Math.abs(base.getBoundingClientRect().left - start.left) < 1 && Math.abs(base.getBoundingClientRect().top - start.top) < 1, 'back where the shopper put it');
  });
});
