import { validateProducts, type Product } from '../commerce/product.js';
import { SIZE_KEY, sameSize, sizesOf } from '../commerce/product.js';
import { UI_LOCALES, type UiLocale } from '../i18n/catalogs.js';
import { negotiateLocale } from '../i18n/negotiate.js';
import { colourOf, compose, type Part } from './compose.js';
import { detectIntents, hasExactIntent, isTopic, prepare, scoreIntents, type Detection, type Prepared } from './detect.js';
import { bigrams, faqQuestions, indexFaq, similarity, type IndexedFaq } from './faq.js';
import { pickText } from './format.js';
import { ASSISTANT_LIMITS, hasCardNumber, isOffTopic, isUnsafe } from './guard.js';
import type { Intent } from './intents.js';
import { loadPhrases, type PhraseKey, type Phrases } from './phrases/index.js';
import type { AnswerOptions, AssistantContext, AssistantResult, DeclineReason } from './types.js';
import { loadWords } from './words/index.js';
import { mentionsKnownIssue } from './mentions.js';
import { coloursNamedIn } from './colours.js';
import { compact, normalize } from './normalize.js';

/** The page's language, else the browser's, else English. */
export function pageLocale(): string {
  const doc = (globalThis as { document?: Document }).document;
  return doc?.documentElement.lang || (globalThis as { navigator?: Navigator }).navigator?.language || 'en';
}

export function uiLocaleOf(locale: string): UiLocale {
  return (negotiateLocale([locale], UI_LOCALES) as UiLocale | undefined) ?? 'en';
}

/** The Intl locale: the shopper's own tag when its language has templates (en-GB keeps metric), else the UI locale's. */
function formatLocale(locale: string, ui: UiLocale): string {
  try {
    return new Intl.Locale(locale).language === new Intl.Locale(ui).language ? locale : ui;
  } catch {
    return ui;
  }
}

const productCache = new WeakMap<object, Product | null>();

/** A validated product from whatever the host passed (validated `Product`s and raw JSON alike), or null. */
export function readProduct(input: unknown): Product | null {
  if (typeof input !== 'object' || input === null) return null;
  if (productCache.has(input)) return productCache.get(input)!;
  const raw = input as Record<string, unknown>;
  // Title, price and currency are not needed to answer about care or shipping: stand-ins keep validation going, and
  // a missing price (currency XXX) is never quoted.
  const hasPrice = raw.price !== undefined && typeof raw.currency === 'string';
  const filled = { title: raw.title ?? '—', id: raw.id ?? 'product', ...raw, ...(hasPrice ? {} : { price: 0, currency: 'XXX' }) };
  const base = (globalThis as { document?: Document }).document?.baseURI ?? 'https://localhost/';
  const product = validateProducts([filled], base).products[0] ?? null;
  productCache.set(input, product);
  return product;
}

function decline(reason: DeclineReason, phrases: Phrases, key: PhraseKey = reason === 'off-topic' ? 'offTopic' : reason): AssistantResult {
  return { ok: false, reason, message: phrases[key].replace('{max}', String(ASSISTANT_LIMITS.questionChars)) };
}

function sizeLabelsIn(question: Prepared, product: Product): string[] {
  const labels = sizesOf(product).map((size) => size.label);
  return labels.filter((label) => question.tokens.some((token) => sameSize(token, label)));
}

/** Whether the question names one of the product's options other than a size ("50ml", "Silver"), as the seller spells it. */
function namesAnOption(question: Prepared, product: Product): boolean {
  return product.variants.some((variant) =>
    Object.entries(variant.options).some(([key, value]) => {
      const plain = compact(normalize(value));
      return key !== SIZE_KEY && plain.length >= 3 && question.compact.includes(plain);
    }),
  );
}

const PLACE_INTENTS: readonly Intent[] = ['shipping', 'shipCountries', 'shipDays', 'shipFrom', 'origin'];
/** Where it is sent: a city named instead of a country stands for its country ("will it get to Toronto?"). */
const DESTINATION_INTENTS: readonly Intent[] = ['shipping', 'shipCountries', 'shipDays'];

/** Near-identical wording: the seller answered this very question. */
const SAME_QUESTION = 0.8;
/** Close enough when the data has no answer of its own. */
const SIMILAR_QUESTION = 0.6;

function faqAnswer(faq: readonly IndexedFaq[], question: Prepared, intents: readonly Intent[], locale: string, minimum: number): Part | null {
  const grams = bigrams(question.compact);
  let best: { entry: IndexedFaq; score: number } | null = null;
  for (const entry of faq) {
    const lexical = similarity(entry, grams);
    // The same single topic counts as close even across languages ("返品できますか?" ~ "Can I return it?").
    const score = intents.length === 1 && entry.intent === intents[0] ? Math.max(lexical, SIMILAR_QUESTION) : lexical;
    if (score >= minimum && (!best || score > best.score)) best = { entry, score };
  }
  if (!best) return null;
  const picked = pickText(best.entry.entry.answer, locale);
  return { text: picked.text, sources: [best.entry.source] };
}

/**
 * A delivery-time question that names where to ("how long to Taipei?"): whether it goes there comes first. For a
 * country it does not ship to, that is the whole answer (and where it does ship), not a delivery time.
 */
function withDestination(detection: Detection, countries: readonly string[], listed: readonly string[] | undefined): Detection {
  if (detection.kind !== 'intents' || !detection.intents.includes('shipDays') || !countries.length || !listed) return detection;
  const others = detection.intents.filter((intent) => intent !== 'shipDays' && intent !== 'shipCountries');
  const shipped = countries.some((code) => listed.includes(code));
  return { ...detection, intents: shipped ? ['shipCountries', 'shipDays', ...others] : ['shipCountries', ...others] };
}

