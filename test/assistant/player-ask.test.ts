// The player's "Ask" entry (a player feature): appears with the show's products, asks about the product the seller
// presents, and stays away with `no-assistant`.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import type { ShopliveAssistant } from '../../src/assistant/widget/assistant.component.js';
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
    await waitFor(() => player.shadowRoot!.querySelector('shoplive-product-cards'), 'the product cards');
    expect(player.shadowRoot!.querySelector('shoplive-assistant')).to.equal(null);
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

});
