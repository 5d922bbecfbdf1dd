import { expect } from '@esm-bundle/chai';
import { IframeBridge, parseOrigin, type BridgeEventMessage } from '../../src/commerce/iframe-bridge.js';
import { cleanup, mount, waitFor } from '../support/dom.js';
import { poll } from './support.js';

interface Report {
  test: 'report';
  state: string | null;
  status: string;
  opened: string[];
  requests: string[];
}

/** The same dev server under another host name is another origin: the frame is truly cross-origin. */
const FRAME_ORIGIN = `http://127.0.0.1:${location.port}`;

/** Opens the fixture cross-origin and collects what it posts: the SDK's messages and the test channel's. */
async function openFrame(hostOrigin: string | null, timeout = 8000) {
  const sdk: Array<{ origin: string; data: BridgeEventMessage }> = [];
  const reports: Report[] = [];
  let ready = false;
  const listener = (event: MessageEvent) => {
    if (event.origin !== FRAME_ORIGIN) return;
    if (event.data?.source === 'shoplive') sdk.push({ origin: event.origin, data: event.data as BridgeEventMessage });
    if (event.data?.test === 'report') reports.push(event.data as Report);
    if (event.data?.test === 'ready') ready = true;
  };
  window.addEventListener('message', listener);
  const query = new URLSearchParams({ timeout: String(timeout), ...(hostOrigin ? { hostOrigin } : {}) });
  const frame = mount<HTMLIFrameElement>(`<iframe src="${FRAME_ORIGIN}/test/commerce/fixtures/bridge-frame.html?${query}"></iframe>`);
  await waitFor(() => ready, 'frame ready');
  const win = frame.contentWindow!;
  return {
    sdk,
    click: () => win.postMessage({ test: 'click' }, FRAME_ORIGIN),
    answer: (requestId: string, answer: unknown) => win.postMessage({ source: 'shoplive', kind: 'answer', requestId, answer }, FRAME_ORIGIN),
    async report(): Promise<Report> {
      const count = reports.length;
      win.postMessage({ test: 'report' }, FRAME_ORIGIN);
      await waitFor(() => reports.length > count, 'frame report');
      return reports.at(-1)!;
    },
    close: () => window.removeEventListener('message', listener),
  };
}

describe('iframe bridge', () => {
  let close: (() => void) | undefined;
  afterEach(() => {
    close?.();
    cleanup();
  });

  it('sends events to a parent of the host-origin, and takes its answer', async () => {
    expect(location.origin, 'the frame must be cross-origin').to.not.equal(FRAME_ORIGIN);
    const frame = await openFrame(location.origin);
    close = frame.close;
    await waitFor(() => frame.sdk.some((message) => message.data.name === 'shoplive-product-view'), 'product-view mirrored');
    const view = frame.sdk.find((message) => message.data.name === 'shoplive-product-view')!.data;
    expect(view).to.deep.equal({
      source: 'shoplive',
      version: 1,
      kind: 'event',
      name: 'shoplive-product-view',
      detail: { productId: 'frame-scarf', source: 'card', presented: false },
    });
    frame.click();
    await waitFor(() => frame.sdk.some((message) => message.data.name === 'shoplive-add-to-cart'), 'add-to-cart request in the parent');
    const request = frame.sdk.find((message) => message.data.name === 'shoplive-add-to-cart')!.data;
    const detail = request.detail as Record<string, unknown>;
    expect(request.requestId).to.be.a('string');
    expect(detail.requestId).to.equal(request.requestId);
    expect([detail.productId, detail.variantId, detail.source, 'respondWith' in detail]).to.deep.equal(['frame-scarf', '2001', 'card', false]);
    frame.answer(request.requestId!, { ok: true });
    await poll(async () => (await frame.report()).state === 'added', 'added through the parent');
    // A second answer for the same request changes nothing. Messages to the frame arrive in order, so the report
    // asked for after it is taken once the answer has been handled.
    frame.answer(request.requestId!, { ok: false, reason: 'sold-out' });
    expect((await frame.report()).state).to.equal('added');
  });

  it('posts nothing to a parent of another origin, and ignores that parent\'s answers', async () => {
    const frame = await openFrame('https://shop.example', 1200);
    close = frame.close;
    frame.click();
    const { requests } = await poll(async () => {
      const report = await frame.report();
      return report.requests.length ? report : undefined;
    }, 'request made');
    // The parent knows the request id (from the test channel) and answers from the wrong origin.
    frame.answer(requests[0]!, { ok: true });
    expect((await frame.report()).state, 'the answer, handled before the report, was ignored').to.equal('pending');
    const final = await poll(async () => {
      const report = await frame.report();
      return report.state !== 'pending' ? report : undefined;
    }, 'timeout default');
    expect(final.state).to.equal('idle');
    expect(final.status).to.equal('Finish adding it on the product page. View product');
    expect(final.opened, 'no tab opened after a timeout').to.deep.equal([]);
    expect(frame.sdk, 'nothing reached this parent').to.deep.equal([]);
  });

  it('in a frame without host-origin, posts nothing and applies the default at once', async () => {
    const frame = await openFrame(null, 300);
    close = frame.close;
    frame.click();
    await poll(async () => (await frame.report()).status.startsWith('Finish adding it'), 'default at once: nobody to ask');
    // Anything the SDK posted during the click would have arrived before that report (messages keep their order).
    expect(frame.sdk).to.deep.equal([]);
  });
});