/**
 * Answers a shopper's question about a product from its own data and the seller's FAQ, offline, in the shopper's
 * language; never invents a fact (each fact in `text` comes from one of `sources`), and declines when the data does
 * not say or the question is unclear.
 */
export async function answerQuestion(question: string, context: AssistantContext, options: AnswerOptions = {}): Promise<AssistantResult> {
  const requested = context.locale || pageLocale();
  const ui = uiLocaleOf(requested);
  const pendingPhrases = loadPhrases(ui);
  const valid = typeof question === 'string' && question.trim() && question.length <= ASSISTANT_LIMITS.questionChars;
  const prepared = prepare(valid ? question : '');
  // The keywords of the scripts the question and the FAQ are written in (lazy chunks, loaded once) come first.
  await loadWords([prepared.compact, ...faqQuestions(context.faq), ...faqQuestions(context.show?.faq)]);
  // Country and city names are looked for only in questions about shipping or origin: their chunk is fetched alongside
  // the templates (a failed fetch leaves the question without them).
  const first = detectIntents(prepared);
  const named = first.kind === 'none' ? [] : first.intents;
  const pendingPlaces = named.some((intent) => PLACE_INTENTS.includes(intent)) ? import('./countries.js').catch(() => null) : null;
  const phrases = await pendingPhrases;
  if (!valid) return decline('invalid', phrases);
  if (hasCardNumber(question)) return decline('unsafe', phrases, 'cardNumber');
  if (isUnsafe(prepared)) return decline('unsafe', phrases);
  const product = readProduct(context.product);
  const locale = options.units ? `${formatLocale(requested, ui).split('-')[0]}-${options.units === 'imperial' ? 'US' : 'GB'}` : formatLocale(requested, ui);
  const faq = [...indexFaq(context.faq, 'faq'), ...indexFaq(context.show?.faq, 'show.faq')];
  // "cuéntame un chiste" is off-topic even though "cuentame" is one slip from "cuesta".
  if (isOffTopic(prepared) && !hasExactIntent(prepared)) return decline('off-topic', phrases);
  let countries: string[] = [];
  const places = await pendingPlaces;
  if (places) {
    countries = places.countriesIn(prepared.tokens, prepared.compact, ui);
    if (!countries.length && named.some((intent) => DESTINATION_INTENTS.includes(intent))) countries = places.placesIn(prepared.tokens, prepared.compact);
  }
  const detection = withDestination(countries.length ? detectIntents(prepared, new Map([['shipCountries', 1], ['origin', 1]])) : first, countries, product?.shipping?.countries);
  const composing = product && { product, locale, phrases, now: options.now ?? new Date(), countries, sizes: sizeLabelsIn(prepared, product),
    asksColours: detection.kind === 'intents' && detection.intents.includes('stock') && scoreIntents(prepared).has('colours'),
    colours: coloursNamedIn(prepared, [...new Set(product.variants.flatMap((variant) => colourOf(variant) ?? []))]),
    namesOption: namesAnOption(prepared, product) };

  if (detection.kind === 'none') {
    // "tem o 44 cinza?": a size and a colour of the product, and nothing else, ask whether that variant is there.
    if (composing?.sizes.length && composing.colours.length) {
      const variant = compose('stock', composing);
      if (variant) return { ok: true, text: variant.text, sources: [...variant.sources], confidence: 0.6 };
    }
    const fromFaq = faqAnswer(faq, prepared, [], locale, SIMILAR_QUESTION);
    if (fromFaq) return { ok: true, text: fromFaq.text, sources: [...fromFaq.sources], confidence: 0.6 };
    const issue = composing && mentionsKnownIssue(prepared, composing.product.knownIssues) ? compose('knownIssues', composing) : null;
    if (issue) return { ok: true, text: issue.text, sources: [...issue.sources], confidence: 0.6 };
    return decline(isOffTopic(prepared) ? 'off-topic' : 'unknown', phrases);
  }
  if (detection.kind === 'ambiguous') {
    const fromFaq = faqAnswer(faq, prepared, [], locale, SAME_QUESTION);
    if (fromFaq) return { ok: true, text: fromFaq.text, sources: [...fromFaq.sources], confidence: 0.6 };
    // Weak hints ("connect … to my phone") do not outweigh a known issue named in other words ("at the same time").
    const issue = composing && mentionsKnownIssue(prepared, composing.product.knownIssues) ? compose('knownIssues', composing) : null;
    if (issue) return { ok: true, text: issue.text, sources: [...issue.sources], confidence: 0.6 };
    return decline('unknown', phrases, 'ambiguous');
  }
  const sameQuestion = faqAnswer(faq, prepared, [], locale, SAME_QUESTION);
  if (sameQuestion) return { ok: true, text: sameQuestion.text, sources: [...sameQuestion.sources], confidence: 0.9 };
  if (!composing) return decline('unknown', phrases);

  const parts: Part[] = [];
  for (const intent of detection.intents) {
    const part = isTopic(intent) ? null : compose(intent, composing);
    const answer = part ?? faqAnswer(faq, prepared, [intent], locale, SIMILAR_QUESTION);
    // Half an answer would hide the other half from the seller: both parts are answered, or the question goes on.
    if (!answer) return decline('unknown', phrases);
    parts.push(answer);
  }
  return {
    ok: true,
    text: parts.map((part) => part.text).join('\n'),
    sources: [...new Set(parts.flatMap((part) => part.sources))],
    confidence: detection.confidence,
  };
}
