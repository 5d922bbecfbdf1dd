import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, eventually, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { FIRST_FRAME_CEILING_MS, framesAfterSeek, seekablePlayer, slider, videoOf } from './support.js';

/** One segment of the demo media: a sought frame must be within it. */
const SEGMENT_S = 2;

describe('<shoplive-player> playing a replay (VOD), a show in progress (EVENT) and a live window with DVR', function () {
  // Ceilings for a loaded CI machine (a recording's first frame can take long there), not timing claims.
  this.timeout(120_000);
  afterEach(cleanup);

  it('plays the VOD replay with a seek bar over its whole length, elapsed/total time and no live badge', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.replay}" autoplay muted></shoplive-player>`);
    const bar = await seekablePlayer(player);
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('20');
    expect(bar.getAttribute('aria-label')).to.equal('Playback position');
    expect(bar.getAttribute('aria-valuetext')).to.match(/^(\d+ seconds?|0 seconds) of 20 seconds$/);
    expect(shadowQuery(player, '[part=time]')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^0:\d\d \/ 0:20$/);
    expect(shadowQuery(player, '[part=live-badge]'), 'a recording is not live').to.equal(null);
    const video = videoOf(player);
    const before = video.currentTime;
    await waitFor(() => video.currentTime > before + 0.5, 'the replay plays');
    await eventually(async () => Number(bar.getAttribute('aria-valuenow')) >= 1 && bar, 'the slider follows the position');
  });

  it('seeks with the keyboard (End, Home, PageDown, arrows) and decodes frames at the sought position', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.replay}" autoplay muted></shoplive-player>`);
    const bar = await seekablePlayer(player);
    const video = videoOf(player);
    bar.focus();
    await sendKeys({ press: 'End' });
    await waitFor(() => video.currentTime > 19, 'End seeks to the end');
    await sendKeys({ press: 'Home' });
    await waitFor(() => video.currentTime < 1, 'Home seeks to the start');
    // PageUp: a tenth of the range, at least 10 s.
    await sendKeys({ press: 'PageUp' });
    const frames = await framesAfterSeek(video);
    expect(frames[0], `frames ${frames.join(', ')}`).to.be.within(10, 10 + SEGMENT_S);
    const at = video.currentTime;
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => video.currentTime >= at + 4, 'ArrowRight moves 5 s on');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    const back = await framesAfterSeek(video);
    expect(back[0], `frames after two ArrowLeft: ${back.join(', ')}`).to.be.within(at - 5.5, at - 5.5 + SEGMENT_S + 1);
    expect(Number(bar.getAttribute('aria-valuenow'))).to.be.within(Math.floor(at - 6), Math.ceil(at + 2));
  });

  it('seeks where the track is clicked', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.replay}" autoplay muted style="width:640px"></shoplive-player>`);
    const bar = await seekablePlayer(player);
    const box = bar.getBoundingClientRect();
    bar.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, pointerId: 1, clientX: box.left + box.width * 0.75, clientY: box.top + box.height / 2 }));
    const frames = await framesAfterSeek(videoOf(player));
    expect(frames[0]).to.be.within(15 - 0.5, 15 + SEGMENT_S);
  });

  it('reads the position in the shopper\'s language', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="de" src="${session.replay}" autoplay muted></shoplive-player>`);
    const bar = await seekablePlayer(player);
    await waitFor(() => bar.getAttribute('aria-label') === 'Wiedergabeposition', 'German labels');
    await waitFor(() => /von 20 Sekunden$/.test(bar.getAttribute('aria-valuetext') ?? ''), `German value text (${bar.getAttribute('aria-valuetext')})`);
  });

  it('changes the playback speed from the speed menu', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.replay}" autoplay muted></shoplive-player>`);
    await seekablePlayer(player);
    const button = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=speed-button]'), 'the speed button');
    button.click();
    await player.updateComplete;
    const items = [...player.shadowRoot!.querySelectorAll<HTMLElement>('[part~=speed-menu] [role=menuitemradio]')];
    expect(items.map((item) => item.textContent!.trim())).to.deep.equal(['0.5×', '0.75×', 'Normal', '1.25×', '1.5×', '2×']);
    const video = videoOf(player);
    items[4]!.click();
    await waitFor(() => video.playbackRate === 1.5, 'playing at 1.5×');
    // The menu shows the speed the video confirmed (state comes down).
    shadowQuery<HTMLButtonElement>(player, '[part=speed-button]')!.click();
    await waitFor(() => player.shadowRoot!.querySelector('[part~=speed-menu] [aria-checked=true]')?.textContent!.trim() === '1.5×', 'the menu shows 1.5× checked');
  });

  it('EVENT playlist: seeks back into the DVR window, then "Back to live" returns to the edge', async () => {
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.event}" autoplay muted></shoplive-player>`);
    const bar = await seekablePlayer(player);
    const video = videoOf(player);
    expect(player.getAttribute('behind-live')).to.equal(null);
    bar.focus();
    await sendKeys({ press: 'Home' });
    const frames = await framesAfterSeek(video);
    expect(frames[0], `frames ${frames.join(', ')}`).to.be.below(video.seekable.start(0) + SEGMENT_S);
    const backToLive = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=live-badge][data-behind]'), '"Back to live"');
    expect(backToLive.textContent!.trim()).to.equal('Back to live');
    backToLive.click();
    await waitFor(() => !player.behindLive && video.currentTime > video.seekable.end(0) - 8, 'back at the live edge');
  });

  it('live stream with a window of 30 s or more: a seek bar over it, seeking back decodes frames there, "Back to live" returns to the edge', async () => {
    // window=20: the live playlist lists the last 20 segments (40 s), still a sliding live window.
    const session = liveSession({ window: 20 });
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame', FIRST_FRAME_CEILING_MS);
    expect(player.shadowRoot!.querySelector('[part=live-badge]'), 'a live stream').to.not.equal(null);
    // A server that has just started has published fewer segments: the bar comes once the window reaches 30 s.
    const bar = await waitFor(() => slider(player), 'the seek bar over the live window', 60_000);
    const video = videoOf(player);
    expect(video.seekable.end(0) - video.seekable.start(0)).to.be.at.least(30);
    expect(shadowQuery(player, '[part=speed-button]'), 'no speed menu on a live window').to.equal(null);
    const from = video.currentTime;
    bar.focus();
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageDown' });
    const frames = await framesAfterSeek(video);
    expect(frames[0], `frames ${frames.join(', ')} after seeking back from ${from}`).to.be.within(from - 21, from - 19 + SEGMENT_S);
    const backToLive = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=live-badge][data-behind]'), '"Back to live"');
    backToLive.click();
    await waitFor(() => !player.behindLive && video.currentTime > video.seekable.end(0) - 8, 'back at the live edge');
    expect(player.shadowRoot!.querySelector('[part=error-panel]')).to.equal(null);
  });
});
