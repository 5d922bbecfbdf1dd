// Probability of each size being the right one under the ground-truth rule, counted over the body draws (weighted
// when a reference size reweights them; moved by `shiftCm` when fit reports say the garment runs small or large).
import type { BodySamples } from './body-samples.js';
import { decidingMeasurements, rangeIndex } from './ground-truth.js';
import type { Chart } from './types.js';

/** shiftCm: the garment fits as if every range were moved by this much, i.e. a body fits as if `shiftCm` smaller. */
export function bodyProbabilities(chart: Pick<Chart, 'category' | 'sizes'>, samples: BodySamples, weights?: Float64Array, shiftCm = 0): number[] {
  const counts = new Array<number>(chart.sizes.length).fill(0);
  const deciding = decidingMeasurements(chart);
  let total = 0;
  for (let i = 0; i < samples.count; i++) {
    let index = 0;
    for (const m of deciding) index = Math.max(index, rangeIndex(chart.sizes, m, samples.values[m][i]! - shiftCm));
    const w = weights ? weights[i]! : 1;
    counts[index]! += w;
    total += w;
  }
  return counts.map((c) => (total > 0 ? c / total : 1 / counts.length));
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
