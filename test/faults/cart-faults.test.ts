// The fault matrix, the host's add-to-cart listener: one that throws, never answers or answers late. The shopper
// sees a clear state on the button (failed, not confirmed, the late answer), and the host receives one
// \`shoplive-add-to-cart\` per click: clicks while an add is pending send nothing. In Shopify mode a storefront that
// answered, even late, owns the add: no \`cart/add.js\` (counted as the page calls fetch() and as the shop receives it).
import { expect } from '@esm-bundle/chai';
import '../../src/commerce/product-cards/product-cards.js';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { ShopliveProductCards } from '../../src/commerce/product-cards/product-cards.js';
import { productStore } from '../../src/commerce/product-store.js';
import { answerWith, buy, chip, label, mountButton, part, quietly, settle, statusText, type AddEvent } from '../commerce/buy-button-support.js';
import { added, cardButton, handlers, liquidScript, freshHandle, resetShop } from '../commerce/shopify-support.js';
import { mockHttp, recordFetches, stopMocking, stubWindowOpen, withUncaughtErrorsAllowed } from '../commerce/support.js';
import { cleanup, mount, recordEvents, waitFor } from '../support/dom.js';

describe('fault matrix: the host\'s add-to-cart listener', () => {
  const teardown: Array<() => void> = [];

  /** A storefront that answers with a promise it settles later: three clicks, then "not confirmed" at the timeout. */
  async function threeClicksUnanswered(button: ShopliveBuyButton) {
    const events = recordEvents(document, ['shoplive-add-to-cart']) as AddEvent[];
    const answers: Array<(value: unknown) => void> = [];
    teardown.push(answerWith(() => new Promise((resolve) => answers.push(resolve))));
    await quietly(async () => {
      buy(button).click();
      expect(button.state, 'waiting for the answer').to.equal('pending');
      buy(button).click();
      buy(button).click();
      await settle(button, 'error');
    });
    return { events, answers };
  }
  afterEach(() => {
    teardown.splice(0).forEach((undo) => undo());
    cleanup();
  });

  it('answers late: "Adding…" meanwhile, clicks while pending send nothing, then its answer; one event', async () => {
    const button = await mountButton('variant-id="1002"');
    const events = recordEvents(document, ['shoplive-add-to-cart']) as AddEvent[];
    let resolve!: (value: true) => void;
    teardown.push(answerWith(() => new Promise((done) => (resolve = done))));
    buy(button).click();
    buy(button).click();
    await settle(button, 'pending');
    buy(button).click();
    expect(buy(button).getAttribute('aria-disabled')).to.equal('true');
    expect(buy(button).getAttribute('aria-busy')).to.equal('true');
    expect(label(button)).to.equal('Adding…');
    expect(part(button, 'sizes'), 'a fixed variant needs no chips').to.equal(null);
    resolve(true);
    await settle(button, 'added');
    expect(events).to.have.length(1);
    expect(events[0]!.detail.variantId).to.equal('1002');
    expect(events[0]!.detail.size).to.equal('S');
  });

  it('throws: reported once (console + listener-error), the default runs once; next to one that answers, the answer counts', async () => {
    const open = stubWindowOpen();
    teardown.push(open.restore);
    const button = await mountButton('variant-id="1001"');
    const errors = recordEvents(document, ['shoplive-error']);
    const events = recordEvents(document, ['shoplive-add-to-cart']);
    const thrower = () => {
      throw new Error('storefront bug');
    };
    document.addEventListener('shoplive-add-to-cart', thrower);
    teardown.push(() => document.removeEventListener('shoplive-add-to-cart', thrower));
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await withUncaughtErrorsAllowed(async () => {
        buy(button).click();
        await waitFor(() => open.calls.length === 1, 'default after a throwing listener');
      });
    } finally {
      console.error = error;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.deep.equal({ code: 'listener-error', message: 'a shoplive-add-to-cart listener threw: storefront bug', fatal: false });
    expect(logged.length).to.be.greaterThan(0);
    expect(events, 'one event for one click').to.have.length(1);
    expect(statusText(button), 'continue on the product page').to.equal('Finish adding it on the product page. View product');

    // A throwing listener next to one that answers: the answer counts.
    teardown.push(answerWith(() => true));
    await withUncaughtErrorsAllowed(async () => {
      console.error = () => undefined;
      try {
        buy(button).click();
        await settle(button, 'added');
      } finally {
        console.error = error;
      }
    });
    expect(events, 'one more event for the second click').to.have.length(2);
    expect(open.calls, 'no product page for an answered add').to.have.length(1);
  });

  it('never answers within answer-timeout: "not confirmed", clicks while pending send nothing, no default; a late answer still shows', async () => {
    const open = stubWindowOpen();
    teardown.push(open.restore);
    const button = await mountButton('variant-id="1001" answer-timeout="300"');
    const { events, answers } = await threeClicksUnanswered(button);
    expect(statusText(button)).to.equal('The shop has not confirmed yet. Check your cart before you try again.');
    expect(open.calls, 'no product page: the storefront may still be adding it').to.deep.equal([]);
    expect(part(button, 'status')!.querySelector('a')).to.equal(null);
    answers[0]!({ ok: true });
    await settle(button, 'added');
    expect(statusText(button)).to.equal('Added to your cart.');
    expect(events).to.have.length(1);
  });

  it('after "not confirmed", a retry is a new request and the old one\'s late answer changes nothing', async () => {
    const button = await mountButton('variant-id="1001" answer-timeout="200"');
    const answers: Array<(value: unknown) => void> = [];
    teardown.push(answerWith(() => new Promise((resolve) => answers.push(resolve))));
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      buy(button).click();
      await settle(button, 'error');
      buy(button).click();
      await settle(button, 'pending');
      answers[0]!({ ok: false, reason: 'sold-out' });
      await waitFor(() => warnings.some((message) => message.includes('late answer (rejected)')), 'the late answer reported as not shown');
      await button.updateComplete;
      expect(button.state, 'the second request is still the one shown').to.equal('pending');
      expect(productStore.get(button.productId)!.variants[0]!.available, 'the late refusal marked nothing').to.equal(true);
      answers[1]!(true);
      await settle(button, 'added');
    } finally {
      console.warn = warn;
    }
    expect(answers).to.have.length(2);
  });

  describe('in Shopify mode', () => {
    let fetches: ReturnType<typeof recordFetches>;
    const cartAdds = () => fetches.urls.filter((url) => url.endsWith('/cart/add.js'));

    before(async () => {
      await mockHttp(...handlers);
    });
    after(stopMocking);
    beforeEach(() => {
      (window as unknown as { Shopify: unknown }).Shopify = { routes: { root: '/' }, currency: { active: 'USD' } };
      resetShop();
      fetches = recordFetches();
    });
    afterEach(() => {
      fetches.restore();
      delete (window as unknown as { Shopify?: unknown }).Shopify;
      document.querySelectorAll('script[data-shoplive-product]').forEach((element) => element.remove());
    });

    async function shopifyCard(attributes = ''): Promise<ShopliveBuyButton> {
      liquidScript(freshHandle('dress'));
      const cards = mount<ShopliveProductCards>(`<shoplive-product-cards commerce="shopify" ${attributes}></shoplive-product-cards>`);
      const button = await cardButton(cards);
      chip(button, 'M').click();
      await button.updateComplete;
      return button;
    }

    it('throws: reported once, then the shop\'s own cart adds it: one event, one cart/add.js', async () => {
      const button = await shopifyCard();
      const events = recordEvents(document, ['shoplive-add-to-cart']);
      const errors = recordEvents(document, ['shoplive-error']);
      const thrower = () => {
        throw new Error('storefront bug');
      };
      document.addEventListener('shoplive-add-to-cart', thrower);
      teardown.push(() => document.removeEventListener('shoplive-add-to-cart', thrower));
      const error = console.error;
      console.error = () => undefined;
      try {
        await withUncaughtErrorsAllowed(async () => {
          buy(button).click();
          buy(button).click();
          await settle(button, 'added');
        });
      } finally {
        console.error = error;
      }
      expect(events, 'one event').to.have.length(1);
      expect(errors.map((event) => (event.detail as { code: string }).code)).to.deep.equal(['listener-error']);
      expect(cartAdds(), 'one cart/add.js called').to.have.length(1);
      expect(added.map((body) => body.items[0]!.id), 'one line at the shop').to.deep.equal([1003]);
    });

    it('answers late (after answer-timeout): "not confirmed", then its answer; clicks while pending send nothing; never cart/add.js', async () => {
      const button = await shopifyCard('answer-timeout="200"');
      const { events, answers } = await threeClicksUnanswered(button);
      expect(statusText(button)).to.equal('The shop has not confirmed yet. Check your cart before you try again.');
      // Every fetch() is logged as it is called: the Shopify default would have called it by the timeout state.
      expect(cartAdds(), 'no cart/add.js while the storefront owns the add').to.deep.equal([]);
      answers[0]!({ ok: true });
      await settle(button, 'added');
      expect(events, 'one event for three clicks').to.have.length(1);
      expect(answers).to.have.length(1);
      expect(cartAdds(), 'nor after its late answer').to.deep.equal([]);
      expect(added).to.deep.equal([]);
    });
  });
});
