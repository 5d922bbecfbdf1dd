import { FIELD_INTENTS, SHIPPING_PARTS, TOPIC_INTENTS, type Intent, type Lexicon, type Rule, type ScriptWords } from './intents.js';
import { PRODUCT_LEXICON } from './lexicon-product.js';
import { SERVICE_LEXICON } from './lexicon-service.js';
import { TOPIC_LEXICON } from './lexicon-topics.js';
import { compact, editDistance, normalize, tokens, typoBound, UNSPACED } from './normalize.js';
import { isKeySlip } from './slips.js';

interface Word {
  readonly text: string;
  readonly stem: boolean;
}
/**
 * `sub`: looked up in the compact question (CJK, Hangul, Thai); `ar`: Arabic, looked up in the question's words, so
 * that a keyword never spans two of them ("الكوب كم" is not "بكم"); `seq`: words in order.
 */
type Pattern = { readonly kind: 'sub'; readonly text: string } | { readonly kind: 'ar'; readonly text: string } | { readonly kind: 'seq'; readonly words: readonly Word[] };
interface CompiledRule {
  readonly intent: Intent;
  /** Topic words decline a question outright: only exact spellings count, never a near-word ("stellen" ~ "smell*"). */
  readonly exact: boolean;
  readonly weight: number;
  readonly patterns: readonly Pattern[];
}

/**
 * A question, normalised once: its word tokens (French elisions dropped) and its compact form (for scripts without
 * spaces).
 */
export interface Prepared {
  readonly normalized: string;
  readonly tokens: readonly string[];
  readonly compact: string;
  /** The tokens joined by single spaces (what Arabic keywords are looked up in). */
  readonly spaced: string;
}

/** A French elided article or pronoun ("l'avion", "d'origine"): the word is what follows it (not in "d'ou", "qu'il"). */
const ELIDED = /^(?:qu|[cdjlmnst])'(?=.{3})/;
const wordsOf = (text: string): string[] => tokens(text).map((word) => word.replace(ELIDED, ''));

export function prepare(question: string): Prepared {
  const normalized = normalize(question);
  const words = wordsOf(normalized);
  return { normalized, tokens: words, compact: compact(normalized), spaced: words.join(' ') };
}

/** Arabic alone: its words are spaced, with articles and particles glued to them (الشحن, للسعودية). */
const ARABIC = /^[\u0600-\u06ff ]+$/;

/** A plain lower-case Latin word ("wash*"): its own token, no tokenizer needed. */
const PLAIN_WORD = /^[a-z0-9]+$/;

/** Lexicon patterns are written normalised (test/assistant/lexicon.test.ts checks), so compiling them is cheap. */
export function compilePattern(pattern: string): Pattern {
  if (ARABIC.test(pattern)) return { kind: 'ar', text: pattern };
  if (UNSPACED.test(pattern)) return { kind: 'sub', text: compact(pattern) };
  const words = pattern.split(' ').flatMap((part) => {
    const stem = part.endsWith('*');
    const text = stem ? part.slice(0, -1) : part;
    const pieces = PLAIN_WORD.test(text) ? [text] : wordsOf(text);
    return pieces.map((text, index) => ({ text, stem: stem && index === pieces.length - 1 }));
  });
  return { kind: 'seq', words };
}

let compiled: CompiledRule[] | undefined;
/** Words spelled exactly as some keyword, or as a common word near one ("weather" ~ "leather"): never read as typos. */
const known = new Set<string>([
  'weather', 'feather', 'whether', 'together', 'heather', 'modal', 'stick', 'retain', 'return', 'colon', 'prices', 'person', 'persona',
  'matter', 'master', 'water', 'waste', 'sheep', 'shops', 'shape', 'shade', 'stack', 'stuck', 'model', 'modelo', 'moral', 'metro',
  'place', 'plans', 'plate', 'plain', 'sheet', 'flights', 'formal', 'former', 'wants', 'massa', 'messe', 'masses',
]);
/** Keyword stems ("fabrique*"): a word starting with one is that keyword, never a slip of another ("fabric*"). */
const knownStems: string[] = [];
// Everyday words one letter from a keyword in another language ("tiene" ~ de "tiefe", "precisa" ~ "precio*", "leider" ~
// "leder"), stems with a star.
for (const word of [
  'tiene', 'corte', 'cuent*', 'cuestion', 'previo', 'precis*', 'pasado', 'sacar', 'linea', 'conhecid*', 'convien*', 'levar', 'pegar', 'falta', 'frente',
  'courir', 'coupe', 'envie', 'expire', 'woll*', 'seite', 'leider', 'lieber', 'erhalten', 'fabrik', 'stuff', 'fallen', 'fallt', 'falle',
]) word.endsWith('*') ? knownStems.push(word.slice(0, -1)) : known.add(word);
const knownTokens = new Map<string, boolean>();

