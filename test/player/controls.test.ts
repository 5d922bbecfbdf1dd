import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, eventMatching, mount, nextEvent, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';

function focusedPart(player: ShoplivePlayer): string | null {
  return player.shadowRoot!.activeElement?.getAttribute('part') ?? null;
}

async function playingPlayer(): Promise<ShoplivePlayer> {
  const session = liveSession();
  const player = mount<ShoplivePlayer>(`<shoplive-player title="Silk dress drop" src="${session.master}" autoplay muted></shoplive-player>`);
  await nextEvent(player, 'shoplive-first-frame');
  // The menu code loads lazily once the stream names its renditions, which can finish after the first frame.
  await waitFor(() => shadowQuery(player, '[part=quality-button]'), 'the quality menu button');
  await player.updateComplete;
  return player;
}

describe('<shoplive-player> controls', () => {
  afterEach(cleanup);

  it('labels the region and every control', async () => {
    const player = await playingPlayer();
    // The show's name is isolated in the sentence (FSI … PDI): a title in another script cannot reorder it.
    expect(shadowQuery(player, '[part=base]')!.getAttribute('aria-label')).to.equal('Live stream: \u2068Silk dress drop\u2069');
    const controls = [...player.shadowRoot!.querySelectorAll('[part=controls] button, [part=controls] input')];
    expect(controls.length).to.be.greaterThan(3);
    for (const control of controls) expect(control.getAttribute('aria-label'), control.outerHTML).to.match(/\w/);
  });

  it('can be reached and used with the keyboard alone', async () => {
    const before = mount(`<button>before</button>`);
    const player = await playingPlayer();
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const part = focusedPart(player);
      if (!part) break;
      order.push(part);
    }
    expect(order.slice(0, 3)).to.deep.equal(['play-button', 'mute-button', 'volume']);
    expect(order).to.include('quality-button');
    expect(order).to.include('fullscreen-button');

    // Play/pause with Enter and Space.
    shadowQuery<HTMLButtonElement>(player, '[part=play-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => video.paused, 'paused');
    await waitFor(() => player.state === 'paused', 'state paused');
    await sendKeys({ press: 'Space' });
    await waitFor(() => !video.paused && player.state === 'playing', 'playing again');

    // Mute toggle and volume slider.
    shadowQuery<HTMLButtonElement>(player, '[part=mute-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !video.muted, 'unmuted');
    expect(player.hasAttribute('muted')).to.equal(false);
    shadowQuery<HTMLInputElement>(player, '[part=volume]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => video.volume < 1, 'volume lowered');
    expect(video.volume).to.be.closeTo(0.9, 0.01);

    // Quality menu: open, move, choose, focus returns.
    const quality = shadowQuery<HTMLButtonElement>(player, '[part=quality-button]')!;
    quality.focus();
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    expect(quality.getAttribute('aria-expanded')).to.equal('true');
    expect(player.shadowRoot!.activeElement!.getAttribute('role')).to.equal('menuitemradio');
    // Pick a rendition other than the one ABR is playing, so a real switch must happen: End = 180p, Home + Down = 720p.
    const target = player.metrics.level?.height === 180 ? 720 : 180;
    const change = eventMatching<{ level: { height: number }; auto: boolean }>(player, 'shoplive-quality-change', (detail) => detail.level.height === target);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    if (target === 720) {
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
    }
    await sendKeys({ press: 'Enter' });
    expect((await change).detail.level.height).to.equal(target);
    await waitFor(() => focusedPart(player) === 'quality-button', 'focus back on the quality button');
    await sendKeys({ press: 'Enter' });
    await player.updateComplete;
    await sendKeys({ press: 'Escape' });
    await waitFor(() => quality.getAttribute('aria-expanded') === 'false', 'menu closed');
    expect(focusedPart(player)).to.equal('quality-button');

    // Full screen with the keyboard shortcut.
    await sendKeys({ press: 'f' });
    await waitFor(() => document.fullscreenElement === player, 'full screen');
    await waitFor(() => shadowQuery(player, '[part=fullscreen-button]')!.getAttribute('aria-pressed') === 'true', 'pressed state');
    await sendKeys({ press: 'f' });
    await waitFor(() => !document.fullscreenElement, 'left full screen');
  });

  it('offers "Back to live" when behind the live edge, and jumps back', async () => {
    const player = await playingPlayer();
    const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
    expect(shadowQuery(player, '[part=live-badge]')!.textContent!.trim()).to.equal('Live');
    player.pause();
    // A paused video sends no timeupdate: the live playlist's reloads must bring the button by themselves.
    const back = await waitFor(() => shadowQuery<HTMLButtonElement>(player, 'button[part=live-badge]'), 'a Back to live button', 25_000);
    expect(back.textContent!.trim()).to.equal('Back to live');
    const behindBy = video.currentTime;
    back.click();
    await waitFor(() => player.state === 'playing', 'playing');
    expect(video.currentTime).to.be.greaterThan(behindBy + 4);
    await waitFor(() => shadowQuery(player, 'span[part=live-badge]'), 'the Live badge again');
  }).timeout(30_000);

  it('plays muted when the browser refuses sound, and offers to unmute', async () => {
    const session = liveSession();
    const original = HTMLMediaElement.prototype.play;
    // Emulate the autoplay policy of a browser without a prior gesture on this site: sound is refused.
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      if (!this.muted) return Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
      return original.call(this);
    };
    try {
      const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay></shoplive-player>`);
      await nextEvent(player, 'shoplive-first-frame');
      await waitFor(() => player.state === 'playing', 'playing');
      const video = shadowQuery<HTMLVideoElement>(player, 'video')!;
      expect(video.muted).to.equal(true);
      const unmute = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=unmute-button]'), 'unmute button');
      expect(unmute.textContent).to.match(/Tap to unmute/);
      unmute.click();
      await waitFor(() => !video.muted, 'sound on');
      await waitFor(() => !shadowQuery(player, '[part=unmute-button]'), 'the unmute button to go away');
      expect(player.hasAttribute('muted')).to.equal(false);
    } finally {
      HTMLMediaElement.prototype.play = original;
    }
  });
});
