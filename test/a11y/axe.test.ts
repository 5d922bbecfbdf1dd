// axe-core finds no serious or critical violation in any element, in the states a shopper meets, on a desktop and a
// phone, left to right (English) and right to left (Arabic).
import { expect } from '@esm-bundle/chai';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import { cleanup } from '../support/dom.js';
import { seriousViolations } from '../support/axe.js';
import { loadJson } from '../size/support.js';
import { buyButtonIn, cardDetailsSheet, failedPlayer, openMenu, pageBuyButton, playingPlayer, sizePanel, standaloneCards, type Direction } from './scenes.js';

async function expectAccessible(context: Element, state: string): Promise<void> {
  expect(await seriousViolations(context), state).to.deep.equal([]);
}

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

describe('axe: no serious or critical violations', () => {
  let chart: unknown;

  before(async () => {
    chart = await loadJson('../../demo/size-chart.json');
  });

  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  after(() => setViewport({ width: 800, height: 600 }));

  it('sees into shadow roots: a nameless button and white text on the old accent are found there', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const shadow = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('div');
      inner.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('button'), { style: 'background: #ff3b5c; color: #fff', textContent: 'Show my size' }));
      shadow.append(document.createElement('button'), inner);
      const found = await seriousViolations(host);
      expect(found.some((line) => line.startsWith('button-name'))).to.equal(true);
      expect(found.some((line) => line.startsWith('color-contrast'))).to.equal(true);
    } finally {
      host.remove();
    }
  });

  for (const viewport of VIEWPORTS) {
    for (const direction of ['ltr', 'rtl'] as Direction[]) {
      describe(`${viewport.width} px, ${direction}`, () => {
        beforeEach(() => setViewport(viewport));

        it('player: playing with captions and product cards, then each menu open', async () => {
          const { player, showControls } = await playingPlayer({ direction });
          await showControls();
          await expectAccessible(player, 'playing');
          for (const id of ['quality', 'subtitles'] as const) {
            await openMenu(player, id);
            await expectAccessible(player, `${id} menu open`);
          }
        });

        it('player: error panel', async () => {
          const player = await failedPlayer(direction);
          await expectAccessible(player, 'error panel');
        });

        it('product cards on a page, with the list open', async () => {
          const cards = await standaloneCards(direction);
          await expectAccessible(cards, 'cards');
        });

        it('product card over the show, with its details sheet open', async () => {
          const cards = await cardDetailsSheet(direction);
          await expectAccessible(cards, 'details sheet');
        });

        it('buy button: idle, pending, added, failed', async () => {
          for (const state of ['idle', 'pending', 'added', 'error'] as const) {
            const button: ShopliveBuyButton = await pageBuyButton(direction);
            const { release } = await buyButtonIn(state, button);
            await expectAccessible(button, state);
            release();
            cleanup();
          }
        });

        it('size helper: form, errors, result', async () => {
          for (const state of ['form', 'errors', 'result'] as const) {
            const helper = await sizePanel(direction, state, chart);
            await expectAccessible(helper, state);
            cleanup();
          }
        });
      });
    }
  }
});
