import { cleanText, stripInvisible } from '../internal/text.js';
import type { ProductIssue } from './product-issue.js';

/**
 * Free text the seller gives, plain or per language: `"Hand wash cold"` or `{ "en": "Hand wash cold", "de": "…" }`.
 * A plain string is of unknown language. The one shape every reader of product data uses.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

export const TEXT_LIMITS = {
  /** Characters of one free text, after cleaning; longer text is shortened. */
  text: 1000,
  /** Languages of one localized text (10 UI locales and a margin); the rest are skipped. */
  languages: 12,
} as const;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cleaned plain text (bidi and invisible characters removed, spaces collapsed), at most `max` characters; null when empty. */
export function plainText(value: unknown, path: string, issues: ProductIssue[], max: number = TEXT_LIMITS.text): string | null {
  if (typeof value !== 'string') return null;
  const clean = stripInvisible(value).replace(/[ \t]+/g, ' ').trim();
  if (!clean) return null;
  if (clean.length > max) issues.push({ path, message: `longer than ${max} characters; shortened` });
  return cleanText(clean, max);
}

/** Reads one seller text; anything but text or `{ language: text }` is reported and dropped. Never throws. */
export function readLocalizedText(value: unknown, path: string, issues: ProductIssue[]): LocalizedText | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return plainText(value, path, issues);
  if (!isObject(value)) {
    issues.push({ path, message: 'must be text or { language: text }; dropped' });
    return null;
  }
  const out: Record<string, string> = {};
  const entries = Object.entries(value);
  if (entries.length > TEXT_LIMITS.languages) issues.push({ path, message: `more than ${TEXT_LIMITS.languages} languages; the rest were skipped` });
  for (const [tag, text] of entries.slice(0, TEXT_LIMITS.languages)) {
    if (!LANGUAGE_TAG.test(tag)) {
      issues.push({ path: `${path}.${cleanText(tag, 20)}`, message: 'not a language tag (such as "en" or "pt-BR"); skipped' });
      continue;
    }
    const clean = plainText(text, `${path}.${tag}`, issues);
    if (clean) out[tag] = clean;
  }
  return Object.keys(out).length ? out : null;
}

/** The text in the shopper's language, else English, else any; `language` says which one it is ('' = unknown). */
export function pickText(text: LocalizedText, locale: string): { text: string; language: string } {
  if (typeof text === 'string') return { text, language: '' };
  const base = locale.split('-')[0]!.toLowerCase();
  const keys = Object.keys(text);
  const key =
    keys.find((each) => each.toLowerCase() === locale.toLowerCase()) ??
    keys.find((each) => each.split('-')[0]!.toLowerCase() === base) ??
    keys.find((each) => each.toLowerCase().startsWith('en')) ??
    keys[0]!;
  return { text: text[key]!, language: key };
}
