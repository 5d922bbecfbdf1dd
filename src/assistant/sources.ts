import type { Product } from '../commerce/product.js';

/** Every source name the context can back: the product's fields that hold data, and its FAQ entries. */
export function availableSources(product: Product | null, faqCount: number, showFaqCount: number): Set<string> {
  const sources = new Set<string>();
  for (let i = 0; i < faqCount; i++) sources.add(`faq[${i}]`);
  for (let i = 0; i < showFaqCount; i++) sources.add(`show.faq[${i}]`);
  if (!product) return sources;
  if (product.currency !== 'XXX') sources.add('price');
  if (product.variants.length) sources.add('variants');
  for (const field of ['material', 'care', 'origin', 'dimensions', 'weight', 'warranty', 'inTheBox', 'knownIssues', 'naturalLightImage', 'title'] as const) {
    if (product[field] !== undefined) sources.add(field);
  }
  for (const part of ['countries', 'days', 'from'] as const) if (product.shipping?.[part] !== undefined) sources.add(`shipping.${part}`);
  if (product.shipping) sources.add('shipping');
  for (const part of ['days', 'free'] as const) if (product.returns?.[part] !== undefined) sources.add(`returns.${part}`);
  if (product.returns) sources.add('returns');
  if (product.sizeChart?.['model']) sources.add('sizeChart.model');
  return sources;
}

const MONEY = /(?:[$€£¥₩₹]|\b(?:usd|eur|gbp|jpy|cny|krw|brl|sar|aed|us\$|r\$)\b)\s?(\d[\d.,\s]*)|(\d[\d.,]*)\s?(?:[$€£¥₩元円원]|\b(?:usd|eur|gbp|jpy|cny|krw|brl|sar|aed|dollars?|euros?|reais|yen|yuan|won)\b|ريال|درهم|دولار)/giu;

function amount(raw: string): number {
  const digits = raw.replace(/\s/g, '');
  // "1.299,00" and "1,299.00": the last separator followed by exactly two digits is the decimal point.
  const decimal = /[.,](\d{2})$/.exec(digits);
  const whole = (decimal ? digits.slice(0, -3) : digits).replace(/[.,]/g, '');
  return Number(decimal ? `${whole}.${decimal[1]}` : whole);
}

/** Amounts of money in a text that are none of the product's prices: a model that made up a price. */
export function inventedPrices(text: string, product: Product | null): number[] {
  const prices = new Set(product ? [product.price, ...product.variants.flatMap((variant) => (variant.price === undefined ? [] : [variant.price]))] : []);
  const found: number[] = [];
  for (const match of text.matchAll(MONEY)) {
    const value = amount(match[1] ?? match[2] ?? '');
    if (Number.isFinite(value) && !prices.has(value)) found.push(value);
  }
  return found;
}
