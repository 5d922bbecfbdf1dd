import type { ProductCategory } from '../commerce/category.js';
import { GARMENT_MEASURES, HONEST_LIMITS, type GarmentMeasure, type ModelInfo, type Shade } from '../commerce/honest-details.js';
import type { LocalizedText } from '../commerce/localized-text.js';
import type { PowerSpec } from '../commerce/power-spec.js';
import { validateProducts, type Product, type ProductIssue } from '../commerce/product.js';
import { toCm, toKg } from '../commerce/units.js';
import { describeError } from '../internal/text.js';

export { GARMENT_MEASURES, type GarmentMeasure, type ModelInfo, type Shade };

export interface GarmentSize {
  readonly label: string;
  /** Flat garment measurements in cm. */
  readonly cm: Partial<Record<GarmentMeasure, number>>;
}

export interface Dimensions {
  readonly widthCm: number;
  readonly heightCm: number;
  readonly depthCm?: number;
}

/** What an honest product page shows beyond title and price, per category, in cm and kg; every field optional. */
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

export const DETAILS_LIMITS = HONEST_LIMITS;

/**
 * The sheet's view of a validated product (`validateProducts`, which holds every rule: units, category, text, URLs):
 * lengths in cm and weights in kg, whatever unit the seller gave.
 */
export function detailsOf(product: Product): ProductDetails {
  const { garment, dimensions: size, weight } = product;
  const sizes = garment?.sizes.map(({ label, measures }) => {
    const cm: Partial<Record<GarmentMeasure, number>> = {};
    for (const [measure, value] of Object.entries(measures) as [GarmentMeasure, number][]) cm[measure] = toCm(value, garment.unit);
    return { label, cm };
  });
  const dimensions =
    size?.width && size.height
      ? { widthCm: toCm(size.width, size.unit), heightCm: toCm(size.height, size.unit), ...(size.depth ? { depthCm: toCm(size.depth, size.unit) } : {}) }
      : undefined;
  const optional = { sellerShade: product.sellerShade, power: product.power, warranty: product.warranty, material: product.material, unboxing: product.unboxing };
  return {
    product,
    category: product.category ?? 'other',
    knownIssues: product.knownIssues ?? [],
    shades: product.shades ?? [],
    ingredients: product.ingredients ?? [],
    inTheBox: product.inTheBox ?? [],
    textureImages: product.textureImages ?? [],
    ...(Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) as Partial<ProductDetails>),
    ...(sizes ? { garment: { sizes, ...(garment!.model ? { model: garment!.model } : {}) } } : {}),
    ...(dimensions ? { dimensions } : {}),
    ...(weight ? { weightKg: toKg(weight.value, weight.unit) } : {}),
  };
}

/**
 * Reads the honest-display fields of one product (docs/returns.md "Honest display") through the product validator.
 * Never throws; every dropped field is listed by path.
 */
export function readDetails(input: unknown, base: string = document.baseURI): { value: ProductDetails | null; issues: ProductIssue[] } {
  try {
    const { products, errors } = validateProducts([input], base);
    const issues = errors.map((issue) => ({ ...issue, path: issue.path.replace(/^products\[0\]\.?/, '') }));
    return { value: products[0] ? detailsOf(products[0]) : null, issues };
  } catch (error) {
    return { value: null, issues: [{ path: '', message: `could not be read (${describeError(error)})` }] };
  }
}
