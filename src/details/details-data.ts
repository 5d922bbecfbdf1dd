import { isCategory, type ProductCategory } from '../commerce/category.js';
import { localizedText, type LocalizedText } from '../commerce/localized-text.js';
import { validateProducts, type Product, type ProductIssue } from '../commerce/product.js';
import { cleanText, describeError } from '../internal/text.js';
import { checkUrl } from '../internal/url-guard.js';
import { PLUG_TYPES, type PowerSpec } from './power.js';

/** Garment measurements a size table may give, in the order shoppers read them. */
export const GARMENT_MEASURES = ['shoulder', 'chest', 'length', 'sleeve', 'waist', 'hip', 'inseam'] as const;
export type GarmentMeasure = (typeof GARMENT_MEASURES)[number];

export interface GarmentSize {
  readonly label: string;
  /** Flat garment measurements in cm. */
  readonly cm: Partial<Record<GarmentMeasure, number>>;
}

export interface ModelInfo {
  readonly heightCm: number;
  readonly weightKg?: number;
  readonly size: string;
}

export interface Shade {
  readonly name: string;
  /** `#rrggbb`: nothing else reaches a style. */
  readonly color: string;
  readonly studioImage?: string;
  readonly naturalImage?: string;
  readonly undertone?: 'warm' | 'cool' | 'neutral' | 'olive';
}

export interface Dimensions {
  readonly widthCm: number;
  readonly heightCm: number;
  readonly depthCm?: number;
}

/** What an honest product page shows beyond title and price, per category; every field optional. */
export interface ProductDetails {
  readonly product: Product;
  readonly category: ProductCategory;
  /** The seller's "good to know": known imperfections and honest notes. Shown before Add to cart. */
  readonly knownIssues: readonly LocalizedText[];
  readonly garment?: { readonly sizes: readonly GarmentSize[]; readonly model?: ModelInfo };
  readonly shades: readonly Shade[];
  readonly sellerShade?: string;
  readonly ingredients: readonly string[];
  readonly power?: PowerSpec;
  readonly inTheBox: readonly LocalizedText[];
  readonly warranty?: LocalizedText;
  /** The replay's unboxing moment: a checked URL and a time in seconds. */
  readonly unboxing?: { readonly url: string; readonly at: number };
  readonly dimensions?: Dimensions;
  readonly weightKg?: number;
  readonly material?: LocalizedText;
  readonly textureImages: readonly string[];
}

export const DETAILS_LIMITS = { listItems: 30, sizes: 30, shades: 60, ingredients: 200, ingredientChars: 120, images: 6, cm: 10_000, kg: 10_000 } as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const HEX = /^#[0-9a-f]{6}$/i;
const UNDERTONES = new Set(['warm', 'cool', 'neutral', 'olive']);

class Reader {
  constructor(
    readonly issues: ProductIssue[],
    private readonly base: string,
  ) {}

  number(value: unknown, path: string, max: number): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max) return value;
    this.issues.push({ path, message: `expected a number above 0 and at most ${max}; ignored` });
    return undefined;
  }

  /** A length in cm from `value` in `unit` (`cm` or `in`). */
  length(value: unknown, unit: 'cm' | 'in', path: string): number | undefined {
    const number = this.number(value, path, unit === 'in' ? DETAILS_LIMITS.cm / 2.54 : DETAILS_LIMITS.cm);
    return number === undefined ? undefined : unit === 'in' ? number * 2.54 : number;
  }

  list<T>(value: unknown, path: string, max: number, read: (item: unknown, path: string) => T | undefined): T[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.issues.push({ path, message: 'expected a list; ignored' });
      return [];
    }
    if (value.length > max) this.issues.push({ path, message: `more than ${max} items; the rest were skipped` });
    return value.slice(0, max).flatMap((item, index) => {
      const read_ = read(item, `${path}[${index}]`);
      return read_ === undefined ? [] : [read_];
    });
  }

  text(value: unknown, path: string, max = 120): string | undefined {
    if (typeof value !== 'string') {
      if (value !== undefined) this.issues.push({ path, message: 'expected text; ignored' });
      return undefined;
    }
    return cleanText(value, max).trim() || undefined;
  }

  url(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined;
    const checked = checkUrl(typeof value === 'string' ? value : '', this.base);
    if (checked.ok) return checked.url.href;
    this.issues.push({ path, message: 'not a usable http(s) URL; dropped' });
    return undefined;
  }

  unit(value: unknown): 'cm' | 'in' {
    return value === 'in' ? 'in' : 'cm';
  }
}