function isKnown(token: string): boolean {
  let result = knownTokens.get(token);
  if (result === undefined) {
    result = known.has(token) || knownStems.some((stem) => token.startsWith(stem));
    if (knownTokens.size < 5000) knownTokens.set(token, result);
  }
  return result;
}

function compileLexicons(into: CompiledRule[], lexicons: readonly Partial<Record<Intent, Lexicon>>[], topics: Partial<Record<Intent, Lexicon>>): void {
  for (const lexicon of lexicons) {
    for (const [intent, entry] of Object.entries(lexicon) as [Intent, Lexicon][]) {
      const add = (rule: Rule, base: number) => {
        const patterns = (typeof rule === 'string' ? [rule] : rule).map(compilePattern);
        into.push({ intent, exact: lexicon === topics, weight: patterns.length > 1 ? base * 1.5 : base, patterns });
      };
      entry.strong?.forEach((rule) => add(rule, 1));
      entry.weak?.forEach((rule) => add(rule, 0.5));
    }
  }
}

function rules(): CompiledRule[] {
  if (compiled) return compiled;
  compiled = [];
  compileLexicons(compiled, [PRODUCT_LEXICON, SERVICE_LEXICON, TOPIC_LEXICON], TOPIC_LEXICON);
  for (const rule of compiled) {
    for (const pattern of rule.patterns) if (pattern.kind === 'seq') pattern.words.forEach((word) => (word.stem ? word.text.length >= 5 && knownStems.push(word.text) : known.add(word.text)));
  }
  return compiled;
}

/**
 * Adds one script's keywords (a chunk of src/assistant/words/). They are all looked up in the compact question or
 * in Arabic words, never as Latin words, so the words known not to be typos stay the same whichever chunks loaded.
 */
export function addScriptLexicons(words: ScriptWords): void {
  compileLexicons(rules(), [words.product, words.service, words.topics], words.topics);
}

let typos = true;

function wordMatches(word: Word, token: string): boolean {
  if (word.stem ? token.startsWith(word.text) : token === word.text) return true;
  if (!typos) return false;
  // Typo tolerance only where a slip cannot turn one short word into another.
  // A slip rarely hits the first letter; requiring it keeps "cuentame" from reading as "cuesta".
  if (token.length < 5 || word.text.length < 5 || token[0] !== word.text[0] || isKnown(token)) return false;
  const bound = typoBound(word.text.length);
  return editDistance(word.text, token, bound, word.stem) <= bound;
}

const MAX_GAP = 2;

function sequenceAt(words: readonly Word[], list: readonly string[], start: number): boolean {
  let position = start;
  for (let w = 0; w < words.length; w++) {
    let found = -1;
    const last = w === 0 ? position : Math.min(list.length - 1, position + MAX_GAP);
    for (let i = position; i <= last; i++) {
      if (wordMatches(words[w]!, list[i]!)) {
        found = i;
        break;
      }
    }
    if (found < 0) return false;
    position = found + 1;
  }
  return true;
}

/** Particles an Arabic word of one or two letters may carry ("بكم", "وكم"); longer keywords are looked up in words. */
const PROCLITIC = /^[وبف]/;

/**
 * What may follow an Arabic keyword inside its word: pronoun and plural endings ("يصلني", "الشحنات"), not a longer
 * word's letters ("يصل", arrives, is not in "يصلح", suits).
 */
const ARABIC_ENDING = /^(?:|ه|ها|ك|كم|كي|ني|نا|هم|هن|ي|ين|ون|ات|وا|ان|ت|ته|تها|تي|ن)$/;

