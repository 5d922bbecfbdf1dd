import type { ProductIssue } from './product-issue.js';

/** Units product data may give lengths and weights in; anything else is refused (never guessed). */
export const LENGTH_UNITS = ['cm', 'mm', 'in'] as const;
export const WEIGHT_UNITS = ['kg', 'g', 'lb', 'oz'] as const;
export type LengthUnit = (typeof LENGTH_UNITS)[number];
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

const CM: Record<LengthUnit, number> = { cm: 1, mm: 0.1, in: 2.54 };
const KG: Record<WeightUnit, number> = { kg: 1, g: 0.001, lb: 0.45359237, oz: 0.028349523125 };

export const toCm = (value: number, unit: LengthUnit): number => value * CM[unit];
export const toKg = (value: number, unit: WeightUnit): number => value * KG[unit];

/** The unit of `what` at `path`, or null (reported: "unit "ft" is not one of cm, mm, in; dimensions dropped"). */
export function readUnit<U extends string>(value: unknown, units: readonly U[], path: string, what: string, issues: ProductIssue[]): U | null {
  if (typeof value === 'string' && (units as readonly string[]).includes(value)) return value as U;
  const given = value === undefined ? 'missing' : `"${String(value).slice(0, 20)}" is not one of ${units.join(', ')}`;
  issues.push({ path: `${path}.unit`, message: `unit ${given === 'missing' ? `missing (one of ${units.join(', ')})` : given}; ${what} dropped` });
  return null;
}
