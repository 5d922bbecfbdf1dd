// What every corpus runner watches while it feeds one payload through an input: a trap for code that executed, the
// requests the page made, main-thread gaps, the widget's layout, and the reports (shoplive-error events and
// [shoplive] console warnings). `watch()` starts all of them; `check()` asserts the four that hold for every payload
// and returns the reports, for the runner to compare with the payload's verdict.
import { expect } from '@esm-bundle/chai';
import type { PlayerErrorCode } from '../../../src/internal/events.js';
import { PWNED } from './payloads.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

declare global {
  interface Window {
    [PWNED]?: unknown;
  }
}

/** Every element under `root`, in every shadow root, however deep. */
export function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/** Elements that could only be there if data had been parsed as HTML: scripts, frames, inline handlers, js: links. */
export function injectedNodes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of allElements(root)) {
    const tag = element.localName;
    if (['script', 'iframe', 'object', 'embed', 'foreignobject', 'base', 'meta', 'link'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'img' && element.getAttribute('src') === 'x') found.push('<img src=x>');
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
      if (['src', 'href', 'poster', 'action', 'formaction', 'xlink:href'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(value)) found.push(`<${tag} ${name}=${value.slice(0, 30)}>`);
    }
    if (tag === 'style' && /evil\.test/.test(element.textContent ?? '')) found.push('<style> with data');
  }
  return found;
}

export interface Report {
  kind: 'event' | 'console';
  code?: string;
  message: string;
  fatal?: boolean;
}

export interface Watch {
  readonly reports: Report[];
  /** Hosts of URLs the page fetched or loaded (fetch, XHR, images, media, CSS), from Resource Timing and fetch/XHR. */
  readonly requested: string[];
  /** Longest main-thread task in ms (PerformanceObserver `longtask`: every task over 50 ms is seen). */
  longestGapMs(): number;
  /** Most script time in one frame (Long Animation Frames), in ms. */
  longestScriptMs(): number;
  /** Forgets long tasks so far: for runners whose payload is processed after a start-up (a stream) of its own. */
  restartTiming(): void;
  stop(): void;
}

/**
 * Lets the current task end: a long task is reported when it ends, so test work done before `watch()` in the same task
 * (building a megabyte payload) would count against the payload. Runners await this after preparing, before `watch()`.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Starts every probe. Reports are the shoplive-error events reaching `document` and [shoplive] console warnings. */
