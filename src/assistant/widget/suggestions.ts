import type { ProductCategory } from '../../commerce/category.js';
import type { Product } from '../../commerce/product.js';
import type { AssistantMessageKey } from './messages/en.js';

type Suggestion = 'material' | 'care' | 'model' | 'countries' | 'days' | 'returns' | 'warranty' | 'inTheBox' | 'dimensions' | 'weight' | 'origin' | 'knownIssues';

/** What shoppers of each category ask first. */
const BY_CATEGORY: Partial<Record<ProductCategory, readonly Suggestion[]>> = {
  apparel: ['model', 'material', 'care', 'countries', 'returns'],
  beauty: ['material', 'origin', 'days', 'returns'],
  electronics: ['inTheBox', 'warranty', 'knownIssues', 'days'],
  home: ['dimensions', 'material', 'care', 'weight'],
};
const DEFAULT: readonly Suggestion[] = ['material', 'countries', 'days', 'returns', 'warranty', 'dimensions'];

function has(product: Product, suggestion: Suggestion): boolean {
  switch (suggestion) {
    case 'model':
      return !!product.sizeChart?.['model'];
    case 'countries':
      return !!product.shipping?.countries;
    case 'days':
      return !!product.shipping?.days;
    default:
      return product[suggestion] !== undefined;
  }
}

/** Up to four questions for the product's category that its data answers (never one it would have to decline). */
export function suggestionsFor(product: Product): AssistantMessageKey[] {
  const order = (product.category && BY_CATEGORY[product.category]) ?? DEFAULT;
  return [...new Set([...order, ...DEFAULT])]
    .filter((suggestion) => has(product, suggestion))
    .slice(0, 4)
    .map((suggestion) => `assistant.suggest.${suggestion}` as AssistantMessageKey);
}

/** Source name -> the words shown after "From the product details:". */
export function fieldKey(source: string): AssistantMessageKey | null {
  const field = source.split(/[.[]/)[0]!;
  const known: Record<string, AssistantMessageKey> = {
    material: 'assistant.field.material',
    care: 'assistant.field.care',
    origin: 'assistant.field.origin',
    dimensions: 'assistant.field.dimensions',
    weight: 'assistant.field.weight',
    shipping: 'assistant.field.shipping',
    returns: 'assistant.field.returns',
    warranty: 'assistant.field.warranty',
    inTheBox: 'assistant.field.inTheBox',
    knownIssues: 'assistant.field.knownIssues',
    price: 'assistant.field.price',
    variants: 'assistant.field.variants',
    sizeChart: 'assistant.field.model',
    naturalLightImage: 'assistant.field.photo',
  };
  return known[field] ?? null;
}
