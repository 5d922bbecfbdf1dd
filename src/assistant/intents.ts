/**
 * What a question can be about. Field intents are answered from product data; topic intents (shipping cost, size
 * advice…) have no field and are always passed to the seller: naming them keeps a question such as "how much is
 * shipping?" from being answered with the price.
 */
export const FIELD_INTENTS = [
  'material',
  'care',
  'origin',
  'dimensions',
  'weight',
  'shipping',
  'shipCountries',
  'shipDays',
  'shipFrom',
  'returns',
  'warranty',
  'inTheBox',
  // "What's inside?": the box's contents, or a beauty product's ingredients when it lists no box.
  'contents',
  'knownIssues',
  'price',
  'stock',
  'sizes',
  'colours',
  'colourAccuracy',
  'model',
] as const;

export const TOPIC_INTENTS = [
  'shipCost', 'sizeAdvice', 'discount', 'payment', 'specs',
  // Questions shoppers often ask that no product field answers (lexicon-topics.ts): named so that they are declined
  // (or answered from a seller's FAQ entry on the same topic) instead of matching a neighbouring field.
  'seeThrough', 'shrinkage', 'creasing', 'capacity', 'dimming', 'skinType', 'ethics', 'scent', 'handmade', 'insulation', 'travel',
  // Charging, plugs and adapters; a shelf life before opening (a cosmetic's care text gives the one after).
  'power', 'unopened',
  // Colours and models still to come: what a later show will bring is not in today's data.
  'upcoming',
  // Fit for a sport or hard use: no field rates it ("serve pra trilha pesada?" is not about the weight).
  'sport',
] as const;

export type FieldIntent = (typeof FIELD_INTENTS)[number];
export type TopicIntent = (typeof TOPIC_INTENTS)[number];
export type Intent = FieldIntent | TopicIntent;

/** Shipping sub-intents: generic shipping words count towards whichever of these the question also points at. */
export const SHIPPING_PARTS: readonly Intent[] = ['shipCountries', 'shipDays', 'shipFrom', 'shipCost'];

/**
 * A rule: one pattern, or several that must all occur (a combination, weighted higher). A pattern in a script
 * without spaces (CJK, Thai, Hangul) is looked up in the question with spaces removed, an Arabic one in its words
 * (articles and particles glued to them count; two words never run together); any other is a sequence of words,
 * where `word*` matches any word starting so and words may have up to two others between them.
 */
export type Rule = string | readonly string[];

export interface Lexicon {
  /** Words that name the topic on their own (weight 1; combinations 1.5). */
  readonly strong?: readonly Rule[];
  /** Words that only hint at it (weight 0.5), such as "how long" (delivery time or length?). */
  readonly weak?: readonly Rule[];
}

/** The keywords of one script, kept out of the core in a chunk of their own (src/assistant/words/). */
export interface ScriptWords {
  readonly product: Partial<Record<Intent, Lexicon>>;
  readonly service: Partial<Record<Intent, Lexicon>>;
  /** Topic words: exact spellings only, as in lexicon-topics.ts. */
  readonly topics: Partial<Record<Intent, Lexicon>>;
  readonly unsafe: readonly string[];
  readonly offTopic: readonly string[];
  /** Basic colour names by their English name (colours.ts), looked up in the compact question. */
  readonly colours?: Readonly<Record<string, readonly string[]>>;
}
