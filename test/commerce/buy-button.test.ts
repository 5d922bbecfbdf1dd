import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { ShopliveBuyButton } from '../../src/commerce/buy-button/buy-button.js';
import type { SizeRequestDetail } from '../../src/commerce/events.js';
import { productStore } from '../../src/commerce/product-store.js';
import { cleanup, mount, recordEvents, waitFor } from '../support/dom.js';
import { answerWith, buy, chip, label, mountButton, part, settle, statusText, type AddEvent } from './buy-button-support.js';
import { dressInput, scarfInput, stubWindowOpen, uniqueId } from './support.js';

describe('<shoplive-buy-button>', () => {
  const teardown: Array<() => void> = [];
  afterEach(() => {
    teardown.splice(0).forEach((undo) => undo());
    cleanup();
  });

  it('is a real button with a live status line; sizes are a radio group with sold-out sizes shown but not choosable', async () => {
    const button = await mountButton();
    expect(buy(button).localName).to.equal('button');
    expect(buy(button).getAttribute('type')).to.equal('button');
    expect(label(button)).to.equal('Add to cart');
    expect(part(button, 'price')!.textContent!.trim()).to.equal('$189.00');
    const status = part(button, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(buy(button).getAttribute('aria-describedby')).to.equal(status.id);
    const group = part(button, 'sizes')!;
    expect(group.getAttribute('role')).to.equal('radiogroup');
    expect(group.getAttribute('aria-label')).to.equal('Size');
    const chips = [...group.querySelectorAll('[role=radio]')];
    expect(chips.map((each) => each.getAttribute('data-size'))).to.deep.equal(['XS', 'S', 'M', 'L', 'XL']);
    expect(chips.map((each) => each.getAttribute('aria-checked'))).to.deep.equal(['false', 'false', 'false', 'false', 'false']);
    expect(chip(button, 'L').getAttribute('aria-disabled')).to.equal('true');
    expect(chip(button, 'L').textContent!.replace(/\s+/g, ' ').trim()).to.equal('L, Sold out');
    chip(button, 'L').click();
    await button.updateComplete;
    expect(chip(button, 'L').getAttribute('aria-checked')).to.equal('false');
    chip(button, 'M').click();
    await button.updateComplete;
    expect(chip(button, 'M').getAttribute('aria-checked')).to.equal('true');
  });

  it('asks for a size first, then sends one shoplive-add-to-cart with the full payload', async () => {
    const button = await mountButton('quantity="2"');
    const events = recordEvents(document, ['shoplive-add-to-cart']) as AddEvent[];
    teardown.push(answerWith(() => true));
    buy(button).click();
    await settle(button, 'choosing');
    expect(events).to.have.length(0);
    expect(statusText(button)).to.equal('Choose a size first.');
    expect(button.shadowRoot!.activeElement?.getAttribute('data-size')).to.equal('XS');
    chip(button, 'M').click();
    await settle(button, 'idle');
    buy(button).click();
    await settle(button, 'added');
    expect(events).to.have.length(1);
    const detail = events[0]!.detail;
    expect(events[0]!.bubbles && events[0]!.composed && events[0]!.cancelable).to.equal(true);
    expect({ ...detail, respondWith: undefined, requestId: undefined }).to.deep.equal({
      productId: button.productId,
      variantId: '1003',
      size: 'M',
      quantity: 2,
      price: 189,
      currency: 'USD',
      source: 'button',
      streamTime: null,
      engine: null,
      respondWith: undefined,
      requestId: undefined,
    });
    expect(detail.requestId).to.match(/\w{8,}/);
    expect(label(button)).to.equal('Added');
    expect(statusText(button)).to.equal('Added to your cart.');
  });

  it('is operable with the keyboard alone: one tab stop for the chips, arrows choose, Enter adds', async () => {
    const before = mount('<button>before</button>');
    const button = await mountButton();
    const events = recordEvents(document, ['shoplive-add-to-cart']) as AddEvent[];
    teardown.push(answerWith(() => ({ ok: true })));
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(button.shadowRoot!.activeElement?.getAttribute('data-size')).to.equal('XS');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await button.updateComplete;
    expect(chip(button, 'M').getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' }); // L: sold out, focus moves but the choice stays M
    await button.updateComplete;
    expect(button.shadowRoot!.activeElement?.getAttribute('data-size')).to.equal('L');
    expect(chip(button, 'M').getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'End' });
    await button.updateComplete;
    expect(chip(button, 'XL').getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Space' });
    await button.updateComplete;
    expect(chip(button, 'XS').getAttribute('aria-checked')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' }); // past "Find my size"
    expect(button.shadowRoot!.activeElement?.getAttribute('part')).to.equal('button');
    await sendKeys({ press: 'Enter' });
    await settle(button, 'added');
    expect(events.map((event) => event.detail.size)).to.deep.equal(['XS']);
  });

  it('shows the reason of a refusal, marks a sold-out size, and retries with a new event', async () => {
    const button = await mountButton();
    const answers: unknown[] = [{ ok: false, reason: 'sold-out' }, { ok: false, reason: 'invalid' }, { ok: false, reason: 'custom', message: '<b>Limit</b> one per shopper' }, true];
    const events = recordEvents(document, ['shoplive-add-to-cart']) as AddEvent[];
    teardown.push(answerWith(() => answers.shift()));
    chip(button, 'S').click();
    await button.updateComplete;
    buy(button).click();
    await settle(button, 'error');
    expect(statusText(button)).to.equal('Sorry, that size just sold out. Choose another one.');
    await waitFor(() => chip(button, 'S').getAttribute('aria-disabled') === 'true', 'S shown sold out');
    expect(label(button)).to.equal('Sold out');
    expect(productStore.get(button.productId)!.variants.find((variant) => variant.id === '1002')!.available).to.equal(false);
    // The event would be dispatched within the click itself: nothing to wait for.
    buy(button).click();
    expect(events, 'a sold-out size cannot be added').to.have.length(1);
    expect(button.state).to.not.equal('pending');

    chip(button, 'M').click();
    await settle(button, 'idle');
    buy(button).click();
    await settle(button, 'error');
    expect(statusText(button)).to.equal('This item cannot be added right now.');
    expect(label(button)).to.equal('Try again');
    buy(button).click();
    await waitFor(() => statusText(button).includes('Limit'), 'custom message');
    expect(statusText(button)).to.equal('<b>Limit</b> one per shopper');
    expect(part(button, 'status')!.querySelector('b')).to.equal(null);
    buy(button).click();
    await settle(button, 'added');
    expect(events).to.have.length(4);
    expect(new Set(events.map((event) => event.detail.requestId)).size).to.equal(4);
  });

  it('treats a rejected answer or one it does not understand as an error to retry', async () => {
    const button = await mountButton('variant-id="1001"');
    const answers: Array<() => unknown> = [() => Promise.reject(new Error('cart down')), () => 'yes please'];
    teardown.push(answerWith(() => answers.shift()!()));
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      buy(button).click();
      await settle(button, 'error');
      expect(statusText(button)).to.equal('Could not add to cart. Please try again.');
      buy(button).click();
      await waitFor(() => button.state === 'error' && answers.length === 0, 'second error');
    } finally {
      console.warn = warn;
    }
  });

  it('lets the storefront take over with preventDefault() and no answer', async () => {
    const button = await mountButton('variant-id="1001"');
    const open = stubWindowOpen();
    teardown.push(open.restore);
    const listener = (event: Event) => event.preventDefault();
    document.addEventListener('shoplive-add-to-cart', listener);
    teardown.push(() => document.removeEventListener('shoplive-add-to-cart', listener));
    buy(button).click();
    expect(button.state, 'the click is being handled').to.equal('pending');
    await settle(button, 'idle');
    expect(statusText(button)).to.equal('');
    expect(open.calls).to.deep.equal([]);
  });

  it('with no listener, continues on the product page (a safe URL only, never javascript:)', async () => {
    const open = stubWindowOpen();
    teardown.push(open.restore);
    const button = await mountButton('variant-id="1001"');
    buy(button).click();
    await waitFor(() => open.calls.length === 1, 'window.open');
    expect(open.calls[0]).to.equal(new URL('/products/mulberry-silk-wrap-dress', location.href).href);
    await button.updateComplete;
    expect(statusText(button)).to.equal('Finish adding it on the product page. View product');
    expect(part(button, 'status')!.querySelector('a')!.getAttribute('href')).to.equal(open.calls[0]);

    // Data that slipped past validation (another copy of the SDK, a host writing the store) is checked again.
    const id = uniqueId('evil');
    productStore.put([{ id, title: 'x', price: 1, currency: 'USD', url: 'javascript:alert(1)', variants: [] }]);
    const evil = mount<ShopliveBuyButton>(`<shoplive-buy-button product-id="${id}"></shoplive-buy-button>`);
    await evil.updateComplete;
    buy(evil).click();
    await settle(evil, 'error');
    expect(open.calls).to.have.length(1);
    expect(part(evil, 'status')!.querySelector('a')).to.equal(null);
  });

  it('an answer whose getters throw (a Proxy) is a failed answer with a clear report, not a stuck "pending"', async () => {
    const button = await mountButton('variant-id="1001"');
    const errors = recordEvents(document, ['shoplive-error']);
    const trap = () => {
      throw new Error('trap');
    };
    // One that breaks the promise machinery itself (its `then` throws), one that only breaks reading the answer.
    const hostile = new Proxy({}, { get: trap, has: trap, getPrototypeOf: trap });
    const sneaky = new Proxy({}, { get: (_target, key) => (key === 'then' ? undefined : trap()), has: trap, getPrototypeOf: trap });
    const answers: Array<() => unknown> = [() => hostile, () => Promise.resolve(sneaky)];
    teardown.push(answerWith(() => answers.shift()!()));
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      buy(button).click();
      await settle(button, 'error');
      expect(statusText(button)).to.equal('Could not add to cart. Please try again.');
      buy(button).click();
      await waitFor(() => errors.length === 2, 'the second report');
      await settle(button, 'error');
    } finally {
      console.warn = warn;
    }
    expect(errors.map((event) => (event.detail as { code: string }).code)).to.deep.equal(['answer-invalid', 'answer-invalid']);
    expect((errors[0]!.detail as { message: string }).message).to.match(/^shoplive-add-to-cart: the answer (promise rejected|could not be read) \(trap\)$/);
    expect(warnings, 'one console line per refusal').to.have.length(2);
  });

  it('offers "Find my size" for a product with a size chart and pre-selects the recommendation', async () => {
    const button = await mountButton();
    const requests = recordEvents(document, ['shoplive-size-request']);
    part(button, 'find-size-button')!.click();
    expect(requests).to.have.length(1);
    const detail = requests[0]!.detail as SizeRequestDetail;
    expect(detail).to.deep.equal({ productId: button.productId, sizeChart: {}, sizes: ['XS', 'S', 'M', 'L', 'XL'] });
    expect(requests[0]!.cancelable).to.equal(true);

    document.dispatchEvent(new CustomEvent('shoplive-size-recommended', { detail: { productId: 'other', label: 'S', confidence: 0.9 } }));
    document.dispatchEvent(new CustomEvent('shoplive-size-recommended', { detail: { productId: button.productId, label: 'm', confidence: 0.8 } }));
    await button.updateComplete;
    expect(chip(button, 'M').getAttribute('aria-checked')).to.equal('true');
    expect(statusText(button)).to.equal('Recommended size: \u2068M\u2069');
    // A sold-out recommendation is announced as sold out, not chosen.
    document.dispatchEvent(new CustomEvent('shoplive-size-recommended', { detail: { productId: button.productId, label: 'L', confidence: 0.7 } }));
    await button.updateComplete;
    expect(chip(button, 'M').getAttribute('aria-checked')).to.equal('true');
    expect(statusText(button)).to.equal('Recommended size: \u2068L\u2069, sold out. Choose another size.');
  });

  it('shows "Find my size" without a chart only once a size helper is defined', async () => {
    const { sizeChart: _omit, ...noChart } = dressInput();
    const button = await mountButton('', noChart);
    expect(part(button, 'find-size-button')).to.equal(null);
    if (!customElements.get('shoplive-size-helper')) customElements.define('shoplive-size-helper', class extends HTMLElement {});
    await waitFor(() => part(button, 'find-size-button'), 'Find my size after the helper is defined');
  });

  it('takes its product as a property, reporting unusable data', async () => {
    const button = mount<ShopliveBuyButton>('<shoplive-buy-button></shoplive-buy-button>');
    button.product = scarfInput('scarf-property');
    await button.updateComplete;
    expect(button.productId).to.equal('scarf-property');
    expect(label(button)).to.equal('Add to cart');
    expect(part(button, 'sizes')).to.equal(null);
    const errors = recordEvents(document, ['shoplive-error']);
    const warn = console.warn;
    console.warn = () => undefined;
    const broken = mount<ShopliveBuyButton>('<shoplive-buy-button></shoplive-buy-button>');
    broken.product = { id: 'x', title: 'no price' };
    await broken.updateComplete;
    console.warn = warn;
    expect(errors.map((event) => (event.detail as { code: string }).code)).to.deep.equal(['products-invalid']);
    expect(buy(broken).getAttribute('aria-disabled')).to.equal('true');
  });

  it('reports the stream time and engine of the player it belongs to', async () => {
    const player = mount('<shoplive-player id="p1"></shoplive-player>');
    Object.assign(player, { engine: 'hls', currentTime: 12.3456 });
    const inside = await mountButton('variant-id="1001"');
    player.append(inside);
    const outside = await mountButton('variant-id="1001" player="p1"');
    const events = recordEvents(document, ['shoplive-add-to-cart']) as AddEvent[];
    teardown.push(answerWith(() => true));
    buy(inside).click();
    buy(outside).click();
    await settle(outside, 'added');
    expect(events.map((event) => [event.detail.streamTime, event.detail.engine])).to.deep.equal([
      [12.346, 'hls'],
      [12.346, 'hls'],
    ]);
  });

  it('speaks the page language and formats prices for it', async () => {
    const button = await mountButton('lang="de"', { ...scarfInput(), currency: 'EUR', price: 59.5 });
    await waitFor(() => label(button) === 'In den Warenkorb', 'German label');
    await button.updateComplete;
    expect(part(button, 'price')!.textContent!.trim()).to.equal('59,50\u00a0€');
  });
});
