/**
 * Allergens a shopper can pick, each with the INCI / common names that reveal it in an ingredient list. Matching is
 * by word start, case- and accent-insensitive, so "Parfum (Fragrance)" and "ALCOHOL DENAT." are found.
 * The shopper's choice stays in the element's memory: never stored, sent or put into an event.
 */
export const ALLERGENS = {
  fragrance: ['parfum', 'fragrance', 'aroma', 'perfume'],
  'essential-oils': ['limonene', 'linalool', 'citral', 'geraniol', 'eugenol', 'citronellol', 'coumarin', 'farnesol', 'benzyl alcohol', 'cinnamal'],
  nuts: ['prunus amygdalus', 'almond', 'arachis', 'peanut', 'juglans', 'walnut', 'macadamia', 'corylus', 'hazelnut', 'argania', 'argan', 'butyrospermum', 'shea'],
  latex: ['latex'],
  lanolin: ['lanolin', 'adeps lanae', 'wool wax'],
  parabens: ['paraben'],
  sulfates: ['sulfate', 'sulphate'],
  alcohol: ['alcohol denat', 'ethanol', 'sd alcohol', 'alcohol'],
  gluten: ['triticum', 'hordeum', 'secale', 'avena', 'wheat', 'gluten'],
  soy: ['glycine soja', 'soy', 'soja'],
  nickel: ['nickel'],
} as const satisfies Record<string, readonly string[]>;

export type Allergen = keyof typeof ALLERGENS;

export const ALLERGEN_IDS = Object.keys(ALLERGENS) as Allergen[];

const isAllergen = (value: string): value is Allergen => value in ALLERGENS;

const fold = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether an ingredient contains one of the chosen allergens; returns the ones it matches. */
export function allergensIn(ingredient: string, chosen: ReadonlySet<string>): Allergen[] {
  const text = fold(ingredient);
  const found: Allergen[] = [];
  for (const allergen of chosen) {
    if (!isAllergen(allergen)) continue;
    const names: readonly string[] = ALLERGENS[allergen];
    if (names.some((name) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(text))) found.push(allergen);
  }
  return found;
}
