import type { LengthUnit, LocalizedText, ProductDimensions, ProductWeight, WeightUnit } from '../commerce/product-details.js';
import { negotiateLocale } from '../i18n/negotiate.js';
import { isolate } from '../internal/text.js';

/** Regions that measure in inches and pounds. */
const IMPERIAL_REGIONS = new Set(['US', 'LR', 'MM']);

export type UnitSystem = 'metric' | 'imperial';

/** The shopper's units: their locale's region (en-US → imperial, en-GB → metric); a bare `en` counts as US. */
export function unitSystemOf(locale: string): UnitSystem {
  try {
    const tag = new Intl.Locale(locale);
    const region = tag.region ?? (tag.language === 'en' ? 'US' : tag.maximize().region);
    return region && IMPERIAL_REGIONS.has(region) ? 'imperial' : 'metric';
  } catch {
    return 'metric';
  }
}

const CM_PER: Record<LengthUnit, number> = { cm: 1, mm: 0.1, in: 2.54 };
const KG_PER: Record<WeightUnit, number> = { kg: 1, g: 0.001, lb: 0.45359237, oz: 0.028349523125 };
const UNIT_NAMES: Record<LengthUnit | WeightUnit, string> = { cm: 'centimeter', mm: 'millimeter', in: 'inch', kg: 'kilogram', g: 'gram', lb: 'pound', oz: 'ounce' };

function measure(locale: string, value: number, unit: LengthUnit | WeightUnit): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: UNIT_NAMES[unit], maximumFractionDigits: 1 }).format(value);
}

/** A length in the shopper's units, with the seller's original in parentheses when it was converted. */
export function formatLength(locale: string, value: number, unit: LengthUnit): string {
  const system = unitSystemOf(locale);
  const target: LengthUnit = system === 'imperial' ? 'in' : unit === 'in' ? 'cm' : unit;
  if (target === unit) return measure(locale, value, unit);
  return `${measure(locale, (value * CM_PER[unit]) / CM_PER[target], target)} (${measure(locale, value, unit)})`;
}

export function formatDimensions(locale: string, dimensions: ProductDimensions, axisName: (axis: string) => string): string {
  const parts = (['width', 'height', 'depth', 'length'] as const).flatMap((axis) =>
    dimensions[axis] === undefined ? [] : [`${axisName(axis)} ${formatLength(locale, dimensions[axis]!, dimensions.unit)}`],
  );
  return formatList(locale, parts, 'unit');
}

export function formatWeight(locale: string, weight: ProductWeight): string {
  const imperial = unitSystemOf(locale) === 'imperial';
  const isImperial = weight.unit === 'lb' || weight.unit === 'oz';
  if (imperial === isImperial) return measure(locale, weight.value, weight.unit);
  const kg = weight.value * KG_PER[weight.unit];
  const target: WeightUnit = imperial ? (kg < 0.45 ? 'oz' : 'lb') : kg < 1 ? 'g' : 'kg';
  return `${measure(locale, kg / KG_PER[target], target)} (${measure(locale, weight.value, weight.unit)})`;
}

export function formatPrice(locale: string, amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function formatDays(locale: string, min: number, max: number): string {
  const format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  return min === max ? format.format(min) : format.formatRange(min, max);
}

/** The calendar dates `min`–`max` days after `now`, in the shopper's calendar. */
export function formatArrival(locale: string, now: Date, min: number, max: number): string {
  const day = 86_400_000;
  const format = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric' });
  const from = new Date(now.getTime() + min * day);
  const to = new Date(now.getTime() + max * day);
  return min === max ? format.format(from) : format.formatRange(from, to);
}

export function formatList(locale: string, items: readonly string[], type: 'conjunction' | 'unit' = 'conjunction'): string {
  return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

/** A country code in the shopper's language ("CA" → "Kanada"), isolated; anything else as given. */
export function countryName(locale: string, code: string): string {
  try {
    return isolate(new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code);
  } catch {
    return isolate(code);
  }
}

export function languageName(locale: string, tag: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export interface PickedText {
  readonly text: string;
  /** The language of `text` when it is not the shopper's (null: it is, or a plain string of unknown language). */
  readonly language: string | null;
}

/** The best available language of a free text for the shopper: theirs, a close one (pt → pt-BR), English, the first. */
export function pickText(value: LocalizedText, locale: string): PickedText {
  if (typeof value === 'string') return { text: value, language: null };
  const tags = Object.keys(value);
  const best = negotiateLocale([locale], tags);
  if (best) return { text: value[best]!, language: sameLanguage(best, locale) ? null : best };
  const fallback = negotiateLocale(['en'], tags) ?? tags[0]!;
  return { text: value[fallback]!, language: fallback };
}

/** zh-TW text is not "the shopper's" for zh-CN (other script); en-GB text is for en-US. */
function sameLanguage(a: string, b: string): boolean {
  try {
    const x = new Intl.Locale(a).maximize();
    const y = new Intl.Locale(b).maximize();
    return x.language === y.language && x.script === y.script;
  } catch {
    return a === b;
  }
}
