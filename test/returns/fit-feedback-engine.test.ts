import { expect } from '@esm-bundle/chai';
import type { FeedbackDetail } from '../../src/returns/feedback-event.js';
import { fitFeedbackFrom } from '../../src/returns/fit-feedback.js';
import { recommendSize } from '../../src/size/index.js';

/** The demo's own data: its dress chart and the post-purchase answers the demo ships. */
async function demoData() {
  const [chart, feedback] = await Promise.all([fetch('/demo/size-chart.json').then((r) => r.json()), fetch('/demo/fit-feedback.json').then((r) => r.json())]);
  return { chart: chart as Record<string, unknown>, feedback: feedback as FeedbackDetail[] };
}
const SIZES: Record<string, string> = { 41001: 'XS', 41002: 'S', 41003: 'M', 41004: 'L', 41005: 'XL' };

describe('post-purchase answers → the size engine', () => {
  it('answers that say "too small" make the engine see a dress that runs small and pick a size up', async () => {
    const { chart, feedback } = await demoData();
    const fitFeedback = fitFeedbackFrom(feedback, 'silk-wrap-dress', (id) => SIZES[id]);
    expect(fitFeedback.find((row) => row.label === 'S')).to.deep.equal({ label: 'S', tooSmall: 22, justRight: 9, tooLarge: 1 });
    const profile = { heightCm: 163, weightKg: 54, fit: 'regular' as const };
    const plain = recommendSize(profile, chart);
    const informed = recommendSize(profile, { ...chart, fitFeedback });
    if (!plain.ok || !informed.ok) throw new Error('no recommendation');
    expect(informed.fitFeedback?.runs).to.equal('small');
    expect(informed.fitFeedback?.reports).to.equal(85);
    const order = ['XS', 'S', 'M', 'L', 'XL'];
    expect(order.indexOf(informed.label)).to.equal(order.indexOf(plain.label) + informed.fitFeedback!.sizesMoved);
    expect(informed.fitFeedback!.sizesMoved).to.be.greaterThan(0);
  });

  it('balanced answers leave the recommendation as the chart gives it', async () => {
    const { chart } = await demoData();
    const balanced: FeedbackDetail[] = ['41002', '41003'].flatMap((variantId) =>
      (['too-small', 'just-right', 'just-right', 'just-right', 'too-large'] as const).map((fit, i) => ({
        orderId: `${variantId}-${i}`, productId: 'silk-wrap-dress', variantId, category: 'apparel' as const, answers: { fit }, reason: fit === 'just-right' ? ('as-expected' as const) : fit,
      })),
    );
    const profile = { heightCm: 163, weightKg: 54, fit: 'regular' as const };
    const plain = recommendSize(profile, chart);
    const informed = recommendSize(profile, { ...chart, fitFeedback: fitFeedbackFrom(balanced, 'silk-wrap-dress', (id) => SIZES[id]) });
    if (!plain.ok || !informed.ok) throw new Error('no recommendation');
    expect(informed.label).to.equal(plain.label);
    expect(informed.fitFeedback?.runs).to.not.equal('small');
  });
});
