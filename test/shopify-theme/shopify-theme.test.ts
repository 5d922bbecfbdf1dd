// The theme app extension in a storefront: its Liquid (integrations/shopify) rendered with liquidjs into a minimal
// theme of our own (theme/, served by theme-server.mjs) with a cart of each family's contract, then the shopper's
// path in Chromium: the head embed's early hints, the app block's player showing the stream, an add to cart from the
// player's card reaching the shop's cart and the theme's own cart UI updating.
import { expect } from '@esm-bundle/chai';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import { cleanup, mount, shadowQuery, waitFor } from '../support/dom.js';
import { liveOrigin, liveSession } from '../support/live.js';

type ThemeWindow = Window & typeof globalThis;
let shops = 0;

/** Block settings beyond the stream (theme-server.mjs): the replay URL, and the schedule block's hand-over. */
type ShopOptions = { embed?: boolean; replay?: string; scheduleStream?: string; handover?: 'link' | 'block' | 'floating' };

async function openShop(family: 'dawn' | 'horizon', stream: string, options: ShopOptions = {}): Promise<{ win: ThemeWindow; root: string }> {
  const sid = `s${Date.now().toString(36)}${shops++}`;
  const root = `/__shop/${sid}/`;
  const frame = mount<HTMLIFrameElement>('<iframe style="width: 800px; height: 900px; border: 0"></iframe>');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const query = new URLSearchParams({ family, stream, embed: options.embed === false ? '0' : '1' });
  if (options.replay) query.set('replay', options.replay);
  if (options.scheduleStream !== undefined) {
    query.set('schedule', `${root}shows.json?${new URLSearchParams({ stream: options.scheduleStream })}`);
    query.set('handover', options.handover ?? 'link');
  }
  frame.src = `${root}products/mulberry-silk-wrap-dress?${query}`;
  await loaded;
  return { win: frame.contentWindow as ThemeWindow, root };
}

const headLinks = (win: ThemeWindow) =>
  [...win.document.head.querySelectorAll<HTMLLinkElement>('link[rel=preconnect], link[rel=preload]')].map((link) => ({
    rel: link.rel,
    href: link.href,
    as: link.getAttribute('as'),
    crossorigin: link.getAttribute('crossorigin'),
    ...(link.hasAttribute('data-shoplive-preconnect') ? { addedBy: 'sdk' } : {}),
  }));

/** The player of the app block shows the stream, and its card adds size M; resolves with the card's button. */
async function watchAndAdd(win: ThemeWindow): Promise<ShopliveBuyButton> {
  const player = await waitFor(() => win.document.querySelector('shoplive-player'), 'the app block\'s player');
  await waitFor(() => (player as unknown as { metrics?: { firstFrameAt: number } }).metrics?.firstFrameAt, 'a frame of the stream', 30_000);
  const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
  expect(video.videoWidth, 'a decoded picture').to.be.greaterThan(0);
  const cards = await waitFor(() => shadowQuery(player, 'shoplive-product-cards'), 'the product cards over the stream', 20_000);
  const button = await waitFor(() => shadowQuery<ShopliveBuyButton>(cards, 'shoplive-buy-button'), 'the card\'s buy button');
  const size = await waitFor(() => shadowQuery<HTMLElement>(button, '[data-size="M"]'), 'the sizes from the Liquid product');
  size.click();
  await button.updateComplete;
  const press = shadowQuery<HTMLButtonElement>(button, '[part=button]')!;
  press.focus();
  press.click();
  await waitFor(() => button.state === 'added', 'added', 20_000);
  return button;
}

async function shopCart(root: string): Promise<{ item_count: number; items: Array<{ id: number }> }> {
  return (await fetch(`${root}cart.js`)).json();
}

