/**
 * Text normalisation for intent detection: one form for "Machine-Wäsche", "ＭＡＣＨＩＮＥ wasche" and "machine wasche".
 * NFKC folds full-width and compatibility forms; Latin diacritics go (only U+0300–036F, so kana voicing marks and
 * Hangul stay); Arabic loses tashkeel and tatweel and folds alef, yeh and teh marbuta variants.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660))
    .replace(/[’‘`´]/g, "'");
}

/** Scripts written without spaces between words (or, for Hangul and Arabic, with particles glued to words). */
export const UNSPACED = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u0600-\u06ff]/;

let segmenter: Intl.Segmenter | undefined;

/** Scripts whose words only a dictionary can find (Chinese, Japanese, Thai). */
const DICTIONARY = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
/**
 * Words as Chromium's `Intl.Segmenter` gives them for text with spaces: "d'ou", "3.5" and "30ml" are one word each,
 * "e.g" two, Hangul and Latin split ("ml인가요" -> ml, 인가요); test/assistant/lexicon.test.ts compares the two.
 */
const WORD = /\p{Script=Hangul}+|(?:(?!\p{Script=Hangul})[\p{L}\p{M}\p{N}_])+(?:(?:(?<=\p{L})'(?=\p{L})|(?<=\p{N})[.,;'](?=\p{N}))(?:(?!\p{Script=Hangul})[\p{L}\p{M}\p{N}_])+)*/gu;

/**
 * Word tokens of normalised text: `Intl.Segmenter` splits Chinese, Japanese and Thai by dictionary; text without
 * them is split by the same word boundaries without it (its dictionary data takes a while to load the first time).
 */
export function tokens(normalized: string): string[] {
  if (!DICTIONARY.test(normalized)) return normalized.match(WORD) ?? [];
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const out: string[] = [];
  for (const part of segmenter.segment(normalized)) if (part.isWordLike) out.push(part.segment);
  return out;
}

/** The text without spaces or punctuation: what keywords in unspaced scripts are looked up in. */
export function compact(normalized: string): string {
  return normalized.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * Edit distance (insert, delete, substitute, swap of neighbours) between `word` and `token`, or, with `prefix`, any
 * prefix of `token`: "wasable" is one edit from the stem "washab". Gives up past `bound` (returns bound + 1).
 */
export function editDistance(word: string, token: string, bound: number, prefix = false): number {
  const n = word.length;
  if (!prefix && Math.abs(n - token.length) > bound) return bound + 1;
  const m = prefix ? Math.min(token.length, n + bound) : token.length;
  let previous2: number[] = [];
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = word[i - 1] === token[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && word[i - 1] === token[j - 2] && word[i - 2] === token[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > bound) return bound + 1;
    previous2 = previous;
    previous = row;
  }
  const result = prefix ? Math.min(...previous.slice(Math.max(0, n - bound))) : previous[m]!;
  return Math.min(result, bound + 1);
}

/** Typos tolerated in a word: none below 5 characters, one up to 7, two from 8. */
export function typoBound(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}
