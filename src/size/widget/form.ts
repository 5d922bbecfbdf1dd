// The height and weight inputs as data: what the shopper typed (in the unit they typed it in), its value in cm/kg,
// its display in the other unit system, and the checks with the engine's limits. No DOM.
//
// No drift: an entry keeps the strings the shopper typed and the unit they typed them in. Flipping the unit toggle
// only changes how the entry is *shown*; flipping back shows the typed strings again, however often it flips.
import type { MessageKey } from '../../i18n/en.js';
import type { MessageParams } from '../../i18n/translate.js';
import { PROFILE_LIMITS } from '../profile.js';
import { cmToFtIn, CM_PER_INCH, ftInToCm, KG_PER_POUND, kgToLb, lbToKg, roundTo, stLbToKg } from '../units.js';
import type { UnitSystem } from './types.js';

export type HeightUnit = 'cm' | 'ft-in';
export type WeightUnit = 'kg' | 'lb' | 'st-lb';
export type Field = 'height' | 'weight' | 'age';

/** What the shopper typed into one measurement: one string per input (cm; ft + in; kg; lb; st + lb). */
export interface Entry<U extends string> {
  readonly unit: U;
  readonly values: readonly string[];
}

export interface Problem {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** How limits are written in the shopper's units ("3 ft 4 in"), supplied by the panel (it knows the locale). */
export interface LimitFormat {
  height(cm: number, unit: HeightUnit, bound: 'min' | 'max'): string;
  weight(kg: number, unit: WeightUnit, bound: 'min' | 'max'): string;
  number(value: number): string;
}

const POUNDS_PER_STONE = 14;

export const inputCount = (unit: HeightUnit | WeightUnit): number => (unit === 'ft-in' || unit === 'st-lb' ? 2 : 1);

export function heightUnitFor(units: UnitSystem): HeightUnit {
  return units === 'imperial' ? 'ft-in' : 'cm';
}

export function weightUnitFor(units: UnitSystem, imperialWeight: 'lb' | 'st-lb'): WeightUnit {
  return units === 'imperial' ? imperialWeight : 'kg';
}

/** undefined: nothing typed; NaN: not a usable number; else the numbers of each input (empty second input = 0). */
function numbers(entry: Entry<string>): number[] | number | undefined {
  const trimmed = entry.values.map((value) => value.trim());
  if (trimmed.every((value) => value === '')) return undefined;
  const parsed = trimmed.map((value) => (value === '' ? 0 : Number(value.replace(',', '.'))));
  return parsed.every((n) => Number.isFinite(n) && n >= 0) ? parsed : NaN;
}

/** The entry in cm: undefined when empty, NaN when not a number. */
export function toCm(entry: Entry<HeightUnit>): number | undefined {
  const n = numbers(entry);
  if (!Array.isArray(n)) return n;
  return entry.unit === 'cm' ? n[0]! : ftInToCm(n[0]!, n[1] ?? 0);
}

/** The entry in kg: undefined when empty, NaN when not a number. */
export function toKg(entry: Entry<WeightUnit>): number | undefined {
  const n = numbers(entry);
  if (!Array.isArray(n)) return n;
  if (entry.unit === 'kg') return n[0]!;
  return entry.unit === 'lb' ? lbToKg(n[0]!) : stLbToKg(n[0]!, n[1] ?? 0);
}

/** The strings to show for a height entry in `unit`: the typed ones in their own unit, else converted. */
export function showHeight(entry: Entry<HeightUnit>, unit: HeightUnit): string[] {
  if (entry.unit === unit) return [...entry.values];
  const cm = toCm(entry);
  if (cm === undefined || Number.isNaN(cm)) return new Array<string>(inputCount(unit)).fill('');
  if (unit === 'cm') return [String(roundTo(cm, 1))];
  const { feet, inches } = cmToFtIn(cm);
  return [String(feet), String(inches)];
}

/** The strings to show for a weight entry in `unit`; lb and st-lb convert exactly between themselves. */
export function showWeight(entry: Entry<WeightUnit>, unit: WeightUnit): string[] {
  if (entry.unit === unit) return [...entry.values];
  const n = numbers(entry);
  if (!Array.isArray(n)) return new Array<string>(inputCount(unit)).fill('');
  if (unit === 'kg') return [String(roundTo(toKg(entry)!, 1))];
  const pounds = entry.unit === 'kg' ? kgToLb(n[0]!) : entry.unit === 'lb' ? n[0]! : n[0]! * POUNDS_PER_STONE + (n[1] ?? 0);
  if (unit === 'lb') return [String(roundTo(pounds, 1))];
  const stones = Math.floor(pounds / POUNDS_PER_STONE + 1e-9);
  return [String(stones), String(roundTo(pounds - stones * POUNDS_PER_STONE, 1))];
}

/** An entry holding a value in cm or kg, shown in `unit` (restoring a remembered profile). */
export function heightEntry(cm: number, unit: HeightUnit): Entry<HeightUnit> {
  return { unit, values: showHeight({ unit: 'cm', values: [String(cm)] }, unit) };
}

export function weightEntry(kg: number, unit: WeightUnit): Entry<WeightUnit> {
  return { unit, values: showWeight({ unit: 'kg', values: [String(kg)] }, unit) };
}

export const emptyEntry = <U extends HeightUnit | WeightUnit>(unit: U): Entry<U> => ({ unit, values: new Array<string>(inputCount(unit)).fill('') });

/** Whole units inside the engine's limits, so the numbers in the message are themselves accepted. */
export function inwardInches(cm: number, bound: 'min' | 'max'): number {
  const inches = cm / CM_PER_INCH;
  return bound === 'min' ? Math.ceil(inches - 1e-9) : Math.floor(inches + 1e-9);
}

export function inwardPounds(kg: number, bound: 'min' | 'max'): number {
  const pounds = kg / KG_PER_POUND;
  return bound === 'min' ? Math.ceil(pounds - 1e-9) : Math.floor(pounds + 1e-9);
}

export function checkHeight(entry: Entry<HeightUnit>, shown: HeightUnit, format: LimitFormat): Problem | undefined {
  const cm = toCm(entry);
  if (cm === undefined) return { key: 'size.heightRequired' };
  const [lo, hi] = PROFILE_LIMITS.heightCm;
  if (!(cm >= lo && cm <= hi)) return { key: 'size.heightRange', params: { min: format.height(lo, shown, 'min'), max: format.height(hi, shown, 'max') } };
  return undefined;
}

/** Also checks height and weight together (BMI) when the height is usable. */
export function checkWeight(entry: Entry<WeightUnit>, shown: WeightUnit, format: LimitFormat, heightCm?: number): Problem | undefined {
  const kg = toKg(entry);
  if (kg === undefined) return { key: 'size.weightRequired' };
  const [lo, hi] = PROFILE_LIMITS.weightKg;
  if (!(kg >= lo && kg <= hi)) return { key: 'size.weightRange', params: { min: format.weight(lo, shown, 'min'), max: format.weight(hi, shown, 'max') } };
  const [hLo, hHi] = PROFILE_LIMITS.heightCm;
  if (heightCm !== undefined && heightCm >= hLo && heightCm <= hHi) {
    const bmi = kg / (heightCm / 100) ** 2;
    if (bmi < PROFILE_LIMITS.bmi[0] || bmi > PROFILE_LIMITS.bmi[1]) return { key: 'size.implausible' };
  }
  return undefined;
}

export function parseAge(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.replace(',', '.'));
}

export function checkAge(text: string, format: LimitFormat): Problem | undefined {
  const age = parseAge(text);
  const [lo, hi] = PROFILE_LIMITS.age;
  if (age === undefined || (age >= lo && age <= hi)) return undefined;
  return { key: 'size.ageRange', params: { min: format.number(lo), max: format.number(hi) } };
}
