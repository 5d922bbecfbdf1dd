// Replays and the schedule for every shopper: axe finds nothing serious, right-to-left works, touch targets are
// 44 px, and "Share this moment" copies the link the host's template makes.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/player/index.js';
import '../../src/schedule/schedule.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import type { ShopliveSchedule } from '../../src/schedule/schedule.component.js';
import { dressInput, scarfInput } from '../commerce/support.js';
import { seriousViolations } from '../support/axe.js';
import { cleanup, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { showIn } from '../schedule/support.js';
import { framesAfterSeek, seekablePlayer, stubClipboard, videoOf } from './support.js';

describe('replay and schedule accessibility', () => {
  let clipboard: ReturnType<typeof stubClipboard> | undefined;
  afterEach(() => {
    clipboard?.restore();
    clipboard = undefined;
  });

  afterEach(cleanup);

  it('a replay in Arabic: right-to-left seek keys, Arabic labels, 44 px chapter targets, no serious axe violation', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="ar" style="width:360px" src="${session.replay}" autoplay muted></shoplive-player>`);
    player.products = [dressInput('silk-wrap-dress'), scarfInput('silk-scarf')];
    const bar = await seekablePlayer(player);
    await waitFor(() => bar.getAttribute('aria-label') === 'موضع التشغيل', 'Arabic labels');
    expect(shadowQuery(player, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
    const video = videoOf(player);
    bar.focus();
    // In right-to-left text ArrowLeft moves forward.
    const before = video.currentTime;
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => video.currentTime > before + 3, 'ArrowLeft seeks forward in RTL');
    await framesAfterSeek(video);
    const button = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=chapters-button]'), 'the chapters button');
    button.click();
    const chapters = await waitFor(() => {
      const found = [...player.shadowRoot!.querySelectorAll<HTMLElement>('[part=chapter]')];
      return found.length === 2 && found;
    }, 'the chapters');
    for (const chapter of chapters) expect(chapter.getBoundingClientRect().height).to.be.at.least(44);
    expect(bar.getBoundingClientRect().height).to.be.at.least(44);
    expect(await seriousViolations(player)).to.deep.equal([]);
    // Escape closes the list and gives focus back to its button.
    chapters[0]!.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => player.shadowRoot!.activeElement?.getAttribute('part') === 'chapters-button', 'focus back on the button');
    expect(shadowQuery(player, '[part=chapters]')).to.equal(null);
  });

  it('"Share this moment" copies the host template filled with the position and fires shoplive-share', async () => {
    clipboard = stubClipboard();
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${session.replay}" share-url="https://shop.example/replay/42?at={t}&amp;p={product}" autoplay muted></shoplive-player>`);
    player.products = [dressInput('silk-wrap-dress'), scarfInput('silk-scarf')];
    const bar = await seekablePlayer(player);
    bar.focus();
    await sendKeys({ press: 'PageUp' });
    await framesAfterSeek(videoOf(player));
    const video = videoOf(player);
    video.pause();
    await waitFor(() => video.paused && video.currentTime >= 10, 'paused in the scarf chapter');
    const seconds = Math.floor(video.currentTime);
    (await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=chapters-button]'), 'the chapters button')).click();
    const share = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=share-button]'), 'the share button');
    const shared = nextEvent<{ url: string; position: number }>(player, 'shoplive-share');
    share.focus();
    await sendKeys({ press: 'Enter' });
    const event = await shared;
    expect(event.detail.url).to.equal(`https://shop.example/replay/42?at=${seconds}&p=silk-scarf`);
    expect(clipboard!.written, 'the clipboard holds the same link').to.deep.equal([event.detail.url]);
    await waitFor(() => shadowQuery(player, '.share-status')?.textContent === 'Link copied', '"Link copied"');
  });

  it('"Share this moment" without a template copies the page\'s address with #shoplive-t=', async () => {
    clipboard = stubClipboard();
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${session.replay}" autoplay muted></shoplive-player>`);
    player.products = [dressInput('silk-wrap-dress'), scarfInput('silk-scarf')];
    await seekablePlayer(player);
    const video = videoOf(player);
    await waitFor(() => video.currentTime >= 1, 'a moment into the replay');
    video.pause();
    (await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=chapters-button]'), 'the chapters button')).click();
    const shared = nextEvent<{ url: string; position: number }>(player, 'shoplive-share');
    (await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=share-button]'), 'the share button')).click();
    const event = await shared;
    const expected = new URL(location.href);
    expected.hash = `shoplive-t=${Math.floor(event.detail.position)}`;
    expect(event.detail.url).to.equal(expected.href);
    expect(Math.floor(event.detail.position)).to.equal(Math.floor(video.currentTime));
    expect(clipboard.written).to.deep.equal([expected.href]);
    await waitFor(() => shadowQuery(player, '.share-status')?.textContent === 'Link copied', '"Link copied"');
  });

  it('the schedule in Arabic: right-to-left, no serious axe violation, 44 px actions', async () => {
    const schedule = mount<ShopliveSchedule>('<shoplive-schedule lang="ar"></shoplive-schedule>');
    schedule.shows = [showIn('a', 3600_000, { image: '/demo/img/dress-front.svg', timeZone: 'Asia/Shanghai' }), showIn('b', -60_000, { streamUrl: '/live/show.m3u8' })];
    await waitFor(() => schedule.shadowRoot!.querySelector('[data-show=a] [part=countdown]')?.textContent?.includes('يبدأ'), 'Arabic countdown');
    expect(schedule.shadowRoot!.querySelector('section')!.getAttribute('dir')).to.equal('rtl');
    for (const action of schedule.shadowRoot!.querySelectorAll<HTMLElement>('.action')) expect(action.getBoundingClientRect().height).to.be.at.least(44);
    expect(await seriousViolations(schedule)).to.deep.equal([]);
  });
});
