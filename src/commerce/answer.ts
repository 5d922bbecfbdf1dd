import { log } from '../internal/log.js';
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
 */
export type AddOutcome =
  | { kind: 'added' }
  | { kind: 'rejected'; reason: AddToCartReason; message: string | null }
  /** The storefront called preventDefault() without answering. */
  | { kind: 'taken-over' }
  /** Nobody answered (no listener, a listener threw, or the timeout passed): the default applies. */
  | { kind: 'unanswered'; why: 'no-listener' | 'listener-threw' | 'timeout' }
  /** The answer promise rejected, or the answer was not understood. */
  | { kind: 'failed'; message: string };

const REASONS: readonly AddToCartReason[] = ['sold-out', 'invalid', 'custom'];
const MAX_MESSAGE = 300;

/** Turns whatever a storefront answered into an outcome; never throws. */
export function normalizeAnswer(value: unknown): AddOutcome {
  if (value === true) return { kind: 'added' };
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const answer = value as { ok: unknown; reason?: unknown; message?: unknown };
    if (answer.ok === true) return { kind: 'added' };
    if (answer.ok === false) {
      const reason = REASONS.includes(answer.reason as AddToCartReason) ? (answer.reason as AddToCartReason) : 'custom';
      const message = typeof answer.message === 'string' && answer.message.trim() ? answer.message.trim().slice(0, MAX_MESSAGE) : null;
      return { kind: 'rejected', reason, message };
    }
  }
  log.warn('shoplive-add-to-cart: answer not understood (expected true, { ok: true } or { ok: false, reason })', value);
  return { kind: 'failed', message: 'answer not understood' };
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

function withTimeout(answer: Promise<unknown>, timeoutMs: number, onTimeout: () => void): Promise<AddOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      onTimeout();
      resolve({ kind: 'unanswered', why: 'timeout' });
    }, timeoutMs);
    answer.then(
      (value) => {
        clearTimeout(timer);
        resolve(normalizeAnswer(value));
      },
      (error: unknown) => {
        clearTimeout(timer);
        log.warn('shoplive-add-to-cart: the answer promise rejected', error);
        resolve({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
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
  const event = new CustomEvent(COMMERCE_EVENTS.addToCart, { bubbles: true, composed: true, cancelable: true, detail });
  const thrown: unknown[] = [];
  const onError = (error: ErrorEvent) => thrown.push(error.error ?? error.message);
  window.addEventListener('error', onError, true);
  try {
    target.dispatchEvent(event);
  } catch (error) {
    thrown.push(error);
  } finally {
    window.removeEventListener('error', onError, true);
    dispatching = false;
  }
  for (const error of thrown) {
    reportError(target, { code: 'listener-error', message: `a ${COMMERCE_EVENTS.addToCart} listener threw: ${error instanceof Error ? error.message : String(error)}` }, error);
  }

  if (answer) return withTimeout(answer, options.timeoutMs, () => log.warn(`shoplive-add-to-cart: no answer within ${options.timeoutMs} ms`));
  if (event.defaultPrevented) return { kind: 'taken-over' };
  const parent = options.askParent?.(request);
  if (parent) return withTimeout(parent.answer, options.timeoutMs, parent.cancel);
  return { kind: 'unanswered', why: thrown.length ? 'listener-threw' : 'no-listener' };
}
