// "Remember me on this device": the shopper's profile in localStorage, only after they ticked the box. Nothing is
// ever sent anywhere. Reading is defensive: storage may be disabled, full, or hold something another version wrote.
import { PROFILE_LIMITS } from '../profile.js';
import { SIZE_SYSTEMS } from '../systems/tables.js';
import type { SizeSystem } from '../systems/types.js';
import type { FitPreference, Sex } from '../types.js';
import { PROFILE_STORAGE_KEY } from './constants.js';
import type { UnitSystem } from './types.js';

export interface StoredProfile {
  readonly heightCm: number;
  readonly weightKg: number;
  readonly sex?: Sex;
  readonly age?: number;
  readonly fit: FitPreference;
  readonly units: UnitSystem;
  readonly system?: SizeSystem;
}

const within = (value: unknown, [lo, hi]: readonly [number, number]): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= lo && value <= hi;

export function readProfile(): StoredProfile | undefined {
  let data: Record<string, unknown>;
  try {
    const raw = window.localStorage.getItem(PROFILE_STORAGE_KEY);
    if (!raw) return undefined;
    data = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || data['v'] !== 1) return undefined;
  const { heightCm, weightKg, sex, age, fit, units, system } = data;
  if (!within(heightCm, PROFILE_LIMITS.heightCm) || !within(weightKg, PROFILE_LIMITS.weightKg)) return undefined;
  return {
    heightCm,
    weightKg,
    ...(sex === 'female' || sex === 'male' ? { sex } : {}),
    ...(within(age, PROFILE_LIMITS.age) ? { age } : {}),
    fit: fit === 'snug' || fit === 'loose' ? fit : 'regular',
    units: units === 'imperial' ? 'imperial' : 'metric',
    ...(typeof system === 'string' && (SIZE_SYSTEMS as readonly string[]).includes(system) ? { system: system as SizeSystem } : {}),
  };
}

/** False when the browser refused (private mode, quota, storage disabled). */
export function writeProfile(profile: StoredProfile): boolean {
  try {
    window.localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify({ v: 1, ...profile }));
    return true;
  } catch {
    return false;
  }
}

export function clearProfile(): void {
  try {
    window.localStorage.removeItem(PROFILE_STORAGE_KEY);
  } catch {
    // Storage disabled: there is nothing stored either.
  }
}
