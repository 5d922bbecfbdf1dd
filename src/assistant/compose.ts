import type { LocalizedText } from '../commerce/product-details.js';
import { SIZE_KEY, sizesOf, type Product } from '../commerce/product.js';
import { isolate } from '../internal/text.js';
import {
  countryName, formatArrival, formatDays, formatDimensions, formatLength, formatList, formatPrice, formatWeight, languageName, pickText,
} from './format.js';
import type { Intent } from './intents.js';
import type { PhraseKey, Phrases } from './phrases/index.js';

export interface Part {
  readonly text: string;
  readonly sources: readonly string[];
}

export interface ComposeContext {
  readonly product: Product;
  /** Locale for numbers, dates and names (the shopper's full tag, e.g. en-GB). */
  readonly locale: string;
  readonly phrases: Phrases;
  readonly now: Date;
  /** Countries the question names (ISO codes). */
  readonly countries: readonly string[];
  /** The product's size labels the question names. */
  readonly sizes: readonly string[];
  /** The question names colours ("which colours are in stock?"): a stock answer is about colours, not sizes. */
  readonly asksColours?: boolean;
  /** The product's colour option values the question names ("White" for "白色的还有货吗?"). */
  readonly colours?: readonly string[];
  /** The question names an option that is not a size ("is the 50 ml in stock?"): the answer lists the options. */
  readonly namesOption?: boolean;
}

const COLOUR_KEYS = ['colour', 'color', 'couleur', 'farbe', 'colore', 'cor', '颜色', '顏色', 'カラー', '色', '색상', 'لون'];
const COUNTRY_CODE = /^[A-Z]{2}$/;

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

type Say = (key: PhraseKey, params?: Record<string, string>) => string;

/** Free text in the best language, isolated, with "(in English)" when it is not the shopper's. */
function freeText(value: LocalizedText, context: ComposeContext, say: Say): string {
  const picked = pickText(value, context.locale);
  const text = isolate(picked.text);
  return picked.language ? `${text} ${say('inLanguage', { language: languageName(context.locale, picked.language) })}` : text;
}

function labelled(label: PhraseKey, value: string, say: Say): string {
  return `${say(label)}: ${value}`;
}

/** A country code shown by name, else the text as written. */
function place(value: LocalizedText, context: ComposeContext, say: Say): string {
  return typeof value === 'string' && COUNTRY_CODE.test(value) ? countryName(context.locale, value) : freeText(value, context, say);
}

function shipping(intent: Intent, context: ComposeContext, say: Say): Part | null {
  const { shipping: data } = context.product;
  if (!data) return null;
  const parts: Part[] = [];
  const wantAll = intent === 'shipping';
  if ((wantAll || intent === 'shipCountries') && data.countries) {
    const list = formatList(context.locale, data.countries.map((code) => countryName(context.locale, code)));
    const asked = context.countries.filter((code) => code !== data.from);
    const text = asked.length
      ? asked.map((code) => say(data.countries!.includes(code) ? 'shipYes' : 'shipNo', { country: countryName(context.locale, code), list })).join(' ')
      : say('shipList', { list });
    parts.push({ text, sources: ['shipping.countries'] });
  }
  if ((wantAll || intent === 'shipDays') && data.days) {
    const { min, max } = data.days;
    parts.push({ text: say('shipDays', { days: formatDays(context.locale, min, max), dates: formatArrival(context.locale, context.now, min, max) }), sources: ['shipping.days'] });
  }
  if ((wantAll || intent === 'shipFrom') && data.from) parts.push({ text: say('shipFrom', { value: place(data.from, context, say) }), sources: ['shipping.from'] });
  return parts.length ? join(parts) : null;
}

function returns(context: ComposeContext, say: Say): Part | null {
  const data = context.product.returns;
  if (!data) return null;
  const parts: Part[] = [];
  if (data.days !== undefined) parts.push({ text: say('returnsDays', { days: formatDays(context.locale, data.days, data.days) }), sources: ['returns.days'] });
  if (data.free !== undefined) parts.push({ text: say(data.free ? 'returnsFree' : 'returnsPaid'), sources: ['returns.free'] });
  return parts.length ? join(parts) : null;
}

