import { emit } from '../internal/events.js';
import { log } from '../internal/log.js';
import { cleanText, describeError, stripInvisible } from '../internal/text.js';
import { COMMERCE_EVENTS, reportError, type AddToCartDetail, type AddToCartReason, type AddToCartRequest } from './events.js';
import type { BridgeRequest } from './iframe-bridge.js';

/**
 * The host-answer protocol of `shoplive-add-to-cart`: the SDK asks, the storefront's cart decides.
 *
 * 1. The event is dispatched (bubbles, composed, cancelable) with `detail.respondWith(answerOrPromise)`.
 * 2. A listener answers synchronously with `true`, `{ ok: true }` or `{ ok: false, reason, message? }`, or a promise
 *    of one; the first answer counts. The promise must settle within the answer timeout.
 * 3. No answer but `preventDefault()`: the storefront took over (e.g. opened its own quick-add dialog).
 * 4. Neither: inside an iframe with `host-origin`, the parent frame is asked; otherwise nobody is listening and the
 *    default runs at once (there is nothing to wait for). A listener that threw counts as no answer; the error is
 *    reported (console + `shoplive-error`) and breaks nothing.
 * 5. A storefront that called `respondWith` owns the add, even when its answer is late: past the timeout the button
 *    says the add is not confirmed (never runs the default, so never adds twice), and a late answer still shows.
 */
export type AddOutcome =
  | { kind: 'added' }
  | { kind: 'rejected'; reason: AddToCartReason; message: string | null }
  /** The storefront called preventDefault() without answering. */
  | { kind: 'taken-over' }
  /** Nobody answered (no listener, a listener threw, or a parent frame did not answer in time): the default applies. */
  | { kind: 'unanswered'; why: 'no-listener' | 'listener-threw' | 'timeout' }
  /** The storefront answered with a promise that did not settle in time; `late` is its outcome when it does. */
  | { kind: 'unconfirmed'; late: Promise<AddOutcome> }
  /** The answer promise rejected, or the answer was not understood. */
  | { kind: 'failed'; message: string };

const REASONS: readonly AddToCartReason[] = ['sold-out', 'invalid', 'custom'];
const MAX_MESSAGE = 300;

function readAnswer(value: unknown): AddOutcome | null {
  if (value === true) return { kind: 'added' };
  if (typeof value !== 'object' || value === null || !('ok' in value)) return null;
  const answer = value as { ok: unknown; reason?: unknown; message?: unknown };
  const ok = answer.ok;
  if (ok === true) return { kind: 'added' };
  if (ok !== false) return null;
  const given = answer.reason;
  const reason = REASONS.includes(given as AddToCartReason) ? (given as AddToCartReason) : 'custom';
  const message = answer.message;
  const text = typeof message === 'string' ? cleanText(message.trim(), MAX_MESSAGE).trim() : '';
  if (typeof message === 'string' && stripInvisible(message).trim().length > MAX_MESSAGE) {
    log.warn(`shoplive-add-to-cart: the answer's message is ${message.length} characters long; shortened to ${MAX_MESSAGE}.`);
  }
  return { kind: 'rejected', reason, message: text || null };
}

/** Turns whatever a storefront answered into an outcome; never throws (a Proxy whose traps throw is a failed answer). */
export function normalizeAnswer(value: unknown): AddOutcome {
  try {
    return readAnswer(value) ?? { kind: 'failed', message: 'answer not understood (expected true, { ok: true } or { ok: false, reason })' };
  } catch (error) {
    return { kind: 'failed', message: `the answer could not be read (${describeError(error)})` };
  }
}

let requestCounter = 0;

export function newRequestId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${random}-${++requestCounter}`;
}

export interface RequestOptions {
  timeoutMs: number;
  /** Asks a parent frame when nobody in this document answered (see iframe-bridge.ts). */
  askParent?: (request: AddToCartRequest) => BridgeRequest | null;
}

/** The answer as an outcome, whenever it settles; never rejects. A failed answer is reported once, from `target`. */
function settle(answer: Promise<unknown>, target: HTMLElement): Promise<AddOutcome> {
  return answer
    .then(normalizeAnswer, (error: unknown) => ({ kind: 'failed', message: `the answer promise rejected (${describeError(error)})` }) as const)
    .then((outcome) => {
      if (outcome.kind === 'failed') reportError(target, { code: 'answer-invalid', message: `${COMMERCE_EVENTS.addToCart}: ${outcome.message}` });
      return outcome;
    });
}

/** The outcome, or `onTimeout()`'s after `timeoutMs`. */
function withTimeout(outcome: Promise<AddOutcome>, timeoutMs: number, onTimeout: () => AddOutcome): Promise<AddOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(onTimeout()), timeoutMs);
    void outcome.then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

/**
 * Dispatches one `shoplive-add-to-cart` from `target` and resolves with the outcome. Exceptions thrown by listeners
 * are caught from the window's error reporting during the (synchronous) dispatch; they are not swallowed, so the
 * storefront's own error monitoring still sees them.
 */
export async function requestAddToCart(target: HTMLElement, request: AddToCartRequest, options: RequestOptions): Promise<AddOutcome> {
  let answer: Promise<unknown> | undefined;
  let dispatching = true;
  const detail: AddToCartDetail = {
    ...request,
    respondWith(value) {
      if (!dispatching) {
        throw new DOMException('respondWith() must be called synchronously, while shoplive-add-to-cart is being dispatched.', 'InvalidStateError');
      }
      if (answer) {
        log.warn('shoplive-add-to-cart: respondWith() was called more than once; the first answer counts.');
        return;
      }
      answer = Promise.resolve(value);
    },
  };
  const thrown: unknown[] = [];
  // A listener that throws does not stop the dispatch: the browser reports it on window, where it is heard here.
  const onError = (error: ErrorEvent) => thrown.push(error.error ?? error.message);
  window.addEventListener('error', onError, true);
  const event = emit(target, COMMERCE_EVENTS.addToCart, detail, { cancelable: true }); // never throws
  window.removeEventListener('error', onError, true);
  dispatching = false;
  for (const error of thrown) {
    reportError(target, { code: 'listener-error', message: `a ${COMMERCE_EVENTS.addToCart} listener threw: ${describeError(error)}` }, error);
  }

  if (answer) {
    const outcome = settle(answer, target);
    return withTimeout(outcome, options.timeoutMs, () => {
      log.warn(`shoplive-add-to-cart: the storefront answered but did not confirm within ${options.timeoutMs} ms; its answer still counts when it comes.`);
      return { kind: 'unconfirmed', late: outcome };
    });
  }
  if (event.defaultPrevented) return { kind: 'taken-over' };
  const parent = options.askParent?.(request);
  if (parent) {
    return withTimeout(settle(parent.answer, target), options.timeoutMs, () => {
      parent.cancel();
      log.warn(`shoplive-add-to-cart: the parent frame did not answer within ${options.timeoutMs} ms`);
      return { kind: 'unanswered', why: 'timeout' };
    });
  }
  return { kind: 'unanswered', why: thrown.length ? 'listener-threw' : 'no-listener' };
}
