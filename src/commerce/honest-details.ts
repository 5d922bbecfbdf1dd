import { checkUrl } from '../internal/url-guard.js';
import { plainText, readLocalizedText, type LocalizedText } from './localized-text.js';
import { PLUG_TYPES, type PowerSpec } from './power-spec.js';
import type { ProductIssue } from './product-issue.js';
import { LENGTH_UNITS, readUnit, type LengthUnit } from './units.js';

/** Garment measurements a size table may give, in the order shoppers read them. */
export const GARMENT_MEASURES = ['shoulder', 'chest', 'length', 'sleeve', 'waist', 'hip', 'inseam'] as const;
export type GarmentMeasure = (typeof GARMENT_MEASURES)[number];

export interface GarmentSize {
  readonly label: string;
  /** Flat garment measurements, in the table's `unit`. */
  readonly measures: Partial<Record<GarmentMeasure, number>>;
}

export interface ModelInfo {
  readonly heightCm: number;
  readonly weightKg?: number;
  readonly size: string;
}

export interface GarmentTable {
  readonly unit: LengthUnit;
  readonly sizes: readonly GarmentSize[];
  readonly model?: ModelInfo;
}

export interface Shade {
  readonly name: string;
  /** `#rrggbb`: nothing else reaches a style. */
  readonly color: string;
  readonly studioImage?: string;
  readonly naturalImage?: string;
  readonly undertone?: 'warm' | 'cool' | 'neutral' | 'olive';
}

/** The fields the honest-display sheet and the fit check read (docs/returns.md), validated with the product. */
export interface HonestDetails {
  readonly garment?: GarmentTable;
  readonly shades?: readonly Shade[];
  /** The shade the seller wears on stream (a `shades` name). */
  readonly sellerShade?: string;
  readonly ingredients?: readonly string[];
  readonly power?: PowerSpec;
  /** The replay's unboxing moment: a checked URL and a time in seconds. */
  readonly unboxing?: { readonly url: string; readonly at: number };
  readonly textureImages?: readonly string[];
  /** Setup or troubleshooting tip (electronics: "Hold the power button for 10 s to reset"). */
  readonly setup?: LocalizedText;
  /** Where the shopper reaches the seller (http(s) only). */
  readonly sellerContact?: string;
}

export const HONEST_LIMITS = { sizes: 30, shades: 60, ingredients: 200, ingredientChars: 120, images: 6, cm: 10_000, regions: 250 } as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const HEX = /^#[0-9a-f]{6}$/i;
const UNDERTONES = ['warm', 'cool', 'neutral', 'olive'];

class Reader {
  constructor(
    readonly issues: ProductIssue[],
    readonly base: string,
  ) {}

  number(value: unknown, path: string, max: number): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max) return value;
    this.issues.push({ path, message: `expected a number above 0 and at most ${max}; ignored` });
    return undefined;
  }

  list<T>(value: unknown, path: string, max: number, read: (item: unknown, path: string) => T | null | undefined): T[] | undefined {
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.issues.push({ path, message: 'expected a list; ignored' });
      return undefined;
    }
    if (value.length > max) this.issues.push({ path, message: `more than ${max} items; the rest were skipped` });
    const out = value.slice(0, max).flatMap((item, index) => {
      const one = read(item, `${path}[${index}]`);
      return one === undefined || one === null ? [] : [one];
    });
    return out.length ? out : undefined;
  }

  url(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    const checked = checkUrl(typeof value === 'string' ? value : '', this.base);
    if (checked.ok) return checked.url.href;
    this.issues.push({ path, message: 'not a usable http(s) URL; dropped' });
    return undefined;
  }
}

function garment(r: Reader, value: unknown, path: string): GarmentTable | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    r.issues.push({ path, message: 'must be { unit, sizes: [...], model? }; dropped' });
    return undefined;
  }
  const unit = readUnit(value['unit'], LENGTH_UNITS, path, 'garment measurements', r.issues);
  if (!unit) return undefined;
  const max = unit === 'in' ? HONEST_LIMITS.cm / 2.54 : unit === 'mm' ? HONEST_LIMITS.cm * 10 : HONEST_LIMITS.cm;
  const sizes =
    r.list(value['sizes'], `${path}.sizes`, HONEST_LIMITS.sizes, (item, at) => {
      const label = isObject(item) ? plainText(item['label'], `${at}.label`, r.issues, 40) : null;
      if (!isObject(item) || !label) {
        r.issues.push({ path: at, message: 'a size needs a label; skipped' });
        return undefined;
      }
      const measures: Partial<Record<GarmentMeasure, number>> = {};
      for (const measure of GARMENT_MEASURES) {
        const length = r.number(item[measure], `${at}.${measure}`, max);
        if (length !== undefined) measures[measure] = length;
      }
      return { label, measures };
    }) ?? [];
  const model = isObject(value['model']) ? value['model'] : undefined;
  const heightCm = model ? r.number(model['heightCm'], `${path}.model.heightCm`, 250) : undefined;
  const size = model ? plainText(model['size'], `${path}.model.size`, r.issues, 40) : null;
  const weightKg = model ? r.number(model['weightKg'], `${path}.model.weightKg`, 300) : undefined;
  return { unit, sizes, ...(heightCm && size ? { model: { heightCm, size, ...(weightKg ? { weightKg } : {}) } } : {}) };
}