/** A variant's colour option value, if it has one. */
export function colourOf(variant: Product['variants'][number]): string | undefined {
  const key = COLOUR_KEYS.find((name) => variant.options[name]);
  return key && variant.options[key];
}

function stock(context: ComposeContext, say: Say): Part | null {
  const { product } = context;
  if (!product.variants.length) return null;
  const sizes = sizesOf(product);
  // A colour named ("is the white one in stock?", "which sizes in Sand?"): the sizes of its variants only. Without
  // sizes, the options list below says which colours are in stock and which are not.
  if (context.colours?.length && sizes.length) {
    const answers = context.colours.map((colour) => {
      const variants = product.variants.filter((variant) => colourOf(variant) === colour);
      return `${isolate(colour)}: ${stock({ ...context, colours: [], asksColours: false, product: { ...product, variants } }, say)?.text ?? ''}`;
    });
    return { text: answers.join(' '), sources: ['variants'] };
  }
  if (context.sizes.length && sizes.length) {
    const named = context.sizes.map((label) => sizes.find((size) => size.label === label)?.available === true);
    const text = context.sizes.map((label, i) => say(named[i] ? 'sizeIn' : 'sizeOut', { size: isolate(label) })).join(' ');
    // A named size that is sold out: the sizes that are not, so the shopper has somewhere to go.
    const left = sizes.filter((size) => size.available).map((size) => isolate(size.label));
    const others = named.includes(false) && left.length ? ` ${say('sizesAvailable', { list: formatList(context.locale, left) })}` : '';
    return { text: text + others, sources: ['variants'] };
  }
  const colourAnswer = context.asksColours ? colourStock(context, say) : null;
  if (colourAnswer) return colourAnswer;
  if (sizes.length) return sizeList(context, say);
  const inStock = product.variants.filter((variant) => variant.available);
  // Some options sold out ("Silver"), or one named: say which are in stock, so that the one named is answered too.
  if (inStock.length && (inStock.length < product.variants.length || (context.namesOption && inStock.length > 1))) {
    return availability(product.variants.map((variant) => [variantName(variant), variant.available]), context, say);
  }
  return { text: say(inStock.length ? 'inStock' : 'soldOut'), sources: ['variants'] };
}

/** Which colours are in stock: a colour is while any of its variants is. */
function colourStock(context: ComposeContext, say: Say): Part | null {
  const inStock = new Map<string, boolean>();
  for (const variant of context.product.variants) {
    const colour = colourOf(variant);
    if (colour) inStock.set(colour, (inStock.get(colour) ?? false) || variant.available);
  }
  return inStock.size ? availability([...inStock], context, say) : null;
}

/** "In stock: … Sold out: …" for named options, each part only when it has any. */
function availability(options: readonly (readonly [string, boolean])[], context: ComposeContext, say: Say): Part {
  const list = (available: boolean) => options.filter(([, value]) => value === available).map(([name]) => isolate(name));
  const text = [
    list(true).length ? say('optionsAvailable', { list: formatList(context.locale, list(true)) }) : '',
    list(false).length ? say('sizesSoldOut', { list: formatList(context.locale, list(false)) }) : '',
  ].filter(Boolean);
  return { text: text.join(' '), sources: ['variants'] };
}

/** What a shopper calls a variant: its title (its option values, "Silver", when it has none). */
function variantName(variant: Product['variants'][number]): string {
  return variant.title.slice(0, 60);
}

function sizeList(context: ComposeContext, say: Say): Part | null {
  const sizes = sizesOf(context.product);
  if (!sizes.length) return null;
  const list = (available: boolean) => formatList(context.locale, sizes.filter((size) => size.available === available).map((size) => isolate(size.label)));
  const text = [
    sizes.some((size) => size.available) ? say('sizesAvailable', { list: list(true) }) : '',
    sizes.some((size) => !size.available) ? say('sizesSoldOut', { list: list(false) }) : '',
  ].filter(Boolean);
  return { text: text.join(' '), sources: ['variants'] };
}

