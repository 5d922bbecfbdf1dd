// Helpers for the phone tests: the viewports they run in, the vertical and the 16:9 show, and geometry probes.
import { setViewport } from '@web/test-runner-commands';
import { liveOrigin, liveSession } from '../support/live.js';

export interface Viewport {
  name: string;
  width: number;
  height: number;
}

/** Two common phones, each held upright and sideways. */
export const PHONES: readonly Viewport[] = [
  { name: '360x740 portrait', width: 360, height: 740 },
  { name: '740x360 landscape', width: 740, height: 360 },
  { name: '390x844 portrait', width: 390, height: 844 },
  { name: '844x390 landscape', width: 844, height: 390 },
];

export const usePhone = (phone: Viewport) => setViewport({ width: phone.width, height: phone.height });
export const resetViewport = () => setViewport({ width: 800, height: 600 });

/** A server session's streams, with the 9:16 show (demo/media/ladder-vertical) beside the 16:9 one. */
export function phoneSession(faults: Record<string, string | number> = {}) {
  const session = liveSession(faults);
  return {
    ...session,
    vertical: session.master.replace('/live/master.m3u8', '/live/vertical.m3u8'),
    verticalShow: session.master.replace('/live/master.m3u8', '/live/vertical-show.m3u8'),
  };
}

export const verticalPoster = `${liveOrigin}/media/poster-vertical.jpg`;

export type Rect = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom' | 'width' | 'height'>;

export const area = (rect: Rect) => Math.max(0, rect.width) * Math.max(0, rect.height);

export function intersection(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Every layout shift the page reports from now on, summed. Stricter than CLS: shifts just after input count too (the
 * test runner's viewport change is "input" to Chromium, and would otherwise excuse the shift under test). `win`: a
 * frame's window; `buffered`: also the shifts it reported before (a frame measured once it has loaded).
 */
export function observeLayoutShifts(win: Window & typeof globalThis = window, buffered = false): { total(): number; entries(): PerformanceEntry[]; stop(): void } {
  const seen: Array<PerformanceEntry & { value: number }> = [];
  const observer = new win.PerformanceObserver((list) => seen.push(...(list.getEntries() as typeof seen)));
  observer.observe({ type: 'layout-shift', buffered });
  return {
    total: () => seen.reduce((sum, entry) => sum + entry.value, 0),
    entries: () => seen,
    stop: () => observer.disconnect(),
  };
}

/** Waits until the browser has painted twice (layout-shift entries of the last change are then reported). */
export const twoFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
