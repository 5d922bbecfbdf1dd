/**
 * Invisible characters that can reorder or hide text around them: bidi embeddings and overrides (U+202A–U+202E),
 * bidi isolates (U+2066–U+2069), zero-width spaces, joiners and marks (U+200B–U+200F), the word joiner (U+2060) and
 * the byte order mark (U+FEFF).
 */
const INVISIBLE_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * Text from data, made safe to show: invisible and direction-changing controls removed, clamped to `maxLength`
 * code points (never splitting a surrogate pair).
 */
export function cleanText(value: string, maxLength: number): string {
  const cleaned = value.replace(INVISIBLE_CONTROLS, '');
  if (cleaned.length <= maxLength) return cleaned;
  let end = 0;
  let count = 0;
  for (const char of cleaned) {
    if (count === maxLength) return cleaned.slice(0, end);
    end += char.length;
    count++;
  }
  return cleaned;
}
