/**
 * Text that came from data (product titles, size labels, storefront messages, cues) before it reaches the screen.
 *
 * Bidi controls (embeddings and overrides U+202A–E, isolates U+2066–9, marks U+200E/F and U+061C) let a string
 * reorder what is drawn after it: a size label ending in U+202E reverses the rest of "Größe {label} wählen".
 * Invisible characters (zero-width space, word joiner, BOM, soft hyphen) make two labels that look the same compare
 * different. Both go. Zero-width (non-)joiners stay between two visible characters, where emoji sequences and
 * Persian or Indic words need them; anywhere else they go too. Other control characters go as well, except tab and
 * line breaks (multi-line cues keep their lines).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/g;
// C0 except \t \n \r, DEL, and C1.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const JOINER = /[\u200C\u200D]/;
const SPACE = /\s/;

/** Drops zero-width (non-)joiners that do not sit between two visible characters. One pass: linear on any input. */
function dropStrayJoiners(value: string): string {
  if (!JOINER.test(value)) return value;
  let out = '';
  for (let i = 0; i < value.length; ) {
    if (!JOINER.test(value[i]!)) {
      out += value[i++];
      continue;
    }
    let end = i;
    while (end < value.length && JOINER.test(value[end]!)) end++;
    const before = out[out.length - 1];
    const after = value[end];
    if (before !== undefined && after !== undefined && !SPACE.test(before) && !SPACE.test(after)) out += value.slice(i, end);
    i = end;
  }
  return out;
}

/** `value` without bidi controls, invisible and control characters (see above); nothing else changes. */
export function stripInvisible(value: string): string {
  return dropStrayJoiners(value.replace(BIDI_CONTROLS, '').replace(INVISIBLE, '').replace(CONTROL, ''));
}

/**
 * `value` cleaned by `stripInvisible` and clamped to `maxLength` UTF-16 units (never cutting a surrogate pair).
 * Callers that must report a clamp compare `stripInvisible(value).length` with `maxLength`.
 */
export function cleanText(value: string, maxLength: number): string {
  const clean = stripInvisible(value);
  if (clean.length <= maxLength) return clean;
  const cut = Math.max(0, Math.floor(maxLength));
  const last = clean.charCodeAt(cut - 1);
  return clean.slice(0, last >= 0xd800 && last <= 0xdbff ? cut - 1 : cut);
}

/**
 * Wraps a value spliced into a translated sentence in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: the plain-text
 * form of `<bdi>`, which also works inside attributes and `aria-label`s. The value's direction cannot leak into the
 * sentence around it (an Arabic size label in a German sentence, a number after a Hebrew word).
 */
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}

/** A thrown value in words, for messages. Never throws itself, whatever was thrown (a Proxy, a getter that throws). */
export function describeError(error: unknown): string {
  try {
    return cleanText(error instanceof Error ? error.message || error.name : String(error), 300);
  } catch {
    return 'an unreadable value';
  }
}
