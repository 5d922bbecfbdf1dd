import { expect } from '@esm-bundle/chai';
import '../../src/returns/fit-check.js';
import type { FeedbackDetail } from '../../src/returns/feedback-event.js';
import { cleanup, mount, recordEvents, resourcesRequestedSince, waitFor } from '../support/dom.js';
import { choose, mountCheck, part, send, text } from './support.js';

const base = (category: string, extra: Record<string, unknown> = {}) => ({
  id: `p-${category}`,
  title: `A ${category} product`,
  price: 20,
  currency: 'EUR',
  category,
  sellerContact: 'https://shop.example/help',
  variants: [{ id: `v-${category}`, title: 'One', available: true }],
  ...extra,
});

async function answerAndSend(category: string, answers: Record<string, string>, extra: Record<string, unknown> = {}) {
  const check = await mountCheck(base(category, extra), `variant-id="v-${category}" return-url="/returns"`);
  const events = recordEvents(document, ['shoplive-feedback']);
  for (const [question, value] of Object.entries(answers)) await choose(check, question, value);
  await send(check);
  await waitFor(() => part(check, 'thanks'), 'the thank-you line');
  return { check, detail: events[0]!.detail as FeedbackDetail, count: events.length };
}

describe('<shoplive-fit-check> per category', () => {
  afterEach(cleanup);

  it('beauty: a skin reaction comes before the shade, with safety advice first', async () => {
    const { check, detail } = await answerAndSend('beauty', { shade: 'darker', reaction: 'yes' });
    expect(detail.reason).to.equal('skin-reaction');
    expect(detail.answers).to.deep.equal({ shade: 'darker', reaction: 'yes' });
    expect(text(part(check, 'advice'))).to.match(/Stop using it/);
    expect(part(check, 'exchange-button')).to.equal(null);
    expect(text(part(check, 'contact-link'))).to.equal('Contact the seller');
  });

  it("electronics: not working offers the seller's setup tip, labelled when in another language", async () => {
    const { check, detail } = await answerAndSend('electronics', { works: 'no', damaged: 'no' }, { setup: { de: 'Zum Zurücksetzen 10 s die Taste halten.' } });
    expect(detail.reason).to.equal('not-working');
    const tip = part(check, 'tip')!;
    expect(text(tip)).to.contain('Setup tip from the seller');
    expect(text(tip)).to.contain('Zum Zurücksetzen 10 s die Taste halten.');
    expect(text(tip)).to.contain('(In German)');
    expect(tip.querySelector('bdi')!.getAttribute('lang')).to.equal('de');
  });

  it('electronics: damage in transit says to keep the packaging', async () => {
    const { check, detail } = await answerAndSend('electronics', { works: 'yes', damaged: 'yes' });
    expect(detail.reason).to.equal('arrived-damaged');
    expect(text(part(check, 'advice'))).to.match(/Keep the packaging/);
  });

  it('home: smaller than expected is reported with its reason code', async () => {
    const { check, detail } = await answerAndSend('home', { size: 'smaller', feel: 'as-expected' });
    expect(detail).to.include({ reason: 'smaller-than-expected', category: 'home' });
    expect(text(part(check, 'return-link'))).to.equal('Start a return');
  });

  it('the category attribute wins over the data, and unknown categories ask the generic question', async () => {
    const check = await mountCheck(base('toys'), 'variant-id="v-toys"');
    expect(check.shadowRoot!.querySelector('fieldset[data-question="described"]')).to.not.equal(null);
    const forced = await mountCheck(base('toys'), 'category="home"');
    expect(forced.shadowRoot!.querySelector('fieldset[data-question="size"]')).to.not.equal(null);
  });
});

describe('<shoplive-fit-check> language, privacy and bad input', () => {
  afterEach(cleanup);

  it('speaks Japanese and Arabic (right to left)', async () => {
    const ja = await mountCheck(base('apparel'), 'lang="ja"');
    await waitFor(() => text(ja.shadowRoot!.querySelector('legend')) === 'サイズ感はいかがですか？', 'Japanese questions');
    const ar = await mountCheck(base('apparel'), 'lang="ar"');
    await waitFor(() => text(ar.shadowRoot!.querySelector('legend')) === 'كيف المقاس؟', 'Arabic questions');
    expect(part(ar, 'base')!.getAttribute('dir')).to.equal('rtl');
  });

  it('sends nothing and stores nothing: the answers only reach the host as the event', async () => {
    const storage = JSON.stringify({ ...localStorage });
    const started = performance.now();
    await answerAndSend('beauty', { shade: 'lighter', reaction: 'none' });
    expect(JSON.stringify({ ...localStorage })).to.equal(storage);
    // A request would have left a resource entry: the catalogs of English are built in, so there is none.
    expect(resourcesRequestedSince(started)).to.deep.equal([]);
  });

  it('explains unusable product data once, and refuses a product-src that is not http(s)', async () => {
    const errors = recordEvents(document, ['shoplive-error']);
    const broken = await mountCheck({ title: 42 });
    expect(broken.phase).to.equal('unavailable');
    expect(text(broken.shadowRoot!.querySelector('[role=status]'))).to.equal('This check cannot be shown right now.');
    expect(errors).to.have.length(1);
    const refused = mount<HTMLElement & { phase: string }>('<shoplive-fit-check product-src="javascript:alert(1)"></shoplive-fit-check>');
    await waitFor(() => refused.phase === 'unavailable', 'the refusal');
    expect(errors).to.have.length(2);
    expect((errors[1]!.detail as { message: string }).message).to.contain('only http(s) is allowed');
  });

  it('drops a seller contact or return path that is not http(s)', async () => {
    const check = await mountCheck(base('other', { sellerContact: 'javascript:alert(1)' }), 'return-url="javascript:alert(2)"');
    await choose(check, 'described', 'no');
    await send(check);
    await waitFor(() => part(check, 'thanks'), 'the thank-you line');
    expect(part(check, 'contact-link')).to.equal(null);
    expect(part(check, 'return-link')).to.equal(null);
  });
});
