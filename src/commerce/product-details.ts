import { cleanText, stripInvisible } from '../internal/text.js';

/**
 * The fields shoppers ask about (material, care, shipping…), read by the product assistant. All optional; free text
 * is a string or a map language tag -> text (`{ "en": "Cotton", "es": "Algodón" }`).
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

export type LengthUnit = 'cm' | 'mm' | 'in';
export type WeightUnit = 'kg' | 'g' | 'lb' | 'oz';

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

export interface ProductDetails {
  /** Free word for suggested questions: `apparel`, `beauty`, `electronics`, `home`, `food`… */
  readonly category?: string;
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
  /** Characters of one free-text detail (care instructions…), after cleaning; longer text is shortened. */
  text: 1000,
  /** Languages of one localized text; the rest are skipped. */
  languages: 12,
  /** Entries of `inTheBox` / `knownIssues`; the rest are skipped. */
  items: 30,
  /** Shipping countries; the rest are skipped. */
  countries: 250,
  /** Largest dimension, weight or number of days accepted. */
  number: 1e6,
} as const;

type Json = Record<string, unknown>;
export interface DetailIssue {
  readonly path: string;
  readonly message: string;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const COUNTRY = /^[A-Za-z]{2}$/;

function plain(value: unknown, path: string, issues: DetailIssue[]): string | null {
  if (typeof value !== 'string') return null;
  const clean = stripInvisible(value).replace(/[ \t]+/g, ' ').trim();
  if (!clean) return null;
  if (clean.length > DETAIL_LIMITS.text) issues.push({ path, message: `longer than ${DETAIL_LIMITS.text} characters; shortened` });
  return cleanText(clean, DETAIL_LIMITS.text);
}

function localized(value: unknown, path: string, issues: DetailIssue[]): LocalizedText | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return plain(value, path, issues);
  if (!isObject(value)) {
    issues.push({ path, message: 'must be text or { language: text }; dropped' });
    return null;
  }
  const out: Record<string, string> = {};
  const entries = Object.entries(value);
  if (entries.length > DETAIL_LIMITS.languages) issues.push({ path, message: `more than ${DETAIL_LIMITS.languages} languages; the rest were skipped` });
  for (const [tag, text] of entries.slice(0, DETAIL_LIMITS.languages)) {
    if (!LANGUAGE_TAG.test(tag)) {
      issues.push({ path: `${path}.${cleanText(tag, 20)}`, message: 'not a language tag (such as "en" or "pt-BR"); skipped' });
      continue;
    }
    const clean = plain(text, `${path}.${tag}`, issues);
    if (clean) out[tag] = clean;
  }
  return Object.keys(out).length ? out : null;
}

function positive(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= DETAIL_LIMITS.number ? value : null;
}

function list(value: unknown, path: string, issues: DetailIssue[]): LocalizedText[] | null {
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

function dimensions(value: unknown, path: string, issues: DetailIssue[]): ProductDimensions | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value) || !['cm', 'mm', 'in'].includes(value.unit as string)) {
    issues.push({ path, message: 'must be { width?, height?, depth?, length?, unit: "cm" | "mm" | "in" }; dropped' });
    return null;
  }
  const out: Record<string, number> = {};
  for (const axis of ['width', 'height', 'depth', 'length'] as const) {
    if (value[axis] === undefined) continue;
    const number = positive(value[axis]);
    if (number === null) issues.push({ path: `${path}.${axis}`, message: `must be a number above 0 and at most ${DETAIL_LIMITS.number}; skipped` });
    else out[axis] = number;
  }
  return Object.keys(out).length ? { ...out, unit: value.unit as LengthUnit } : null;
}

function weight(value: unknown, path: string, issues: DetailIssue[]): ProductWeight | null {
  if (value === undefined || value === null) return null;
  const number = isObject(value) ? positive(value.value) : null;
  if (!isObject(value) || number === null || !['kg', 'g', 'lb', 'oz'].includes(value.unit as string)) {
    issues.push({ path, message: 'must be { value: number above 0, unit: "kg" | "g" | "lb" | "oz" }; dropped' });
    return null;
  }
  return { value: number, unit: value.unit as WeightUnit };
}

function days(value: unknown, path: string, issues: DetailIssue[]): { min: number; max: number } | null {
  const range = typeof value === 'number' ? { min: value, max: value } : isObject(value) ? { min: value.min, max: value.max ?? value.min } : null;
  const min = positive(range?.min);
  const max = positive(range?.max);
  if (min === null || max === null || max < min) {
    issues.push({ path, message: 'must be a number of days or { min, max } with 0 < min <= max; dropped' });
    return null;
  }
  return { min, max };
}

function shipping(value: unknown, path: string, issues: DetailIssue[]): ProductShipping | null {
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

function returns(value: unknown, path: string, issues: DetailIssue[]): ProductReturns | null {
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

/** Reads the assistant's fields of one product; unusable ones are reported by path and dropped. Never throws. */
export function validateDetails(input: Json, path: string, issues: DetailIssue[]): ProductDetails {
  const out: Record<string, unknown> = {};
  const put = (key: keyof ProductDetails, value: unknown) => {
    if (value !== null && value !== undefined) out[key] = value;
  };
  const category = plain(input.category, `${path}.category`, issues);
  put('category', category?.toLowerCase().slice(0, 40));
  for (const field of ['material', 'care', 'origin', 'warranty'] as const) put(field, localized(input[field], `${path}.${field}`, issues));
  put('dimensions', dimensions(input.dimensions, `${path}.dimensions`, issues));
  put('weight', weight(input.weight, `${path}.weight`, issues));
  put('shipping', shipping(input.shipping, `${path}.shipping`, issues));
  put('returns', returns(input.returns, `${path}.returns`, issues));
  put('inTheBox', list(input.inTheBox, `${path}.inTheBox`, issues));
  put('knownIssues', list(input.knownIssues, `${path}.knownIssues`, issues));
  return out as ProductDetails;
}
