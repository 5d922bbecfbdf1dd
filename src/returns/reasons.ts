/**
 * One taxonomy of post-purchase outcomes for every category, so a host can count returns' causes across its catalog.
 * The codes are public API (documented in docs/returns.md): add, never rename.
 */
export { isCategory, PRODUCT_CATEGORIES, type ProductCategory } from '../commerce/category.js';

export const FEEDBACK_REASONS = [
  /** Everything as expected. */
  'as-expected',
  'too-small',
  'too-large',
  'shade-darker',
  'shade-lighter',
  'skin-reaction',
  'not-working',
  'arrived-damaged',
  'smaller-than-expected',
  'larger-than-expected',
  'feel-not-as-expected',
  'not-as-described',
] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];
