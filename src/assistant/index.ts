/**
 * `shoplive/assistant`: answers shoppers' questions about a product from its own data and the seller's FAQ, offline
 * and in their language (`answerQuestion`), with a host-supplied answerer for open questions behind the SDK's guard
 * rails (`assistant`).
 */
export { answerQuestion } from './answer.js';
export { prepareAnswerer } from './warm-up.js';
export { ASSISTANT_LIMITS } from './guard.js';
export type { FaqEntry } from './faq.js';
export type { AnswerOptions, AssistantAnswer, AssistantContext, AssistantDecline, AssistantResult, DeclineReason } from './types.js';
export { assistant, Assistant, QUESTION_EVENT } from './host.js';
export type { AnswerOrigin, AssistantUpdate, HostAnswer, HostAnswerer, HostContext, QuestionDetail } from './host.js';
export type { LocalizedText, ProductDetails } from '../commerce/product-details.js';
