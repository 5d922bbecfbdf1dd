// The player on a phone: every control stays inside the player box, menus fit above the bar, captions show every line;
// and the subtitles menu announces its two choices as two groups.
import { expect } from '@esm-bundle/chai';
import { resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, shadowQuery, waitFor } from '../support/dom.js';
import { openMenu, playingPlayer, type Direction } from './scenes.js';

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom'>;
const boxOf = (element: Element): Box => element.getBoundingClientRect();

function outside(inner: Box, outer: Box): boolean {
  const slack = 0.5;
  return inner.left < outer.left - slack || inner.right > outer.right + slack || inner.top < outer.top - slack || inner.bottom > outer.bottom + slack;
}

/** Parts of the bar that are drawn (hidden ones, like the volume slider on a phone, have no box). */
function visibleControls(player: ShoplivePlayer): HTMLElement[] {
  return [...player.shadowRoot!.querySelectorAll<HTMLElement>('[part=controls] > *')].filter((element) => element.getClientRects().length && !element.classList.contains('spacer'));
}

function expectAllInside(elements: Element[], container: Element, what: string): void {
  const frame = boxOf(container);
  const escaped = elements.filter((element) => outside(boxOf(element), frame)).map((element) => element.getAttribute('part') ?? element.className);
  expect(escaped, `${what} outside the player`).to.deep.equal([]);
}

/** Lines of text a cue lays out, each as its own box (an inline box has one rect per line). */
const lineBoxes = (cue: Element): DOMRect[] => [...cue.querySelector('span')!.getClientRects()];

