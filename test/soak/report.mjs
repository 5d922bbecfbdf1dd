// The soak's verdict and its Markdown report (soak.mjs writes both; docs/reliability.md quotes the report).

/** Runs shorter than this are checked for recovery, CSP and errors only. */
export const MEMORY_VERDICT_MINUTES = 5;

const round = (x, digits = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const range = (values) => {
  const xs = values.filter((x) => typeof x === 'number');
  return xs.length ? [Math.min(...xs), Math.max(...xs)] : [null, null];
};

/** Least-squares slope of y over t (per minute). */
function slopePerMinute(points) {
  if (points.length < 2) return null;
  const n = points.length;
  const mt = points.reduce((s, p) => s + p.t, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.t - mt) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.t - mt) ** 2, 0);
  return den ? (num / den) * 60 : null;
}

function halves(samples) {
  const mid = samples[0].t + (samples.at(-1).t - samples[0].t) / 2;
  return [samples.filter((s) => s.t <= mid), samples.filter((s) => s.t > mid)];
}

/**
 * Bounded means: the second half of the run never goes meaningfully above the first half's peak (10 % + 1 MB of heap,
 * 100 DOM nodes, 50 listeners). A leak grows through both halves; a plateau does not.
 */
export function memoryVerdict(result) {
  const problems = [];
  const [first, second] = halves(result.samples);
  const peak = (xs, key) => Math.max(...xs.map((s) => s[key]));
  // The demo page's own event log fills to its 50 entries over the first minutes: shorter runs cannot show a plateau.
  const judged = result.minutes >= MEMORY_VERDICT_MINUTES;
  if (judged && second.length) {
    const heap = [peak(first, 'heapUsedMB'), peak(second, 'heapUsedMB')];
    if (heap[1] > heap[0] * 1.1 + 1) problems.push(`JS heap peak grew from ${heap[0]} MB (first half) to ${heap[1]} MB (second half)`);
    const nodes = [peak(first, 'nodes'), peak(second, 'nodes')];
    if (nodes[1] > nodes[0] + 100) problems.push(`DOM nodes peak grew from ${nodes[0]} to ${nodes[1]}`);
    const listeners = [peak(first, 'listeners'), peak(second, 'listeners')];
    if (listeners[1] > listeners[0] + 50) problems.push(`listeners peak grew from ${listeners[0]} to ${listeners[1]}`);
  }
  const lost = result.windows.filter((w) => w.recoveredAt === null);
  if (lost.length) problems.push(`no recovery after ${lost.map((w) => `${w.fault} at ${w.from} s`).join(', ')}`);
  if (result.end.violations) problems.push(`${result.end.violations} CSP violations`);
  const fatal = result.errors.filter((e) => e.fatal);
  if (fatal.length) problems.push(`fatal errors: ${fatal.map((e) => `${e.code} at ${e.t} s`).join(', ')}`);
  if (result.end.state !== 'playing') problems.push(`player ${result.end.state} at the end`);
  if (result.pageErrors.length) problems.push(`${result.pageErrors.length} uncaught page errors`);
  return { ok: problems.length === 0, problems, memoryJudged: judged };
}

/** The stalls of a fault's cycle: from the fault's start to the next fault's start (or the end of the run). */
function stallsOf(result, window) {
  const next = result.windows[result.windows.indexOf(window) + 1];
  const until = next ? next.from : Infinity;
  return result.stalls.filter((s) => s.t >= window.from && s.t < until);
}

const seconds = (stalls) => round(stalls.reduce((sum, s) => sum + (s.durationS ?? 0), 0));

const ranges = (buffered) => (buffered.length ? buffered.map(([a, b]) => `${a}–${b}`).join(', ') : 'none');

