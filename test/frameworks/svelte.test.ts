// Svelte 5 with the shoplive elements: `products={…}` on a custom element is set as a property (an object is, even
// before the element is defined), and
// `onshoplive-add-to-cart` is Svelte 5's own event attribute. The component is compiled by `svelte/compiler`
// (test/frameworks/frameworks-plugin.mjs).
import { expect } from '@esm-bundle/chai';
// @ts-expect-error compiled and served by the frameworks plugin at run time
import * as compiled from '/__frameworks/svelte/LiveShop.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { addFromCards, answeringCart, defineElementsLate, scarf } from './support.js';

interface Svelte {
  default: unknown;
  mount(component: unknown, options: { target: Element; props: Record<string, unknown> }): object;
  unmount(instance: object): void;
  flushSync(): void;
}
const svelte = compiled as Svelte;

describe('Svelte 5', () => {
  let instance: object | null = null;
  afterEach(() => {
    if (instance) svelte.unmount(instance);
    instance = null;
    cleanup();
  });

  it('plays the stream, sets products as a property and answers the cards\' add with onshoplive-add-to-cart', async () => {
    const session = liveSession();
    const product = scarf();
    const cart = answeringCart();
    let frames = 0;
    const host = mount('<div></div>');
    instance = svelte.mount(svelte.default, { target: host, props: { src: session.master, products: [product], onadd: cart.onAdd, onframe: () => frames++ } });
    svelte.flushSync();
    await defineElementsLate(host);

    expect((host.querySelector('shoplive-player') as unknown as { src: string }).src, 'set as the property').to.equal(session.master);
    await addFromCards(host, product, cart);
    await waitFor(() => frames > 0, 'the player\'s first frame, through onshoplive-first-frame', 30_000);
    const requests = await session.requests();
    expect(requests.some((request) => request.path.endsWith('master.m3u8'))).to.equal(true);
  });
});
