// The demo storefront's pages at a phone's width (390 px): nothing runs off the side, the cart stays reachable, and
// each page's own layout applies (a stylesheet that drops a brace nests the rules after it and loses them).
import { expect } from '@esm-bundle/chai';
import { cleanup, mount } from '../support/dom.js';

const PHONE_WIDTH = 390;

async function openAtPhoneWidth(path: string): Promise<Document> {
  const frame = mount<HTMLIFrameElement>(`<iframe style="width: ${PHONE_WIDTH}px; height: 844px; border: 0"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  await loaded;
  return frame.contentDocument!;
}

describe('demo storefront on a phone', () => {
  afterEach(cleanup);

  // The pages with a mini-cart, and those without (the order page and the replays list).
  const pages = { 'index.html': true, 'vertical.html': true, 'shopify.html': true, 'honest.html': true, 'order.html': false, 'replay.html': false };
  for (const [page, hasCart] of Object.entries(pages)) {
    it(`${page}: the header wraps inside the screen${hasCart ? ' and its cart button is on screen' : ''}`, async () => {
      const doc = await openAtPhoneWidth(`/demo/${page}`);
      const header = doc.querySelector('.site-header')!;
      expect(header.scrollWidth, 'header content width').to.be.at.most(header.clientWidth);
      expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(PHONE_WIDTH);
      const cart = doc.querySelector('.site-header .mini-cart-toggle');
      expect(cart !== null, 'a cart button').to.equal(hasCart);
      if (!cart) return;
      const box = cart.getBoundingClientRect();
      expect(box.width, 'cart button shown').to.be.greaterThan(0);
      expect(box.right, 'cart button right edge').to.be.at.most(PHONE_WIDTH);
    });
  }

  for (const page of ['order.html', 'honest.html']) {
    it(`${page}: its main column gets the page's own layout`, async () => {
      const doc = await openAtPhoneWidth(`/demo/${page}`);
      const main = doc.querySelector('main')!;
      expect(getComputedStyle(main).display).to.equal('flex');
      expect(getComputedStyle(main).flexDirection).to.equal('column');
    });
  }
});
