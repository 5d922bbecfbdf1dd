// Runtime mirror of features.mjs (the fitter's definitions). Kept in step by the self-check unit test.
import type { FeatureName, LinearFit } from './body-model-types.js';

export interface ModelInputs {
  readonly heightCm: number;
  readonly weightKg: number;
  readonly age: number;
}

export function bmiOf(x: ModelInputs): number {
  return x.weightKg / (x.heightCm / 100) ** 2;
}

const FEATURES: Record<FeatureName, (x: ModelInputs) => number> = {
  one: () => 1,
  height: (x) => x.heightCm - 170,
  weight: (x) => x.weightKg - 70,
  age: (x) => x.age - 30,
  bmi: (x) => bmiOf(x) - 25,
  ageSq: (x) => (x.age - 30) ** 2 / 100,
  bmiSq: (x) => (bmiOf(x) - 25) ** 2 / 10,
  bmiAge: (x) => ((bmiOf(x) - 25) * (x.age - 30)) / 10,
  lnHeight: (x) => Math.log(x.heightCm / 170),
  lnWeight: (x) => Math.log(x.weightKg / 70),
  lnBmiSq: (x) => Math.log(bmiOf(x) / 25) ** 2,
  lnWeightAge: (x) => (Math.log(x.weightKg / 70) * (x.age - 30)) / 10,
};

/** Dot product of a fit's coefficients with its features at x. */
export function evaluateFit(fit: LinearFit, x: ModelInputs): number {
  let sum = 0;
  fit.features.forEach((name, j) => (sum += FEATURES[name](x) * (fit.coef[j] ?? 0)));
  return sum;
}
