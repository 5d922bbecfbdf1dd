import { expect } from '@esm-bundle/chai';
import { normalizeAnswer, requestAddToCart, type AddOutcome } from '../../src/commerce/answer.js';
import type { AddToCartDetail, AddToCartRequest } from '../../src/commerce/events.js';
import { cleanup, mount } from '../support/dom.js';
import { withUncaughtErrorsAllowed } from './support.js';

const request: AddToCartRequest = {
  requestId: 'r1',
  productId: 'dress',
  variantId: '1003',
  size: 'M',
  quantity: 1,
  price: 189,
  currency: 'USD',
  source: 'button',
  streamTime: null,
  engine: null,
};

function quietly<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  const error = console.error;
  console.warn = () => undefined;
  console.error = () => undefined;
  return run().finally(() => {
    console.warn = warn;
    console.error = error;
  });
}

describe('host-answer protocol', () => {
  afterEach(cleanup);

  it('normalizes every documented answer and refuses the rest', () => {
    const cases: Array<[unknown, AddOutcome]> = [
      [true, { kind: 'added' }],
      [{ ok: true }, { kind: 'added' }],
      [{ ok: false, reason: 'sold-out' }, { kind: 'rejected', reason: 'sold-out', message: null }],
      [{ ok: false, reason: 'invalid', message: '  Pick a colour ' }, { kind: 'rejected', reason: 'invalid', message: 'Pick a colour' }],
      [{ ok: false, reason: 'weird', message: 7 }, { kind: 'rejected', reason: 'custom', message: null }],
    ];
    for (const [answer, outcome] of cases) expect(normalizeAnswer(answer), JSON.stringify(answer)).to.deep.equal(outcome);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      for (const bad of [false, undefined, null, 'yes', 1, {}, { ok: 'true' }]) expect(normalizeAnswer(bad).kind, String(bad)).to.equal('failed');
    } finally {
      console.warn = warn;
    }
  });

  it('takes the first answer, synchronous or a promise, and refuses a late respondWith', async () => {
    const target = mount('<div></div>');
    let late: AddToCartDetail | undefined;
    target.addEventListener('shoplive-add-to-cart', (event) => {
      const detail = (event as CustomEvent<AddToCartDetail>).detail;
      detail.respondWith(Promise.resolve({ ok: false, reason: 'sold-out' }));
      detail.respondWith(true);
      late = detail;
    });
    const outcome = await quietly(() => requestAddToCart(target, request, { timeoutMs: 1000 }));
    expect(outcome).to.deep.equal({ kind: 'rejected', reason: 'sold-out', message: null });
    let thrown: unknown;
    try {
      late!.respondWith(true);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as DOMException).name).to.equal('InvalidStateError');
  });

  it('tells "nobody listens", "the storefront took over" and "a listener threw" apart', async () => {
    const target = mount('<div></div>');
    expect(await requestAddToCart(target, request, { timeoutMs: 1000 })).to.deep.equal({ kind: 'unanswered', why: 'no-listener' });

    const prevent = (event: Event) => event.preventDefault();
    target.addEventListener('shoplive-add-to-cart', prevent);
    expect(await requestAddToCart(target, request, { timeoutMs: 1000 })).to.deep.equal({ kind: 'taken-over' });
    target.removeEventListener('shoplive-add-to-cart', prevent);

    const reported: Event[] = [];
    target.addEventListener('shoplive-error', (event) => reported.push(event));
    target.addEventListener('shoplive-add-to-cart', () => {
      throw new TypeError('cart is undefined');
    });
    const outcome = await withUncaughtErrorsAllowed(() => quietly(() => requestAddToCart(target, request, { timeoutMs: 1000 })));
    expect(outcome).to.deep.equal({ kind: 'unanswered', why: 'listener-threw' });
    expect(reported).to.have.length(1);
  });

  it('asks a parent frame only when nobody in the page answered, and times that answer out too', async () => {
    const target = mount('<div></div>');
    const asked: string[] = [];
    let cancelled = 0;
    const outcome = await requestAddToCart(target, request, {
      timeoutMs: 1000,
      askParent: (body) => {
        asked.push(body.requestId);
        return { answer: Promise.resolve({ ok: true }), cancel: () => cancelled++ };
      },
    });
    expect(outcome).to.deep.equal({ kind: 'added' });
    expect(asked).to.deep.equal(['r1']);

    const slow = await quietly(() =>
      requestAddToCart(target, request, { timeoutMs: 100, askParent: () => ({ answer: new Promise(() => undefined), cancel: () => cancelled++ }) }),
    );
    expect(slow).to.deep.equal({ kind: 'unanswered', why: 'timeout' });
    expect(cancelled).to.equal(1);

    target.addEventListener('shoplive-add-to-cart', (event) => (event as CustomEvent<AddToCartDetail>).detail.respondWith(true));
    await requestAddToCart(target, request, { timeoutMs: 1000, askParent: () => {
      throw new Error('must not be asked');
    } });
  });

  it('past the timeout, an answer that was given is "unconfirmed", and its late outcome still arrives', async () => {
    const target = mount('<div></div>');
    let resolve!: (value: unknown) => void;
    target.addEventListener('shoplive-add-to-cart', (event) => (event as CustomEvent<AddToCartDetail>).detail.respondWith(new Promise((done) => (resolve = done)) as never));
    const outcome = await quietly(() => requestAddToCart(target, request, { timeoutMs: 50 }));
    expect(outcome.kind).to.equal('unconfirmed');
    resolve({ ok: false, reason: 'sold-out', message: 'Gone \u202Eevil' });
    expect(await (outcome as Extract<AddOutcome, { kind: 'unconfirmed' }>).late).to.deep.equal({ kind: 'rejected', reason: 'sold-out', message: 'Gone evil' });
  });

  it('reads an answer whose traps throw as a failed answer, never throwing', () => {
    const trap = () => {
      throw new Error('trap');
    };
    for (const hostile of [new Proxy({}, { has: trap }), new Proxy({ ok: false }, { get: trap }), { ok: false, get reason() { return trap(); } }]) {
      const outcome = normalizeAnswer(hostile);
      expect(outcome).to.deep.equal({ kind: 'failed', message: 'the answer could not be read (trap)' });
    }
  });
});
