// The player takes the stream's own shape without moving the page: reserved from `aspect-ratio` (CLS 0) or the
// poster, bounded by a host max-height, overridden by --shoplive-aspect-ratio.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, decodedFrames, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { PHONES, observeLayoutShifts, phoneSession, resetViewport, twoFrames, usePhone, verticalPoster } from './support.js';

const ratioOf = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width / box.height;
};

/** A page with the player and text below it, which moves if the player's height changes. */
function pageWith(attributes: string, style = ''): { player: ShoplivePlayer; below: HTMLElement } {
  const page = mount(`<main><shoplive-player ${attributes} style="${style}"></shoplive-player><p id="below">Shop the look below the show.</p></main>`);
  return { player: page.querySelector<ShoplivePlayer>('shoplive-player')!, below: page.querySelector<HTMLElement>('#below')! };
}

async function playing(player: ShoplivePlayer): Promise<HTMLVideoElement> {
  await nextEvent(player, 'shoplive-first-frame');
  const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
  await decodedFrames(video, 3);
  await twoFrames();
  return video;
}

describe('<shoplive-player> aspect ratio on a phone', () => {
  afterEach(async () => {
    cleanup();
    await resetViewport();
  });

  for (const phone of PHONES.filter((each) => each.width < each.height)) {
    it(`adopts the vertical stream's 9:16 with no layout shift when aspect-ratio is given (${phone.name})`, async () => {
      await usePhone(phone);
      const shifts = observeLayoutShifts();
      const { player, below } = pageWith(`aspect-ratio="9/16" src="${phoneSession().vertical}" loading="eager" autoplay muted`);
      await player.updateComplete;
      await twoFrames();
      const reservedTop = below.getBoundingClientRect().top;
      expect(ratioOf(player)).to.be.closeTo(9 / 16, 0.01);
      const video = await playing(player);
      expect(video.videoWidth / video.videoHeight).to.be.closeTo(9 / 16, 0.01);
      expect(ratioOf(player), 'the stream\'s ratio').to.be.closeTo(video.videoWidth / video.videoHeight, 0.01);
      expect(below.getBoundingClientRect().top, 'the text below did not move').to.equal(reservedTop);
      expect(shifts.total(), 'CLS').to.equal(0);
      shifts.stop();
    });
  }

  it('without a reservation, the 9:16 stream changes the 16:9 box (the shift the attribute prevents)', async () => {
    await usePhone(PHONES[0]!);
    const shifts = observeLayoutShifts();
    // The stream is given only once the empty box is measured: on a loaded machine it could otherwise play first.
    const { player } = pageWith('loading="eager" autoplay muted');
    await player.updateComplete;
    await twoFrames();
    expect(ratioOf(player)).to.be.closeTo(16 / 9, 0.01);
    player.setAttribute('src', phoneSession().vertical);
    await playing(player);
    await waitFor(() => Math.abs(ratioOf(player) - 9 / 16) < 0.01, 'the box takes the stream\'s ratio');
    await waitFor(() => shifts.total() > 0, 'a layout shift reported');
    shifts.stop();
  });

  it('through the script-tag loader (dist/shoplive.js), aspect-ratio="9/16" is reserved before the element is defined: CLS 0', async () => {
    await usePhone(PHONES[0]!);
    const session = phoneSession();
    const frame = mount<HTMLIFrameElement>(`<iframe style="display: block; width: 360px; height: 740px; border: 0"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/test/fixtures/loader-ratio.html?src=${encodeURIComponent(session.vertical)}`;
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    // Buffered: the shifts of the frame's whole life, from before the loader ran to now.
    const shifts = observeLayoutShifts(win, true);
    const player = win.document.querySelector<ShoplivePlayer>('shoplive-player')!;
    const below = win.document.querySelector<HTMLElement>('#below')!;
    if (!player.metrics?.firstFrameAt) await nextEvent(player, 'shoplive-first-frame', 20_000);
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    await decodedFrames(video, 3);
    await twoFrames();
    expect(video.videoWidth / video.videoHeight, 'the vertical stream').to.be.closeTo(9 / 16, 0.01);
    expect(ratioOf(player), 'the stream\'s ratio').to.be.closeTo(9 / 16, 0.01);
    expect(below.getBoundingClientRect().top, 'the text below the show').to.be.at.least(player.getBoundingClientRect().bottom);
    expect(shifts.entries().map((entry) => (entry as PerformanceEntry & { value: number }).value), 'layout shifts in the frame').to.deep.equal([]);
    shifts.stop();
  });

  it('reserves the poster\'s ratio before any frame', async () => {
    await usePhone(PHONES[2]!);
    const { player } = pageWith(`poster="${verticalPoster}"`);
    await waitFor(() => Math.abs(ratioOf(player) - 720 / 1280) < 0.01, 'the poster\'s 9:16');
  });

  it('stays within the host\'s max-height, and --shoplive-aspect-ratio wins over the stream', async () => {
    await usePhone(PHONES[3]!);
    const { player } = pageWith(`src="${phoneSession().vertical}" loading="eager" autoplay muted`, 'max-height: 300px');
    await playing(player);
    await waitFor(() => Math.abs(ratioOf(player) - 9 / 16) < 0.01, 'the stream\'s ratio');
    const box = player.getBoundingClientRect();
    expect(box.height).to.be.at.most(300.5);
    expect(box.width).to.be.closeTo((300 * 9) / 16, 1);
    player.style.setProperty('--shoplive-aspect-ratio', '1');
    await waitFor(() => Math.abs(ratioOf(player) - 1) < 0.01, 'the host\'s square');
  });

  it('ignores an aspect-ratio that is not one, with a warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { player } = pageWith('aspect-ratio="916"');
      await player.updateComplete;
      expect(ratioOf(player)).to.be.closeTo(16 / 9, 0.01);
      expect(warnings.some((line) => line.includes('aspect-ratio "916"'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });
});
