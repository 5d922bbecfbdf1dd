// Draws plausible bodies for a shopper: the regression prediction plus correlated residuals (a Gaussian copula
// over chest, waist, hip and shoulder), mixing over sex and age when the shopper did not give them. Size
// probabilities are then simple counts over these draws.
import type { BodyModel, BodyTarget, SexModel } from './model/body-model-types.js';
import { predictTarget, type TargetPrediction } from './body-estimate.js';
import { cholesky, standardNormals, stratifiedUniforms } from './random.js';
import { normalCdf } from './stats.js';
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
  /** Height and weight were measured; otherwise they are taken as self-reported and the report error is drawn too. */
  readonly measured?: boolean;
}

interface Prediction {
  readonly p: TargetPrediction;
  /** Change of [center, shiftCm] per cm of height and per kg of weight. */
  readonly perCm: readonly number[];
  readonly perKg: readonly number[];
}

/** Extra standard normals per draw for the report error: height, weight, and the gross-error coin. */
const REPORT_DIMS = 3;

/** A measured height and weight consistent with what was reported (see ReportModel), from three standard normals. */
function measuredFromReport(sexModel: SexModel, report: NonNullable<SexModel['report']>, h: number, w: number, z: Float64Array, at: number) {
  const [zh, zw, zg] = [z[at]!, z[at + 1]!, z[at + 2]!];
  if (normalCdf(zg) < report.grossErrorRate) {
    // A gross error says nothing: a body of this sex from the population.
    const { mean, cov } = sexModel.heightBmi;
    const [l00, l10] = [Math.sqrt(cov[0]![0]!), cov[1]![0]! / Math.sqrt(cov[0]![0]!)];
    const l11 = Math.sqrt(Math.max(cov[1]![1]! - l10 * l10, 1e-9));
    const heightCm = mean[0]! + l00 * zh;
    return { heightCm, weightKg: (mean[1]! + l10 * zh + l11 * zw) * (heightCm / 100) ** 2 };
  }
  const rho = report.correlation;
  const heightCm = report.height.coef[0]! + report.height.coef[1]! * (h - 170) + report.height.sd * zh;
  const lnW = report.lnWeight.coef[0]! + report.lnWeight.coef[1]! * Math.log(w / 70) + report.lnWeight.sd * (rho * zh + Math.sqrt(1 - rho * rho) * zw);
  return { heightCm, weightKg: 70 * Math.exp(lnW) };
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
  const stride = dims + REPORT_DIMS;
  const normals = standardNormals(count, stride);
  const uniforms = stratifiedUniforms(count);
  const pFemale = request.sex ? (request.sex === 'female' ? 1 : 0) : femaleProbability(model, request.heightCm, request.weightKg, request.femalePrior);
  const values = Object.fromEntries(targets.map((t) => [t, new Float64Array(count)])) as Record<BodyTarget, Float64Array>;
  // Predictions depend only on (sex, age): memoize per pair, at most 2 x 20 when both are unknown. For
  // self-reports each also carries its slope per cm of height and kg of weight, so a draw's own measured height
  // and weight move it linearly (the fits are close to linear over a report error of a few cm or kg; evaluating
  // every draw exactly cost ten times as much).
  const memo = new Map<string, Prediction[]>();
  const predictionsFor = (sex: Sex, ageIndex: number): Prediction[] => {
    const key = `${sex}${ageIndex}`;
    let found = memo.get(key);
    if (!found) {
      const sexModel = model.sexes[sex];
      const age = request.age ?? sexModel.ageQuantiles[ageIndex]!;
      const x = { heightCm: request.heightCm, weightKg: request.weightKg, age };
      const slopes = !request.measured && sexModel.report !== undefined;
      found = targets.map((t) => {
        const at = (dh: number, dw: number) => predictTarget(sexModel.targets[t], sexModel.limits, { ...x, heightCm: x.heightCm + dh, weightKg: x.weightKg + dw });
        const p = at(0, 0);
        if (!slopes) return { p, perCm: [0, 0], perKg: [0, 0] };
        const [h, w] = [at(1, 0), at(0, 1)];
        return { p, perCm: [h.center - p.center, h.shiftCm - p.shiftCm], perKg: [w.center - p.center, w.shiftCm - p.shiftCm] };
      });
      memo.set(key, found);
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
    const report = request.measured ? undefined : sexModel.report;
    let [dh, dw] = [0, 0];
    if (report) {
      const x = measuredFromReport(sexModel, report, request.heightCm, request.weightKg, normals, i * stride + dims);
      [dh, dw] = [x.heightCm - request.heightCm, x.weightKg - request.weightKg];
    }
    const l = residualFactor(sexModel);
    for (let a = 0; a < dims; a++) {
      let sum = 0;
      for (let b = 0; b <= a; b++) sum += l[a]![b]! * normals[i * stride + b]!;
      z[a] = sum;
    }
    for (let a = 0; a < dims; a++) {
      const { p, perCm, perKg } = predictions[a]!;
      const raw = p.center + perCm[0]! * dh + perKg[0]! * dw + p.spread * z[a]!;
      columns[a]![i] = (p.log ? Math.exp(raw) : raw) + p.shiftCm + perCm[1]! * dh + perKg[1]! * dw;
    }
  }
  return { count, values };
}

/** Per-target medians of the draws: the point estimate shown to the shopper. */
export function sampleMedians(samples: BodySamples): Record<BodyTarget, number> {
  return Object.fromEntries(Object.entries(samples.values).map(([t, v]) => [t, median(v)])) as Record<BodyTarget, number>;
}

/** Weighted per-target medians (draws reweighted by a reference size). */
export function weightedMedians(samples: BodySamples, weights: Float64Array): Record<BodyTarget, number> {
  const order = Array.from({ length: samples.count }, (_, i) => i);
  const total = weights.reduce((s, w) => s + w, 0);
  return Object.fromEntries(
    Object.entries(samples.values).map(([t, v]) => {
      order.sort((a, b) => v[a]! - v[b]!);
      let sum = 0;
      for (const i of order) if ((sum += weights[i]!) >= total / 2) return [t, v[i]!];
      return [t, v[order[order.length - 1]!]!];
    }),
  ) as Record<BodyTarget, number>;
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