describe('Shopify theme app extension in a Liquid-rendered theme', () => {
  afterEach(cleanup);

  it('Dawn: the head embed hints the configured stream; play, add from the card, the notification and bubble update', async () => {
    const session = liveSession();
    const { win, root } = await openShop('dawn', session.master);
    expect(headLinks(win)).to.deep.equal([
      { rel: 'preconnect', href: `${liveOrigin}/`, as: null, crossorigin: '' },
      { rel: 'preload', href: session.master, as: 'fetch', crossorigin: '' },
    ]);
    const bubble = win.document.getElementById('cart-icon-bubble')!;
    expect(bubble.textContent).to.equal('0 items');

    await watchAndAdd(win);
    const notification = win.document.querySelector('cart-notification')!;
    await waitFor(() => notification.classList.contains('active'), 'Dawn\'s notification opened');
    await waitFor(() => bubble.textContent === '1 items', 'the bubble re-rendered from the Section Rendering API');
    expect(win.document.getElementById('cart-notification-product')!.textContent).to.equal('1 items');
    const cart = await shopCart(root);
    expect(cart.items.map((item) => item.id), 'size M (variant 1003) in the shop\'s cart').to.deep.equal([1003]);
    // The preload was fetched by the page itself, from the head (the player's own request may reuse it).
    const preloaded = win.performance.getEntriesByType('resource').filter((entry) => entry.name === session.master && (entry as PerformanceResourceTiming).initiatorType === 'link');
    expect(preloaded, 'the head\'s preload was fetched').to.have.length(1);
  });

  it('Horizon: play, add from the card, the cart drawer opens and the cart icon counts the line', async () => {
    const session = liveSession();
    const { win, root } = await openShop('horizon', session.master);
    expect(headLinks(win).map((link) => link.rel)).to.deep.equal(['preconnect', 'preload']);
    await watchAndAdd(win);
    const drawer = win.document.querySelector('cart-drawer-component')!;
    await waitFor(() => drawer.querySelector('dialog')?.open, 'Horizon\'s drawer opened (auto-open)');
    const icon = win.document.querySelector('cart-icon')!;
    await waitFor(() => icon.querySelector('.cart-bubble__text-count')!.textContent === '1', 'the cart icon count');
    await waitFor(() => win.document.querySelector('cart-items-component')!.textContent === '1 items', 'the cart items from the sections in the add answer');
    expect((await shopCart(root)).items.map((item) => item.id)).to.deep.equal([1003]);
  });

  it('the player block carries its replay; the schedule block lists the show on air and hands it to that player', async () => {
    const session = liveSession();
    // The player block has no stream of its own: the schedule gives it the show's when the show is on air.
    const { win } = await openShop('dawn', '', { replay: session.replay, scheduleStream: session.master, handover: 'block' });
    const player = win.document.querySelector('shoplive-player')!;
    expect(player.id).to.equal('shoplive-live-player');
    expect(player.getAttribute('replay-src')).to.equal(session.replay);
    expect(win.document.querySelector('.shoplive-schedule-heading')!.textContent).to.equal('Upcoming live shows');
    const schedule = await waitFor(() => win.document.querySelector('shoplive-schedule'), 'the schedule block');
    expect(schedule.getAttribute('player')).to.equal('shoplive-live-player');
    const show = await waitFor(() => shadowQuery<HTMLElement>(schedule, '[part~=show][data-status=live]'), 'the show on air, listed as live', 20_000);
    expect(show.querySelector('[part~=title]')?.textContent?.trim()).to.equal('Spring silk, live from Hangzhou');
    await waitFor(() => player.getAttribute('src') === session.master, 'the schedule handed the stream to the block\'s player', 20_000);
    await waitFor(() => (player as unknown as { metrics?: { firstFrameAt: number } }).metrics?.firstFrameAt, 'a frame of the show', 30_000);
    expect(shadowQuery<HTMLVideoElement>(player, 'video')!.videoWidth, 'a decoded picture').to.be.greaterThan(0);
  });

  it('adds no preconnect or preload to the head when no stream is configured, or when the embed is off', async () => {
    const blank = await openShop('dawn', '');
    expect(blank.win.document.querySelector('shoplive-player')!.hasAttribute('src')).to.equal(false);
    expect(headLinks(blank.win)).to.deep.equal([]);
    // Without the embed the theme's head carries no hints; the SDK still opens the stream's connection when it finds
    // the player (src/player/preconnect.ts), once, marked as its own.
    const session = liveSession();
    const off = await openShop('dawn', session.master, { embed: false });
    const liveOrigin = new URL(session.master).origin;
    expect(headLinks(off.win)).to.deep.equal([{ rel: 'preconnect', href: `${liveOrigin}/`, as: null, crossorigin: 'anonymous', addedBy: 'sdk' }]);
  });
});
