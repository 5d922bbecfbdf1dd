import type { Product } from '../commerce/product.js';
import { emit, EVENTS, type QuestionDetail } from '../internal/events.js';
import { cleanText } from '../internal/text.js';
import { answerQuestion, readProduct, uiLocaleOf, pageLocale } from './answer.js';
import { detectIntents, prepare } from './detect.js';
import { ASSISTANT_LIMITS } from './guard.js';
import type { Intent } from './intents.js';
import { availableSources, inventedPrices } from './sources.js';
import type { AssistantContext, AssistantResult } from './types.js';

/** What a host answerer returns: text (or a stream of text pieces) and the sources it used. */
export type HostAnswer =
  | string
  | AsyncIterable<string>
  | { readonly text: string | AsyncIterable<string>; readonly sources?: readonly string[] }
  | null
  | undefined;

export interface HostContext extends AssistantContext {
  /** The product after validation (what the offline answerer read). */
  readonly validProduct: Product | null;
  /** Aborted when the answer is no longer wanted (over budget, a new question). */
  readonly signal: AbortSignal;
}

export type HostAnswerer = (question: string, context: HostContext) => HostAnswer | Promise<HostAnswer>;

/** Where an answer came from. */
export type AnswerOrigin = 'data' | 'host' | 'unverified';

export type AssistantUpdate =
  /** Offline answer, or a host answer whose sources all exist in the context. `partial` while a stream runs. */
  | { readonly kind: 'answer'; readonly origin: AnswerOrigin; readonly text: string; readonly sources: readonly string[]; readonly partial: boolean }
  /** Not answered: `handedOff` when a `shoplive-question` listener took the question (see `questionId`). */
  | { readonly kind: 'declined'; readonly result: Extract<AssistantResult, { ok: false }>; readonly questionId: string | null; readonly handedOff: boolean };

/** Price, stock and shipping: answers come from the data or from the seller, never from a model. */
const DATA_ONLY: readonly Intent[] = ['price', 'stock', 'shipping', 'shipCountries', 'shipDays', 'shipFrom', 'shipCost'];