/** Whether an Arabic keyword of three or more letters is in the question, as a word with its particles and endings. */
function arabicKeywordIn(spaced: string, text: string): boolean {
  for (let at = spaced.indexOf(text); at >= 0; at = spaced.indexOf(text, at + 1)) {
    const end = at + text.length;
    const wordEnd = spaced.indexOf(' ', end);
    if (ARABIC_ENDING.test(spaced.slice(end, wordEnd < 0 ? undefined : wordEnd))) return true;
  }
  return false;
}

export function matches(pattern: Pattern, question: Prepared): boolean {
  if (pattern.kind === 'sub') return question.compact.includes(pattern.text);
  if (pattern.kind === 'ar') {
    const { text } = pattern;
    // A short keyword is a whole word: "سم" (cm) is not in "السماعة", nor "كم" in "عندكم".
    return text.length > 2 ? arabicKeywordIn(question.spaced, text) : question.tokens.some((token) => token === text || (token.length === text.length + 1 && PROCLITIC.test(token) && token.endsWith(text)));
  }
  for (let start = 0; start < question.tokens.length; start++) if (sequenceAt(pattern.words, question.tokens, start)) return true;
  return false;
}

export type Scores = Map<Intent, number>;

/** Whether the question names an intent with a correctly spelled keyword (no typo tolerance; a hint is not enough). */
export function hasExactIntent(question: Prepared): boolean {
  typos = false;
  try {
    // A hint alone ("il fait quel temps": "fait" hints at the material) does not make a question about the product.
    return [...scoreIntents(question).values()].some((score) => score >= 1);
  } finally {
    typos = true;
  }
}

/** How strongly the question points at each intent (sum of the weights of the rules it matches). */
export function scoreIntents(question: Prepared): Scores {
  const scores: Scores = new Map();
  const tolerant = typos;
  for (const rule of rules()) {
    typos = tolerant && !rule.exact;
    if (rule.patterns.every((pattern) => matches(pattern, question))) scores.set(rule.intent, (scores.get(rule.intent) ?? 0) + rule.weight);
  }
  typos = tolerant;
  return scores;
}

/**
 * Whether a topic no field answers is named with a slip of the keyboard ("will it shrinl in the wash?"): a one-word
 * keyword of a topic, typed with one slip. Topics otherwise match exactly.
 */
function topicBySlip(question: Prepared): boolean {
  for (const rule of rules()) {
    const pattern = rule.patterns[0]!;
    if (!rule.exact || rule.patterns.length > 1 || pattern.kind !== 'seq' || pattern.words.length > 1) continue;
    const word = pattern.words[0]!;
    if (question.tokens.some((token) => !isKnown(token) && isKeySlip(token, word.text, word.stem))) return true;
  }
  return false;
}

export type Detection =
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly intents: readonly Intent[] }
  | { readonly kind: 'intents'; readonly intents: readonly Intent[]; readonly confidence: number };

const MARGIN = 0.5;
const SHIPPING_INTENTS: readonly Intent[] = ['shipping', ...SHIPPING_PARTS];

/** A question of a few words ("how much?", "¿cuánto?", "いくら?"): nothing else in it names another topic. */
function isShort(question: Prepared): boolean {
  return UNSPACED.test(question.compact) ? question.compact.length <= 8 : question.tokens.length <= 4;
}
/** Intents whose hint words are safe on their own ("how much?", "what's included?", "available?", "anything to watch out for?"). */
const WEAK_ENOUGH: readonly Intent[] = ['price', 'inTheBox', 'stock', 'knownIssues'];

/**
 * The intent(s) a question is about, or `ambiguous` when the evidence does not single one out: precision over recall.
 * `boost` adds evidence found elsewhere (a country named → shipping countries).
 */
