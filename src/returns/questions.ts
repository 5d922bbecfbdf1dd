import type { FeedbackReason, ProductCategory } from './reasons.js';

/**
 * What the fit check asks, per category: each question has a few answers, and each answer maps to the reason it
 * means (or none when it is the good outcome). Pure data, so the element, the docs and the tests read the same table.
 */
export interface Choice {
  readonly value: string;
  /** The reason this answer points to; absent for "as expected". */
  readonly reason?: FeedbackReason;
}

export interface Question {
  readonly id: string;
  readonly choices: readonly Choice[];
  /** Asked only once the first question points to a problem (per-area detail of a size problem). */
  readonly detail?: boolean;
}

const fitArea = (id: string): Question => ({
  id,
  detail: true,
  choices: [{ value: 'too-tight', reason: 'too-small' }, { value: 'just-right' }, { value: 'too-loose', reason: 'too-large' }],
});

export const QUESTIONS: Readonly<Record<ProductCategory, readonly Question[]>> = {
  apparel: [
    { id: 'fit', choices: [{ value: 'too-small', reason: 'too-small' }, { value: 'just-right' }, { value: 'too-large', reason: 'too-large' }] },
    fitArea('chest'),
    fitArea('waist'),
    { id: 'length', detail: true, choices: [{ value: 'too-short', reason: 'too-small' }, { value: 'just-right' }, { value: 'too-long', reason: 'too-large' }] },
  ],
  beauty: [
    { id: 'shade', choices: [{ value: 'as-expected' }, { value: 'darker', reason: 'shade-darker' }, { value: 'lighter', reason: 'shade-lighter' }] },
    { id: 'reaction', choices: [{ value: 'none' }, { value: 'yes', reason: 'skin-reaction' }] },
  ],
  electronics: [
    { id: 'works', choices: [{ value: 'yes' }, { value: 'no', reason: 'not-working' }] },
    { id: 'damaged', choices: [{ value: 'no' }, { value: 'yes', reason: 'arrived-damaged' }] },
  ],
  home: [
    { id: 'size', choices: [{ value: 'as-expected' }, { value: 'smaller', reason: 'smaller-than-expected' }, { value: 'larger', reason: 'larger-than-expected' }] },
    { id: 'feel', choices: [{ value: 'as-expected' }, { value: 'different', reason: 'feel-not-as-expected' }] },
  ],
  other: [{ id: 'described', choices: [{ value: 'yes' }, { value: 'no', reason: 'not-as-described' }] }],
};

/** Reasons in the order they matter for a return: safety and damage before fit and looks. */
const PRIORITY: readonly FeedbackReason[] = [
  'skin-reaction',
  'arrived-damaged',
  'not-working',
  'too-small',
  'too-large',
  'shade-darker',
  'shade-lighter',
  'smaller-than-expected',
  'larger-than-expected',
  'feel-not-as-expected',
  'not-as-described',
];

export type Answers = Readonly<Record<string, string>>;

/** The one reason the answers point to, or `as-expected`. The first question decides a size problem's direction. */
export function reasonOf(category: ProductCategory, answers: Answers): FeedbackReason {
  const found = new Set<FeedbackReason>();
  for (const question of QUESTIONS[category]) {
    const reason = question.choices.find((choice) => choice.value === answers[question.id])?.reason;
    if (reason && !(question.detail && category === 'apparel' && answers['fit'] === 'just-right')) found.add(reason);
  }
  if (category === 'apparel' && (answers['fit'] === 'too-small' || answers['fit'] === 'too-large')) return answers['fit'];
  return PRIORITY.find((reason) => found.has(reason)) ?? 'as-expected';
}

/** Keeps only known questions with known answers (what a host or a stale page passes in is untrusted). */
export function checkedAnswers(category: ProductCategory, answers: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const question of QUESTIONS[category]) {
    const value = answers[question.id];
    if (typeof value === 'string' && question.choices.some((choice) => choice.value === value)) kept[question.id] = value;
  }
  return kept;
}
