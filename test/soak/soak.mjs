// Soak: the demo storefront (demo/index.html under the strict CSP, /strict/) plays the simulated live show in headless
// Chromium for --minutes while the server injects a fault every cycle (faults.mjs, applied to the running session
// through the live server's run-time fault control). Samples JS heap (after a forced GC), DOM nodes, listeners and the
// browser's resident memory; records buffered ranges at start and end, stalls, recoveries and errors (from
// shoplive-qoe and the player's events). Fails (exit 1) if memory or DOM keep growing, playback does not recover from
// a fault, or a CSP violation happens. See docs/reliability.md.
//
//   node test/soak/soak.mjs [--minutes 10] [--cycle 60] [--sample 15] [--page demo|hlsjs] [--json path]
//
// --page hlsjs runs the same schedule on a bare <video> with plain hls.js (the full build, the SDK's buffer settings)
// and no SDK at all: the baseline that tells the browser's own memory from ours.
//
// It serves a snapshot of dist/ (like the benchmark) and does not build: `npm run soak` builds first.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { demoRoots } from '../../demo/server/demo-roots.mjs';
import { startLiveServer } from '../../demo/server/live-server.mjs';
import { takeSnapshot, ROOT } from '../bench/snapshot.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { memoryVerdict, renderReport } from './report.mjs';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    cycle: { type: 'string', default: '60' },
    sample: { type: 'string', default: '15' },
    page: { type: 'string', default: 'demo' },
    json: { type: 'string', default: join(ROOT, 'test/soak/results/latest.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('node test/soak/soak.mjs [--minutes 10] [--cycle 60] [--sample 15] [--page demo|hlsjs] [--json test/soak/results/latest.json]');
  process.exit(0);
}
const MINUTES = Number(values.minutes);
const CYCLE_S = Number(values.cycle);
const SAMPLE_S = Number(values.sample);
if (!(MINUTES > 0) || !(CYCLE_S >= 20) || !(SAMPLE_S >= 1)) throw new Error('--minutes > 0, --cycle >= 20, --sample >= 1');
const PAGES = {
  demo: { path: '/strict/', what: '`/strict/` (the demo storefront under the strict CSP: show stream with subtitles and product cards)' },
  hlsjs: { path: '/run/baseline.html', what: '`<video>` with plain hls.js 1.x (full build, no SDK; baseline) on `/live/show.m3u8`' },
};
const PAGE = PAGES[values.page];
if (!PAGE) throw new Error(`--page ${Object.keys(PAGES).join('|')}`);

/** The baseline page: the SDK's forward and back buffer settings, nothing else. */
const BASELINE_HTML = `<!doctype html><meta charset="utf-8"><title>soak baseline: plain hls.js</title>
<video muted autoplay playsinline width="640" height="360"></video><script type="module" src="/run/baseline.js"></script>`;
const BASELINE_JS = `import Hls from '/vendor/hls.min.mjs';
const video = document.querySelector('video');
const hls = new Hls({ liveSyncDurationCount: 3, maxBufferLength: 20, backBufferLength: 10 });
hls.loadSource('/live/show.m3u8');
hls.attachMedia(video);
`;

/** One fault per cycle, in turn: applied `at` s into the cycle for `for` s, then cleared. */
const FAULTS = [
  { name: 'seg404', spec: { seg404: 1 }, for: 10, what: 'the next segment 404 (and every retry of it)' },
  { name: 'seg500', spec: { seg500: 3 }, for: 15, what: 'the next three segment requests 500' },
  { name: 'slow', spec: { slow: 5000 }, for: 15, what: 'every segment takes 5 s (2 s of video)' },
  { name: 'stale', spec: { stale: 0 }, for: 12, what: 'media and subtitle playlists freeze' },
  { name: 'delay', spec: { delay: 1500 }, for: 15, what: 'every response 1.5 s late (playlists too)' },
  { name: 'vtt404', spec: { vtt404: 1 }, for: 10, what: 'the next subtitle segment 404' },
];
const FAULT_AT_S = 20;
/** After a fault is cleared, playback must be advancing again within this long. */
const RECOVERY_LIMIT_S = 30;

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Resident memory (kB) of the processes this script started (the browser and its children), by Chromium process type
 * (`renderer`, `gpu-process`, `network` for the network service, `utility`, `browser`), and their sum. Linux (ps);
 * null elsewhere. Shared pages count once per process, so the sum is an upper bound.
 */
function browserRssKb() {
  const rootPid = process.pid;
  try {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
      .trim()
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter(Boolean)
      .map(([, pid, ppid, rss, args]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args }));
    const children = new Map();
    for (const row of rows) children.set(row.ppid, [...(children.get(row.ppid) ?? []), row]);
    const byType = {};
    const stack = [...(children.get(rootPid) ?? [])];
    while (stack.length) {
      const row = stack.pop();
      stack.push(...(children.get(row.pid) ?? []));
      if (/^ps\b/.test(row.args)) continue;
      const type = /--utility-sub-type=network\./.test(row.args) ? 'network' : (/--type=([\w-]+)/.exec(row.args)?.[1] ?? 'browser');
      byType[type] = (byType[type] ?? 0) + row.rss;
    }
    return { total: Object.values(byType).reduce((a, b) => a + b, 0), byType };
  } catch {
    return null;
  }
}

