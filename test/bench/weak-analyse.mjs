// Turns what pages/weak-probe.js recorded in one page run into the weak-network figures (see weak.mjs).

/** More switches than this in any OSCILLATION_WINDOW_MS is oscillation. */
export const OSCILLATION_SWITCHES = 2;
export const OSCILLATION_WINDOW_MS = 10_000;
/** A waiting → playing span counts as a rebuffer if the picture advanced less than this (s) during it. */
const FROZEN_ADVANCE_S = 0.25;

/**
 * Rebuffers after the first frame: each `waiting` to the next `playing` during which currentTime did not advance (a
 * seek in between, e.g. a jump back to live, still leaves the picture frozen meanwhile). One still open at the end
 * counts up to `endMs`.
 */
export function rebuffers(events, firstMs, endMs) {
  const spans = [];
  let open = null;
  for (const [type, t, time] of events) {
    if (t < firstMs) continue;
    if (type === 'waiting' && !open) open = { start: t, from: time, seeked: false };
    else if ((type === 'seeking' || type === 'seeked') && open) open.seeked = true;
    else if (type === 'playing' && open) {
      if (open.seeked || time - open.from < FROZEN_ADVANCE_S) spans.push({ start: open.start, ms: t - open.start });
      open = null;
    }
  }
  if (open) spans.push({ start: open.start, ms: endMs - open.start, open: true });
  return spans.filter((s) => s.ms > 0);
}

/** Cross-check from the 250 ms samples: time not paused with currentTime standing still, after the first frame. */
export function frozenMs(samples, firstMs) {
  let frozen = 0;
  for (let i = 1; i < samples.length; i++) {
    const [t, time, , paused] = samples[i];
    const [t0, time0] = samples[i - 1];
    if (t0 >= firstMs && !paused && time - time0 < 0.01) frozen += t - t0;
  }
  return frozen;
}

/** Time (ms) on each rendition height from the first frame to `endMs`, and the switches between them. */
export function renditions(heights, firstMs, endMs) {
  const seen = heights.filter(([t]) => t <= endMs);
  const onScreen = (t) => [...seen].reverse().find(([at]) => at <= t)?.[1] ?? seen[0]?.[1] ?? null;
  const points = [[firstMs, onScreen(firstMs)], ...seen.filter(([t]) => t > firstMs)];
  const timeAt = {};
  points.forEach(([t, h], i) => {
    const end = points[i + 1]?.[0] ?? endMs;
    if (h !== null) timeAt[h] = (timeAt[h] ?? 0) + (end - t);
  });
  const switches = points.slice(1).filter(([, h], i) => h !== points[i][1]).map(([t]) => t);
  let worstWindow = 0;
  for (let i = 0; i < switches.length; i++) {
    const inWindow = switches.filter((t) => t >= switches[i] && t < switches[i] + OSCILLATION_WINDOW_MS).length;
    worstWindow = Math.max(worstWindow, inWindow);
  }
  return { timeAt, switches, worstWindow, onScreen };
}

/** From `fromMs`, how long until the top rendition is on screen (0 if it already is); null if it never is. */
export function backToTop(heights, fromMs, top, onScreen) {
  if (onScreen(fromMs) === top) return 0;
  const hit = heights.find(([t, h]) => t >= fromMs && h === top);
  return hit ? hit[0] - fromMs : null;
}

/** All figures of one page run. */
export function analyse(log, { durationMs, returnAt, top }) {
  if (log.first === null) return { started: false };
  const stalls = rebuffers(log.events, log.first, durationMs);
  const r = renditions(log.heights, log.first, durationMs);
  return {
    started: true,
    firstFrameMs: log.first,
    rebuffers: stalls.length,
    rebufferMs: stalls.reduce((sum, s) => sum + s.ms, 0),
    stalls,
    frozenMs: frozenMs(log.samples, log.first),
    timeAt: r.timeAt,
    switches: r.switches.length,
    switchTimes: r.switches,
    worstWindow: r.worstWindow,
    oscillates: r.worstWindow > OSCILLATION_SWITCHES,
    backToTopMs: returnAt === null ? null : backToTop(log.heights, returnAt, top, r.onScreen),
  };
}