function dataOnly(question: string): boolean {
  const detection = detectIntents(prepare(question));
  return detection.kind !== 'none' && detection.intents.some((intent) => DATA_ONLY.includes(intent));
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `q-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export type { QuestionDetail };

export const QUESTION_EVENT = EVENTS.question;

/** Raises `shoplive-question` from `target`; true when a listener accepted it. */
function handOff(target: EventTarget | null, detail: Omit<QuestionDetail, 'accept'>): boolean {
  if (!target) return false;
  let accepted = false;
  const event = emit(target, EVENTS.question, { ...detail, accept: () => { accepted = true; } }, { cancelable: true });
  return accepted || event.defaultPrevented;
}

type ReplyListener = (questionId: string, text: string) => void;

function isAsyncIterable(value: unknown): value is AsyncIterable<string> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Rejects after `ms`, or when `signal` aborts. */
function deadline<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([promise, new Promise<typeof TIMEOUT>((resolve) => (timer = setTimeout(() => resolve(TIMEOUT), ms)))]).finally(() => clearTimeout(timer));
}
const TIMEOUT = Symbol('timeout');

/**
 * The page's assistant: the offline answerer first, then the host's `answerer` (if set) for what the data cannot
 * answer, behind guard rails: price, stock and shipping never come from the model; a model answer is shown as fact
 * only with sources that exist in the context, and one quoting a price the product does not have is dropped; an
 * answerer slower than `budgetMs` (to its first words) is given up on. What is not answered goes to the seller as a
 * `shoplive-question` event, and `reply(questionId, text)` brings the seller's answer back to the widget.
 */
export class Assistant {
  answerer: HostAnswerer | null = null;
  /** Milliseconds the host answerer has to start answering. */
  budgetMs = 4000;
  private readonly replyListeners = new Set<ReplyListener>();

  async *ask(question: string, context: AssistantContext, target: EventTarget | null = null): AsyncGenerator<AssistantUpdate> {
    const offline = await answerQuestion(question, context);
    if (offline.ok) {
      yield { kind: 'answer', origin: 'data', text: offline.text, sources: offline.sources, partial: false };
      return;
    }
    if (offline.reason === 'unsafe' || offline.reason === 'invalid') {
      yield { kind: 'declined', result: offline, questionId: null, handedOff: false };
      return;
    }
    const product = readProduct(context.product);
    const locale = context.locale || pageLocale();
    if (this.answerer && offline.reason === 'unknown' && !dataOnly(question)) {
      let last: AssistantUpdate | null = null;
      for await (const update of this.fromHost(question, { ...context, locale }, product)) {
        last = update;
        yield update;
      }
      if (last && last.kind === 'answer' && last.origin === 'host') return;
    }
    const questionId = newId();
    const handedOff = handOff(target, { productId: product?.id ?? '', question: cleanText(question, ASSISTANT_LIMITS.questionChars), locale: uiLocaleOf(locale), questionId });
    yield { kind: 'declined', result: offline, questionId, handedOff };
  }

  private async *fromHost(question: string, context: AssistantContext, product: Product | null): AsyncGenerator<AssistantUpdate> {
    const controller = new AbortController();
    const valid = availableSources(product, context.faq?.length ?? 0, context.show?.faq?.length ?? 0);
    try {
      const pending = Promise.resolve().then(() => this.answerer!(question, { ...context, validProduct: product, signal: controller.signal }));
      const answer = await deadline(pending.catch(() => null), this.budgetMs);
      if (answer === TIMEOUT || answer === null || answer === undefined) return;
      const body = typeof answer === 'string' || isAsyncIterable(answer) ? answer : answer.text;
      const claimed = typeof answer === 'object' && !isAsyncIterable(answer) ? (answer.sources ?? []) : [];
      const sourced = claimed.length > 0 && claimed.every((source) => valid.has(source));
      const origin: AnswerOrigin = sourced ? 'host' : 'unverified';
      const sources = sourced ? [...claimed] : [];
      if (typeof body === 'string') {
        const text = cleanText(body, ASSISTANT_LIMITS.answerChars);
        if (text.trim() && !inventedPrices(text, product).length) yield { kind: 'answer', origin, text, sources, partial: false };
        return;
      }
      let text = '';
      const iterator = body[Symbol.asyncIterator]();
      for (let first = true; ; first = false) {
        const next = first ? await deadline(iterator.next(), this.budgetMs) : await iterator.next();
        if (next === TIMEOUT) return;
        if (next.done) break;
        text = cleanText(text + String(next.value), ASSISTANT_LIMITS.answerChars);
        // A made-up price ends the stream: what was shown is withdrawn by the final update.
        if (inventedPrices(text, product).length) {
          yield { kind: 'answer', origin: 'unverified', text: '', sources: [], partial: false };
          return;
        }
        yield { kind: 'answer', origin, text, sources, partial: true };
      }
      if (text.trim()) yield { kind: 'answer', origin, text, sources, partial: false };
    } catch {
      // A failing answerer is a slow one: the seller gets the question.
    } finally {
      controller.abort();
    }
  }

  /** The seller's answer to a `shoplive-question`, shown under the question in the widget that asked it. */
  reply(questionId: string, text: string): void {
    if (typeof questionId !== 'string' || typeof text !== 'string' || !text.trim()) return;
    const clean = cleanText(text.trim(), ASSISTANT_LIMITS.answerChars);
    this.replyListeners.forEach((listener) => listener(questionId, clean));
  }

  onReply(listener: ReplyListener): () => void {
    this.replyListeners.add(listener);
    return () => this.replyListeners.delete(listener);
  }
}

const key = Symbol.for('shoplive.assistant.v1');
const scope = globalThis as unknown as Record<symbol, Assistant | undefined>;
/** One assistant per page, shared by two copies of the SDK. */
export const assistant: Assistant = (scope[key] ??= new Assistant());