export function detectIntents(question: Prepared, boost: ReadonlyMap<Intent, number> = new Map()): Detection {
  const scores = scoreIntents(question);
  const own = new Map(scores);
  for (const [intent, extra] of boost) {
    if (scores.has(intent) || (intent === 'shipCountries' && scores.has('shipping'))) scores.set(intent, (scores.get(intent) ?? 0) + extra);
  }
  // Generic shipping words count towards the part of shipping the question names.
  const generic = scores.get('shipping') ?? 0;
  const parts = SHIPPING_PARTS.filter((part) => scores.has(part));
  if (parts.length && generic) {
    for (const part of parts) scores.set(part, scores.get(part)! + generic);
    scores.delete('shipping');
  }
  // Specific intents swallow the general ones they refine.
  const refines: [Intent, Intent[]][] = [
    ['model', ['sizes', 'dimensions', 'weight', 'stock', 'sizeAdvice']],
    // "Do returns cost shipping?", "how many days do I have to return it?" ask about returns.
    ['returns', ['shipCost', 'shipDays']],
    ['colourAccuracy', ['colours']],
    // "Is the 42 in grey in stock?": the size and colour say which variant, the question is whether it is there.
    ['stock', ['sizes', 'colours']],
    ['sizeAdvice', ['sizes', 'dimensions']],
    ['shipCost', ['price', 'shipping', 'shipCountries', 'shipDays']],
    // "What's in the box?": the box, not the ingredients; "Lieferumfang" (what comes with it) is not about shipping;
    // "does it come with an adapter?" is answered by the box's list.
    ['inTheBox', ['contents', 'shipping', 'power']],
  ];
  // A price word with a shipping word ("¿cuánto sale el envío a Francia?") asks what shipping costs, which no field
  // says: never the product's price, nor the countries.
  if ((scores.get('price') ?? 0) >= 1 && SHIPPING_INTENTS.some((intent) => scores.has(intent))) scores.set('shipCost', Math.max(1, scores.get('shipCost') ?? 0));
  for (const [specific, general] of refines) if ((scores.get(specific) ?? 0) >= 1) general.forEach((intent) => scores.delete(intent));
  // Shipping words alone ("express shipping?", "a shipping discount?") do not say which part is asked: declined.
  if (scores.has('shipping') && [...scores.keys()].every((intent) => intent === 'shipping')) return { kind: 'ambiguous', intents: ['shipping'] };
  const ranked = [...scores].filter(([, score]) => score > 0).sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return { kind: 'none' };
  // A topic no field answers, named outright ("is the fabric see-through?"), is what the question is about: its
  // neighbours (the fabric) are not answered; only a seller's FAQ entry on that topic is.
  const topic = ranked.find(([intent, score]) => isTopic(intent) && score >= 1);
  if (topic) return { kind: 'intents', intents: [topic[0]], confidence: 0.6 };
  // Misspelt, it is still that topic: declined rather than answered with its neighbour (the care text).
  if (topicBySlip(question)) return { kind: 'ambiguous', intents: ranked.map(([intent]) => intent) };
  const [top, second, third] = ranked;
  // "How much" alone answers the price only in a short question: in a longer one ("how much does it hold?") the other
  // words say which quantity is asked.
  if (top![1] < 1 && (!WEAK_ENOUGH.includes(top![0]) || (top![0] === 'price' && !isShort(question)))) return { kind: 'ambiguous', intents: ranked.map(([intent]) => intent) };
  // "Ships to Korea in how many days?": where it ships and how long it takes are both asked.
  if ((own.get('shipCountries') ?? 0) >= 1 && (own.get('shipDays') ?? 0) >= 1 && [top![0], second?.[0]].includes('shipCountries') && [top![0], second?.[0]].includes('shipDays')) {
    return { kind: 'intents', intents: ['shipCountries', 'shipDays'], confidence: 0.6 };
  }
  // A second intent named twice over ("哪国产的？从哪里发货？": made where, and shipped from where) is asked too.
  if (!second || (top![1] - second[1] >= MARGIN && second[1] < 2)) return { kind: 'intents', intents: [top![0]], confidence: Math.min(1, 0.5 + top![1] / 4) };
  // Two strong, separate questions in one ("material and care?") are both answered; anything less clear is not.
  if (second[1] >= 1 && (!third || second[1] - third[1] >= MARGIN)) return { kind: 'intents', intents: [top![0], second[0]], confidence: 0.6 };
  return { kind: 'ambiguous', intents: ranked.map(([intent]) => intent) };
}

export const isTopic = (intent: Intent): boolean => (TOPIC_INTENTS as readonly string[]).includes(intent);
export const isField = (intent: Intent): boolean => (FIELD_INTENTS as readonly string[]).includes(intent);
