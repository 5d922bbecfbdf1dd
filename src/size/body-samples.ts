// Draws plausible bodies for a shopper: the regression prediction plus correlated residuals (a Gaussian copula
// over chest, waist, hip and shoulder), mixing over sex and age when the shopper did not give them. Size
// probabilities are then simple counts over these draws.
import type { BodyModel, BodyTarget, SexModel } from './model/body-model-types.js';
import { predictTarget, valueAt, type TargetPrediction } from './body-estimate.js';
import { cholesky, standardNormals, stratifiedUniforms } from './random.js';
import type { Sex } from './types.js';

export const DEFAULT_DRAWS = 4096;

export interface BodySamples {
  readonly count: number;
  readonly values: Readonly<Record<BodyTarget, Float64Array>>;
}

export interface SampleRequest {
  readonly heightCm: number;
  readonly weightKg: number;
  readonly sex?: Sex;
  readonly age?: number;
  /** Prior probability that a sex-unknown shopper is female (from the chart's audience). */
  readonly femalePrior: number;
}

const factors = new WeakMap<SexModel, number[][]>();

function residualFactor(model: SexModel): number[][] {
  let l = factors.get(model);
  if (!l) factors.set(model, (l = cholesky(model.correlation)));
  return l;
}

function density2(x: readonly number[], mean: readonly number[], cov: readonly (readonly number[])[]): number {
  const [a, b] = [x[0]! - mean[0]!, x[1]! - mean[1]!];
  const [s11, s12, s22] = [cov[0]![0]!, cov[0]![1]!, cov[1]![1]!];
  const det = s11 * s22 - s12 * s12;
  const q = (s22 * a * a - 2 * s12 * a * b + s11 * b * b) / det;
  return Math.exp(-q / 2) / (2 * Math.PI * Math.sqrt(det));
}

/** P(female | height, BMI) from the two sexes' height–BMI distributions and a prior. */
export function femaleProbability(model: BodyModel, heightCm: number, weightKg: number, prior: number): number {
  const x = [heightCm, weightKg / (heightCm / 100) ** 2];
  const f = prior * density2(x, model.sexes.female.heightBmi.mean, model.sexes.female.heightBmi.cov);
  const m = (1 - prior) * density2(x, model.sexes.male.heightBmi.mean, model.sexes.male.heightBmi.cov);
  // Far outside both distributions both densities underflow: fall back on the prior.
  return f + m > 0 ? f / (f + m) : prior;
}

export function sampleBodies(model: BodyModel, request: SampleRequest, count = DEFAULT_DRAWS): BodySamples {
  const targets = model.targets;
  const dims = targets.length;
  const normals = standardNormals(count, dims);
  const uniforms = stratifiedUniforms(count);
  const pFemale = request.sex ? (request.sex === 'female' ? 1 : 0) : femaleProbability(model, request.heightCm, request.weightKg, request.femalePrior);
  const values = Object.fromEntries(targets.map((t) => [t, new Float64Array(count)])) as Record<BodyTarget, Float64Array>;
  // Predictions depend only on (sex, age): memoize per pair, at most 2 x 20 when both are unknown.
  const memo = new Map<string, TargetPrediction[]>();
  const predictionsFor = (sex: Sex, ageIndex: number): TargetPrediction[] => {
    const key = `${sex}${ageIndex}`;
    let found = memo.get(key);
    if (!found) {
      const sexModel = model.sexes[sex];
      const age = request.age ?? sexModel.ageQuantiles[ageIndex]!;
      const x = { heightCm: request.heightCm, weightKg: request.weightKg, age };
      memo.set(key, (found = targets.map((t) => predictTarget(sexModel.targets[t], sexModel.limits, x))));
    }
    return found;
  };
  const z = new Float64Array(dims);
  const columns = targets.map((t) => values[t]);
  for (let i = 0; i < count; i++) {
    const sex: Sex = uniforms[i]! < pFemale ? 'female' : 'male';
    const sexModel = model.sexes[sex];
    const ageIndex = request.age === undefined ? i % sexModel.ageQuantiles.length : 0;
    const predictions = predictionsFor(sex, ageIndex);
    const l = residualFactor(sexModel);
    for (let a = 0; a < dims; a++) {
      let sum = 0;
      for (let b = 0; b <= a; b++) sum += l[a]![b]! * normals[i * dims + b]!;
      z[a] = sum;
    }
    for (let a = 0; a < dims; a++) columns[a]![i] = valueAt(predictions[a]!, z[a]!);
  }
  return { count, values };
}

/** Per-target medians of the draws: the point estimate shown to the shopper. */
export function sampleMedians(samples: BodySamples): Record<BodyTarget, number> {
  return Object.fromEntries(Object.entries(samples.values).map(([t, v]) => [t, median(v)])) as Record<BodyTarget, number>;
}

/** Median by quickselect (linear time; sorting every draw was the engine's hottest spot). */
function median(values: Float64Array): number {
  const a = Float64Array.from(values);
  const select = (k: number): number => {
    let lo = 0;
    let hi = a.length - 1;
    while (lo < hi) {
      const pivot = a[(lo + hi) >> 1]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (a[i]! < pivot) i++;
        while (a[j]! > pivot) j--;
        if (i <= j) {
          const swap = a[i]!;
          a[i++] = a[j]!;
          a[j--] = swap;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else return a[k]!;
    }
    return a[k]!;
  };
  const mid = a.length >> 1;
  return a.length % 2 ? select(mid) : (select(mid - 1) + select(mid)) / 2;
}