function garment(r: Reader, value: unknown): ProductDetails['garment'] {
  if (!isObject(value)) return undefined;
  const unit = r.unit(value['unit']);
  const sizes = r.list(value['sizes'], 'garment.sizes', DETAILS_LIMITS.sizes, (item, path) => {
    if (!isObject(item)) return undefined;
    const label = r.text(item['label'], `${path}.label`, 40);
    if (!label) return undefined;
    const cm: Partial<Record<GarmentMeasure, number>> = {};
    for (const measure of GARMENT_MEASURES) {
      const length = r.length(item[measure], unit, `${path}.${measure}`);
      if (length !== undefined) cm[measure] = length;
    }
    return { label, cm };
  });
  const model = isObject(value['model']) ? value['model'] : undefined;
  const heightCm = model ? r.number(model['heightCm'], 'garment.model.heightCm', 250) : undefined;
  const size = model ? r.text(model['size'], 'garment.model.size', 40) : undefined;
  const weightKg = model ? r.number(model['weightKg'], 'garment.model.weightKg', 300) : undefined;
  return { sizes, ...(heightCm && size ? { model: { heightCm, size, ...(weightKg ? { weightKg } : {}) } } : {}) };
}

function power(r: Reader, value: unknown): PowerSpec | undefined {
  if (!isObject(value)) return undefined;
  const plugs = r.list(value['plugs'], 'power.plugs', 15, (item) => (typeof item === 'string' && PLUG_TYPES.includes(item.toUpperCase()) ? item.toUpperCase() : undefined));
  const volts = Array.isArray(value['volts']) ? value['volts'].map((each, i) => r.number(each, `power.volts[${i}]`, 1000)) : [];
  const hertz = r.list(value['hertz'], 'power.hertz', 2, (item) => (item === 50 || item === 60 ? item : undefined));
  const regions = value['regions'] === undefined ? undefined : r.list(value['regions'], 'power.regions', 250, (item) => (typeof item === 'string' && /^[A-Za-z]{2}$/.test(item) ? item.toUpperCase() : undefined));
  const [low, high] = [volts[0], volts[1] ?? volts[0]];
  if (!plugs.length || low === undefined || high === undefined || low > high || !hertz.length) {
    r.issues.push({ path: 'power', message: 'needs plugs (IEC letters), volts [min, max] and hertz [50 and/or 60]; ignored' });
    return undefined;
  }
  return { plugs, volts: [low, high], hertz, ...(regions ? { regions } : {}) };
}

/**
 * Reads the honest-display fields of one product (docs/returns.md "Honest display"). Never throws; every dropped
 * field is listed by path. Free text is cleaned of bidi and invisible characters and clamped; colours must be
 * `#rrggbb`; URLs pass the guard; numbers have ranges.
 */
