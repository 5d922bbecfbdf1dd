// A host answerer behind the SDK's guard rails, against msw-mocked LLM endpoints: one that streams, one that is slow,
// one that makes up a price, one that cites nothing. The widget renders what may be shown and hands the rest over.
import { expect } from '@esm-bundle/chai';
import { delay, http, HttpResponse } from 'msw';
import { assistant, type HostAnswerer } from '../../src/assistant/index.js';
import type { QuestionDetail } from '../../src/assistant/host.js';
import '../../src/assistant/widget/shoplive-assistant.js';
import type { ShopliveAssistant } from '../../src/assistant/widget/assistant.component.js';
import { mockHttp, stopMocking } from '../commerce/support.js';
import { cleanup, mount, nextEvent, waitFor } from '../support/dom.js';
import { shirtInput, visible } from './support.js';

const shadow = (element: Element) => element.shadowRoot!;
const text = (element: Element) => visible(shadow(element).textContent).replace(/\s+/g, ' ');

/** The host's answerer: POSTs the question to /llm and streams the reply's text, passing on the sources header. */
const llmAnswerer: HostAnswerer = async (question, context) => {
  const response = await fetch('/llm', { method: 'POST', body: JSON.stringify({ question, product: context.validProduct?.id }), signal: context.signal });
  const sources = response.headers.get('x-sources')?.split(',').filter(Boolean) ?? [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  async function* pieces() {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      yield value;
    }
  }
  return { text: pieces(), sources };
};

function mountBox(): ShopliveAssistant {
  return mount<ShopliveAssistant>(`<shoplive-assistant lang="en"></shoplive-assistant>`);
}

describe('host answerer guard rails', () => {
  let requests: string[] = [];
  beforeEach(() => {
    requests = [];
    assistant.answerer = llmAnswerer;
    assistant.budgetMs = 4000;
  });
  afterEach(() => {
    assistant.answerer = null;
    cleanup();
  });
  after(stopMocking);

  it('renders a streamed answer progressively, with the sources it cites', async () => {
    let release!: () => void;
    const second = new Promise<void>((resolve) => (release = resolve));
    await mockHttp(
      http.post('/llm', async ({ request }) => {
        requests.push(await request.text());
        const encoder = new TextEncoder();
        const stream = new ReadableStream<Uint8Array>({
          async start(controller) {
            controller.enqueue(encoder.encode('Linen gets softer '));
            await second;
            controller.enqueue(encoder.encode('with every wash.'));
            controller.close();
          },
        });
        return new HttpResponse(stream, { headers: { 'content-type': 'text/plain', 'x-sources': 'material,care' } });
      }),
    );
    const box = mountBox();
    box.product = shirtInput();
    await waitFor(() => shadow(box).querySelector('input'), 'the question box');
    const done = box.ask('Will it get softer over time?');
    await waitFor(() => text(box).includes('Linen gets softer'), 'the first piece on screen');
    expect(text(box)).to.not.include('with every wash');
    expect(shadow(box).querySelector('li')!.getAttribute('aria-busy')).to.equal('true');
    release();
    await done;
    expect(text(box)).to.include('Linen gets softer with every wash.');
    expect(text(box)).to.include("From the shop's assistant, based on: material and care");
    expect(shadow(box).querySelector('li')!.getAttribute('aria-busy')).to.equal('false');
    expect(requests).to.have.length(1);
  });

  it('gives up on an answerer slower than the budget and asks the seller', async () => {
    await mockHttp(
      http.post('/llm', async ({ request }) => {
        requests.push(await request.text());
        await delay('infinite');
        return HttpResponse.text('too late');
      }),
    );
    assistant.budgetMs = 300;
    const box = mountBox();
    box.product = shirtInput();
    await waitFor(() => shadow(box).querySelector('input'), 'the question box');
    const asked = nextEvent<QuestionDetail>(document, 'shoplive-question');
    document.addEventListener('shoplive-question', (event) => (event as CustomEvent<QuestionDetail>).detail.accept(), { once: true });
    void box.ask('Will it get softer over time?');
    expect((await asked).detail.question).to.equal('Will it get softer over time?');
    await waitFor(() => text(box).includes("We've asked the seller"), 'the hand-off note');
    expect(requests).to.have.length(1);
    expect(text(box)).to.not.include('too late');
  });

  it('never shows a price the product does not have, and hands the question over', async () => {
    await mockHttp(
      http.post('/llm', async ({ request }) => {
        requests.push(await request.text());
        return new HttpResponse('Today only: just $5!', { headers: { 'x-sources': 'price' } });
      }),
    );
    const box = mountBox();
    box.product = shirtInput();
    await waitFor(() => shadow(box).querySelector('input'), 'the question box');
    const asked = nextEvent<QuestionDetail>(box, 'shoplive-question');
    await box.ask('Any special deal for viewers of the show?');
    await asked;
    expect(requests).to.have.length(1);
    expect(text(box)).to.not.include('$5');
    expect(text(box)).to.include("The product details don't say.");
  });

  it('never asks the model about price, stock or shipping', async () => {
    await mockHttp(
      http.post('/llm', async ({ request }) => {
        requests.push(await request.text());
        return new HttpResponse('Shipping is free worldwide!', { headers: { 'x-sources': 'shipping' } });
      }),
    );
    const box = mountBox();
    box.product = shirtInput();
    await waitFor(() => shadow(box).querySelector('input'), 'the question box');
    const asked = nextEvent<QuestionDetail>(box, 'shoplive-question');
    await box.ask('How much is shipping to Canada?');
    await asked;
    expect(requests, 'no request to the model').to.deep.equal([]);
    expect(text(box)).to.not.include('free worldwide');
  });

  it('labels an answer that cites no source of this product as unverified and still asks the seller', async () => {
    await mockHttp(
      http.post('/llm', async ({ request }) => {
        requests.push(await request.text());
        return new HttpResponse('Most buyers wear it to weddings.', { headers: { 'x-sources': 'reviews' } });
      }),
    );
    const box = mountBox();
    box.product = shirtInput();
    await waitFor(() => shadow(box).querySelector('input'), 'the question box');
    const asked = nextEvent<QuestionDetail>(box, 'shoplive-question');
    await box.ask('Is it formal enough for a wedding?');
    await asked;
    expect(text(box)).to.include('Most buyers wear it to weddings.');
    expect(text(box)).to.include("From the shop's assistant. Not checked against the product details.");
    expect(text(box)).to.not.include('From the product details');
    expect(text(box)).to.include("sent to the shop's assistant service");
  });
});
