// Vue 3 with the shoplive elements: `isCustomElement` tells Vue's compiler they are not Vue components, `products`
// is bound as a DOM property (`.prop`, which holds before the element is defined), and `@shoplive-add-to-cart` is Vue's own listener syntax.
import { expect } from '@esm-bundle/chai';
import { createApp, type App } from 'vue';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { liveSession } from '../support/live.js';
import { addFromCards, answeringCart, defineElementsLate, scarf } from './support.js';

const TEMPLATE = `
  <shoplive-player :src="src" autoplay muted @shoplive-first-frame="frames++"></shoplive-player>
  <shoplive-product-cards :products.prop="products" @shoplive-add-to-cart="cart.onAdd"></shoplive-product-cards>`;

describe('Vue 3', () => {
  let app: App | null = null;
  afterEach(() => {
    app?.unmount();
    app = null;
    cleanup();
  });

  it('plays the stream, sets products as a property and answers the cards\' add with @shoplive-add-to-cart', async () => {
    const session = liveSession();
    const product = scarf();
    const cart = answeringCart();
    const warnings: string[] = [];
    const host = mount('<div></div>');
    let state: { frames: number } | undefined;
    app = createApp({
      template: TEMPLATE,
      data: () => ({ src: session.master, products: [product], cart, frames: 0 }),
      mounted() {
        state = this as unknown as { frames: number };
      },
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('shoplive-');
    app.config.warnHandler = (message: string) => warnings.push(message);
    app.mount(host);

    expect(warnings, 'no "Failed to resolve component": the compiler knows the tags').to.deep.equal([]);
    await defineElementsLate(host);
    expect((host.querySelector('shoplive-player') as unknown as { src: string }).src, 'set as the property').to.equal(session.master);
    await addFromCards(host, product, cart);
    await waitFor(() => state!.frames > 0, 'the player\'s first frame, through @shoplive-first-frame', 30_000);
    const requests = await session.requests();
    expect(requests.some((request) => request.path.endsWith('master.m3u8'))).to.equal(true);
  });
});