/** Runs in the page: what the player and the page look like now. */
function probePage() {
  const player = document.querySelector('shoplive-player');
  const video = player?.shadowRoot?.querySelector('video') ?? document.querySelector('video');
  const bareState = () => (video.paused ? 'paused' : video.readyState < 3 ? 'buffering' : 'playing');
  const ranges = [];
  if (video) for (let i = 0; i < video.buffered.length; i++) ranges.push([video.buffered.start(i), video.buffered.end(i)]);
  const round = (x) => Math.round(x * 100) / 100;
  return {
    state: player?.state ?? (video ? bareState() : null),
    engine: player?.engine ?? null,
    currentTime: video ? round(video.currentTime) : null,
    buffered: ranges.map(([a, b]) => [round(a), round(b)]),
    bufferedSeconds: round(ranges.reduce((sum, [a, b]) => sum + b - a, 0)),
    cueOnScreen: Boolean(player?.shadowRoot?.querySelector('[part~=cue]')?.textContent?.trim()),
    cards: Boolean(player?.shadowRoot?.querySelector('shoplive-product-cards')),
    violations: window.shopliveCspViolations?.length ?? null,
    firstFrameAt: player ? (player.metrics?.firstFrameAt ?? 0) : (video?.currentTime ?? 0),
    aheadSeconds: video ? round(Math.max(0, ...ranges.filter(([a, b]) => a <= video.currentTime + 0.1 && b >= video.currentTime).map(([, b]) => b - video.currentTime))) : 0,
  };
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (see test/chromium.mjs).');
  const snapshot = await takeSnapshot();
  writeFileSync(join(snapshot.dir, 'run', 'baseline.html'), BASELINE_HTML);
  writeFileSync(join(snapshot.dir, 'run', 'baseline.js'), BASELINE_JS);
  const roots = [
    ...demoRoots().map((root) => (root.prefix === '/dist/' ? { ...root, dir: join(snapshot.dir, 'dist') } : root)),
    { prefix: '/run/', dir: join(snapshot.dir, 'run') },
    { prefix: '/vendor/hls.min.mjs', file: join(snapshot.dir, 'vendor', 'hls.min.mjs') },
  ];
  const server = await startLiveServer({ staticRoots: roots });
  const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
  const t0 = Date.now();
  const since = () => Math.round((Date.now() - t0) / 100) / 10;
  const qoe = [];
  const stalls = [];
  const states = [];
  const errors = [];
  const samples = [];
  const windows = [];
  const pageErrors = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push({ t: since(), message: error.message }));
    // Page events, stamped with the page's clock (bindings arrive asynchronously).
    await page.exposeFunction('__soakEvent', (type, at, detail) => {
      const t = Math.round((at - t0) / 100) / 10;
      if (type === 'shoplive-qoe') qoe.push({ t, ...detail });
      else if (type === 'shoplive-stall') stalls.push({ t, ...detail });
      else if (type === 'state') states.push({ t, state: detail });
      else if (type === 'shoplive-error') errors.push({ t, code: detail?.code, fatal: detail?.fatal, message: detail?.message });
    });
    await page.addInitScript(() => {
      const report = (type, detail) => window.__soakEvent(type, Date.now(), detail);
      for (const type of ['shoplive-qoe', 'shoplive-stall', 'shoplive-error']) {
        document.addEventListener(type, (event) => report(type, JSON.parse(JSON.stringify(event.detail ?? null))));
      }
      // What a storefront does with the summary: a beacon to its own origin (connect-src 'self').
      document.addEventListener('shoplive-qoe', (event) => {
        if (event.detail.final) navigator.sendBeacon('/__beacon?sid=soak', JSON.stringify(event.detail));
      });
      // The player's reflected state: when each stall ends.
      document.addEventListener('DOMContentLoaded', () => {
        const player = document.querySelector('shoplive-player');
        if (!player) return;
        new MutationObserver(() => report('state', player.getAttribute('state'))).observe(player, { attributes: true, attributeFilter: ['state'] });
      });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
      const probe = await page.evaluate(probePage);
      return {
        t: since(),
        heapUsedMB: Math.round((m.JSHeapUsedSize / 1048576) * 100) / 100,
        heapTotalMB: Math.round((m.JSHeapTotalSize / 1048576) * 100) / 100,
        nodes: m.Nodes,
        listeners: m.JSEventListeners,
        documents: m.Documents,
        ...(() => {
          const kb = browserRssKb();
          const mb = (x) => (x === undefined ? null : Math.round(x / 102.4) / 10);
          return kb === null ? { browserRssMB: null } : { browserRssMB: mb(kb.total), rendererRssMB: mb(kb.byType.renderer), networkRssMB: mb(kb.byType.network) };
        })(),
        ...probe,
      };
    };

    await page.goto(`${server.url}${PAGE.path}`, { waitUntil: 'load' });
    for (const deadline = Date.now() + 30_000; !(await page.evaluate(probePage)).firstFrameAt; ) {
      if (Date.now() > deadline) throw new Error('no first frame within 30 s');
      await sleep(250);
    }
    await sleep(5000); // let the forward buffer fill before the baseline
    const start = await measure();
    samples.push(start);
    console.log(`soak: ${MINUTES} min, a fault every ${CYCLE_S} s; started at ${start.t} s (heap ${start.heapUsedMB} MB, ${start.nodes} nodes)`);

    const endAt = t0 + start.t * 1000 + MINUTES * 60_000;
    const cycleOrigin = Date.now();
    let nextSample = Date.now() + SAMPLE_S * 1000;
    let current = null; // { fault, window, clearAt }
    let cycle = -1;
    while (Date.now() < endAt) {
      const now = Date.now();
      const inCycle = Math.floor((now - cycleOrigin) / (CYCLE_S * 1000));
      const cycleT = (now - cycleOrigin) / 1000 - inCycle * CYCLE_S;
      if (inCycle !== cycle && cycleT >= FAULT_AT_S && !current && now + 1000 * (FAULTS[0].for + RECOVERY_LIMIT_S) < endAt) {
        cycle = inCycle;
        const fault = FAULTS[inCycle % FAULTS.length];
        await server.setFaults('default', new URLSearchParams(Object.entries(fault.spec).map(([k, v]) => [k, String(v)])));
        const probe = await page.evaluate(probePage);
        const window = { fault: fault.name, spec: fault.spec, from: since(), to: null, recoveredAt: null, recoveredAfterS: null, position: probe.currentTime, lowestAheadS: probe.aheadSeconds };
        windows.push(window);
        current = { fault, window, clearAt: now + fault.for * 1000 };
        console.log(`  ${window.from} s: ${fault.name} (${fault.what}) for ${fault.for} s`);
      }
      if (current && current.window.to === null && now >= current.clearAt) {
        server.setFaults('default', '');
        current.window.to = since();
        current.clearedPosition = (await page.evaluate(probePage)).currentTime;
      }
      if (current && current.window.to === null) {
        const probe = await page.evaluate(probePage);
        current.window.lowestAheadS = Math.min(current.window.lowestAheadS, probe.aheadSeconds);
      }
      if (current && current.window.to !== null) {
        // Recovered: playing, and the picture moved on since the fault was cleared.
        const probe = await page.evaluate(probePage);
        if (probe.state === 'playing' && probe.currentTime > current.clearedPosition + 1) {
          current.window.recoveredAt = since();
          current.window.recoveredAfterS = Math.round((current.window.recoveredAt - current.window.to) * 10) / 10;
          current = null;
        } else if (since() - current.window.to > RECOVERY_LIMIT_S) {
          console.log(`  ${current.window.fault}: not recovered ${RECOVERY_LIMIT_S} s after clearing (state ${probe.state})`);
          current = null;
        }
      }
      if (now >= nextSample) {
        const sample = await measure();
        samples.push(sample);
        nextSample += SAMPLE_S * 1000;
        process.stdout.write(`  ${sample.t} s: heap ${sample.heapUsedMB} MB, ${sample.nodes} nodes, ${sample.listeners} listeners, buffered ${sample.bufferedSeconds} s, ${sample.state}\n`);
      }
      await sleep(500);
    }
    server.setFaults('default', '');
    const end = await measure();
    samples.push(end);
    // The summary a storefront would beacon: a real pagehide (navigating away), received by the server.
    await page.goto('about:blank');
    for (const deadline = Date.now() + 5000; !server.beacons.some((b) => b.sid === 'soak') && Date.now() < deadline; ) await sleep(100);
    const beacon = server.beacons.find((b) => b.sid === 'soak');
    const summary = beacon ? JSON.parse(beacon.body) : null;

    const result = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg().map((x) => Math.round(x * 100) / 100) },
      chromium: browser.version(),
      page: values.page,
      pageDescription: PAGE.what,
      minutes: MINUTES,
      cycleS: CYCLE_S,
      faults: FAULTS.map(({ name, spec, for: s, what }) => ({ name, spec, for: s, what })),
      start,
      end,
      samples,
      windows,
      stalls: stalls.map((stall) => {
        const end = states.find((s) => s.t >= stall.t && s.state !== 'buffering');
        return { ...stall, durationS: end ? Math.round((end.t - stall.t) * 10) / 10 : null };
      }),
      errors,
      pageErrors,
      qoe: {
        periodic: qoe.filter((report) => !report.final).length,
        first: qoe.find((report) => !report.final) ?? null,
        last: qoe.filter((report) => !report.final).at(-1) ?? null,
        latency: qoe.filter((report) => !report.final).map((report) => ({ t: report.t, ...report.liveLatency })),
        summary,
      },
    };
    result.verdict = memoryVerdict(result);
    mkdirSync(join(values.json, '..'), { recursive: true });
    writeFileSync(values.json, JSON.stringify(result, null, 1));
    writeFileSync(values.json.replace(/\.json$/, '.md'), renderReport(result));
    console.log(`\n${renderReport(result)}`);
    console.log(`raw data: ${values.json}`);
    if (!result.verdict.ok) {
      console.error(`soak FAILED: ${result.verdict.problems.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
    snapshot.dispose();
  }
}

await main();
