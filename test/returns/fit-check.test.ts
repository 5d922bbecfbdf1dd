import { expect } from '@esm-bundle/chai';
import '../../src/returns/fit-check.js';
import type { FeedbackDetail, FixChosenDetail } from '../../src/returns/feedback-event.js';
import { recommendSize } from '../../src/size/index.js';
import { clearProfile, writeProfile } from '../../src/size/widget/profile-store.js';
import { cleanup, recordEvents, shadowQuery, waitFor } from '../support/dom.js';
import { choose, dress, dressChart, mountCheck, part, send, text } from './support.js';

describe('<shoplive-fit-check> for apparel', () => {
  let chart: Record<string, unknown>;
  before(async () => {
    chart = await dressChart();
  });
  afterEach(() => {
    cleanup();
    clearProfile();
  });

  it('asks about the fit, and about areas only once the fit is off', async () => {
    const check = await mountCheck(dress(chart), 'variant-id="v-M"');
    expect(text(shadowQuery(check, 'h2'))).to.equal('How is your Mulberry Silk Wrap Dress?');
    expect(text(shadowQuery(check, 'fieldset[data-question="fit"] legend'))).to.equal('How does it fit?');
    expect(shadowQuery(check, 'fieldset[data-question="chest"]')).to.equal(null);
    await choose(check, 'fit', 'too-small');
    expect(shadowQuery(check, 'fieldset[data-question="chest"]')).to.not.equal(null);
    expect(shadowQuery(check, 'fieldset[data-question="length"]')).to.not.equal(null);
    await choose(check, 'fit', 'just-right');
    expect(shadowQuery(check, 'fieldset[data-question="chest"]')).to.equal(null);
  });

  it('emits one shoplive-feedback with the documented detail and offers the next size up', async () => {
    const check = await mountCheck(dress(chart), 'variant-id="v-S" product-id="dress-fit" return-url="/returns/o-1"');
    const events = recordEvents(document, ['shoplive-feedback']);
    await choose(check, 'fit', 'too-small');
    await choose(check, 'chest', 'too-tight');
    const textarea = part<HTMLTextAreaElement>(check, 'note')!;
    textarea.value = 'Tight\u202E across the back';
    textarea.dispatchEvent(new Event('input'));
    const button = part<HTMLButtonElement>(check, 'send-button')!;
    button.click();
    button.click();
    await check.updateComplete;
    await waitFor(() => part(check, 'exchange-button'), 'the exchange offer');
    expect(events).to.have.length(1);
    const detail = events[0]!.detail as FeedbackDetail;
    expect(detail).to.deep.equal({
      orderId: 'o-1',
      productId: 'dress-fit',
      variantId: 'v-S',
      category: 'apparel',
      answers: { fit: 'too-small', chest: 'too-tight' },
      reason: 'too-small',
      note: 'Tight across the back',
    });
    expect(text(part(check, 'exchange-button'))).to.equal('Exchange for size M');
    expect(text(part(check, 'return-link'))).to.equal('Start a return');
    expect(part<HTMLAnchorElement>(check, 'return-link')!.href).to.equal(new URL('/returns/o-1', location.href).href);
    expect(text(part(check, 'contact-link'))).to.equal('Contact the seller');
    // The return path comes last.
    const offers = [...check.shadowRoot!.querySelectorAll('.fixes > li')].map((item) => item.querySelector('[part]')!.getAttribute('part'));
    expect(offers).to.deep.equal(['exchange-button', 'contact-link', 'return-link']);
  });

  it('skips a sold-out size and names the variant of the size it offers', async () => {
    const check = await mountCheck(dress(chart, { lSoldOut: true }), 'variant-id="v-M"');
    const chosen = recordEvents(document, ['shoplive-fix-chosen']);
    await choose(check, 'fit', 'too-small');
    await send(check);
    const exchange = await waitFor(() => part<HTMLButtonElement>(check, 'exchange-button'), 'the exchange offer');
    expect(text(exchange)).to.equal('Exchange for size XL');
    exchange.click();
    exchange.click();
    await check.updateComplete;
    expect(chosen).to.have.length(1);
    expect(chosen[0]!.detail as FixChosenDetail).to.include({ fix: 'exchange', size: 'XL', toVariantId: 'v-XL', reason: 'too-small', variantId: 'v-M' });
    expect(text(part(check, 'status'))).to.equal('We have passed this on to the shop.');
  });

  it("offers the size engine's choice with its confidence when the shopper remembered a profile", async () => {
    writeProfile({ heightCm: 165, weightKg: 58, fit: 'regular', units: 'metric' });
    const engine = recommendSize({ heightCm: 165, weightKg: 58, fit: 'regular' }, chart);
    if (!engine.ok) throw new Error(engine.message);
    const belief = new Map([[engine.label, engine.confidence], ...engine.alternatives.map((each) => [each.label, each.probability] as const)]);
    const check = await mountCheck(dress(chart), 'variant-id="v-XS"');
    await choose(check, 'fit', 'too-small');
    await send(check);
    await waitFor(() => part(check, 'exchange-button'), 'the exchange offer');
    // The bought size (and all below it) were too small: the engine's belief renormalised over the larger sizes.
    const larger = ['S', 'M', 'L', 'XL'];
    const mass = larger.reduce((sum, size) => sum + (belief.get(size) ?? 0), 0);
    const best = larger.reduce((a, b) => ((belief.get(b) ?? 0) > (belief.get(a) ?? 0) ? b : a));
    expect(text(part(check, 'exchange-button'))).to.equal(`Exchange for size ${best}`);
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format((belief.get(best) ?? 0) / mass);
    expect(text(check.shadowRoot!.querySelector('.fixes .hint'))).to.equal(`${percent} likely to fit, from your saved measurements`);
  });

  it('thanks the shopper and offers nothing when all went well', async () => {
    const check = await mountCheck(dress(chart), 'variant-id="v-M" return-url="/returns/o-1"');
    await choose(check, 'fit', 'just-right');
    await send(check);
    expect(text(part(check, 'thanks'))).to.equal('Thank you! We are glad it worked out.');
    expect(check.shadowRoot!.querySelector('.fixes')).to.equal(null);
  });

  it('asks for the first answer before sending anything', async () => {
    const check = await mountCheck(dress(chart), 'variant-id="v-M"');
    const events = recordEvents(document, ['shoplive-feedback']);
    await send(check);
    expect(events).to.have.length(0);
    expect(check.phase).to.equal('asking');
    expect(text(part(check, 'status'))).to.equal('Answer the first question first.');
  });
});
