import type { LocalizedText } from '../commerce/product-details.js';
import { prepare, type Prepared } from './detect.js';
import { bigrams } from './faq.js';

// A question that names no field may still name a known issue in the data's own words ("do the laces stay tied when
// it rains?" ~ "The laces are slippery when wet"): sellers write those entries about one part of the product, so a
// distinctive word they share points at it.

/** Words too common to single out an issue, five letters or more (shorter words never count). */
const COMMON = new Set(['about', 'after', 'again', 'could', 'every', 'first', 'there', 'these', 'thing', 'think', 'those', 'which', 'while', 'would', 'really', 'should', 'other', 'their']);
/** Chinese, Japanese and Korean, written without spaces: compared by character pairs. */
const CJK_OR_HANGUL = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
/** Pairs in common that name an issue. */
const SHARED_PAIRS = 3;
/** Han characters: one in common with the issue makes a single shared pair enough ("ひも滑る" ~ "靴ひもが滑りやすい"). */
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

const texts = (value: LocalizedText): string[] => (typeof value === 'string' ? [value] : Object.values(value));

/**
 * Known issues shoppers ask about in other words: the phrases (normalised) stand for the word a seller writes.
 * "Can I pair it with my phone and laptop at the same time?" is about multipoint.
 */
const CONCEPTS: readonly (readonly [string, readonly string[]])[] = [
  [
    'multipoint',
    [
      'two devices', '2 devices', 'same time', 'at once', 'dos dispositivos', 'al mismo tiempo', 'deux appareils', 'en meme temps', 'zwei gerate',
      '2 gerate', 'gleichzeitig', 'dois aparelhos', 'dois dispositivos', 'ao mesmo tempo', '两台', '兩台', '同时', '同時', '동시에', '두 대', '2대',
      'جهازين', 'نفس الوقت', 'multi point', 'マルチポイント', '両方つな', '多点', '멀티포인트', '멀티 포인트',
    ],
  ],
];

function namesConcept(question: Prepared, issue: Prepared): boolean {
  return CONCEPTS.some(([word, phrases]) => issue.normalized.includes(word) && phrases.some((phrase) => question.normalized.includes(phrase)));
}

export function mentionsKnownIssue(question: Prepared, issues: readonly LocalizedText[] | undefined): boolean {
  if (!issues?.length) return false;
  const words = new Set(question.tokens.filter((token) => token.length >= 5 && !COMMON.has(token)));
  const pairs = CJK_OR_HANGUL.test(question.compact) ? bigrams(question.compact) : null;
  for (const text of issues.flatMap(texts)) {
    const issue = prepare(text);
    if (issue.tokens.some((token) => words.has(token)) || namesConcept(question, issue)) return true;
    if (pairs && CJK_OR_HANGUL.test(issue.compact)) {
      let shared = 0;
      for (const pair of bigrams(issue.compact)) if (pairs.has(pair) && CJK_OR_HANGUL.test(pair) && ++shared >= SHARED_PAIRS) return true;
      // One pair does when a Han character is shared too: kana pairs alone ("やすい") are too common.
      if (shared && [...issue.compact].some((char) => HAN.test(char) && question.compact.includes(char))) return true;
    }
  }
  return false;
}
