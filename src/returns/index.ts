/** `shoplive/returns`: the post-purchase check element and its pure helpers. */
export { ShopliveFitCheck } from './fit-check.js';
export { fitFeedbackFrom, MAX_FEEDBACK_BATCH, type FitFeedbackEntry } from './fit-feedback.js';
export type { FeedbackDetail, FixChosenDetail } from './feedback-event.js';
export { FEEDBACK_REASONS, PRODUCT_CATEGORIES, type FeedbackReason, type ProductCategory } from './reasons.js';
export { QUESTIONS, reasonOf, type Question, type Choice } from './questions.js';
export { fixesFor, exchangeSize, type Fix } from './fixes.js';
