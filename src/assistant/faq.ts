import type { LocalizedText } from '../commerce/product-details.js';
import { cleanText } from '../internal/text.js';
import { detectIntents, prepare } from './detect.js';
import { ASSISTANT_LIMITS } from './guard.js';
import type { Intent } from './intents.js';

/** One seller FAQ entry: question and answer, each plain text or `{ language: text }`. */
export interface FaqEntry {
  readonly question: LocalizedText;
  readonly answer: LocalizedText;
}

export interface IndexedFaq {
  readonly entry: FaqEntry;
  /** `faq[3]`, or `show.faq[0]` for the show's own FAQ. */
  readonly source: string;
  /** The single intent its question is about, if one is clear. */
  readonly intent: Intent | null;
  /** Character bigrams of each language's question. */
  readonly grams: readonly Set<string>[];
}

function clean(value: unknown): LocalizedText | null {
  if (typeof value === 'string') return value.trim() ? cleanText(value.trim(), ASSISTANT_LIMITS.faqChars) : null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: Record<string, string> = {};
  for (const [tag, text] of Object.entries(value).slice(0, 12)) if (typeof text === 'string' && text.trim()) out[tag] = cleanText(text.trim(), ASSISTANT_LIMITS.faqChars);
  return Object.keys(out).length ? out : null;
}

const texts = (value: LocalizedText): string[] => (typeof value === 'string' ? [value] : Object.values(value));

export function bigrams(compactText: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < compactText.length - 1; i++) grams.add(compactText.slice(i, i + 2));
  return grams;
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Reads FAQ entries (bad ones skipped) and notes what each question is about. */
export function indexFaq(input: unknown, prefix: string): IndexedFaq[] {
  if (!Array.isArray(input)) return [];
  const out: IndexedFaq[] = [];
  input.slice(0, ASSISTANT_LIMITS.faqEntries).forEach((raw: unknown, index) => {
    if (typeof raw !== 'object' || raw === null) return;
    const question = clean((raw as Record<string, unknown>).question);
    const answer = clean((raw as Record<string, unknown>).answer);
    if (!question || !answer) return;
    const prepared = texts(question).map(prepare);
    const intents = new Set(prepared.flatMap((each) => {
      const detection = detectIntents(each);
      return detection.kind === 'intents' && detection.intents.length === 1 ? detection.intents : [];
    }));
    out.push({ entry: { question, answer }, source: `${prefix}[${index}]`, intent: intents.size === 1 ? [...intents][0]! : null, grams: prepared.map((each) => bigrams(each.compact)) });
  });
  return out;
}

/** The question texts of FAQ entries (their keywords' scripts are loaded before they are indexed). */
export function faqQuestions(input: unknown): string[] {
  if (!Array.isArray(input)) return [];
  return input.slice(0, ASSISTANT_LIMITS.faqEntries).flatMap((raw: unknown) => {
    const question = typeof raw === 'object' && raw !== null ? clean((raw as Record<string, unknown>).question) : null;
    return question ? texts(question) : [];
  });
}

/** How close the shopper's question is to an FAQ question, 0–1 (best over its languages). */
export function similarity(faq: IndexedFaq, questionGrams: Set<string>): number {
  return Math.max(0, ...faq.grams.map((grams) => dice(grams, questionGrams)));
}
