// Small, dependency-free helpers for browser tests.

const mounted: Element[] = [];

/** Parses trusted test markup into the document; removed again by `cleanup()`. */
export function mount<T extends Element = HTMLElement>(markup: string, parent: Element = document.body): T {
  const template = document.createElement('template');
  template.innerHTML = markup.trim();
  const element = template.content.firstElementChild as T;
  parent.append(element);
  mounted.push(element);
  return element;
}

export function cleanup(): void {
  for (const element of mounted.splice(0)) element.remove();
}

export function nextEvent<T = unknown>(target: EventTarget, name: string, timeoutMs = 15_000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** The first event of that name whose detail satisfies `match` (earlier ones, e.g. from ABR, are skipped). */
export function eventMatching<T>(target: EventTarget, name: string, match: (detail: T) => boolean, timeoutMs = 15_000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(name, listener);
      reject(new Error(`no matching ${name} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (event: Event) => {
      if (!match((event as CustomEvent<T>).detail)) return;
      clearTimeout(timer);
      target.removeEventListener(name, listener);
      resolve(event as CustomEvent<T>);
    };
    target.addEventListener(name, listener);
  });
}

/** Collects every event of these names dispatched on `target` (bubbling, composed events included). */
export function recordEvents(target: EventTarget, names: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const name of names) target.addEventListener(name, (event) => seen.push(event as CustomEvent));
  return seen;
}

/** `what` names the condition in the timeout error; a function can add what was seen instead (read at the timeout). */
type Condition = string | (() => string);
const timedOut = (what: Condition) => new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);

export async function waitFor<T>(probe: () => T | undefined | null | false, what: Condition, timeoutMs = 15_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > deadline) throw timedOut(what);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `waitFor` for probes that must ask something asynchronous (a server's request log). */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: Condition, timeoutMs = 15_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (performance.now() > deadline) throw timedOut(what);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Resolves once every timer that was already set to fire within `ms` from now has run. Browsers run timers in deadline
 * order, so a timer of `ms` set now fires after all of them, however late a busy machine runs them: the way to prove
 * that a timer-driven action (a fallback, a retry, a reload) did not happen, without guessing how long to wait.
 */
export function timersDueWithin(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Resolves once the browser has delivered its first intersection notification for `target` to every observer of the
 * same document created before this call (observers are notified in creation order). After it, an element that
 * starts "when near the viewport" has made its decision.
 */
export function intersectionDecided(target: Element): Promise<void> {
  const view = target.ownerDocument.defaultView!;
  return new Promise((resolve) => {
    const observer = new view.IntersectionObserver(() => {
      observer.disconnect();
      // The observers' callbacks ran in this same task; let their microtasks (a started load) run too.
      view.requestAnimationFrame(() => resolve());
    });
    observer.observe(target);
  });
}

/**
 * URLs of resources (fetch, beacon, image…) first asked for at or after `mark` (a performance.now()). A load started
 * earlier is listed only when it finishes, which on a slow machine can be after the mark: it is not counted.
 */
export function resourcesRequestedSince(mark: number): string[] {
  if (performance.getEntriesByType('resource').length > 200) throw new Error('resource timing buffer nearly full (250): raise it with performance.setResourceTimingBufferSize in this test file');
  const entries = performance.getEntriesByType('resource');
  const earlier = new Set(entries.filter((entry) => entry.startTime < mark).map((entry) => entry.name));
  return entries.filter((entry) => entry.startTime >= mark && !earlier.has(entry.name)).map((entry) => entry.name);
}

/** Records every fetch() and XMLHttpRequest the page starts, at the moment it starts it. */
export function recordRequestsStarted(view: Window & typeof globalThis = window): { urls: string[]; stop(): void } {
  const urls: string[] = [];
  const originalFetch = view.fetch;
  const originalOpen = view.XMLHttpRequest.prototype.open;
  view.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    urls.push(input instanceof Request ? input.url : String(input));
    return originalFetch.call(view, input, init);
  } as typeof fetch;
  view.XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    urls.push(String(args[1]));
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof originalOpen;
  return {
    urls,
    stop() {
      view.fetch = originalFetch;
      view.XMLHttpRequest.prototype.open = originalOpen;
    },
  };
}

/** Resolves after `count` frames were presented by the video, proving real decoding (not just a loaded element). */
export function decodedFrames(video: HTMLVideoElement, count: number, timeoutMs = 15_000): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const timer = setTimeout(() => reject(new Error(`only ${times.length} of ${count} frames within ${timeoutMs} ms`)), timeoutMs);
    const onFrame = (_now: number, meta: VideoFrameCallbackMetadata) => {
      times.push(meta.mediaTime);
      if (times.length >= count) {
        clearTimeout(timer);
        resolve(times);
      } else {
        video.requestVideoFrameCallback(onFrame);
      }
    };
    video.requestVideoFrameCallback(onFrame);
  });
}

export function shadowQuery<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}