/** The promise's value if it is already settled, else 'none' (an already settled promise wins a race). */
const settledNow = (promise: Promise<unknown>) => Promise.race([promise, Promise.resolve('none')]);

describe('IframeBridge (unit)', () => {
  afterEach(cleanup);

  it('accepts only serialized http(s) origins', () => {
    expect(parseOrigin('https://shop.example')).to.equal('https://shop.example');
    expect(parseOrigin('https://shop.example/')).to.equal('https://shop.example');
    expect(parseOrigin('http://localhost:8080')).to.equal('http://localhost:8080');
    for (const bad of ['*', '', null, 'shop.example', 'https://shop.example/cart', 'javascript:alert(1)', 'https://user@shop.example']) {
      expect(parseOrigin(bad), String(bad)).to.equal(null);
    }
  });

  it('answers only from the parent window, from host-origin, for a pending request id', async () => {
    const parentFrame = mount<HTMLIFrameElement>('<iframe></iframe>');
    const parentWin = parentFrame.contentWindow!;
    const posted: Array<{ message: BridgeEventMessage; origin: string }> = [];
    parentWin.postMessage = ((message: BridgeEventMessage, origin: string) => posted.push({ message, origin })) as typeof parentWin.postMessage;
    const bridge = new IframeBridge(window, parentWin);
    const element = mount('<div host-origin="https://shop.example"><span></span></div>').querySelector('span')!;

    const request = bridge.request(element, 'shoplive-add-to-cart', 'req-1', { productId: 'p', respondWith() {} })!;
    expect(posted).to.have.length(1);
    expect(posted[0]!.origin).to.equal('https://shop.example');
    expect(posted[0]!.message.detail).to.deep.equal({ productId: 'p' });
    const send = (origin: string, data: unknown, source: Window | null = parentWin) =>
      window.dispatchEvent(new MessageEvent('message', { origin, data, source }));

    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      send('https://evil.example', { source: 'shoplive', kind: 'answer', requestId: 'req-1', answer: { ok: true } });
      // Another origin's data is never read (reading it is what deserializes it): the origin is checked first.
      const touched: PropertyKey[] = [];
      const watched = new Proxy({}, { get: (_target, key) => (touched.push(key), undefined), has: (_target, key) => (touched.push(key), false) });
      send('https://evil.example', watched);
      expect(touched, 'properties of a wrong-origin message read').to.deep.equal([]);
      send('https://shop.example', { source: 'shoplive', kind: 'answer', requestId: 'req-1', answer: { ok: true } }, window);
      send('https://shop.example', { source: 'shoplive', kind: 'answer', requestId: 'other', answer: { ok: true } });
      send('https://shop.example', { source: 'other', kind: 'answer', requestId: 'req-1', answer: { ok: true } });
      // Messages are handled within dispatchEvent: had one been taken, the answer would be settled now.
      expect(await settledNow(request.answer)).to.equal('none');
      send('https://shop.example', { source: 'shoplive', kind: 'answer', requestId: 'req-1', answer: { ok: false, reason: 'sold-out' } });
      expect(await settledNow(request.answer)).to.deep.equal({ ok: false, reason: 'sold-out' });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);

    // No host-origin: nothing is posted, one warning however often it is tried.
    const bare = mount('<p></p>');
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      bridge.mirror(bare, 'shoplive-product-view', { productId: 'p' });
      bridge.mirror(bare, 'shoplive-product-view', { productId: 'p' });
      expect(bridge.request(bare, 'shoplive-add-to-cart', 'req-2', {})).to.equal(null);
    } finally {
      console.warn = warn;
    }
    expect(posted).to.have.length(1);
    expect(warnings).to.have.length(2);

    // Not in a frame: the bridge stays silent.
    expect(new IframeBridge(window, null).request(element, 'shoplive-add-to-cart', 'req-3', {})).to.equal(null);
  });
});