export function readDetails(input: unknown, base: string = document.baseURI): { value: ProductDetails | null; issues: ProductIssue[] } {
  const issues: ProductIssue[] = [];
  try {
    const { products, errors } = validateProducts([input], base);
    issues.push(...errors);
    const product = products[0];
    if (!product || !isObject(input)) return { value: null, issues };
    const r = new Reader(issues, base);
    const free = (item: unknown, path: string) => localizedText(item, path, issues);
    const dims = isObject(input['dimensions']) ? input['dimensions'] : undefined;
    const unit = r.unit(dims?.['unit']);
    const widthCm = dims ? r.length(dims['width'], unit, 'dimensions.width') : undefined;
    const heightCm = dims ? r.length(dims['height'], unit, 'dimensions.height') : undefined;
    const depthCm = dims ? r.length(dims['depth'], unit, 'dimensions.depth') : undefined;
    const weight = isObject(input['weight']) ? input['weight'] : undefined;
    const weightValue = weight ? r.number(weight['value'], 'weight.value', DETAILS_LIMITS.kg) : undefined;
    const unboxing = isObject(input['unboxing']) ? input['unboxing'] : undefined;
    const unboxingUrl = unboxing ? r.url(unboxing['url'], 'unboxing.url') : undefined;
    const unboxingAt = unboxing ? r.number(unboxing['at'], 'unboxing.at', 24 * 3600) : undefined;
    const category = input['category'];
    if (category !== undefined && !isCategory(category)) issues.push({ path: 'category', message: 'not one of apparel, beauty, electronics, home, other; using other' });
    const garment_ = garment(r, input['garment']);
    const power_ = power(r, input['power']);
    const warranty = free(input['warranty'], 'warranty');
    const material = free(input['material'], 'material');
    const sellerShade = r.text(input['sellerShade'], 'sellerShade', 80);
    const ingredients = typeof input['ingredients'] === 'string' ? input['ingredients'].split(/[,;]\s*/) : input['ingredients'];
    return {
      value: {
        product,
        category: isCategory(category) ? category : 'other',
        knownIssues: r.list(input['knownIssues'], 'knownIssues', DETAILS_LIMITS.listItems, free),
        shades: r.list(input['shades'], 'shades', DETAILS_LIMITS.shades, (item, path) => {
          if (!isObject(item)) return undefined;
          const name = r.text(item['name'], `${path}.name`, 80);
          const color = typeof item['color'] === 'string' && HEX.test(item['color']) ? item['color'].toLowerCase() : undefined;
          if (!name || !color) {
            issues.push({ path, message: 'a shade needs a name and a #rrggbb color; skipped' });
            return undefined;
          }
          const studioImage = r.url(item['studioImage'], `${path}.studioImage`);
          const naturalImage = r.url(item['naturalImage'], `${path}.naturalImage`);
          const undertone = typeof item['undertone'] === 'string' && UNDERTONES.has(item['undertone']) ? (item['undertone'] as Shade['undertone']) : undefined;
          return { name, color, ...(studioImage ? { studioImage } : {}), ...(naturalImage ? { naturalImage } : {}), ...(undertone ? { undertone } : {}) };
        }),
        ingredients: r.list(ingredients, 'ingredients', DETAILS_LIMITS.ingredients, (item, path) => r.text(item, path, DETAILS_LIMITS.ingredientChars)),
        inTheBox: r.list(input['inTheBox'], 'inTheBox', DETAILS_LIMITS.listItems, free),
        textureImages: r.list(input['textureImages'], 'textureImages', DETAILS_LIMITS.images, (item, path) => r.url(item, path)),
        ...(garment_ ? { garment: garment_ } : {}),
        ...(sellerShade ? { sellerShade } : {}),
        ...(power_ ? { power: power_ } : {}),
        ...(warranty ? { warranty } : {}),
        ...(material ? { material } : {}),
        ...(unboxingUrl && unboxingAt !== undefined ? { unboxing: { url: unboxingUrl, at: unboxingAt } } : {}),
        ...(widthCm && heightCm ? { dimensions: { widthCm, heightCm, ...(depthCm ? { depthCm } : {}) } } : {}),
        ...(weightValue ? { weightKg: weight?.['unit'] === 'lb' ? weightValue * 0.45359237 : weightValue } : {}),
      },
      issues,
    };
  } catch (error) {
    issues.push({ path: '', message: `could not be read (${describeError(error)})` });
    return { value: null, issues };
  }
}