describe('<shoplive-player> on a 320 px wide phone', () => {
  afterEach(async () => {
    cleanup();
    localStorage.removeItem('shoplive:subtitles');
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  // The full width of the screen, and inside a page with 16 px margins.
  for (const [direction, lang, width] of [
    ['ltr', 'en', 320],
    ['ltr', 'de', 288],
    ['rtl', 'ar', 288],
  ] as Array<[Direction, string, number]>) {
    it(`keeps every control and both menus inside a ${width} px player (${lang})`, async () => {
      await setViewport({ width: 320, height: 640 });
      const { player, showControls } = await playingPlayer({ direction, lang, width: `${width}px` });
      await showControls();
      expect(Math.round(player.getBoundingClientRect().width)).to.equal(width);
      const controls = visibleControls(player);
      for (const part of ['play-button', 'mute-button', 'live-badge', 'quality-button', 'subtitles-button', 'fullscreen-button']) {
        expect(controls.map((element) => element.getAttribute('part')), part).to.include(part);
      }
      expectAllInside(controls, player, 'controls');
      // Still targets a finger can hit (WCAG 2.5.8: at least 24 by 24 px).
      const small = controls.filter((element) => element.localName === 'button' && (boxOf(element).right - boxOf(element).left < 24 || boxOf(element).bottom - boxOf(element).top < 24));
      expect(small.map((element) => element.getAttribute('part')), 'buttons under 24 px').to.deep.equal([]);
      const bar = shadowQuery(player, '[part=controls]')!;
      expect(bar.scrollWidth, 'the bar does not overflow').to.be.at.most(bar.clientWidth);
      // No two controls share pixels (squeezed, not stacked).
      const boxes = controls.map(boxOf);
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = direction === 'rtl' ? [boxes[i]!, boxes[i - 1]!] : [boxes[i - 1]!, boxes[i]!];
        expect(a.right, `${controls[i - 1]!.getAttribute('part')} / ${controls[i]!.getAttribute('part')}`).to.be.at.most(b.left + 0.5);
      }
      for (const id of ['quality', 'subtitles'] as const) {
        const menu = await openMenu(player, id);
        expectAllInside([menu], player, `${id} menu`);
        expect(boxOf(menu).bottom, `${id} menu above the bar`).to.be.at.most(boxOf(bar).top + 0.5);
        // A menu taller than the room scrolls: its last item can be reached.
        const last = [...menu.querySelectorAll('[role=menuitemradio]')].at(-1)!;
        last.scrollIntoView({ block: 'nearest' });
        expectAllInside([last], menu, `${id} menu's last item`);
      }
    });
  }

  it('shows every line of a long caption in large text', async () => {
    await setViewport({ width: 320, height: 640 });
    localStorage.setItem('shoplive:subtitles', JSON.stringify({ size: 'large' }));
    const { player } = await playingPlayer({ direction: 'ltr', width: '320px' });
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    const text = 'This dress is cut from sand-washed mulberry silk, so it drapes softly and keeps you cool all summer long.';
    player.addCue({ start: video.currentTime, end: video.currentTime + 120, text, lang: 'en' });
    const cue = await waitFor(() => [...player.shadowRoot!.querySelectorAll('[part~=cue]')].find((each) => each.textContent!.trim() === text), 'the long caption');
    expect(shadowQuery(player, '[part=subtitles]')!.getAttribute('data-size')).to.equal('large');
    const lines = lineBoxes(cue);
    expect(lines.length, 'wraps to more than two lines at this width').to.be.greaterThan(2);
    expect(cue.scrollHeight, 'nothing cut off inside the cue').to.be.at.most(cue.clientHeight + 1);
    const overlay = boxOf(shadowQuery(player, '[part=subtitles]')!);
    const frame = boxOf(player);
    for (const line of lines) {
      expect(outside(line, boxOf(cue)), `line at ${line.top}px inside its cue`).to.equal(false);
      expect(outside(line, overlay), `line at ${line.top}px inside the caption area`).to.equal(false);
      expect(outside(line, frame), `line at ${line.top}px inside the player`).to.equal(false);
    }
  });
});

describe('<shoplive-player> subtitles menu', () => {
  beforeEach(() => {
    localStorage.removeItem('shoplive:subtitles');
    localStorage.removeItem('shoplive:caption-style');
  });
  afterEach(() => {
    cleanup();
    localStorage.removeItem('shoplive:subtitles');
    localStorage.removeItem('shoplive:caption-style');
  });

  it('groups languages, and opens the caption style page, each group labelled with one checked item', async () => {
    const { player } = await playingPlayer({ direction: 'ltr' });
    const menu = await openMenu(player, 'subtitles');
    expect([...menu.children].map((child) => child.getAttribute('role'))).to.deep.equal(['group', 'group']);
    const groupsOf = (popup: HTMLElement) => [...popup.querySelectorAll<HTMLElement>(':scope > [role=group]')];
    const names = (popup: HTMLElement) => groupsOf(popup).map((group) => popup.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent?.trim());
    expect(names(menu)).to.deep.equal(['Language', 'Caption style']);
    const items = (group: HTMLElement) => [...group.querySelectorAll<HTMLElement>('[role=menuitemradio], [role=menuitem]')].map((item) => item.textContent!.trim());
    const checked = (group: HTMLElement) => [...group.querySelectorAll<HTMLElement>('[role=menuitemradio][aria-checked=true]')].map((item) => item.textContent!.trim());
    const [language, entry] = groupsOf(menu);
    expect(items(language!)).to.deep.equal(['Off', 'English', 'Français']);
    expect(checked(language!)).to.deep.equal(['English']);
    expect(items(entry!)).to.deep.equal(['Caption style …']);
    expect(entry!.querySelector('[role=menuitem]')!.hasAttribute('aria-checked'), 'an action, not a choice').to.equal(false);

    // The arrow keys walk on from the last language to the entry; Enter opens the style page, which stays open.
    menu.querySelector<HTMLElement>('[role=menuitemradio][aria-checked=true]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(player.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Caption style …');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => names(shadowQuery<HTMLElement>(player, '#subtitles-menu')!).length === 5, 'the caption style page');
    const page = shadowQuery<HTMLElement>(player, '#subtitles-menu')!;
    expect(names(page)).to.deep.equal(['Caption style', 'Text size', 'Text colour', 'Background', 'Position']);
    const [, size, color, background, position] = groupsOf(page);
    expect(items(size!)).to.deep.equal(['Small', 'Medium', 'Large', 'Extra large']);
    expect(items(color!)).to.deep.equal(['White', 'Yellow', 'Cyan', 'Green']);
    expect(items(background!)).to.deep.equal(['None', 'Translucent', 'Solid']);
    expect(items(position!)).to.deep.equal(['Bottom', 'Top']);
    expect([size, color, background, position].map((group) => checked(group!)[0])).to.deep.equal(['Medium', 'White', 'Translucent', 'Bottom']);
    await waitFor(() => player.shadowRoot!.activeElement?.textContent?.trim() === '‹ Back', 'focus on the page\'s first item');
    // Choosing a size leaves the language alone, and the page open for the next choice.
    [...size!.querySelectorAll<HTMLElement>('[role=menuitemradio]')][2]!.click();
    await waitFor(() => shadowQuery(player, '[part=subtitles]')?.getAttribute('data-size') === 'large', 'large captions');
    expect(shadowQuery(player, '#subtitles-menu'), 'still open').to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    const again = await openMenu(player, 'subtitles');
    expect(checked(groupsOf(again)[0]!)).to.deep.equal(['English']);
  });
});