function shade(r: Reader, item: unknown, path: string): Shade | undefined {
  const name = isObject(item) ? plainText(item['name'], `${path}.name`, r.issues, 80) : null;
  const color = isObject(item) && typeof item['color'] === 'string' && HEX.test(item['color']) ? item['color'].toLowerCase() : null;
  if (!isObject(item) || !name || !color) {
    r.issues.push({ path, message: 'a shade needs a name and a #rrggbb color; skipped' });
    return undefined;
  }
  const studioImage = r.url(item['studioImage'], `${path}.studioImage`);
  const naturalImage = r.url(item['naturalImage'], `${path}.naturalImage`);
  const undertone = UNDERTONES.includes(item['undertone'] as string) ? (item['undertone'] as Shade['undertone']) : undefined;
  return { name, color, ...(studioImage ? { studioImage } : {}), ...(naturalImage ? { naturalImage } : {}), ...(undertone ? { undertone } : {}) };
}

function power(r: Reader, value: unknown, path: string): PowerSpec | undefined {
  if (value === undefined || value === null) return undefined;
  const spec = isObject(value) ? value : {};
  const plugs = r.list(spec['plugs'], `${path}.plugs`, 15, (item) => (typeof item === 'string' && PLUG_TYPES.includes(item.toUpperCase()) ? item.toUpperCase() : undefined));
  const volts = Array.isArray(spec['volts']) ? spec['volts'].slice(0, 2).map((each, i) => r.number(each, `${path}.volts[${i}]`, 1000)) : [];
  const hertz = r.list(spec['hertz'], `${path}.hertz`, 2, (item) => (item === 50 || item === 60 ? item : undefined));
  const regions = r.list(spec['regions'], `${path}.regions`, HONEST_LIMITS.regions, (item) => (typeof item === 'string' && /^[A-Za-z]{2}$/.test(item) ? item.toUpperCase() : undefined));
  const [low, high] = [volts[0], volts[1] ?? volts[0]];
  if (!plugs || low === undefined || high === undefined || low > high || !hertz) {
    r.issues.push({ path, message: 'needs plugs (IEC letters), volts [min, max] and hertz [50 and/or 60]; dropped' });
    return undefined;
  }
  return { plugs, volts: [low, high], hertz, ...(regions ? { regions } : {}) };
}

function unboxing(r: Reader, value: unknown, path: string): HonestDetails['unboxing'] {
  if (!isObject(value)) return undefined;
  const url = r.url(value['url'], `${path}.url`);
  const at = r.number(value['at'], `${path}.at`, 24 * 3600);
  return url && at !== undefined ? { url, at } : undefined;
}

/** Reads the honest-display fields of one product; unusable ones are reported by path and dropped. Never throws. */
export function validateHonestDetails(input: Json, path: string, issues: ProductIssue[], base: string): HonestDetails {
  const r = new Reader(issues, base);
  const raw = input['ingredients'];
  const ingredients = typeof raw === 'string' ? raw.split(/[,;]\s*/) : raw;
  const out: Record<string, unknown> = {
    garment: garment(r, input['garment'], `${path}.garment`),
    shades: r.list(input['shades'], `${path}.shades`, HONEST_LIMITS.shades, (item, at) => shade(r, item, at)),
    sellerShade: plainText(input['sellerShade'], `${path}.sellerShade`, issues, 80),
    ingredients: r.list(ingredients, `${path}.ingredients`, HONEST_LIMITS.ingredients, (item, at) => plainText(item, at, issues, HONEST_LIMITS.ingredientChars)),
    power: power(r, input['power'], `${path}.power`),
    unboxing: unboxing(r, input['unboxing'], `${path}.unboxing`),
    textureImages: r.list(input['textureImages'], `${path}.textureImages`, HONEST_LIMITS.images, (item, at) => r.url(item, at)),
    setup: readLocalizedText(input['setup'], `${path}.setup`, issues),
    sellerContact: input['sellerContact'] === undefined ? undefined : r.url(input['sellerContact'], `${path}.sellerContact`),
  };
  for (const key of Object.keys(out)) if (out[key] === undefined || out[key] === null) delete out[key];
  return out as HonestDetails;
}