export function watch(): Watch {
  window[PWNED] = undefined;
  const reports: Report[] = [];
  const requested: string[] = [];
  const onError = (event: Event) => {
    const detail = (event as CustomEvent<{ code?: string; message?: string; fatal?: boolean }>).detail ?? {};
    reports.push({ kind: 'event', code: detail.code, message: String(detail.message), fatal: detail.fatal });
  };
  document.addEventListener('shoplive-error', onError);
  const violations: string[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  document.addEventListener('securitypolicyviolation', onViolation);
  const originalWarn = console.warn;
  console.warn = (first: unknown, ...rest: unknown[]) => {
    if (typeof first === 'string' && first.startsWith('[shoplive]')) reports.push({ kind: 'console', message: first });
    else originalWarn.call(console, first, ...rest);
  };
  // A request an earlier payload started (a poster still loading from a slow server) is reported when it ends: only
  // requests that began after this call are this payload's.
  const startedAt = performance.now();
  const takeResources = (entries: PerformanceEntryList) => {
    for (const entry of entries) if (entry.startTime >= startedAt) requested.push(entry.name);
  };
  const resources = new PerformanceObserver((list) => takeResources(list.getEntries()));
  resources.observe({ type: 'resource', buffered: false });
  const originalFetch = window.fetch;
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    requested.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
    return originalFetch.call(this, input, init);
  };
  const originalOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, target: string | URL, ...rest: unknown[]) {
    requested.push(new URL(String(target), location.href).href);
    return (originalOpen as (...args: unknown[]) => void).call(this, method, target, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  let longest = 0;
  const longTasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  longTasks.observe({ type: 'longtask', buffered: false });
  // Script time per frame (Long Animation Frames): what the page's code, the SDK's included, blocked a frame for.
  // Long tasks without script (garbage collection, a busy machine) only have to stay under a generous ceiling.
  let longestScript = 0;
  const blamed: string[] = [];
  const onFrames = (entries: PerformanceEntryList) => {
    for (const entry of entries as Array<PerformanceEntry & { scripts?: Array<{ sourceURL: string; invoker: string; duration: number }> }>) {
      const scripts = entry.scripts ?? [];
      const scriptMs = scripts.reduce((total, script) => total + script.duration, 0);
      longestScript = Math.max(longestScript, scriptMs);
      if (scriptMs >= 100) blamed.push(`${Math.round(entry.duration)} ms frame: ${scripts.map((script) => `${script.invoker} ${script.sourceURL.replace(/^.*\//, '')} ${Math.round(script.duration)} ms`).join(', ')}`);
    }
  };
  const frames = new PerformanceObserver((list) => onFrames(list.getEntries()));
  frames.observe({ type: 'long-animation-frame', buffered: false });
  return {
    reports,
    requested,
    violations,
    blamed,
    restartTiming() {
      longTasks.takeRecords();
      frames.takeRecords();
      longest = 0;
      longestScript = 0;
      blamed.length = 0;
    },
    longestGapMs() {
      for (const entry of longTasks.takeRecords()) longest = Math.max(longest, entry.duration);
      return longest;
    },
    longestScriptMs() {
      onFrames(frames.takeRecords());
      return longestScript;
    },
    stop() {
      takeResources(resources.takeRecords());
      resources.disconnect();
      longTasks.disconnect();
      frames.disconnect();
      document.removeEventListener('shoplive-error', onError);
      document.removeEventListener('securitypolicyviolation', onViolation);
      console.warn = originalWarn;
      window.fetch = originalFetch;
      XMLHttpRequest.prototype.open = originalOpen;
    },
  } as Watch & { violations: string[]; blamed: string[] };
}

/** A request the page must never make: to a non-loopback host other than those `allowedHosts` names. */
export function forbiddenRequests(urls: readonly string[], allowedHosts: readonly string[] = []): string[] {
  return urls.filter((raw) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      return true;
    }
    if (parsed.protocol === 'blob:') return false;
    if (parsed.protocol === 'data:') return true;
    if (allowedHosts.includes(parsed.hostname)) return false;
    return /evil\.test/i.test(raw) || !LOOPBACK.has(parsed.hostname);
  });
}

/**
 * Every drawn descendant of `host` (through its shadow roots) lies inside the host's box, unless an ancestor inside
 * the host clips it (overflow other than visible); nothing scrolls sideways. Returns what sticks out.
 */
export function outOfBox(host: Element, slack = 1): string[] {
  const box = host.getBoundingClientRect();
  const out: string[] = [];
  const visit = (element: Element, clipped: boolean) => {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') return;
    const rect = element.getBoundingClientRect();
    const drawn = rect.width > 0 && rect.height > 0 && !element.matches('[popover]:not(:popover-open)');
    const name = `<${element.localName}${element.getAttribute('part') ? ` part=${element.getAttribute('part')}` : ''}>`;
    if (drawn && !clipped && (rect.left < box.left - slack || rect.right > box.right + slack || rect.top < box.top - slack || rect.bottom > box.bottom + slack)) {
      out.push(`${name} ${Math.round(rect.left)}..${Math.round(rect.right)} x ${Math.round(rect.top)}..${Math.round(rect.bottom)} outside ${Math.round(box.left)}..${Math.round(box.right)} x ${Math.round(box.top)}..${Math.round(box.bottom)}`);
    }
    const clips = clipped || style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (drawn && (style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth + slack) {
      out.push(`${name} scrolls sideways (${element.scrollWidth} > ${element.clientWidth})`);
    }
    for (const child of element.children) visit(child, clips);
    if (element.shadowRoot) for (const child of element.shadowRoot.children) visit(child, clips);
  };
  // A box that clips (a scrolling panel) keeps what overflows it inside, drawn or scrolled to; it must not scroll sideways.
  const own = getComputedStyle(host);
  const clips = own.overflowY !== 'visible' || own.overflowX !== 'visible';
  if ((own.overflowX === 'auto' || own.overflowX === 'scroll') && host.scrollWidth > host.clientWidth + slack) out.push(`the box scrolls sideways (${host.scrollWidth} > ${host.clientWidth})`);
  if (host.shadowRoot) for (const child of host.shadowRoot.children) visit(child, clips);
  for (const child of host.children) visit(child, clips);
  return out;
}

/** Iterations of `reference()` that take REFERENCE_MS on an idle reference machine (V8, one core near 3 GHz). */
const REFERENCE_ITERATIONS = 2_000_000;
const REFERENCE_MS = 2;
/** Load changes slowly against one payload's test: a measurement is reused for a few seconds. */
const REUSE_MS = 3000;
let measured: { at: number; slowdown: number } | undefined;

function reference(): number {
  let x = 0;
  for (let i = 0; i < REFERENCE_ITERATIONS; i++) x = (x * 31 + i) | 0;
  return x;
}

/**
 * How much slower than the reference machine this one runs right now (at least 1): a loaded CI box with two cores
 * shared by many jobs runs the same work ten or twenty times slower, and a gap budget must mean the same work there.
 * Measured twice, the faster run kept (one run can lose its core halfway).
 */
export function machineSlowdown(): number {
  if (measured && performance.now() - measured.at < REUSE_MS) return measured.slowdown;
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const start = performance.now();
    reference();
    best = Math.min(best, performance.now() - start);
  }
  measured = { at: performance.now(), slowdown: Math.max(1, best / REFERENCE_MS) };
  return measured.slowdown;
}

/** Asserts what must hold for every payload: nothing ran, nothing was injected, no forbidden request, no long gap. */
export function expectHarmless(probes: Watch, label: string, roots: ParentNode[], allowedHosts: readonly string[] = []): void {
  expect(window[PWNED], `${label}: a payload executed`).to.equal(undefined);
  expect((probes as Watch & { violations: string[] }).violations, `${label}: CSP violations`).to.deep.equal([]);
  for (const root of roots) expect(injectedNodes(root), `${label}: nodes parsed from data`).to.deep.equal([]);
  expect(forbiddenRequests(probes.requested, allowedHosts), `${label}: requests for data-supplied URLs`).to.deep.equal([]);
  const blamed = (probes as Watch & { blamed: string[] }).blamed.join('; ');
  const script = probes.longestScriptMs();
  const task = probes.longestGapMs();
  const slowdown = machineSlowdown();
  const budget = `budget ${Math.round(200 * slowdown)} ms: 200 ms on a reference machine, this one runs ${slowdown.toFixed(1)}x slower now`;
  expect(script, `${label}: most script time in one frame (ms), ${budget} [${blamed}]`).to.be.below(200 * slowdown);
  expect(task, `${label}: longest main-thread task (ms), ceiling ${Math.round(1000 * slowdown)} [${blamed}]`).to.be.below(1000 * slowdown);
  expect(Object.prototype, `${label}: Object.prototype polluted`).to.not.have.property('polluted');
}

/** The player's reports about its stream, not about an input: typed against the player's codes so a rename breaks here. */
const STREAM_HEALTH_CODES: ReadonlySet<string> = new Set<PlayerErrorCode>(['network', 'media', 'playlist-stale', 'segment-skipped']);

/**
 * What a player says about its stream's health on a loaded machine (a stall, a skipped segment), and the console
 * warning that mirrors it: not about the input fed in.
 */
export function aboutTheStream(report: Report, reports: readonly Report[]): boolean {
  const health = (candidate: Report) => candidate.kind === 'event' && candidate.code !== undefined && STREAM_HEALTH_CODES.has(candidate.code);
  return health(report) || (report.kind !== 'event' && reports.some((other) => health(other) && report.message.endsWith(other.message)));
}

/**
 * Exactly one report for a refused input, naming it (`names` matches its message), and none for text that is only
 * cleaned. Reports about the stream's health are left out (a player also reports its stream).
 */
export function expectReports(reports: readonly Report[], refused: boolean, label: string, names: RegExp): void {
  const mirrorsEvent = (report: Report) => report.kind !== 'event' && reports.some((other) => other.kind === 'event' && report.message.endsWith(other.message));
  const concerning = reports.filter((report) => !mirrorsEvent(report) && !aboutTheStream(report, reports));
  if (!refused) {
    expect(concerning.map((report) => report.message), `${label}: reports for text that is only cleaned`).to.deep.equal([]);
    return;
  }
  const messages = concerning.map((report) => report.message.slice(0, 300));
  expect(messages.length, `${label}: one report, got ${JSON.stringify(messages)}`).to.equal(1);
  expect(concerning[0]!.message, `${label}: the report names the input`).to.match(names);
  expect(concerning[0]!.message.length, `${label}: a short report`).to.be.below(2000);
}

/** Zero-width (non-)joiners mean something only between two visible characters (emoji, Persian, Indic). */
const dropLooseJoiners = (text: string) => text.replace(/(^|\s)[\u200C\u200D]+/g, '$1').replace(/[\u200C\u200D]+(?=\s|$)/g, '');

/** The text that must be drawn for a payload that is shown: invisible, bidi and control characters gone. */
export const visible = (text: string) => dropLooseJoiners(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '');

/** True when `drawn` (what is on screen) contains no bidi control, zero-width or control character. */
export const isClean = (drawn: string) => !/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066\u2067\uFEFF]/.test(drawn);
