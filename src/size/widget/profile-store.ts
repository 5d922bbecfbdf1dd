// "Remember me in this browser": the shopper's profile in localStorage, only after they ticked the box. Nothing is
// ever sent anywhere. Reading is defensive (internal/stored.ts): every field is type- and range-checked, and a
// profile older than PROFILE_MAX_AGE_MS is removed rather than used.
import { readStored, removeStored, writeStored } from '../../internal/stored.js';
import { PROFILE_LIMITS } from '../profile.js';
import { SIZE_SYSTEMS } from '../systems/tables.js';
import type { SizeSystem } from '../systems/types.js';
import type { FitPreference, Sex } from '../types.js';
import { PROFILE_MAX_AGE_MS, PROFILE_STORAGE_KEY } from './constants.js';
import type { StoredReference } from './reference-step.js';
import type { UnitSystem } from './types.js';

export interface StoredProfile {
  readonly heightCm: number;
  readonly weightKg: number;
  readonly sex?: Sex;
  readonly age?: number;
  readonly fit: FitPreference;
  readonly units: UnitSystem;
  readonly system?: SizeSystem;
  /** The size worn in another brand, when the shopper gave one. */
  readonly reference?: StoredReference;
}

/** Longest stored reference label: a chart's label limit (CHART_LIMITS.label; not imported, the panel only takes
 * what shoplive/size exports, so the engine stays in that entry's file). */
const REFERENCE_LABEL_MAX = 40;

/** A stored reference size: a known system and a short label, or the whole record is refused. */
function checkReference(value: unknown): StoredReference | undefined | false {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) return false;
  const { system, label } = value as Record<string, unknown>;
  if (typeof system !== 'string' || !(SIZE_SYSTEMS as readonly string[]).includes(system)) return false;
  if (typeof label !== 'string' || label.length === 0 || label.length > REFERENCE_LABEL_MAX) return false;
  return { system: system as SizeSystem, label };
}

const VERSION = 2;

const within = (value: unknown, [lo, hi]: readonly [number, number]): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= lo && value <= hi;

/** The stored fields as a profile, or undefined when any field is of the wrong type or out of range. */
function checkStored(data: Record<string, unknown>): StoredProfile | undefined {
  const { heightCm, weightKg, sex, age, fit, units, system } = data;
  const reference = checkReference(data['reference']);
  if (reference === false) return undefined;
  if (!within(heightCm, PROFILE_LIMITS.heightCm) || !within(weightKg, PROFILE_LIMITS.weightKg)) return undefined;
  if (!within(weightKg / (heightCm / 100) ** 2, PROFILE_LIMITS.bmi)) return undefined;
  if (sex !== undefined && sex !== 'female' && sex !== 'male') return undefined;
  if (age !== undefined && !within(age, PROFILE_LIMITS.age)) return undefined;
  if (fit !== 'snug' && fit !== 'regular' && fit !== 'loose') return undefined;
  if (units !== 'metric' && units !== 'imperial') return undefined;
  if (system !== undefined && !(typeof system === 'string' && (SIZE_SYSTEMS as readonly string[]).includes(system))) return undefined;
  return {
    heightCm,
    weightKg,
    ...(sex ? { sex } : {}),
    ...(age !== undefined ? { age } : {}),
    fit,
    units,
    ...(system ? { system: system as SizeSystem } : {}),
    ...(reference ? { reference } : {}),
  };
}

export function readProfile(): StoredProfile | undefined {
  return readStored(PROFILE_STORAGE_KEY, { version: VERSION, maxAgeMs: PROFILE_MAX_AGE_MS }, checkStored);
}

/** False when the browser refused (private mode, quota, storage disabled). */
export function writeProfile(profile: StoredProfile): boolean {
  return writeStored(PROFILE_STORAGE_KEY, VERSION, { ...profile });
}

export function clearProfile(): void {
  removeStored(PROFILE_STORAGE_KEY);
}
