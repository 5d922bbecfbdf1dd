import { expect } from '@esm-bundle/chai';
import type { FeedbackDetail } from '../../src/returns/feedback-event.js';
import { fitFeedbackFrom } from '../../src/returns/fit-feedback.js';
import { reasonOf } from '../../src/returns/questions.js';

const record = (variantId: string, fit: string, extra: Partial<FeedbackDetail> = {}): FeedbackDetail => ({
  orderId: 'o',
  productId: 'dress',
  variantId,
  category: 'apparel',
  answers: { fit },
  reason: reasonOf('apparel', { fit }),
  ...extra,
});

describe('fitFeedbackFrom', () => {
  const sizeOf = (variantId: string) => ({ 'v-S': 'S', 'v-M': 'M' })[variantId];

  it('counts the fit answers per bought size and skips what is not this apparel product', () => {
    const batch = [
      record('v-S', 'too-small'),
      record('v-S', 'too-small'),
      record('v-S', 'just-right'),
      record('v-M', 'too-large'),
      record('v-M', 'just-right'),
      record('v-X', 'too-small'),
      record('v-S', 'too-small', { productId: 'other' }),
      record('v-S', 'too-small', { category: 'home' }),
      record('v-S', 'sideways'),
    ];
    expect(fitFeedbackFrom(batch, 'dress', sizeOf)).to.deep.equal([
      { label: 'S', tooSmall: 2, justRight: 1, tooLarge: 0 },
      { label: 'M', tooSmall: 0, justRight: 1, tooLarge: 1 },
    ]);
  });

  it('ignores holes in a batch read from storage', () => {
    expect(fitFeedbackFrom([null as unknown as FeedbackDetail, record('v-M', 'just-right')], 'dress', sizeOf)).to.deep.equal([{ label: 'M', tooSmall: 0, justRight: 1, tooLarge: 0 }]);
  });
});