function price(context: ComposeContext, say: Say): Part | null {
  const { product } = context;
  if (product.currency === 'XXX') return null;
  const prices = [product.price, ...product.variants.flatMap((variant) => (variant.price === undefined ? [] : [variant.price]))];
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  const format = (amount: number) => isolate(formatPrice(context.locale, amount, product.currency));
  if (min === max || !product.variants.some((variant) => variant.price !== undefined)) return { text: say('price', { price: format(product.price) }), sources: ['price'] };
  return { text: say('priceRange', { min: format(min), max: format(max) }), sources: ['price', 'variants'] };
}

function colours(context: ComposeContext, say: Say): Part | null {
  const values = new Set<string>();
  for (const variant of context.product.variants) {
    for (const key of COLOUR_KEYS) if (variant.options[key]) values.add(variant.options[key]!);
  }
  if (!values.size) return null;
  return { text: labelled('label.colours', formatList(context.locale, [...values].map(isolate)), say), sources: ['variants'] };
}

function model(context: ComposeContext, say: Say): Part | null {
  const raw = context.product.sizeChart?.['model'];
  if (typeof raw !== 'object' || raw === null) return null;
  const data = raw as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof data['wears'] === 'string' && data['wears'].trim()) parts.push(say('model', { size: isolate(data['wears'].trim().slice(0, 40)) }));
  const height = data['height'];
  if (typeof height === 'number' && height > 0 && height < 300) {
    const unit = context.product.sizeChart?.['unit'] === 'in' ? 'in' : 'cm';
    parts.push(say('modelHeight', { height: formatLength(context.locale, height, unit) }));
  }
  return parts.length ? { text: parts.join(' '), sources: ['sizeChart.model'] } : null;
}

function list(field: 'inTheBox' | 'knownIssues', context: ComposeContext, say: Say): Part | null {
  const items = context.product[field];
  if (!items?.length) return null;
  return { text: labelled(`label.${field}`, formatList(context.locale, items.map((item) => freeText(item, context, say)), 'unit'), say), sources: [field] };
}

function join(parts: readonly Part[]): Part {
  return { text: parts.map((part) => part.text).join(' '), sources: parts.flatMap((part) => part.sources) };
}

/** The answer to one intent from the product's own data, or null when the data does not say. */
export function compose(intent: Intent, context: ComposeContext): Part | null {
  const say: Say = (key, params = {}) => fill(context.phrases[key], params);
  const { product } = context;
  switch (intent) {
    case 'material':
    case 'care':
    case 'warranty': {
      const value = product[intent];
      return value ? { text: labelled(`label.${intent}`, freeText(value, context, say), say), sources: [intent] } : null;
    }
    case 'origin':
      return product.origin ? { text: say('origin', { value: place(product.origin, context, say) }), sources: ['origin'] } : null;
    case 'dimensions':
      return product.dimensions
        ? { text: labelled('label.dimensions', formatDimensions(context.locale, product.dimensions, (axis) => say(`axis.${axis}` as PhraseKey)), say), sources: ['dimensions'] }
        : null;
    case 'weight':
      return product.weight ? { text: labelled('label.weight', formatWeight(context.locale, product.weight), say), sources: ['weight'] } : null;
    case 'shipping':
    case 'shipCountries':
    case 'shipDays':
    case 'shipFrom':
      return shipping(intent, context, say);
    case 'returns':
      return returns(context, say);
    case 'inTheBox':
    case 'knownIssues':
      return list(intent, context, say);
    case 'contents':
      return list('inTheBox', context, say) ?? (product.category === 'beauty' ? compose('material', context) : null);
    case 'price':
      return price(context, say);
    case 'stock':
      return stock(context, say);
    case 'sizes':
      // "What size is it?" about a lamp means its dimensions.
      return sizeList(context, say) ?? (sizesOf(product).length ? null : compose('dimensions', context));
    case 'colours':
      return colours(context, say);
    case 'colourAccuracy':
      return product.naturalLightImage ? { text: say('naturalLight'), sources: ['naturalLightImage'] } : null;
    case 'model':
      return model(context, say);
    default:
      return null;
  }
}

export { SIZE_KEY };
