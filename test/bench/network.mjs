// Network profiles and a per-page CDP request recorder for the benchmark.
//
// How Chromium emulates a network (DevTools throttling, Network.emulateNetworkConditions): the network service holds
// every request of the throttled page for `latency` ms before its response starts (once per request, not per round
// trip: no extra handshake, TLS or TCP slow-start round trips), then meters response bodies of all of that page's
// requests through one shared `downloadThroughput` pipe. The probe in ttff.mjs checks both on every run.

/** Bytes per second from megabits per second (decimal, as link speeds are quoted). */
const mbps = (n) => Math.round((n * 1e6) / 8);

export const PROFILES = {
  loopback: { name: 'loopback', label: 'loopback (no emulation)', conditions: null },
  slow4g: {
    name: 'slow4g',
    label: 'slow4g (150 ms, 1.6 Mb/s down, 750 kb/s up)',
    conditions: { offline: false, latency: 150, downloadThroughput: mbps(1.6), uploadThroughput: mbps(0.75) },
  },
  crossborder: {
    name: 'crossborder',
    label: 'crossborder (300 ms, 4 Mb/s down, 1 Mb/s up)',
    conditions: { offline: false, latency: 300, downloadThroughput: mbps(4), uploadThroughput: mbps(1) },
  },
};

/**
 * A fresh browser context (no HTTP cache, no storage) with one page, a CDP session on it that records every http(s)
 * request, and the profile's network conditions applied before anything is navigated.
 */
export async function openPage(browser, profile, { performance = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  const get = (id) => requests.get(id);
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^https?:/.test(e.request.url)) return;
    const known = get(e.requestId);
    if (known && e.redirectResponse) known.redirects = (known.redirects ?? 0) + 1;
    if (known) return;
    requests.set(e.requestId, {
      url: e.request.url,
      type: e.type ?? 'Other',
      wallMs: e.wallTime * 1000,
      ts: e.timestamp,
      endTs: null,
      status: 0,
      bytes: 0,
      received: 0,
    });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = get(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    r.type = e.type ?? r.type;
    r.mime = e.response.mimeType;
    r.connection = e.response.connectionId;
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = get(e.requestId);
    if (r) r.received += e.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = get(e.requestId);
    if (!r) return;
    r.endTs = e.timestamp;
    r.bytes = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = get(e.requestId);
    if (!r) return;
    r.endTs = e.timestamp;
    r.failed = e.canceled ? 'canceled' : e.errorText;
    r.bytes = r.received;
  });
  await cdp.send('Network.enable');
  if (performance) await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (profile.conditions) await cdp.send('Network.emulateNetworkConditions', profile.conditions);
  return { context, page, cdp, requests: () => [...requests.values()] };
}

/** Waits until every request in `list` has finished or failed (or `capMs` passed). */
export async function settle(list, capMs = 8000) {
  const until = Date.now() + capMs;
  while (list.some((r) => r.endTs === null) && Date.now() < until) await new Promise((done) => setTimeout(done, 50));
}

/** A request as the report shows it: times in ms since navigation start, bytes as transferred (headers + body). */
export function describe(r, timeOrigin) {
  const start = r.wallMs - timeOrigin;
  const url = new URL(r.url);
  return {
    host: url.host,
    path: url.pathname,
    type: r.type,
    status: r.status,
    start: Math.round(start),
    end: r.endTs === null ? null : Math.round(start + (r.endTs - r.ts) * 1000),
    ms: r.endTs === null ? null : Math.round((r.endTs - r.ts) * 1000),
    bytes: r.endTs === null ? r.received : r.bytes,
    connection: r.connection ?? null,
    ...(r.failed ? { failed: r.failed } : {}),
  };
}
