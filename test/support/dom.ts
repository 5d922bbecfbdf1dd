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

export async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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
