import { normalize } from './normalize.js';
import type { Prepared } from './detect.js';

/**
 * Basic colour names (normalised), by the English name a variant's colour option is most often given: "¿hay en
 * blanco?" asks about the variant called "White". Fancier names ("Moss") match as written only. Here the languages
 * with Latin letters, whole tokens (a star: any ending, "blanc*" for blanche); the other scripts' chunks add theirs
 * (words/), looked up in the compact question.
 */
const BASIC_COLOURS: Record<string, string[]> = {
  white: ['blanc*', 'blanco', 'blanca', 'weiss*', 'branco', 'branca'],
  black: ['negro', 'negra', 'noir*', 'schwarz*', 'preto', 'preta'],
  grey: ['gray', 'gris*', 'grau*', 'cinza'],
  silver: ['plata', 'plateado', 'argent*', 'silber*', 'prata', 'prateado'],
  red: ['rojo', 'roja', 'rouge', 'rot', 'rote*', 'vermelho', 'vermelha'],
  blue: ['azul', 'bleu*', 'blau*'],
  green: ['verde', 'vert*', 'grun*'],
  sand: ['arena', 'sable', 'areia', 'beige'],
};
const LATIN_WORD = /^[a-z]+\*?$/;

/** A script chunk's colour names join the table. */
export function addColourWords(colours: Readonly<Record<string, readonly string[]>> | undefined): void {
  for (const [name, words] of Object.entries(colours ?? {})) (BASIC_COLOURS[name] ??= []).push(...words);
}

function named(word: string, question: Prepared): boolean {
  if (!LATIN_WORD.test(word)) return question.compact.includes(word);
  return word.endsWith('*') ? question.tokens.some((token) => token.startsWith(word.slice(0, -1))) : question.tokens.includes(word);
}

/** The colour option values (as the product spells them) that the question names, in its own words or the product's. */
export function coloursNamedIn(question: Prepared, values: readonly string[]): string[] {
  return values.filter((value) => {
    const plain = normalize(value);
    if (plain.length >= 3 && (question.tokens.includes(plain) || question.compact.includes(plain.replace(/\s+/g, '')))) return true;
    return (BASIC_COLOURS[plain] ?? []).some((word) => named(word, question));
  });
}
