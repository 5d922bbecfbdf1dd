// Point predictions and residual spreads for one person from the generated model. Inside the data's range the
// cross-validated fit is used as is; outside, it is extended along the plain linear fit (squares and interactions
// extrapolate wildly), and age is clamped (a straight age trend carried decades past 58 would be a guess).
import type { SexModel, TargetModel } from './model/body-model-types.js';
import { bmiOf, evaluateFit, type ModelInputs } from './model/features.js';

export interface TargetPrediction {
  /** Prediction in model space (cm, or ln cm for log fits). */
  readonly center: number;
  /** Residual SD in model space. */
  readonly spread: number;
  readonly log: boolean;
  /** Linear extrapolation added in cm when the inputs lie outside the data. */
  readonly shiftCm: number;
}

type Limits = SexModel['limits'];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function clampToData(limits: Limits, x: ModelInputs): ModelInputs {
  const heightCm = clamp(x.heightCm, limits.heightCm[0]!, limits.heightCm[1]!);
  const bmi = clamp(bmiOf(x), limits.bmi[0]!, limits.bmi[1]!);
  return { heightCm, weightKg: bmi * (heightCm / 100) ** 2, age: clamp(x.age, limits.age[0]!, limits.age[1]!) };
}

export function isInsideData(limits: Limits, x: ModelInputs): boolean {
  const inside = clampToData(limits, x);
  return Math.abs(inside.heightCm - x.heightCm) < 1e-9 && Math.abs(inside.weightKg - x.weightKg) < 1e-6;
}

export function predictTarget(model: TargetModel, limits: Limits, x: ModelInputs): TargetPrediction {
  const inside = clampToData(limits, x);
  const ageClamped = { ...x, age: inside.age };
  const { base, perBmi, floor } = model.spread;
  return {
    center: evaluateFit(model, inside),
    // The spread follows the person's own BMI (not the clamped one): heavier bodies vary more.
    spread: Math.max(floor, base + perBmi * (bmiOf(x) - 25)),
    log: model.log,
    shiftCm: evaluateFit(model.linear, ageClamped) - evaluateFit(model.linear, inside),
  };
}

/** Measurement in cm for a standardized residual z (z = 0 gives the median). */
export function valueAt(p: TargetPrediction, z: number): number {
  const raw = p.center + p.spread * z;
  return (p.log ? Math.exp(raw) : raw) + p.shiftCm;
}
