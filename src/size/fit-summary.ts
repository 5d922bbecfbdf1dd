// What a chart's fit reports say before any shopper is sized: the note beside the size helper's trigger on a product
// page ("Most buyers say this runs small"). A chunk of its own, loaded only for a chart that carries reports.
import { validateChart } from './chart.js';
import { howItRuns, shiftPosterior } from './fit-feedback.js';

/** How the charted garment runs by its fit reports; undefined for a chart that is unusable or has none. */
export function chartRuns(input: unknown): 'small' | 'large' | 'true-to-size' | undefined {
  const checked = validateChart(input);
  if (!checked.ok || !checked.chart.fitFeedback?.length) return undefined;
  const posterior = shiftPosterior(checked.chart, checked.chart.fitFeedback);
  return posterior ? howItRuns(posterior) : undefined;
}