export function renderReport(result) {
  const { start, end, samples } = result;
  const [first, second] = halves(samples);
  const line = (label, key, digits = 1) => {
    const [min, max] = range(samples.map((s) => s[key]));
    return `| ${label} | ${round(start[key], digits)} | ${round(end[key], digits)} | ${round(min, digits)} | ${round(max, digits)} |`;
  };
  const heapSlope = (xs) => round(slopePerMinute(xs.map((s) => ({ t: s.t, y: s.heapUsedMB }))), 2);
  const summary = result.qoe.summary ?? result.qoe.last;
  const errorCounts = {};
  for (const e of result.errors) errorCounts[e.code] = (errorCounts[e.code] ?? 0) + 1;
  const out = [];
  out.push(`### Soak run ${result.date.slice(0, 16).replace('T', ' ')} UTC`);
  out.push('');
  out.push(
    `${result.minutes} min of ${result.pageDescription}, ` +
      `one fault every ${result.cycleS} s. Chromium ${result.chromium}, ${result.machine.cpus} CPUs, load average ` +
      `${result.machine.loadavg.join(' / ')} at the end. ${samples.length} samples; heap measured after a forced GC.`,
  );
  out.push('');
  out.push('| | start | end | min | max |');
  out.push('|---|---|---|---|---|');
  out.push(line('JS heap used (MB)', 'heapUsedMB', 2));
  out.push(line('JS heap allocated (MB)', 'heapTotalMB', 2));
  out.push(line('DOM nodes', 'nodes', 0));
  out.push(line('JS event listeners', 'listeners', 0));
  out.push(line('Resident memory, all browser processes (MB)', 'browserRssMB', 0));
  out.push(line('… of it the renderer (the page) (MB)', 'rendererRssMB', 0));
  out.push(line('… of it the network service, which holds the incognito HTTP cache (MB)', 'networkRssMB', 0));
  out.push(line('Video buffered (s)', 'bufferedSeconds', 1));
  out.push(`| Playback position (s) | ${start.currentTime} | ${end.currentTime} | | |`);
  out.push('');
  out.push(`Buffered ranges at the start: ${ranges(start.buffered)}; at the end: ${ranges(end.buffered)}.`);
  out.push(
    `Heap trend: ${heapSlope(first)} MB/min over the first half, ${heapSlope(second)} MB/min over the second; ` +
      `peaks ${Math.max(...first.map((s) => s.heapUsedMB))} MB and ${second.length ? Math.max(...second.map((s) => s.heapUsedMB)) : '–'} MB.`,
  );
  out.push('');
  out.push('| at (s) | fault | for (s) | lowest forward buffer during it (s) | stalls in its cycle | their duration (s) | playing and advancing after clearing (s) |');
  out.push('|---|---|---|---|---|---|---|');
  for (const w of result.windows) {
    const cycle = stallsOf(result, w);
    out.push(
      `| ${w.from} | \`${new URLSearchParams(Object.entries(w.spec)).toString()}\` | ${round((w.to ?? w.from) - w.from)} | ${w.lowestAheadS} | ` +
        `${cycle.length} | ${cycle.length ? cycle.map((s) => s.durationS).join(' + ') : '–'} | ${w.recoveredAfterS ?? 'not recovered'} |`,
    );
  }
  const before = result.windows.length ? result.stalls.filter((s) => s.t < result.windows[0].from) : result.stalls;
  if (before.length) out.push(`\nStalls before the first fault: ${before.length} (${seconds(before)} s).`);
  out.push('');
  const latency = result.qoe.latency.filter((l) => l.behindEdgeS !== null);
  if (latency.length) {
    const [lo, hi] = range(latency.map((l) => l.behindEdgeS));
    out.push(
      `Live latency (behind the playlist's edge, from the periodic reports): ${latency[0].behindEdgeS} s at first, ${latency.at(-1).behindEdgeS} s at the end, ` +
        `between ${lo} and ${hi} s; behind the program date-time: ${latency[0].programDateTimeS} s → ${latency.at(-1).programDateTimeS} s.`,
    );
    out.push('');
  }
  if (summary) {
    const r = summary.rebuffers;
    out.push(
      `\`shoplive-qoe\` ${result.qoe.summary ? 'summary (pagehide)' : 'last report'}: startup ${summary.startupMs} ms, ` +
        `playing ${round(summary.playingMs / 1000)} s of ${round(summary.sessionMs / 1000)} s, ` +
        `${r.count} rebuffers totalling ${round(r.durationMs / 1000)} s (${r.count - (r.ongoing ? 1 : 0)} recovered), ` +
        `${summary.bitrateSwitches} rendition switches, ${summary.droppedFrames} of ${summary.decodedFrames} frames dropped, ` +
        `latency at the end ${summary.liveLatency.behindEdgeS} s behind the edge / ${summary.liveLatency.programDateTimeS} s behind PDT, ` +
        `errors ${JSON.stringify(summary.errors)}. ${result.qoe.periodic} periodic reports.`,
    );
  }
  out.push(`\`shoplive-stall\` events: ${result.stalls.length}. \`shoplive-error\` events by code: ${JSON.stringify(errorCounts)}.`);
  out.push(`CSP violations: ${end.violations}. Uncaught page errors: ${result.pageErrors.length}.`);
  out.push('');
  const memory = result.verdict.memoryJudged ? 'memory, DOM and listeners plateau' : `memory not judged (runs under ${MEMORY_VERDICT_MINUTES} min)`;
  out.push(result.verdict.ok ? `**Verdict: passed** (${memory}; every fault recovered; no violation, no fatal error).` : `**Verdict: FAILED**: ${result.verdict.problems.join('; ')}.`);
  return `${out.join('\n')}\n`;
}
