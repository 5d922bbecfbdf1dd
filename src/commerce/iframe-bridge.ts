import { log } from '../internal/log.js';
import { inheritedAttribute } from '../internal/composed-ancestors.js';

/**
 * When the SDK runs inside an iframe (a live-shopping page embedded by a storefront on another origin), its commerce
 * events also cross to the parent window by `postMessage`, always with an explicit target origin: the `host-origin`
 * attribute (on the element or any ancestor, crossing shadow roots). Without it nothing is posted (a one-time
 * warning says why): posting to `*` would hand cart data to whatever page framed us.
 *
 * Messages to the parent:  `{ source: 'shoplive', version: 1, kind: 'event', name, detail, requestId? }`
 *   (`requestId` is set when an answer is expected: `shoplive-add-to-cart` that nobody in the frame answered).
 * Answers from the parent: `{ source: 'shoplive', kind: 'answer', requestId, answer }` (`answer` as for
 *   `respondWith`). Accepted only from the parent window, only from `host-origin`, only for a pending request id.
 */
export const BRIDGE_SOURCE = 'shoplive';

export interface BridgeEventMessage {
  source: typeof BRIDGE_SOURCE;
  version: 1;
  kind: 'event';
  name: string;
  detail: unknown;
  requestId?: string;
}

interface Pending {
  origin: string;
  resolve: (answer: unknown) => void;
}

export interface BridgeRequest {
  answer: Promise<unknown>;
  cancel(): void;
}

/** A serialized http(s) origin such as `https://shop.example`; anything else (paths, `*`, typos) is refused. */
export function parseOrigin(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '')) return url.origin;
  } catch {
    // fall through
  }
  return null;
}

/** Drops functions and other values structured clone would choke on. */
function cloneable(detail: object): unknown {
  try {
    return JSON.parse(JSON.stringify(detail)) as unknown;
  } catch {
    return null;
  }
}

export class IframeBridge {
  private readonly pending = new Map<string, Pending>();
  private listening = false;
  private warned = new Set<string>();

  constructor(
    private readonly win: Window = window,
    private readonly parent: Window | null = window.parent !== window ? window.parent : null,
  ) {}

  /** True inside a frame. */
  get framed(): boolean {
    return this.parent !== null;
  }

  /** The origin to post to for this element, or null (not framed, or no usable `host-origin`: warned once). */
  originFor(element: Element): string | null {
    if (!this.parent) return null;
    const raw = inheritedAttribute(element, 'host-origin');
    const origin = parseOrigin(raw);
    if (!origin) this.warnOnce(raw ? `bad:${raw}` : 'missing', raw
      ? `host-origin "${raw}" is not an origin like https://shop.example; events are not sent to the parent frame.`
      : 'running in an iframe without a host-origin attribute; events are not sent to the parent frame.');
    return origin;
  }

  /** Mirrors an event to the parent frame (no answer expected). */
  mirror(element: Element, name: string, detail: object): void {
    const origin = this.originFor(element);
    if (!origin) return;
    this.post({ source: BRIDGE_SOURCE, version: 1, kind: 'event', name, detail: cloneable(detail) }, origin);
  }

  /** Sends a request to the parent frame and waits for its answer; null when there is no parent to ask. */
  request(element: Element, name: string, requestId: string, detail: object): BridgeRequest | null {
    const origin = this.originFor(element);
    if (!origin) return null;
    this.listen();
    const answer = new Promise<unknown>((resolve) => this.pending.set(requestId, { origin, resolve }));
    this.post({ source: BRIDGE_SOURCE, version: 1, kind: 'event', name, detail: cloneable(detail), requestId }, origin);
    return { answer, cancel: () => this.pending.delete(requestId) };
  }

  private post(message: BridgeEventMessage, origin: string): void {
    try {
      this.parent!.postMessage(message, origin);
    } catch (error) {
      log.warn('could not post to the parent frame', error);
    }
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.win.addEventListener('message', this.onMessage);
  }

  private readonly onMessage = (event: MessageEvent) => {
    if (event.source !== this.parent) return;
    // The origin is checked before the data is touched: reading `event.data` deserializes what another origin sent.
    if (![...this.pending.values()].some((pending) => pending.origin === event.origin)) {
      if (this.pending.size) this.warnOnce(`origin:${event.origin}`, `ignored a message from ${event.origin}; only ${this.expectedOrigins()} may answer.`);
      return;
    }
    const data = event.data as { source?: unknown; kind?: unknown; requestId?: unknown; answer?: unknown } | null;
    if (!data || typeof data !== 'object' || data.source !== BRIDGE_SOURCE || data.kind !== 'answer' || typeof data.requestId !== 'string') return;
    const pending = this.pending.get(data.requestId);
    if (!pending) return;
    // Two elements may name different host origins: an answer counts only from the origin its request went to.
    if (event.origin !== pending.origin) {
      this.warnOnce(`origin:${event.origin}`, `ignored an answer from ${event.origin}; only ${pending.origin} may answer.`);
      return;
    }
    this.pending.delete(data.requestId);
    pending.resolve(data.answer);
  };

  private expectedOrigins(): string {
    return [...new Set([...this.pending.values()].map((pending) => pending.origin))].join(' or ');
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    log.warn(message);
  }
}

let shared: IframeBridge | undefined;

/** The page's bridge (created on first use). */
export function iframeBridge(): IframeBridge {
  return (shared ??= new IframeBridge());
}
