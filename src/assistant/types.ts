import type { FaqEntry } from './faq.js';
import type { UnitSystem } from './format.js';

export type AnswerSource = string;

export interface AssistantAnswer {
  readonly ok: true;
  readonly text: string;
  /** Product fields (`material`, `shipping.countries`, `sizeChart.model`…) or FAQ entries (`faq[3]`) the text comes from. */
  readonly sources: string[];
  /** 0–1: how sure the intent detection was. */
  readonly confidence: number;
}

export type DeclineReason = 'unknown' | 'off-topic' | 'unsafe' | 'invalid';

export interface AssistantDecline {
  readonly ok: false;
  readonly reason: DeclineReason;
  /** What to tell the shopper, in their language. */
  readonly message: string;
}

export type AssistantResult = AssistantAnswer | AssistantDecline;

export interface AssistantContext {
  /** The product asked about: a validated `Product` or raw product JSON (validated here, as `validateProducts` does). */
  readonly product: unknown;
  /** The seller's FAQ for this product: `{ question, answer }` entries, each text or `{ language: text }`. */
  readonly faq?: readonly FaqEntry[];
  /** The show the product is presented in; its `faq` applies to every product of the show. */
  readonly show?: { readonly faq?: readonly FaqEntry[] };
  /** The shopper's language (BCP 47); defaults to the page's `lang`, then the browser's language. */
  readonly locale?: string;
}

export interface AnswerOptions {
  /** "Today" for delivery dates (default: now). */
  readonly now?: Date;
  /** Override the units derived from the locale's region. */
  readonly units?: UnitSystem;
}
