import { aggregateFitReports, type FitReport } from '../size/fit-feedback.js';
import type { FitFeedback } from '../size/types.js';
import type { FeedbackDetail } from './feedback-event.js';

/** One size's post-purchase counts, the shape the size engine's `chart.fitFeedback` takes. */
export type FitFeedbackEntry = FitFeedback;

/** At most this many feedback records are read from one batch (a host's order export can be large). */
export const MAX_FEEDBACK_BATCH = 100_000;

/**
 * Turns a batch of apparel `shoplive-feedback` details (as a host stored them from its order pages) into the size
 * engine's `fitFeedback` for one product: counts per bought size of too small / just right / too large, from the
 * overall fit answer. `sizeOf` maps a variant id to its size label (the product's variants know it); records of
 * other products, other categories, unknown variants or without a fit answer are skipped.
 */
export function fitFeedbackFrom(batch: readonly FeedbackDetail[], productId: string, sizeOf: (variantId: string) => string | null | undefined): FitFeedback[] {
  const reports: FitReport[] = [];
  for (const record of batch.slice(0, MAX_FEEDBACK_BATCH)) {
    if (!record || record.productId !== productId || record.category !== 'apparel') continue;
    const label = sizeOf(record.variantId);
    const fit = record.answers?.['fit'];
    if (label && (fit === 'too-small' || fit === 'just-right' || fit === 'too-large')) reports.push({ label, fit });
  }
  return aggregateFitReports(reports);
}
