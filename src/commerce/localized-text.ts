import { cleanText } from '../internal/text.js';
import type { ProductIssue } from './product.js';

/** Free text the seller may give per language: `"Hand wash cold"` or `{ "en": "Hand wash cold", "de": "…" }`. */
export type LocalizedText = Readonly<Record<string, string>>;

/** Characters of one free text from product data. */
export const FREE_TEXT_LIMIT = 1000;
/** Languages one localized text may carry (10 UI locales and a margin). */
const MAX_LANGUAGES = 20;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/;

export function localizedText(value: unknown, path: string, issues: ProductIssue[]): LocalizedText | undefined {
  if (typeof value === 'string') {
    const text = cleanText(value, FREE_TEXT_LIMIT).trim();
    return text ? { '': text } : undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (value !== undefined) issues.push({ path, message: 'expected text or { "<language>": text }; ignored' });
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [language, text] of Object.entries(value).slice(0, MAX_LANGUAGES)) {
    if (!LANGUAGE_TAG.test(language) || typeof text !== 'string') {
      issues.push({ path: `${path}.${cleanText(language, 20)}`, message: 'not a language tag with text; ignored' });
      continue;
    }
    const clean = cleanText(text, FREE_TEXT_LIMIT).trim();
    if (clean) out[language] = clean;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The text in the shopper's language, else English, else any; `language` says which one it is ('' = unknown). */
export function pickText(text: LocalizedText, locale: string): { text: string; language: string } {
  const base = locale.split('-')[0]!.toLowerCase();
  const keys = Object.keys(text);
  const key =
    keys.find((each) => each.toLowerCase() === locale.toLowerCase()) ??
    keys.find((each) => each.split('-')[0]!.toLowerCase() === base) ??
    keys.find((each) => each === '') ??
    keys.find((each) => each.toLowerCase().startsWith('en')) ??
    keys[0]!;
  return { text: text[key]!, language: key };
}

