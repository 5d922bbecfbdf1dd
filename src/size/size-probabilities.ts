// Probability of each size being the right one under the ground-truth rule, counted over the body draws.
import type { BodySamples } from './body-samples.js';
import { decidingMeasurements, rangeIndex } from './ground-truth.js';
import type { Chart } from './types.js';

export function bodyProbabilities(chart: Pick<Chart, 'category' | 'sizes'>, samples: BodySamples): number[] {
  const counts = new Array<number>(chart.sizes.length).fill(0);
  const deciding = decidingMeasurements(chart);
  for (let i = 0; i < samples.count; i++) {
    let index = 0;
    for (const m of deciding) index = Math.max(index, rangeIndex(chart.sizes, m, samples.values[m][i]!));
    counts[index]!++;
  }
  return counts.map((c) => c / samples.count);
}

/**
 * Both sources together (logarithmic pooling): p ∝ p_body · p_table^weight. The body ranges define what
 * "right" means, so they lead; the seller's table nudges between sizes the body estimate finds close.
 */
export function pool(body: readonly number[], table: readonly number[], weight: number): number[] {
  const raw = body.map((p, i) => p * Math.pow(Math.max(table[i]!, 1e-6), weight));
  const total = raw.reduce((s, v) => s + v, 0);
  return total > 0 ? raw.map((v) => v / total) : body.slice();
}
