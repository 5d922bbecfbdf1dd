// Shopper input checks. Limits are deliberately wider than the model's data (which the result flags as a caveat)
// but reject what cannot be a person's body, so a typo (1.65 for 165) becomes a message, not a size.
import type { FitPreference, Profile, RecommendError, Sex } from './types.js';

export const PROFILE_LIMITS = {
  heightCm: [100, 230],
  weightKg: [25, 250],
  age: [14, 100],
  bmi: [12, 70],
} as const;

export interface CheckedProfile {
  readonly heightCm: number;
  readonly weightKg: number;
  readonly sex?: Sex;
  readonly age?: number;
  readonly fit: FitPreference;
  readonly measured: boolean;
}

const inRange = (v: unknown, [lo, hi]: readonly [number, number]): v is number => typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi;

function fail(code: RecommendError['code'], message: string): RecommendError {
  return { ok: false, code, message };
}

export function checkProfile(input: Profile | unknown): CheckedProfile | RecommendError {
  const p = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const { heightCm, weightKg, age, sex, fit, measured } = p;
  const [hLo, hHi] = PROFILE_LIMITS.heightCm;
  const [wLo, wHi] = PROFILE_LIMITS.weightKg;
  const [aLo, aHi] = PROFILE_LIMITS.age;
  if (!inRange(heightCm, PROFILE_LIMITS.heightCm)) return fail('height-out-of-range', `Height must be between ${hLo} and ${hHi} cm.`);
  if (!inRange(weightKg, PROFILE_LIMITS.weightKg)) return fail('weight-out-of-range', `Weight must be between ${wLo} and ${wHi} kg.`);
  if (age !== undefined && age !== null && !inRange(age, PROFILE_LIMITS.age)) return fail('age-out-of-range', `Age must be between ${aLo} and ${aHi}.`);
  const bmi = weightKg / (heightCm / 100) ** 2;
  if (!(bmi >= PROFILE_LIMITS.bmi[0] && bmi <= PROFILE_LIMITS.bmi[1])) {
    return fail('implausible-bmi', `${heightCm} cm and ${weightKg} kg give a BMI of ${bmi.toFixed(1)}; please check both values.`);
  }
  return {
    heightCm,
    weightKg,
    ...(sex === 'female' || sex === 'male' ? { sex } : {}),
    ...(typeof age === 'number' ? { age } : {}),
    // Unknown preferences fall back to regular rather than failing: they only break near-ties.
    fit: fit === 'snug' || fit === 'loose' ? fit : 'regular',
    measured: measured === true,
  };
}
