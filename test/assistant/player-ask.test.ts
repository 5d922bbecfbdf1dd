// The player's "Ask" entries (a player feature): they appear with the show's products, the one over the video asks
// about the product the seller presents, the one on each product card about that card's product, and both stay away
// with `no-assistant`.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import type { ShopliveAssistant } from '../../src/assistant/widget/assistant.component.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { seriousViolations } from '../support/axe.js';
import { cleanup, mount, nextEvent, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { lampInput, shirtInput, visible } from './support.js';

const text = (element: Element) => visible(element.shadowRoot!.textContent).replace(/\s+/g, ' ');

describe('player "Ask" entry', () => {
  afterEach(cleanup);

  // Runs first: the page has loaded no assistant code yet.
  it('is not loaded or drawn with no-assistant', async () => {
    const player = mount<ShoplivePlayer>(`<shoplive-player no-assistant lang="en" src="${liveSession().master}" autoplay muted></shoplive-player>`);
    player.products = [shirtInput()];
    await nextEvent(player, 'shoplive-first-frame');
    const cards = await waitFor(() => player.shadowRoot!.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'the product cards');
    await waitFor(() => cards.shadowRoot?.querySelector('[part=details-button]'), 'the card with its Details');
    // Booleans, not elements: a failing match on an element would be serialized, shadow roots and all.
    expect(!!cards.shadowRoot!.querySelector('[part=ask-button]'), 'no Ask on the card').to.equal(false);
    expect(!!player.shadowRoot!.querySelector('shoplive-assistant'), 'no assistant over the video').to.equal(false);
    expect(performance.getEntriesByType('resource').filter((entry) => /src\/assistant\/(assistant-feature\.|widget\/)/.test(entry.name)).map((entry) => entry.name)).to.deep.equal([]);
  });

  it('asks about the presented product, and follows the seller to the next one', async () => {
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="en" src="${liveSession().master}" autoplay muted></shoplive-player>`);
    const shirt = shirtInput();
    const lamp = lampInput();
    player.products = [shirt, lamp];
    player.presentProduct(shirt.id);
    await nextEvent(player, 'shoplive-first-frame');
    const box = await waitFor(() => player.shadowRoot!.querySelector<ShopliveAssistant>('shoplive-assistant'), 'the assistant over the video');
    const open = await waitFor(() => box.shadowRoot?.querySelector<HTMLButtonElement>('.open'), 'the Ask button');
    expect(open.textContent).to.equal('Ask');
    expect(open.getAttribute('aria-label')).to.equal('Ask about Linen Shirt');
    open.click();
    await waitFor(() => text(box).includes('What size is the model wearing?'), 'the shirt\'s suggestions');
    await box.ask('what size is the model wearing?');
    await waitFor(() => text(box).includes('The model wears size M.'), 'the model answer');
    player.presentProduct(lamp.id);
    await box.ask('what are the dimensions?');
    await waitFor(() => text(box).includes('height 17.7 in (45 cm)'), 'the lamp\'s dimensions');
  });

  /** A show of two products, the seller presenting the shirt; the shopper picks the lamp from the list. */
  async function lampPicked(lang: string) {
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="${lang}" src="${liveSession().master}" autoplay muted></shoplive-player>`);
    const shirt = shirtInput();
    const lamp = lampInput();
    player.products = [shirt, lamp];
    player.presentProduct(shirt.id);
    await nextEvent(player, 'shoplive-first-frame');
    const cards = await waitFor(() => player.shadowRoot!.querySelector<ShopliveProductCards>('shoplive-product-cards'), 'the cards overlay');
    const root = cards.shadowRoot!;
    const list = await waitFor(() => root.querySelector<HTMLButtonElement>('[part=list-button]'), 'the list button');
    list.click();
    const item = await waitFor(() => root.querySelector<HTMLButtonElement>(`[part=list-item][data-product="${lamp.id}"]`), 'the lamp in the list');
    item.click();
    await waitFor(() => root.querySelector('[part=title]')?.textContent?.trim() === 'Oak Table Lamp', 'the lamp\'s card');
    const ask = await waitFor(() => root.querySelector<HTMLButtonElement>('[part=ask-button]'), 'Ask on the lamp\'s card');
    return { player, cards, root, ask, shirt, lamp };
  }

  /** The question box in the card's sheet, its input ready. */
  async function sheetBox(cards: ShopliveProductCards) {
    await waitFor(() => cards.getAttribute('sheet') === 'ask', 'the Ask sheet open');
    const box = await waitFor(() => cards.shadowRoot!.querySelector<ShopliveAssistant>('[part=sheet] [part=ask] shoplive-assistant'), 'the assistant in the sheet');
    const input = await waitFor(() => box.shadowRoot?.querySelector<HTMLInputElement>('input'), 'its question box');
    return { box, input };
  }

  it('asks about the card\'s own product from its Ask (not the presented one), typed with the keyboard', async () => {
    const { player, cards, root, ask, shirt, lamp } = await lampPicked('en');
    expect(ask.textContent!.trim()).to.equal('Ask');
    expect(ask.getAttribute('aria-label')).to.equal('Ask about Oak Table Lamp');
    expect(ask.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(ask.previousElementSibling?.getAttribute('part'), 'beside Details').to.equal('details-button');
    expect(ask.getBoundingClientRect().height).to.be.at.least(44);
    ask.click();
    const { box, input } = await sheetBox(cards);
    const dialog = root.querySelector('[part=base]')!;
    expect([dialog.getAttribute('role'), dialog.getAttribute('aria-label')]).to.deep.equal(['dialog', 'Ask about Oak Table Lamp']);
    await waitFor(() => root.activeElement === root.querySelector('[part=sheet]'), 'focus moved into the sheet');
    input.focus();
    // Real keys: "m" and "f" in the question are letters, not the player's mute and full-screen shortcuts.
    await sendKeys({ type: 'what is it made of?' });
    expect(input.value).to.equal('what is it made of?');
    expect(player.muted, 'still muted').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => text(box).includes('Solid oak, linen shade'), () => `the lamp's material, got "${text(box)}"`);
    expect(text(box)).to.not.include('linen shirt').and.not.include('European linen');
    expect(await seriousViolations(player), 'axe, the Ask sheet open').to.deep.equal([]);
    // The seller moves on (the card beneath follows): the shopper's question box stays on the lamp.
    player.presentProduct(lamp.id);
    player.presentProduct(shirt.id);
    await waitFor(() => root.querySelector('[part=title]')?.textContent?.trim() === 'Linen Shirt', 'the card beneath on the shirt');
    expect(root.querySelector('.sheet-title')!.textContent).to.equal('Ask about Oak Table Lamp');
    expect(root.querySelector('shoplive-assistant')!.getAttribute('product-id')).to.equal(lamp.id);
    expect(text(box)).to.include('Solid oak, linen shade');
  });

  it('returns focus to the card\'s Ask on Escape in the question box and on Close', async () => {
    const { cards, root, ask } = await lampPicked('en');
    ask.focus();
    await sendKeys({ press: 'Enter' });
    const { input } = await sheetBox(cards);
    input.focus();
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !root.querySelector('[part=sheet]'), 'the sheet closed by Escape');
    await waitFor(() => root.activeElement === ask, 'focus back on Ask after Escape');
    await sendKeys({ press: 'Enter' });
    await sheetBox(cards);
    await waitFor(() => root.activeElement === root.querySelector('[part=sheet]'), 'focus in the sheet again');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('part')).to.equal('sheet-close-button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => !root.querySelector('[part=sheet]'), 'the sheet closed by Close');
    await waitFor(() => root.activeElement === ask, 'focus back on Ask after Close');
  });

  it('is localized and mirrored in Arabic', async () => {
    const { cards, root, ask } = await lampPicked('ar');
    await waitFor(() => ask.textContent!.trim() === 'اسأل', () => `the Arabic label, got "${ask.textContent!.trim()}"`);
    expect(ask.getAttribute('aria-label')).to.equal('اسأل عن Oak Table Lamp');
    expect(root.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    // Right to left: the row starts at the right with Details; Ask comes to its left, or starts the next row at the right.
    const row = root.querySelector('.card-actions')!.getBoundingClientRect();
    const details = root.querySelector('[part=details-button]')!.getBoundingClientRect();
    const box = ask.getBoundingClientRect();
    expect(details.right).to.be.closeTo(row.right, 1);
    if (Math.abs(box.top - details.top) < 1) expect(box.right).to.be.at.most(details.left);
    else expect(box.right).to.be.closeTo(row.right, 1);
    ask.click();
    const { box: question } = await sheetBox(cards);
    await waitFor(() => question.shadowRoot!.querySelector('.panel')?.getAttribute('dir') === 'rtl', 'the question box in Arabic');
    expect(root.querySelector('.sheet-title')!.textContent).to.equal('اسأل عن Oak Table Lamp');
  });
});
