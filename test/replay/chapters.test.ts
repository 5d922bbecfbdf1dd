// Product chapters of a replay: the stream's product DATERANGEs become marks and a "Products in this show" list;
// choosing one seeks a little before it and shows its card, which then follows the playback position.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { dressInput, scarfInput } from '../commerce/support.js';
import { cleanup, mount, shadowQuery, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { framesAfterSeek, seekablePlayer, slider, videoOf } from './support.js';

const SEGMENT_S = 2;

async function replayWithProducts(attributes = ''): Promise<ShoplivePlayer> {
  const session = liveSession();
  const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${session.replay}" ${attributes} autoplay muted></shoplive-player>`);
  player.products = [dressInput('silk-wrap-dress'), scarfInput('silk-scarf')];
  await seekablePlayer(player);
  return player;
}

async function openChapters(player: ShoplivePlayer): Promise<HTMLButtonElement[]> {
  const button = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=chapters-button]'), 'the chapters button');
  button.click();
  await player.updateComplete;
  return waitFor(() => {
    const items = [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=chapter]')];
    return items.length === 2 && items.every((item) => !/^silk-/.test(item.textContent!.trim())) && items;
  }, 'two chapters with product titles');
}

/** The text of the card of the product on stream now (the cards' overlay starts with it). */
function cardText(player: ShoplivePlayer): string {
  const text = player.shadowRoot!.querySelector('shoplive-product-cards')?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
  return /On stream now (.*?) \$/.exec(text)?.[1] ?? '';
}

describe('replay product chapters', function () {
  // Ceilings for a loaded CI machine (a recording's first frame can take long there), not timing claims.
  this.timeout(120_000);
  afterEach(cleanup);

  it('lists the chapters in order with product titles and times, and marks them on the seek bar', async () => {
    const player = await replayWithProducts();
    const items = await openChapters(player);
    expect(items.map((item) => item.querySelector('.chapter-title')!.textContent)).to.deep.equal(['Mulberry Silk Wrap Dress', 'Silk Twill Scarf']);
    expect(items.map((item) => item.querySelector('.chapter-time')!.textContent)).to.deep.equal(['0:00', '0:10']);
    expect(items[1]!.textContent!.replace(/\s+/g, ' ').trim(), 'the accessible name: title and time').to.equal('Silk Twill Scarf 0:10');
    const marks = [...slider(player)!.querySelectorAll<HTMLElement>('[part=seek-mark]')];
    expect(marks.map((mark) => mark.title)).to.deep.equal(['Mulberry Silk Wrap Dress, at 0:00', 'Silk Twill Scarf, at 0:10']);
    const at = marks.map((mark) => Number(mark.style.getPropertyValue('--_at')));
    expect(at[0]).to.equal(0);
    expect(at[1]).to.be.closeTo(0.5, 0.01);
  });

  it('choosing a chapter seeks a few seconds before it and shows that product\'s card; the card then follows a seek back', async () => {
    const player = await replayWithProducts();
    const video = videoOf(player);
    // The replay starts on the dress.
    await waitFor(() => cardText(player).includes('Mulberry Silk Wrap Dress'), 'the dress card at the start');
    const items = await openChapters(player);
    items[1]!.click();
    const frames = await framesAfterSeek(video);
    expect(frames[0], `frames ${frames.join(', ')}`).to.be.within(7, 7 + SEGMENT_S);
    // Over the introduction (still the dress's cue) the card shows the chosen scarf, and keeps it past the cue.
    await waitFor(() => cardText(player).includes('Silk Twill Scarf'), 'the scarf card');
    expect(video.currentTime, 'the card was the scarf before its cue').to.be.below(10);
    expect(shadowQuery(player, '[part=chapters]'), 'the list closes').to.equal(null);
    await waitFor(() => video.currentTime > 10.5, 'playing into the scarf chapter');
    expect(cardText(player)).to.include('Silk Twill Scarf');
    // A seek back into the dress's stretch: the card follows the position, not the clock.
    slider(player)!.focus();
    await sendKeys({ press: 'Home' });
    await framesAfterSeek(video);
    await waitFor(() => cardText(player).includes('Mulberry Silk Wrap Dress'), 'the dress card after the seek back');
  });

  it('takes the host\'s chapters JSON instead of the stream\'s, and reports bad entries', async () => {
    const errors: string[] = [];
    document.addEventListener('shoplive-error', (event) => errors.push((event as CustomEvent<{ message: string }>).detail.message));
    const chapters = JSON.stringify([{ productId: 'silk-scarf', start: 12, title: 'Scarf <b>deal</b>' }, { productId: 'silk-wrap-dress', start: 2 }, { start: 5 }]);
    const player = await replayWithProducts(`chapters='${chapters}'`);
    const button = await waitFor(() => shadowQuery<HTMLButtonElement>(player, '[part=chapters-button]'), 'the chapters button');
    button.click();
    await player.updateComplete;
    const items = await waitFor(() => {
      const found = [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=chapter]')];
      return found.length === 2 && found[0]!.textContent!.includes('Mulberry') && found;
    }, 'the host chapters');
    expect(items.map((item) => item.querySelector('.chapter-title')!.textContent)).to.deep.equal(['Mulberry Silk Wrap Dress', 'Scarf <b>deal</b>']);
    expect(items[1]!.querySelector('b'), 'titles are text, never markup').to.equal(null);
    expect(items.map((item) => item.querySelector('.chapter-time')!.textContent)).to.deep.equal(['0:02', '0:12']);
    expect(errors.some((message) => message.includes('chapters[2]'))).to.equal(true);
  });

  it('keeps subtitles in step with the picture after seeks', async () => {
    const player = await replayWithProducts('subtitles-lang="en"');
    const video = videoOf(player);
    const caption = () => player.shadowRoot!.querySelector('[part~=cue]')?.textContent ?? '';
    slider(player)!.focus();
    // 10.0-12.0 s of the script: the scarf line.
    await sendKeys({ press: 'PageUp' });
    await framesAfterSeek(video);
    await waitFor(() => video.currentTime >= 10.2 && video.currentTime < 12 && caption().includes('silk scarf'), `the scarf caption at ${video.currentTime} (${caption()})`);
    await sendKeys({ press: 'Home' });
    await framesAfterSeek(video);
    await waitFor(() => video.currentTime < 3.6 && caption().includes('welcome to the live room'), `the greeting after the seek back (${caption()})`);
  });
});
