// "I wear M in this other brand": what a size the shopper wears elsewhere says about their body. The reference is
// resolved to body ranges (another seller's chart, or a built-in standard table), and each body draw is weighted
// by how likely a person of that body is to name that size. Error model (explicit, not fitted: no public data
// pairs worn sizes with measured bodies, and ANSUR II records none): people name the size whose ranges contain
// their body with probability REFERENCE_ERROR[0], a neighbour with REFERENCE_ERROR[1] (each side), two sizes off
// with REFERENCE_ERROR[2], further still with the last entry — brands differ, people wear what they like.
import { validateChart } from './chart.js';
import { CHART_LIMITS } from './chart-fields.js';
import { decidingMeasurements, rangeIndex } from './ground-truth.js';
import type { BodySamples } from './body-samples.js';
import { systemTable, SIZE_SYSTEMS } from './systems/tables.js';
import type { SizeSystem, SystemSize } from './systems/types.js';
import type { Chart, ChartSize, Measurement, RecommendError, Sex } from './types.js';

/** P(named size is k sizes from the body's own), k = 0, 1, 2, 3+ (per side for k >= 1). */
export const REFERENCE_ERROR: readonly number[] = [0.7, 0.125, 0.02, 0.005];

export interface ResolvedReference {
  readonly sizes: readonly ChartSize[];
  readonly index: number;
  readonly deciding: readonly Measurement[];
}

const fail = (message: string): RecommendError => ({ ok: false, code: 'invalid-reference', message });
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function resolveReference(reference: unknown, product: Chart, sex: Sex | undefined): ResolvedReference | RecommendError {
  if (typeof reference !== 'object' || reference === null) return fail('The reference size must be { system, label } or { chart, label }.');
  const { label, system, chart } = reference as Record<string, unknown>;
  if (typeof label !== 'string' || label.trim() === '' || label.length > CHART_LIMITS.label) {
    return fail(`The reference size needs a label of 1 to ${CHART_LIMITS.label} characters.`);
  }
  if (chart !== undefined) {
    const valid = validateChart(chart);
    if (!valid.ok) return fail(`The reference chart is not usable: ${valid.errors[0]?.path || 'chart'} ${valid.errors[0]?.message ?? ''}`.trim());
    const deciding = decidingMeasurements(valid.chart);
    const index = valid.chart.sizes.findIndex((s) => same(s.label, label));
    if (deciding.length === 0) return fail('The reference chart gives no body ranges for its sizes.');
    if (index < 0) return fail(`'${label}' is not a size of the reference chart.`);
    return { sizes: valid.chart.sizes, index, deciding };
  }
  if (typeof system !== 'string' || !(SIZE_SYSTEMS as readonly string[]).includes(system)) {
    return fail(`Unknown size system: expected one of ${SIZE_SYSTEMS.join(', ')}.`);
  }
  const audience = product.audience === 'unisex' ? (sex === 'female' ? 'women' : 'men') : product.audience;
  const sizes = systemSizes(system as SizeSystem, audience, product.category);
  if (!sizes) return fail(`There is no ${system} table for this product.`);
  const index = sizes.findIndex((s) => same(s.label, label) || (s.notation !== undefined && same(s.notation, label)));
  if (index < 0) return fail(`'${label}' is not a ${system} size.`);
  const deciding = (['chest', 'waist', 'hip'] as const).filter((m) => sizes[0]![m] !== undefined);
  return { sizes, index, deciding };
}

/** The system's sizes for a category: bottoms by waist and hip, everything else by the bust/chest table. Not
 * joined for dresses: the engine's waist is ANSUR's (at the navel, several cm below the natural waist the standard
 * tables mean), so their waist ranges would read most women a few sizes up. */
function systemSizes(system: SizeSystem, audience: 'women' | 'men', category: Chart['category']): readonly SystemSize[] | undefined {
  return systemTable(system, audience, category === 'bottoms' ? 'bottoms' : 'tops')?.sizes;
}

/** The size (index) each body draw would have in the reference, by the same rule the engine is judged by. */
export function referenceIndices(ref: ResolvedReference, samples: BodySamples): Int32Array {
  const out = new Int32Array(samples.count);
  for (let i = 0; i < samples.count; i++) {
    let index = 0;
    for (const m of ref.deciding) index = Math.max(index, rangeIndex(ref.sizes, m, samples.values[m][i]!));
    out[i] = index;
  }
  return out;
}

/** Weight per draw: the probability that a person with that body names the reference size. */
export function referenceWeights(ref: ResolvedReference, indices: Int32Array, error: readonly number[] = REFERENCE_ERROR): Float64Array {
  const w = new Float64Array(indices.length);
  for (let i = 0; i < indices.length; i++) w[i] = error[Math.min(Math.abs(indices[i]! - ref.index), error.length - 1)]!;
  return w;
}

/** Share of the draws (before weighting) within one size of the reference: near 0, the reference contradicts. */
export function referenceSupport(ref: ResolvedReference, indices: Int32Array): number {
  let near = 0;
  for (let i = 0; i < indices.length; i++) near += Math.abs(indices[i]! - ref.index) <= 1 ? 1 : 0;
  return near / indices.length;
}
