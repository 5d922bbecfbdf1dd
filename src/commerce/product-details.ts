import { isCategory, PRODUCT_CATEGORIES, type ProductCategory } from './category.js';
import { validateHonestDetails, type HonestDetails } from './honest-details.js';
import { readLocalizedText, TEXT_LIMITS, type LocalizedText } from './localized-text.js';
import type { ProductIssue } from './product-issue.js';
import { LENGTH_UNITS, readUnit, WEIGHT_UNITS, type LengthUnit, type WeightUnit } from './units.js';

/**
 * The fields shoppers ask about (material, care, shipping…), read by the product assistant, and the honest-display
 * fields the details sheet and the fit check read. All optional; free text is a `LocalizedText`.
 */
export type { LengthUnit, LocalizedText, WeightUnit };

export interface ProductDimensions {
  readonly width?: number;
  readonly height?: number;
  readonly depth?: number;
  readonly length?: number;
  readonly unit: LengthUnit;
}

export interface ProductWeight {
  readonly value: number;
  readonly unit: WeightUnit;
}

export interface ProductShipping {
  /** ISO 3166-1 alpha-2 codes, upper case. */
  readonly countries?: readonly string[];
  /** Delivery time in days, as a range (a single number becomes `{ min: n, max: n }`). */
  readonly days?: { readonly min: number; readonly max: number };
  /** Where it ships from: an ISO 3166-1 alpha-2 code or free text. */
  readonly from?: LocalizedText;
}

export interface ProductReturns {
  readonly days?: number;
  readonly free?: boolean;
}

export interface ProductDetails extends HonestDetails {
  /** Picks the suggested questions, the details sheet's section and the fit check's questions; unknown: `other`. */
  readonly category?: ProductCategory;
  readonly material?: LocalizedText;
  readonly care?: LocalizedText;
  /** Country of origin: an ISO 3166-1 alpha-2 code (shown in the shopper's language) or free text. */
  readonly origin?: LocalizedText;
  readonly dimensions?: ProductDimensions;
  readonly weight?: ProductWeight;
  readonly shipping?: ProductShipping;
  readonly returns?: ProductReturns;
  readonly warranty?: LocalizedText;
  readonly inTheBox?: readonly LocalizedText[];
  readonly knownIssues?: readonly LocalizedText[];
}

export const DETAIL_LIMITS = {
  ...TEXT_LIMITS,
  /** Entries of `inTheBox` / `knownIssues`; the rest are skipped. */
  items: 30,
  /** Shipping countries; the rest are skipped. */
  countries: 250,
  /** Largest dimension, weight or number of days accepted. */
  number: 1e6,
} as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const COUNTRY = /^[A-Za-z]{2}$/;
const localized = readLocalizedText;

function positive(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= DETAIL_LIMITS.number ? value : null;
}

function list(value: unknown, path: string, issues: ProductIssue[]): LocalizedText[] | null {
  if (value === undefined || value === null) return null;
  const items = Array.isArray(value) ? value : [value];
  if (items.length > DETAIL_LIMITS.items) issues.push({ path, message: `more than ${DETAIL_LIMITS.items} entries; the rest were skipped` });
  const out: LocalizedText[] = [];
  items.slice(0, DETAIL_LIMITS.items).forEach((item, index) => {
    const text = localized(item, `${path}[${index}]`, issues);
    if (text) out.push(text);
  });
  return out.length ? out : null;
}

function dimensions(value: unknown, path: string, issues: ProductIssue[]): ProductDimensions | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    issues.push({ path, message: 'must be { width?, height?, depth?, length?, unit: "cm" | "mm" | "in" }; dropped' });
    return null;
  }
  const unit = readUnit(value.unit, LENGTH_UNITS, path, 'dimensions', issues);
  if (!unit) return null;
  const out: Record<string, number> = {};
  for (const axis of ['width', 'height', 'depth', 'length'] as const) {
    if (value[axis] === undefined) continue;
    const number = positive(value[axis]);
    if (number === null) issues.push({ path: `${path}.${axis}`, message: `must be a number above 0 and at most ${DETAIL_LIMITS.number}; skipped` });
    else out[axis] = number;
  }
  return Object.keys(out).length ? { ...out, unit } : null;
}

function weight(value: unknown, path: string, issues: ProductIssue[]): ProductWeight | null {
  if (value === undefined || value === null) return null;
  const number = isObject(value) ? positive(value.value) : null;
  if (!isObject(value) || number === null) {
    issues.push({ path, message: 'must be { value: number above 0, unit: "kg" | "g" | "lb" | "oz" }; dropped' });
    return null;
  }
  const unit = readUnit(value.unit, WEIGHT_UNITS, path, 'weight', issues);
  return unit ? { value: number, unit } : null;
}

