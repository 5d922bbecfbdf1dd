import { compilePattern, prepare, type Prepared } from './detect.js';
import type { ScriptWords } from './intents.js';

/** Limits on what the assistant reads. */
export const ASSISTANT_LIMITS = {
  /** Characters of a question; a longer one is refused (`invalid`), not cut (its end may be the point). */
  questionChars: 500,
  /** FAQ entries read per product or show; the rest are ignored. */
  faqEntries: 100,
  /** Characters of one FAQ question or answer; longer text is shortened. */
  faqChars: 1000,
  /** Characters of a host answerer's answer; longer text is shortened. */
  answerChars: 2000,
} as const;

// Attempts to steer an answering model, and requests no shop assistant should serve, in the 10 UI languages; written
// normalised, as the lexicons are (compiled by detect.ts). The Latin ones here, the others in src/assistant/words/.
const UNSAFE = [
  'ignore previous', 'ignore all previous', 'ignore the above', 'ignore your instructions', 'system prompt', 'you are now', 'jailbreak', 'disregard',
  'developer mode', 'ignora las instrucciones', 'ignora todas', 'ignore les instructions', 'ignorez', 'ignoriere', 'vergiss alle',
  'ignore as instrucoes', 'ignore todas', 'bomb', 'weapon*', 'explosive*', 'poison*', 'suicide', 'kill', 'bomba', 'arma', 'armas', 'veneno', 'bombe',
  'arme', 'waffe*', 'sprengstoff', 'suicidio', 'suicide',
];

// Questions plainly not about a product.
const OFF_TOPIC = [
  'weather', 'joke', 'football', 'soccer', 'politic*', 'president', 'who are you', 'recipe', 'news', 'bitcoin', 'homework', 'capital of', 'poem',
  'meaning of life', 'chiste', 'clima', 'futbol', 'presidente', 'receta', 'noticias', 'poema', 'meteo', 'blague', 'politique', 'recette', 'actualites',
  'wetter', 'witz', 'fussball', 'politik', 'rezept', 'nachrichten', 'gedicht', 'piada', 'previsao do tempo', 'noticia*', 'receita', 'tempo hoje',
  'who won', 'quien gano', 'qui a gagne', 'wer hat gewonnen', 'quem ganhou', 'quel temps', 'que tiempo hace', 'que tempo faz', 'il fait beau',
];

type Pattern = ReturnType<typeof compilePattern>;
const compilePatterns = (list: readonly string[]): Pattern[] => list.map(compilePattern);

let unsafe: Pattern[] | undefined;
let offTopic: Pattern[] | undefined;

/** 13–19 digits (spaces or dashes between) that pass the Luhn check: a payment card number. */
export function hasCardNumber(text: string): boolean {
  for (const match of text.matchAll(/\d(?:[ -]?\d){12,18}/g)) {
    const digits = match[0].replace(/\D/g, '');
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let digit = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return true;
  }
  return false;
}

// Exact words only here: a typo-tolerant "bomb" would refuse "bomber jacket" questions less often than it flags "combo".
const exact = (question: Prepared, patterns: Pattern[]) =>
  patterns.some((pattern) =>
    pattern.kind !== 'seq'
      ? question.compact.includes(pattern.text.replace(/ /g, ''))
      : question.tokens.some((_, start) => pattern.words.every((word, k) => { const token = question.tokens[start + k]; return token !== undefined && (word.stem ? token.startsWith(word.text) : token === word.text); })),
  );

/** Adds one script's words (a chunk of src/assistant/words/) to the lists. */
export function addScriptGuards(words: ScriptWords): void {
  unsafe = [...(unsafe ?? compilePatterns(UNSAFE)), ...compilePatterns(words.unsafe)];
  offTopic = [...(offTopic ?? compilePatterns(OFF_TOPIC)), ...compilePatterns(words.offTopic)];
}

export function isUnsafe(question: Prepared): boolean {
  unsafe ??= compilePatterns(UNSAFE);
  return exact(question, unsafe);
}

export function isOffTopic(question: Prepared): boolean {
  offTopic ??= compilePatterns(OFF_TOPIC);
  return exact(question, offTopic);
}

export { prepare };
