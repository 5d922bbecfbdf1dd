// Probes for hostile-input tests: what the page requested, and how long the main thread was ever blocked.

/** Every URL the page hands to fetch() or XMLHttpRequest.open() from now on, whether or not it goes out. */
export function recordRequests(): { urls: string[]; stop(): void } {
  const urls: string[] = [];
  const originalFetch = window.fetch;
  const originalOpen = XMLHttpRequest.prototype.open;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    urls.push(input instanceof Request ? input.url : String(input));
    return originalFetch.call(this, input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    urls.push(String(url));
    return (originalOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  return {
    urls,
    stop() {
      window.fetch = originalFetch;
      XMLHttpRequest.prototype.open = originalOpen;
    },
  };
}

/** The longest task that blocked the main thread (PerformanceObserver `longtask`: tasks over 50 ms) since the call. */
export function watchLongTasks(): { longestMs(): number; stop(): void } {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    longestMs() {
      for (const entry of observer.takeRecords()) longest = Math.max(longest, entry.duration);
      return longest;
    },
    stop: () => observer.disconnect(),
  };
}