function days(value: unknown, path: string, issues: ProductIssue[]): { min: number; max: number } | null {
  const range = typeof value === 'number' ? { min: value, max: value } : isObject(value) ? { min: value.min, max: value.max ?? value.min } : null;
  const min = positive(range?.min);
  const max = positive(range?.max);
  if (min === null || max === null || max < min) {
    issues.push({ path, message: 'must be a number of days or { min, max } with 0 < min <= max; dropped' });
    return null;
  }
  return { min, max };
}

function shipping(value: unknown, path: string, issues: ProductIssue[]): ProductShipping | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    issues.push({ path, message: 'must be { countries?, days?, from? }; dropped' });
    return null;
  }
  const out: { countries?: string[]; days?: { min: number; max: number }; from?: LocalizedText } = {};
  if (value.countries !== undefined) {
    const raw = Array.isArray(value.countries) ? value.countries : [];
    if (!Array.isArray(value.countries)) issues.push({ path: `${path}.countries`, message: 'must be an array of ISO 3166 codes; dropped' });
    if (raw.length > DETAIL_LIMITS.countries) issues.push({ path: `${path}.countries`, message: `more than ${DETAIL_LIMITS.countries} countries; the rest were skipped` });
    const codes = raw.slice(0, DETAIL_LIMITS.countries).filter((code, index) => {
      const ok = typeof code === 'string' && COUNTRY.test(code.trim());
      if (!ok) issues.push({ path: `${path}.countries[${index}]`, message: 'not an ISO 3166-1 alpha-2 code such as "CA"; skipped' });
      return ok;
    });
    const unique = [...new Set(codes.map((code) => (code as string).trim().toUpperCase()))];
    if (unique.length) out.countries = unique;
  }
  if (value.days !== undefined) {
    const range = days(value.days, `${path}.days`, issues);
    if (range) out.days = range;
  }
  const from = localized(value.from, `${path}.from`, issues);
  if (from) out.from = from;
  return Object.keys(out).length ? out : null;
}

function returns(value: unknown, path: string, issues: ProductIssue[]): ProductReturns | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) {
    issues.push({ path, message: 'must be { days?, free? }; dropped' });
    return null;
  }
  const out: { days?: number; free?: boolean } = {};
  if (value.days !== undefined) {
    const number = positive(value.days);
    if (number === null) issues.push({ path: `${path}.days`, message: 'must be a number of days above 0; skipped' });
    else out.days = number;
  }
  if (value.free !== undefined) {
    if (typeof value.free === 'boolean') out.free = value.free;
    else issues.push({ path: `${path}.free`, message: 'must be true or false; skipped' });
  }
  return Object.keys(out).length ? out : null;
}

function category(value: unknown, path: string, issues: ProductIssue[]): ProductCategory | null {
  if (value === undefined || value === null) return null;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (isCategory(word)) return word;
  issues.push({ path, message: `not one of ${PRODUCT_CATEGORIES.join(', ')}; using other` });
  return 'other';
}

/**
 * Reads the details of one product: the assistant's fields and the honest-display ones, each by one rule (the
 * details sheet and the fit check read the validated product, never the raw JSON). Unusable fields are reported by
 * path and dropped. Never throws.
 */
export function validateDetails(input: Json, path: string, issues: ProductIssue[], base: string): ProductDetails {
  const out: Record<string, unknown> = { ...validateHonestDetails(input, path, issues, base) };
  const put = (key: keyof ProductDetails, value: unknown) => {
    if (value !== null && value !== undefined) out[key] = value;
  };
  put('category', category(input.category, `${path}.category`, issues));
  for (const field of ['material', 'care', 'origin', 'warranty'] as const) put(field, localized(input[field], `${path}.${field}`, issues));
  put('dimensions', dimensions(input.dimensions, `${path}.dimensions`, issues));
  put('weight', weight(input.weight, `${path}.weight`, issues));
  put('shipping', shipping(input.shipping, `${path}.shipping`, issues));
  put('returns', returns(input.returns, `${path}.returns`, issues));
  put('inTheBox', list(input.inTheBox, `${path}.inTheBox`, issues));
  put('knownIssues', list(input.knownIssues, `${path}.knownIssues`, issues));
  return out as ProductDetails;
}
