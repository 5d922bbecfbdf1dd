// Overlays leave the seller and the captions visible: at 360 px the presented product's card covers at most a fifth of
// the video and never meets a caption line; titles wrap by word and clamp to two lines; badges keep to one line;
// captions move above the bar while it shows.
import { expect } from '@esm-bundle/chai';
import { resetMouse } from '@web/test-runner-commands';
import { cleanup, shadowQuery, waitFor } from '../support/dom.js';
import { phoneScene, type Show } from './scene.js';
import { PHONES, area, intersection, resetViewport, usePhone } from './support.js';

/** Figures for docs/phone.md: printed by the test run. */
const figures: string[] = [];
after(() => console.log(`phone overlay figures:\n${figures.join('\n')}`));

/** Each word of an element's text on one line: a word split across two lines has two boxes. */
function wordsSplitAcrossLines(element: Element): string[] {
  const text = element.firstChild?.nodeType === Node.TEXT_NODE ? element.firstChild : [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
  if (!text) throw new Error('no text');
  const content = text.textContent!;
  const split: string[] = [];
  for (const match of content.matchAll(/\S+/g)) {
    const range = document.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
    // A hyphen is a place to break between words.
    if (tops.size > 1 && !match[0].includes('-')) split.push(match[0]);
  }
  return split;
}

const lineHeight = (element: Element) => parseFloat(getComputedStyle(element).lineHeight);
const linesOf = (element: Element) => Math.round(element.getBoundingClientRect().height / lineHeight(element));

describe('<shoplive-player> overlays on a phone', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
    await resetViewport();
  });

  for (const phone of PHONES) {
    for (const show of ['vertical', '16:9'] as Show[]) {
      it(`card and captions never meet, captions stay above the bar (${show} show, ${phone.name})`, async () => {
        await usePhone(phone);
        const scene = await phoneScene({ show });
        const { player, video } = scene;
        await scene.hideControls();
        const videoBox = video.getBoundingClientRect();
        await waitFor(() => scene.captionLines().length, 'caption lines');
        const card = scene.presentedCard();
        const coverage = intersection(card, videoBox) / area(videoBox);
        const lines = scene.captionLines();
        const overlap = lines.reduce((sum, line) => sum + intersection(line, card), 0);
        const compact = !!scene.cards.shadowRoot!.querySelector('[part=compact-card]')?.getClientRects().length;
        figures.push(`${show} show, ${phone.name}: player ${Math.round(videoBox.width)}x${Math.round(videoBox.height)}, ${compact ? 'compact' : 'full'} card ${Math.round(card.width)}x${Math.round(card.height)} covers ${(coverage * 100).toFixed(1)} % of the video, caption lines ${lines.length}, overlap ${overlap} px²`);
        expect(overlap, 'caption lines under the card (px²)').to.equal(0);
        expect(compact, 'compact card under 480 x 400 px').to.equal(videoBox.width < 480 || videoBox.height < 400);
        if (videoBox.width <= 400) expect(coverage, 'card coverage at phone width').to.be.at.most(0.2);
        // The bar shows: the captions move up above it, still clear of the card.
        await scene.showControls();
        const bar = shadowQuery(player, '[part=controls]')!.getBoundingClientRect();
        await waitFor(() => scene.captionLines().every((line) => line.bottom <= bar.top + 0.5), 'captions above the bar');
        expect(scene.captionLines().reduce((sum, line) => sum + intersection(line, scene.presentedCard()), 0), 'caption under the card, bar shown').to.equal(0);
      });
    }
  }

  it('at 360 px the compact card covers at most 20 % of the 16:9 video (controls hidden)', async () => {
    await usePhone(PHONES[0]!);
    const scene = await phoneScene({ show: '16:9' });
    await scene.hideControls();
    const videoBox = scene.video.getBoundingClientRect();
    expect(Math.round(videoBox.width)).to.equal(360);
    const coverage = intersection(scene.presentedCard(), videoBox) / area(videoBox);
    expect(coverage).to.be.greaterThan(0);
    expect(coverage).to.be.at.most(0.2);
    expect(scene.cards.shadowRoot!.querySelector('[part=compact-buy-button]')!.getClientRects().length, 'the compact card').to.equal(1);
  });

  it('gives a long caption in large text room: the card steps aside rather than cover or cut a line', async () => {
    await usePhone(PHONES[0]!);
    localStorage.setItem('shoplive:subtitles', JSON.stringify({ size: 'large' }));
    try {
      const caption =
        'This dress is cut from sand-washed mulberry silk, so it drapes softly and keeps you cool all summer long. The tie at the waist adjusts it, the lining is breathable cupro, and every seam is finished by hand in our Hangzhou studio.';
      const scene = await phoneScene({ show: '16:9', caption });
      await scene.hideControls();
      const area = shadowQuery(scene.player, '[part=subtitles]')!;
      const inside = () => scene.captionLines().every((line) => line.top >= area.getBoundingClientRect().top - 0.5);
      await waitFor(inside, 'every caption line inside the caption area');
      const lines = scene.captionLines();
      expect(lines.length, 'a long caption').to.be.greaterThan(4);
      expect(lines.reduce((sum, line) => sum + intersection(line, scene.cardsBox()), 0), 'overlap with a visible card').to.equal(0);
      expect(scene.cards.checkVisibility({ visibilityProperty: true }), 'the card stepped aside').to.equal(false);
    } finally {
      localStorage.removeItem('shoplive:subtitles');
    }
  });

  it('wraps long titles by word and clamps them to two lines', async () => {
    await usePhone(PHONES[2]!);
    const title = 'Mulberry Silk Wrap Dress with Hand-Rolled Hem and Adjustable Waist Tie';
    const scene = await phoneScene({ show: '16:9', title });
    const element = scene.cards.shadowRoot!.querySelector('[part=compact-title]')!;
    expect(element.textContent).to.equal(title);
    expect(wordsSplitAcrossLines(element), 'words broken across lines').to.deep.equal([]);
    expect(linesOf(element), 'lines shown').to.equal(2);
    expect(element.scrollHeight, 'the rest is clamped').to.be.greaterThan(element.clientHeight);
  });

  for (const lang of ['de', 'ar', 'ja']) {
    it(`keeps badges on one line (${lang})`, async () => {
      await usePhone(PHONES[0]!);
      for (const show of ['16:9', 'vertical'] as Show[]) {
        const scene = await phoneScene({ show, lang });
        await scene.showControls();
        const badge = scene.cards.shadowRoot!.querySelector('[part=badge]')!;
        const live = shadowQuery(scene.player, '[part=live-badge]')!;
        for (const element of [badge, live]) {
          expect(element.getClientRects().length, `${element.getAttribute('part')} shown`).to.equal(1);
          expect(linesOf(element), `${element.getAttribute('part')} lines (${show})`).to.equal(1);
          // On one line and whole: no text cut off or hidden behind an ellipsis.
          expect(element.clientWidth, `${element.getAttribute('part')} width (${show})`).to.be.greaterThan(0);
          expect(element.scrollWidth, `${element.getAttribute('part')} text fits (${show}): "${element.textContent!.trim()}"`).to.be.at.most(element.clientWidth);
        }
        cleanup();
      }
    });
  }
});

