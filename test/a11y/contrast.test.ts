// Default colours pass WCAG 2.2 AA with no theming: text 4.5:1 (1.4.3), icons and the LIVE badge's surroundings
// 3:1 (1.4.11). Over video the picture behind the controls can be anything: these tests put the brightest one there (a
// white player background behind a transparent video) and compute what is really painted.
import { expect } from '@esm-bundle/chai';
import { resetMouse } from '@web/test-runner-commands';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import { cleanup, shadowQuery, waitFor } from '../support/dom.js';
import { contrastOf } from '../support/contrast.js';
import { loadJson } from '../size/support.js';
import { buyButtonIn, failedPlayer, openMenu, pageBuyButton, playingPlayer, sizePanel } from './scenes.js';

const TEXT = 4.5;
const ICON = 3;

/** Every element's ratio, so a failure names all that fall short at once. */
function expectContrast(elements: Array<[string, Element | null | undefined]>, minimum: number): void {
  const short: string[] = [];
  for (const [what, element] of elements) {
    if (!element) throw new Error(`${what}: not on screen`);
    const ratio = contrastOf(element);
    if (ratio < minimum) short.push(`${what} ${ratio.toFixed(2)}:1`);
  }
  expect(short, `below ${minimum}:1`).to.deep.equal([]);
}

const inside = (host: Element | null | undefined, selector: string) => host?.shadowRoot?.querySelector(selector);
const all = (host: Element, selector: string) => [...host.shadowRoot!.querySelectorAll(selector)];

describe('contrast of the default colours', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('keeps the control icons, the LIVE badge, menus, captions and the product cards readable over a white frame', async () => {
    const { player, showControls } = await playingPlayer({ direction: 'ltr', whiteFrame: true });
    await showControls();
    const icons = all(player, '[part=controls] button:not([part=live-badge]) svg');
    expect(icons.length).to.be.greaterThan(4);
    expectContrast(icons.map((icon) => [icon.parentElement!.getAttribute('part')!, icon]), ICON);
    expectContrast(
      [
        ['LIVE badge', shadowQuery(player, '[part=live-badge]')],
        ['caption', shadowQuery(player, '[part~=cue] span')],
      ],
      TEXT,
    );

    for (const id of ['quality', 'subtitles'] as const) {
      const menu = await openMenu(player, id);
      expectContrast([...menu.querySelectorAll('[role=menuitemradio], .group-label')].map((item) => [`${id} menu: ${item.textContent!.trim()}`, item]), TEXT);
    }

    const cards = player.shadowRoot!.querySelector('shoplive-product-cards')!;
    const card = await waitFor(() => inside(cards, '[part=card]'), 'the card');
    player.presentProduct(card.querySelector('shoplive-buy-button')!.getAttribute('product-id'));
    await waitFor(() => inside(cards, '[part=badge]'), 'the "on stream" badge');
    const buy = cards.shadowRoot!.querySelector<ShopliveBuyButton>('shoplive-buy-button')!;
    expectContrast(
      [
        ['card title', inside(cards, '[part=title] a')],
        ['card price', inside(cards, '[part=price]')],
        ['on-stream badge', inside(cards, '[part=badge]')],
        ['natural light toggle', inside(cards, '[part=natural-light-button]')],
        ['list button', inside(cards, '[part=list-button]')],
        ['cart button', inside(cards, '[part=cart-button]')],
        ['size chip', inside(buy, '[role=radio][data-size=S]')],
        ['buy button', inside(buy, '[part=button] .label')],
      ],
      TEXT,
    );
    await buyButtonIn('error', buy);
    expectContrast([['failed add, status in the card', inside(buy, '[part=status]')]], TEXT);
  });

  it('keeps the error panel and its "Try again" readable over a white frame', async () => {
    const player = await failedPlayer('ltr', true);
    expectContrast(
      [
        ['error message', shadowQuery(player, '[part=error-panel] p')],
        ['Try again', shadowQuery(player, '[part=retry-button]')],
      ],
      TEXT,
    );
  });

  it('keeps the buy button readable on a white page in every state', async () => {
    for (const state of ['idle', 'pending', 'added', 'error'] as const) {
      const button = await pageBuyButton('ltr');
      const { release } = await buyButtonIn(state, button);
      const elements: Array<[string, Element | null | undefined]> = [[`${state}: label`, inside(button, '[part=button] .label')]];
      if (state === 'idle') elements.push(['idle: price', inside(button, '[part=price]')], ['idle: chosen size', inside(button, '[role=radio][aria-checked=true]')]);
      if (state === 'added' || state === 'error') elements.push([`${state}: status`, inside(button, '[part=status]')]);
      expectContrast(elements, TEXT);
      release();
      cleanup();
    }
  });

  it('keeps the size helper’s buttons, hints and messages readable', async () => {
    const chart = await loadJson('../../demo/size-chart.json');
    const helper = await sizePanel('ltr', 'errors', chart);
    expectContrast(
      [
        ['Show my size', inside(helper, '[part=submit-button]')],
        ['intro', inside(helper, '.intro')],
        ['height message', inside(helper, '#height-error')],
        ['chosen unit', inside(helper, '.segmented label:has(input:checked) span')],
        ['unit symbol', inside(helper, '.unit')],
      ],
      TEXT,
    );
  });
});
