// The corpus as the storefront's answer to `shoplive-add-to-cart`: through `respondWith()` in this document (any
// value: proxies, functions, cycles of nesting), and posted by a parent frame through the iframe bridge (values that
// survive structured cloning). Text payloads ride in `{ ok: false, reason: 'custom', message }`. A buy button takes
// every answer in turn; an answer that cannot be read is a failed add with one report, never a button left pending.
import { expect } from '@esm-bundle/chai';
import '../../../src/commerce/buy-button/buy-button.js';
import { requestAddToCart, type AddOutcome } from '../../../src/commerce/answer.js';
import type { ShopliveBuyButton } from '../../../src/commerce/buy-button/buy-button.js';
import type { AddToCartDetail } from '../../../src/commerce/events.js';
import { IframeBridge } from '../../../src/commerce/iframe-bridge.js';
import { cleanup, mount, waitFor } from '../../support/dom.js';
import { putProduct, uniqueId } from '../../commerce/support.js';
import { payloadsFor, verdictOf, type Payload } from './payloads.js';
import { expectHarmless, expectReports, isClean, outOfBox, visible, watch, type Watch } from './probes.js';

const shown = (value: string) => visible(value).replace(/\s+/g, ' ').trim().slice(0, 300);
const rejection = (message: string) => ({ ok: false, reason: 'custom', message });

describe('hostile corpus: storefront answers', () => {
  let probes: Watch | undefined;
  afterEach(() => {
    probes?.stop();
    probes = undefined;
  });
  after(cleanup);

  describe('respondWith()', () => {
    let button: ShopliveBuyButton;
    let answer: unknown;
    const listener = (event: Event) => (event as CustomEvent<AddToCartDetail>).detail.respondWith(answer as never);
    const part = (name: string) => button.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

    before(async () => {
      const id = uniqueId('corpus-answer');
      putProduct({ id, title: 'Silk Twill Scarf', price: 59, currency: 'USD', variants: [{ id: '2001', title: 'One size', options: {}, available: true }] });
      button = mount<ShopliveBuyButton>(`<shoplive-buy-button lang="en" style="display: block; width: 320px" product-id="${id}"></shoplive-buy-button>`);
      await button.updateComplete;
      document.addEventListener('shoplive-add-to-cart', listener);
    });
    after(() => document.removeEventListener('shoplive-add-to-cart', listener));

    /** Clicks "Add to cart" with `value` as the answer; resolves once the button left "pending". */
    async function feed(payload: Payload, value: unknown): Promise<Watch> {
      answer = value;
      probes = watch();
      part('button')!.click();
      await waitFor(() => button.state !== 'pending' && button.state !== 'idle', `${payload.name}: the answer applied`);
      await button.updateComplete;
      expectHarmless(probes, `${payload.name} as an answer`, [button.shadowRoot!]);
      expect(outOfBox(button), `${payload.name}: layout`).to.deep.equal([]);
      return probes;
    }

    for (const payload of payloadsFor('answers', 'value')) {
      it(`the answer: ${payload.name}`, async () => {
        const seen = await feed(payload, payload.make());
        expect(button.state, 'a failed add').to.equal('error');
        expectReports(seen.reports, true, payload.name, /^shoplive-add-to-cart: (answer not understood|the answer could not be read|the answer promise rejected)/);
      });
    }

    for (const payload of payloadsFor('answers', 'text')) {
      it(`the rejection message: ${payload.name}`, async () => {
        const value = String(payload.make());
        const refused = verdictOf(payload, 'answers') === 'refused';
        const seen = await feed(payload, rejection(value));
        expect(button.state).to.equal('error');
        const status = part('status')!.textContent!.replace(/\s+/g, ' ').trim();
        expect(isClean(status), 'the status is clean').to.equal(true);
        expect(status, 'the message drawn').to.equal(shown(value) || 'This item could not be added.');
        expectReports(seen.reports, refused, payload.name, /^\[shoplive\] shoplive-add-to-cart: the answer's message is \d+ characters long; shortened to 300\.$/);
      });
    }
  });

  describe('posted by the parent frame', () => {
    let relay: Window;
    let bridge: IframeBridge;
    let container: HTMLElement;
    const target = () => container;

    before(async () => {
      let ready = false;
      const onReady = (event: MessageEvent) => (ready ||= event.data?.relayReady === true);
      window.addEventListener('message', onReady);
      const frame = mount<HTMLIFrameElement>('<iframe src="/test/security/corpus/fixtures/relay.html"></iframe>');
      await waitFor(() => ready, 'the relay frame');
      window.removeEventListener('message', onReady);
      relay = frame.contentWindow!;
      bridge = new IframeBridge(window, relay);
      container = mount(`<div host-origin="${location.origin}"></div>`);
    });

    /** One add-to-cart asked of the "parent"; the relay posts `answer` back under the request's id. */
    async function ask(payload: Payload, answer: unknown): Promise<{ outcome: AddOutcome; seen: Watch }> {
      const requestId = uniqueId('corpus-request');
      probes = watch();
      const outcome = requestAddToCart(target(), { productId: 'corpus', variantId: '1', quantity: 1, source: 'api', requestId } as never, {
        timeoutMs: 10_000,
        askParent: () => {
          const request = bridge.request(target(), 'shoplive-add-to-cart', requestId, { requestId });
          relay.postMessage({ relay: { source: 'shoplive', kind: 'answer', requestId, answer } }, location.origin);
          return request;
        },
      });
      const result = await outcome;
      expectHarmless(probes, `${payload.name} posted`, [container]);
      return { outcome: result, seen: probes };
    }

    for (const payload of payloadsFor('post-message', 'value')) {
      it(`the answer: ${payload.name}`, async () => {
        const { outcome, seen } = await ask(payload, payload.make());
        expect(outcome.kind, 'a failed add').to.equal('failed');
        expectReports(seen.reports, true, payload.name, /^shoplive-add-to-cart: (answer not understood|the answer could not be read|the answer promise rejected)/);
      });
    }

    for (const payload of payloadsFor('post-message', 'text')) {
      it(`the rejection message: ${payload.name}`, async () => {
        const value = String(payload.make());
        const { outcome, seen } = await ask(payload, rejection(value));
        expect(outcome.kind).to.equal('rejected');
        const message = (outcome as { message: string | null }).message ?? '';
        expect(isClean(message), 'the message is clean').to.equal(true);
        expect(message.replace(/\s+/g, ' '), 'the message kept').to.equal(shown(value));
        expectReports(seen.reports, verdictOf(payload, 'post-message') === 'refused', payload.name, /^\[shoplive\] shoplive-add-to-cart: the answer's message is \d+ characters long; shortened to 300\.$/);
      });
    }
  });
});