describe('<shoplive-player> compact card sheets', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
    await resetViewport();
  });

  it('"Buy" opens a sheet over the video with the sizes and Add to cart; Escape closes it and focus returns', async () => {
    await usePhone(PHONES[2]!);
    const scene = await phoneScene({ show: '16:9' });
    const root = scene.cards.shadowRoot!;
    const buy = root.querySelector<HTMLButtonElement>('[part=compact-buy-button]')!;
    buy.click();
    const sheet = await waitFor(() => root.querySelector<HTMLElement>('[part=sheet]'), 'the sheet');
    expect(scene.cards.getAttribute('sheet')).to.equal('buy');
    await waitFor(() => root.activeElement === sheet, 'focus in the sheet');
    const button = await waitFor(() => [...root.querySelectorAll('shoplive-buy-button')].find((each) => each.getClientRects().length), 'the buy button in the sheet');
    button.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
    await waitFor(() => button.shadowRoot!.querySelector('[part~=size]'), 'the size chips');
    // Over the video, inside the player, not over the page (it scrolls when taller than the room).
    const player = scene.player.getBoundingClientRect();
    const box = scene.cards.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(player.bottom + 0.5);
    expect(box.top).to.be.at.least(player.top - 0.5);
    sheet.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitFor(() => !root.querySelector('[part=sheet]'), 'the sheet closed');
    await waitFor(() => root.activeElement === buy, 'focus back on Buy');
  });

  it('the thumbnail opens the product list as a bottom sheet; picking one shows it in the card', async () => {
    await usePhone(PHONES[0]!);
    const scene = await phoneScene({ show: 'vertical' });
    const root = scene.cards.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part=compact-list-button]')!.click();
    const sheet = await waitFor(() => root.querySelector<HTMLElement>('[part=sheet]'), 'the list sheet');
    const items = [...root.querySelectorAll<HTMLButtonElement>('[part=list-item]')].filter((item) => item.getClientRects().length);
    expect(items.length).to.equal(2);
    const player = scene.player.getBoundingClientRect();
    expect(Math.round(scene.cards.getBoundingClientRect().bottom), 'a bottom sheet over the video').to.equal(Math.round(player.bottom));
    expect(sheet.getClientRects().length).to.equal(1);
    items[1]!.click();
    await waitFor(() => !root.querySelector('[part=sheet]'), 'the sheet closed');
    await waitFor(() => root.querySelector('[part=compact-title]')?.textContent === 'Silk Twill Scarf', 'the picked product in the card');
  });
});
