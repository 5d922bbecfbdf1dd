// Unit helpers for the size helper's inputs. Conversions round to a fixed number of decimals chosen so that a
// value typed in one unit survives a trip through the other and back:
// - whole cm -> in at 0.1 -> cm rounded to whole: exact (0.05 in = 0.127 cm < 0.5 cm);
// - whole in -> cm at 0.1 -> in rounded to whole: exact (0.05 cm = 0.02 in);
// - kg at 0.1 -> lb at 0.1 -> kg at 0.1: exact (0.05 lb = 0.023 kg < 0.05 kg);
// - whole lb -> kg at 0.1 -> lb rounded to whole: exact (0.05 kg = 0.11 lb < 0.5 lb).
// Keep the value the shopper typed as the source of truth and convert for display, not back and forth.
import { localeParts } from './systems/locale.js';

export const CM_PER_INCH = 2.54;
export const KG_PER_POUND = 0.45359237;
export const POUNDS_PER_STONE = 14;

/** Rounds half away from zero at `digits` decimals, without 1.005-style binary surprises. */
export function roundTo(value: number, digits = 0): number {
  const f = 10 ** digits;
  const scaled = value * f;
  // Nudge by a relative epsilon so a value like 2.675 (stored as 2.67499…) rounds as written.
  return (Math.sign(scaled) * Math.round(Math.abs(scaled) * (1 + Number.EPSILON) + Number.EPSILON)) / f || 0;
}

export const cmToIn = (cm: number, digits = 1) => roundTo(cm / CM_PER_INCH, digits);
export const inToCm = (inches: number, digits = 1) => roundTo(inches * CM_PER_INCH, digits);
export const kgToLb = (kg: number, digits = 1) => roundTo(kg / KG_PER_POUND, digits);
export const lbToKg = (lb: number, digits = 1) => roundTo(lb * KG_PER_POUND, digits);

export interface FeetInches {
  readonly feet: number;
  readonly inches: number;
}

/** 170 cm -> 5 ft 6.9 in. Inches at `inchDigits` decimals, carried into feet when they round up to 12. */
export function cmToFtIn(cm: number, inchDigits = 1): FeetInches {
  const total = roundTo(cm / CM_PER_INCH, inchDigits);
  const feet = Math.floor(total / 12 + 1e-9);
  return { feet, inches: roundTo(total - feet * 12, inchDigits) };
}

export function ftInToCm(feet: number, inches: number, digits = 1): number {
  return roundTo((feet * 12 + inches) * CM_PER_INCH, digits);
}

export interface StonesPounds {
  readonly stones: number;
  readonly pounds: number;
}

/** 70 kg -> 11 st 0.3 lb (UK body weight). */
export function kgToStLb(kg: number, poundDigits = 1): StonesPounds {
  const total = roundTo(kg / KG_PER_POUND, poundDigits);
  const stones = Math.floor(total / POUNDS_PER_STONE + 1e-9);
  return { stones, pounds: roundTo(total - stones * POUNDS_PER_STONE, poundDigits) };
}

export function stLbToKg(stones: number, pounds: number, digits = 1): number {
  return roundTo((stones * POUNDS_PER_STONE + pounds) * KG_PER_POUND, digits);
}

export interface DefaultUnits {
  readonly height: 'cm' | 'ft-in';
  readonly weight: 'kg' | 'lb' | 'st-lb';
  /** Summary for a single metric/imperial toggle: imperial when height is not in cm. */
  readonly system: 'metric' | 'imperial';
}

/** Countries whose people know their body in imperial units: the US, Liberia and Myanmar (no metric body use). */
const IMPERIAL = new Set(['US', 'LR', 'MM', 'PR']);

/**
 * Units a shopper most likely knows their height and weight in. The UK gets feet/inches and stones/pounds:
 * that is how most Britons state their own body even though shops and the NHS print metric too; a widget with
 * only a cm/kg <-> ft-in/lb toggle may show pounds instead of stones. Everyone else: cm and kg. A bare "en"
 * counts as en-US.
 */
export function defaultUnitsForLocale(locale: string | undefined): DefaultUnits {
  const { region } = localeParts(locale);
  if (region && IMPERIAL.has(region)) return { height: 'ft-in', weight: 'lb', system: 'imperial' };
  if (region === 'GB') return { height: 'ft-in', weight: 'st-lb', system: 'imperial' };
  return { height: 'cm', weight: 'kg', system: 'metric' };
}
