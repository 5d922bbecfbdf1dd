// Time-to-first-frame benchmark: shoplive vs plain hls.js vs hand-tuned hls.js vs the browser's own HLS, in headless
// Chromium under emulated networks, plus what an off-screen player costs its host page. See docs/performance.md.
//
//   node test/bench/ttff.mjs [--runs 9] [--quick] [--profiles loopback,slow4g,crossborder]
//                            [--pages shoplive,hlsjs,hlsjs-tuned,native] [--modes cdp,link] [--offscreen-runs 5]
//                            [--no-offscreen | --offscreen-only] [--waterfall]
//
// Modes (both by default): cdp throttles with DevTools on one origin; link serves page, engine and stream from three
// HTTPS origins through the link emulator of test/bench/link/ (handshakes, slow start; loopback has no link, skipped).
// It serves a snapshot of dist/ (not dist/ itself) so a rebuild during the run cannot mix two builds. It does not build.
// Experiments (pages named shoplive+…, e.g. --pages shoplive,shoplive+preload) measure proposed changes on a patched
// copy of the build. Tables go to stdout and test/bench/results/latest.md, everything else to results/*.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startLiveServer } from '../../demo/server/live-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { MODES, linkMode } from './link/mode.mjs';
import { PROFILES, describe, openPage, settle } from './network.mjs';
import { NoDistError, ROOT, takeSnapshot } from './snapshot.mjs';

/** What a storefront could add to its <head>: the master playlist starts with the loader instead of after it. */
const PRELOAD_MASTER = (sid, stream = '') => `<link rel="preload" href="${stream}/live/master.m3u8?sid=${sid}" as="fetch" crossorigin />`;
/** hls-engine.ts: call loadSource() once MEDIA_ATTACHED fired (minified names of the current build). */
const ATTACH_FIRST = {
  file: /^chunks\/hls-engine-/,
  from: 'f.attachMedia(s.video),f.loadSource(s.src)',
  to: 'f.once(e.MEDIA_ATTACHED,()=>f.loadSource(s.src)),f.attachMedia(s.video)',
};

const PAGES = {
  shoplive: { template: 'ttff-shoplive.html', label: 'shoplive' },
  hlsjs: { template: 'ttff-hlsjs.html', label: 'plain hls.js' },
  // What a careful integrator does by hand (see the page): the master fetched inline in <head>, handed to hls.js light
  // through its loader, startLevel 0, and the stream origin preconnected where it is one of its own.
  'hlsjs-tuned': {
    template: 'ttff-hlsjs-tuned.html',
    label: 'hand-tuned hls.js',
    head: (sid, stream) => (stream ? `<link rel="preconnect" href="${stream}" crossorigin />` : ''),
  },
  native: { template: 'ttff-native.html', label: 'native <video>' },
  // Experiments, run only when named in --pages: proposed changes measured on a patched copy of the build (src/ is
  // not touched). A patch that no longer matches the build is reported and the experiment skipped.
  'shoplive+preload': {
    template: 'ttff-shoplive.html',
    label: 'exp: + <link rel=preload> of the master in the page',
    head: (sid, stream) => PRELOAD_MASTER(sid, stream),
  },
  'shoplive+fragprefetch': {
    template: 'ttff-shoplive.html',
    label: 'exp: hls.js startFragPrefetch: true',
    patches: [{ file: /^chunks\/hls-engine-/, from: 'enableWorker:!1', to: 'enableWorker:!1,startFragPrefetch:!0' }],
  },
  'shoplive+attachfirst': {
    template: 'ttff-shoplive.html',
    label: 'exp: loadSource() after MEDIA_ATTACHED',
    patches: [ATTACH_FIRST],
  },
  'shoplive+preload+attachfirst': {
    template: 'ttff-shoplive.html',
    label: 'exp: preload + loadSource() after MEDIA_ATTACHED',
    head: (sid, stream) => PRELOAD_MASTER(sid, stream),
    patches: [ATTACH_FIRST],
  },
  'shoplive+returning': {
    template: 'ttff-shoplive.html',
    label: 'exp: returning shopper (20 Mb/s saved from a last visit)',
    head: `<script>localStorage.setItem('shoplive:bandwidth', JSON.stringify({ bps: 20e6, at: Date.now() }));</script>`,
  },
  'shoplive+returning+bandwidthonly': {
    template: 'ttff-shoplive.html',
    label: 'exp: returning shopper, first segment chosen by bandwidth only (before the RTT-aware choice)',
    head: `<script>localStorage.setItem('shoplive:bandwidth', JSON.stringify({ bps: 20e6, at: Date.now() }));</script>`,
    // The loader's warm-up (it runs first; the player's copy joins it): no RTT, as chooseStartVariant had none.
    patches: [{ file: /^shoplive\.js$/, from: 'rttMs:f(r.firstByte-r.start)', to: 'rttMs:0' }],
  },
  'shoplive+nativehls': {
    template: 'ttff-shoplive.html',
    label: 'exp: native engine (MSE hidden from the page)',
    head: '<script>window.MediaSource = undefined; window.ManagedMediaSource = undefined;</script>',
  },
};
const DEFAULT_PAGES = ['shoplive', 'hlsjs', 'hlsjs-tuned', 'native'];
const BASELINE = 'hlsjs';
/** The second ratio column: against what a careful integrator gets with hls.js by hand. */
const TUNED = 'hlsjs-tuned';
const FIRST_FRAME_TIMEOUT_MS = 20_000;
const OFFSCREEN_IDLE_MS = 3000;

function parseArgs(argv) {
  const args = { runs: 9, profiles: Object.keys(PROFILES), pages: DEFAULT_PAGES, modes: [...MODES], offscreenRuns: 5, offscreen: true, waterfall: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i];
    if (arg === '--quick') Object.assign(args, { runs: 3, profiles: ['loopback', 'crossborder'], offscreenRuns: 3 });
    else if (arg === '--runs') args.runs = Number(value());
    else if (arg === '--profiles') args.profiles = value().split(',');
    else if (arg === '--pages') args.pages = value().split(',');
    else if (arg === '--modes') args.modes = value().split(',');
    else if (arg === '--offscreen-runs') args.offscreenRuns = Number(value());
    else if (arg === '--no-offscreen') args.offscreen = false;
    else if (arg === '--offscreen-only') args.profiles = [];
    else if (arg === '--waterfall') args.waterfall = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('node test/bench/ttff.mjs [--runs N=9] [--quick] [--profiles a,b] [--pages a,b] [--modes cdp,link (default both)] [--offscreen-runs N=5] [--no-offscreen | --offscreen-only] [--waterfall]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  for (const p of args.profiles) if (!PROFILES[p]) throw new Error(`unknown profile ${p} (${Object.keys(PROFILES)})`);
  for (const p of args.pages) if (!PAGES[p]) throw new Error(`unknown page ${p} (${Object.keys(PAGES)})`);
  for (const m of args.modes) if (!MODES.includes(m)) throw new Error(`unknown mode ${m} (${MODES})`);
  if (!(args.runs >= 1)) throw new Error('--runs must be >= 1');
  return args;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mostCommon = (xs) => {
  const counts = new Map();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
};
const kB = (bytes) => (bytes / 1000).toFixed(1);
const round = (x) => (x === null || x === undefined ? null : Math.round(x));
let runCounter = 0;
const newSid = (tag) => `b${Date.now().toString(36)}${(runCounter++).toString(36)}-${tag}`;

/**
 * The network probe: checks that the emulation does what the tables assume. A small request must take >= latency;
 * a segment must take about latency + bytes / throughput; two segments at once share the throughput.
 */
async function probe(browser, origin, snapshot, profile) {
  const { context, page } = await openPage(browser, profile);
  try {
    const path = snapshot.page('probe.html', `probe-${profile.name}`);
    await page.goto(origin + path, { waitUntil: 'load' });
    const sid = newSid('probe');
    const measured = await page.evaluate(async (sid) => {
      const time = async (url, as = 'text') => {
        const t = performance.now();
        const response = await fetch(url, { cache: 'no-store' });
        const body = as === 'text' ? await response.text() : await response.arrayBuffer();
        return { ms: performance.now() - t, bytes: typeof body === 'string' ? body.length : body.byteLength, body };
      };
      const small = [];
      for (let i = 0; i < 3; i++) small.push((await time(`/live/master.m3u8?sid=${sid}-${i}`)).ms);
      const playlist = await time(`/live/360p/index.m3u8?sid=${sid}`);
      const segments = playlist.body.split('\n').filter((line) => line && !line.startsWith('#'));
      const one = await time(`/live/360p/${segments.at(-1)}`, 'buffer');
      const t = performance.now();
      const pair = await Promise.all([time(`/live/360p/${segments.at(-2)}`, 'buffer'), time(`/live/360p/${segments.at(-3)}`, 'buffer')]);
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        navigationMs: nav.responseEnd,
        smallMs: small,
        segment: { bytes: one.bytes, ms: one.ms },
        twoSegments: { bytes: pair[0].bytes + pair[1].bytes, ms: performance.now() - t },
        downlink: navigator.connection?.downlink ?? null,
        rtt: navigator.connection?.rtt ?? null,
      };
    }, sid);
    const c = profile.conditions;
    const result = { profile: profile.name, ...measured };
    if (c) {
      const bytesPerMs = c.downloadThroughput / 1000;
      result.expected = {
        smallMs: c.latency,
        segmentMs: Math.round(c.latency + measured.segment.bytes / bytesPerMs),
        twoSegmentsShared: Math.round(c.latency + measured.twoSegments.bytes / bytesPerMs),
      };
      result.ok = Math.min(...measured.smallMs) >= c.latency && measured.navigationMs >= c.latency;
    } else result.ok = true;
    return result;
  } finally {
    await context.close();
  }
}

/**
 * One TTFF run: fresh context, emulation set, navigate, wait for the first presented frame, collect. `target` says
 * where the page, engine and stream come from and what the network is (see targets in main()).
 */
async function runTtff(browser, target, snapshot, pageName, index) {
  const { profile } = target;
  const sid = newSid(`${target.mode}-${profile.name}-${pageName}-${index}`);
  const spec = PAGES[pageName];
  const dist = target.cdn + (spec.patches ? snapshot.variant(pageName, spec.patches) : '/dist');
  const head = typeof spec.head === 'function' ? spec.head(sid, target.stream) : spec.head ?? '';
  const path = snapshot.page(spec.template, sid, { sid, dist, head, cdn: target.cdn, stream: target.stream });
  const origin = target.page;
  const { context, page, requests } = await openPage(browser, target.emulation);
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  try {
    const frame = page.waitForEvent('console', { predicate: (m) => m.text() === '__bench_frame', timeout: FIRST_FRAME_TIMEOUT_MS });
    await page.goto(origin + path, { waitUntil: 'commit' });
    const timedOut = await frame.then(() => false, () => true);
    await page.waitForTimeout(100); // the player's own first-frame event fires in the same rendering step
    const bench = await page.evaluate(() => ({
      ...window.__bench,
      timeOrigin: performance.timeOrigin,
      downlink: navigator.connection?.downlink ?? null,
      decoded: (document.querySelector('video') ?? document.querySelector('shoplive-player')?.shadowRoot?.querySelector('video'))
        ?.getVideoPlaybackQuality().totalVideoFrames ?? 0,
    }));
    const all = requests();
    const ttff = bench.frame?.t ?? null;
    const before = ttff === null ? all : all.filter((r) => r.wallMs - bench.timeOrigin < ttff);
    await settle(before);
    const described = before.map((r) => describe(r, bench.timeOrigin)).sort((a, b) => a.start - b.start);
    const latency = profile.conditions?.latency ?? 0;
    return {
      mode: target.mode,
      profile: profile.name,
      page: pageName,
      run: index,
      sid,
      ttff: timedOut ? null : round(ttff),
      height: bench.frame?.height ?? null,
      video: bench.video,
      event: bench.event ? { t: round(bench.event.t), ttffMs: bench.event.ttffMs, engine: bench.event.engine } : null,
      requests: described.length,
      connections: new Set(described.map((r) => r.connection).filter(Boolean)).size,
      jsBytes: described.filter((r) => r.type === 'Script').reduce((sum, r) => sum + r.bytes, 0),
      totalBytes: described.reduce((sum, r) => sum + r.bytes, 0),
      fasterThanLatency: latency ? described.filter((r) => r.ms !== null && !r.failed && r.ms < latency).length : 0,
      downlink: bench.downlink,
      errors: [...bench.errors, ...consoleErrors],
      media: bench.media,
      longTasks: bench.longTasks,
      waterfall: described,
    };
  } finally {
    await context.close();
  }
}

/** What a player far below the fold costs the host page: requests and main-thread time after 3 s idle. */
const OFFSCREEN = {
  none: { label: 'page without player', head: '', player: '' },
  shoplive: {
    label: 'shoplive, 4 viewports below',
    head: '<script type="module" src="/dist/shoplive.js"></script>',
    player: (sid) => `<shoplive-player class="player" src="/live/master.m3u8?sid=${sid}" autoplay muted></shoplive-player>`,
  },
  hlsjs: {
    label: 'plain hls.js, 4 viewports below',
    head: '',
    player: (sid) => `<video class="player" id="video" autoplay muted playsinline></video>
      <script type="module">
        import Hls from '/vendor/hls.min.mjs';
        const hls = new Hls();
        hls.loadSource('/live/master.m3u8?sid=${sid}');
        hls.attachMedia(document.getElementById('video'));
      </script>`,
  },
};

async function runOffscreen(browser, origin, snapshot, variant, index) {
  const sid = newSid(`offscreen-${variant}-${index}`);
  const spec = OFFSCREEN[variant];
  const path = snapshot.page('offscreen.html', sid, { head: spec.head, player: typeof spec.player === 'function' ? spec.player(sid) : spec.player });
  const { context, page, cdp, requests } = await openPage(browser, PROFILES.loopback, { performance: true });
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    const { timeOrigin, loadEnd } = await page.evaluate(() => ({
      timeOrigin: performance.timeOrigin,
      loadEnd: performance.getEntriesByType('navigation')[0].loadEventEnd,
    }));
    await page.waitForTimeout(OFFSCREEN_IDLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    const all = requests();
    await settle(all, 2000);
    const described = all.map((r) => describe(r, timeOrigin)).filter((r) => r.path !== path);
    return {
      variant,
      run: index,
      requests: described.length,
      afterLoad: described.filter((r) => r.start >= loadEnd).length,
      stream: described.filter((r) => r.path.startsWith('/live/')).length,
      jsBytes: described.filter((r) => r.type === 'Script').reduce((sum, r) => sum + r.bytes, 0),
      totalBytes: described.reduce((sum, r) => sum + r.bytes, 0),
      scriptMs: metric('ScriptDuration') * 1000,
      taskMs: metric('TaskDuration') * 1000,
      heapMB: metric('JSHeapUsedSize') / 1e6,
      paths: described.map((r) => r.path),
    };
  } finally {
    await context.close();
  }
}

function summarize(runs, sections, pages) {
  const rows = [];
  for (const { mode, profile } of sections) {
    const medianOf = (page) => median(runs.filter((r) => r.mode === mode && r.profile === profile && r.page === page && r.ttff !== null).map((r) => r.ttff));
    const base = medianOf(BASELINE);
    const tuned = medianOf(TUNED);
    for (const page of pages) {
      const mine = runs.filter((r) => r.mode === mode && r.profile === profile && r.page === page);
      const ok = mine.filter((r) => r.ttff !== null);
      const ttffs = ok.map((r) => r.ttff);
      const med = median(ttffs);
      const agree = ok.filter((r) => r.event).map((r) => Math.abs(r.event.t - r.ttff));
      rows.push({
        mode,
        profile,
        page,
        runs: mine.length,
        ok: ok.length,
        median: med,
        min: ttffs.length ? Math.min(...ttffs) : null,
        max: ttffs.length ? Math.max(...ttffs) : null,
        ratio: med !== null && base ? med / base : null,
        ratioTuned: med !== null && tuned ? med / tuned : null,
        height: mostCommon(ok.map((r) => r.height)),
        jsBytes: median(ok.map((r) => r.jsBytes)),
        totalBytes: median(ok.map((r) => r.totalBytes)),
        requests: median(ok.map((r) => r.requests)),
        connections: median(ok.map((r) => r.connections)),
        eventAgreementMs: agree.length ? Math.max(...agree) : null,
        eventRuns: agree.length,
        fasterThanLatency: mine.reduce((sum, r) => sum + r.fasterThanLatency, 0),
      });
    }
  }
  return rows;
}

function summarizeOffscreen(runs) {
  const variants = [...new Set(runs.map((r) => r.variant))];
  const base = median(runs.filter((r) => r.variant === 'none').map((r) => r.taskMs));
  const baseScript = median(runs.filter((r) => r.variant === 'none').map((r) => r.scriptMs));
  return variants.map((variant) => {
    const mine = runs.filter((r) => r.variant === variant);
    const taskMs = median(mine.map((r) => r.taskMs));
    const scriptMs = median(mine.map((r) => r.scriptMs));
    return {
      variant,
      runs: mine.length,
      requests: median(mine.map((r) => r.requests)),
      afterLoad: median(mine.map((r) => r.afterLoad)),
      stream: median(mine.map((r) => r.stream)),
      jsBytes: median(mine.map((r) => r.jsBytes)),
      totalBytes: median(mine.map((r) => r.totalBytes)),
      scriptMs,
      taskMs,
      extraScriptMs: base === null ? null : scriptMs - baseScript,
      extraTaskMs: base === null ? null : taskMs - base,
      heapMB: median(mine.map((r) => r.heapMB)),
      paths: [...new Set(mine.flatMap((r) => r.paths))],
    };
  });
}

/** Both modes at a glance: one row per page, one column per mode and profile (median ms, × plain hls.js). */
function overview(result) {
  if (result.sections.length < 2) return [];
  const cell = (row) => (row?.median == null ? 'n/a' : `${Math.round(row.median)}${row.ratio === null ? '' : ` (${row.ratio.toFixed(2)}×)`}`);
  const out = ['#### All sections: median TTFF ms (× plain hls.js of the same section)', ''];
  out.push(`| page | ${result.sections.map((s) => `${s.mode} ${s.profile}`).join(' | ')} |`);
  out.push(`|---|${result.sections.map(() => '---:').join('|')}|`);
  for (const page of result.args.pages) {
    const rows = result.sections.map((s) => result.summary.find((r) => r.mode === s.mode && r.profile === s.profile && r.page === page));
    out.push(`| ${PAGES[page].label} | ${rows.map(cell).join(' | ')} |`);
  }
  out.push('');
  return out;
}

function markdown(result) {
  const out = overview(result);
  for (const { mode, profile } of result.sections) {
    const p = result.probes.find((x) => x.mode === mode && x.profile === profile);
    const link = p?.link;
    const where = mode === 'link' ? `: link mode, RTT ${link.config.rttMs} ms, 3 origins over HTTPS + HTTP/2` : result.args.modes.length > 1 ? ': CDP throttling, one origin' : '';
    out.push(`#### ${PROFILES[profile].label}${where}`, '');
    out.push('| page | median TTFF ms | min | max | × plain hls.js | × hand-tuned | 1st-frame rendition | JS kB | total kB | requests before 1st frame | connections |');
    out.push('|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|');
    for (const row of result.summary.filter((r) => r.mode === mode && r.profile === profile)) {
      const na = row.median === null;
      const ratio = (x) => (x === null ? '' : x.toFixed(2));
      out.push(
        `| ${PAGES[row.page].label} | ${na ? 'n/a' : Math.round(row.median)} | ${na ? '' : row.min} | ${na ? '' : row.max} | ${ratio(row.ratio)} | ${ratio(row.ratioTuned)} | ` +
          `${row.height ? `${row.height}p` : ''} | ${na ? '' : kB(row.jsBytes)} | ${na ? '' : kB(row.totalBytes)} | ${na ? '' : row.requests} | ${na ? '' : row.connections} |` +
          (row.ok < row.runs ? ` (${row.runs - row.ok}/${row.runs} runs without a frame)` : ''),
      );
    }
    const agreement = result.summary.filter((r) => r.mode === mode && r.profile === profile && r.eventAgreementMs !== null);
    if (agreement.length) {
      out.push('', `Cross-check: the player's own \`shoplive-first-frame\` event fired within ${agreement.map((r) => `${r.eventAgreementMs.toFixed(1)} ms (${r.page})`).join(', ')} of the shared requestVideoFrameCallback probe (${agreement.map((r) => `${r.eventRuns}/${r.ok}`).join(', ')} runs with the event).`);
    }
    if (link) out.push('', link.text);
    else if (p && PROFILES[profile].conditions) {
      out.push('', `Probe: small request ${p.smallMs.map(Math.round).join('/')} ms (latency ${p.expected.smallMs}); ` +
        `${kB(p.segment.bytes)} kB segment ${Math.round(p.segment.ms)} ms (expected ${p.expected.segmentMs}); ` +
        `two segments at once ${Math.round(p.twoSegments.ms)} ms (shared pipe: ${p.expected.twoSegmentsShared}); navigator.connection.downlink ${p.downlink} Mb/s.`);
    }
    out.push('');
  }
  if (result.offscreen.length) {
    out.push('#### Off-screen cost (loopback, 3 s idle after load)', '');
    out.push('| page | requests (excl. HTML) | stream requests | requests after load | JS kB | total kB | main-thread task ms | script ms | Δ task vs no player | JS heap MB |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of result.offscreen) {
      out.push(`| ${OFFSCREEN[r.variant].label} | ${r.requests} | ${r.stream} | ${r.afterLoad} | ${kB(r.jsBytes)} | ${kB(r.totalBytes)} | ${r.taskMs.toFixed(0)} | ${r.scriptMs.toFixed(0)} | ` +
        `${r.variant === 'none' ? '—' : `+${r.extraTaskMs.toFixed(0)}`} | ${r.heapMB.toFixed(1)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

function waterfallText(run) {
  const lines = [`${run.mode} / ${run.profile} / ${run.page} run ${run.run}: first frame at ${run.ttff} ms (${run.height}p)`];
  lines.push(`  media events: ${run.media.map(([type, t]) => `${type} ${t}`).join(', ')}`);
  if (run.longTasks.length) lines.push(`  long tasks (start+ms): ${run.longTasks.map(([t, d]) => `${t}+${d}`).join(', ')}`);
  for (const r of run.waterfall) {
    lines.push(`  ${String(r.start).padStart(5)} → ${String(r.end ?? '…').padStart(5)} ms  ${r.type.padEnd(10)} ${String(r.status).padStart(3)} ${kB(r.bytes).padStart(7)} kB  ${run.mode === 'link' ? `${r.host.split('.')[0]} ` : ''}${r.path}${r.failed ? ` (${r.failed})` : ''}`);
  }
  return lines.join('\n');
}

/**
 * Where one profile's runs load from, after checking that mode's emulation with its probe. CDP: everything from the
 * live server, throttled by DevTools. Link: page, CDN and stream on their HTTPS origins through a link of the
 * profile's RTT and rates, no DevTools throttling. `stop()` takes the link down again.
 */
async function openTarget(mode, profile, { browser, server, snapshot, link, result }) {
  if (mode === 'cdp') {
    const p = await probe(browser, server.url, snapshot, profile);
    result.probes.push({ mode, ...p });
    if (!p.ok) console.warn(`bench: WARNING ${profile.name}: emulation probe failed (${JSON.stringify(p)})`);
    return { target: { mode, profile, emulation: profile, page: server.url, cdn: '', stream: '' }, stop: async () => {} };
  }
  const started = await link.start(profile, server.url);
  const { probe: checked, probeText: text, config, origins } = started;
  result.probes.push({ mode, profile: profile.name, ok: checked.ok, link: { config, rows: checked.rows, notes: checked.notes, text } });
  if (!checked.ok) console.warn(`bench: WARNING ${profile.name}: the link emulator is off its model\n${text}`);
  const { page, cdn, stream } = origins.urls;
  return { target: { mode, profile, emulation: PROFILES.loopback, page, cdn, stream }, stop: origins.close };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found: run `node test/chromium.mjs` for instructions.');
    process.exit(1);
  }
  let snapshot;
  try {
    snapshot = await takeSnapshot();
  } catch (error) {
    if (error instanceof NoDistError) {
      console.error(`bench: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const started = Date.now();
  const server = await startLiveServer({ port: 0, staticRoots: [{ prefix: '/', dir: snapshot.dir }] });
  // What gets a table: every profile in the CDP mode, the emulated ones in the link mode (loopback has no link).
  const sections = args.modes.flatMap((mode) => args.profiles.filter((p) => mode === 'cdp' || PROFILES[p].conditions).map((profile) => ({ mode, profile })));
  const result = {
    date: new Date().toISOString(),
    args,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium: null, loadavgBefore: loadavg() },
    snapshot: snapshot.files,
    sections,
    probes: [],
    runs: [],
    summary: [],
    offscreenRuns: [],
    offscreen: [],
  };
  const plan = sections.length ? `${args.runs} runs × ${args.pages.join('/')} × ${sections.map((s) => `${s.mode}:${s.profile}`).join('/')}` : 'no TTFF runs';
  const offscreen = args.offscreen && args.modes.includes('cdp');
  const offPlan = offscreen ? `, off-screen ${args.offscreenRuns} runs` : '';
  console.log(`bench: ${result.machine.cpus} CPUs, ${plan}${offPlan}; serving a snapshot of dist/ from ${server.url}`);
  for (const page of args.pages) {
    if (!PAGES[page].patches) continue;
    try {
      snapshot.variant(page, PAGES[page].patches);
    } catch (error) {
      console.warn(`bench: skipping ${page}: ${error.message}`);
      args.pages = args.pages.filter((p) => p !== page);
    }
  }
  const link = args.modes.includes('link') ? linkMode() : null;
  try {
    for (const mode of args.modes) {
      // One Chromium at a time; the link mode's needs the flags that resolve and trust the three origins.
      const browser = await chromium.launch({ executablePath, args: mode === 'link' ? link.browserArgs : CHROMIUM_ARGS });
      if (!result.machine.chromium) console.log(`bench: Chromium ${(result.machine.chromium = browser.version())}`);
      try {
        for (const { profile: name } of sections.filter((s) => s.mode === mode)) {
          const { target, stop } = await openTarget(mode, PROFILES[name], { browser, server, snapshot, link, result });
          try {
            for (let i = 0; i < args.runs; i++) {
              const line = [];
              for (const page of args.pages) {
                const run = await runTtff(browser, target, snapshot, page, i);
                result.runs.push(run);
                line.push(`${page} ${run.ttff ?? 'n/a'}`);
              }
              console.log(`  ${mode} ${name} #${i + 1}: ${line.join(' · ')} ms`);
            }
          } finally {
            await stop();
          }
        }
        if (mode === 'cdp' && offscreen) {
          for (let i = 0; i < args.offscreenRuns; i++) {
            for (const variant of Object.keys(OFFSCREEN)) result.offscreenRuns.push(await runOffscreen(browser, server.url, snapshot, variant, i));
          }
          result.offscreen = summarizeOffscreen(result.offscreenRuns);
        }
      } finally {
        await browser.close();
      }
    }
    result.summary = summarize(result.runs, sections, args.pages);
  } finally {
    await server.close();
    snapshot.dispose();
  }
  result.seconds = Math.round((Date.now() - started) / 1000);
  result.machine.loadavgAfter = loadavg();
  const md = markdown(result);
  console.log(`\n${md}`);
  // The run nearest the median, per profile and page: the waterfall worth reading.
  result.medianWaterfalls = result.summary.flatMap((row) => {
    const ok = result.runs.filter((r) => r.mode === row.mode && r.profile === row.profile && r.page === row.page && r.ttff !== null);
    const nearest = ok.sort((a, b) => Math.abs(a.ttff - row.median) - Math.abs(b.ttff - row.median))[0];
    return nearest ? [nearest] : [];
  });
  if (args.waterfall) console.log(result.medianWaterfalls.map(waterfallText).join('\n\n'));
  const problems = result.summary.filter((r) => r.fasterThanLatency > 0);
  for (const r of problems) console.warn(`bench: WARNING ${r.mode}/${r.profile}/${r.page}: ${r.fasterThanLatency} requests finished faster than the emulated latency`);
  for (const r of result.runs.filter((x) => x.errors.length)) console.warn(`bench: ${r.mode}/${r.profile}/${r.page} #${r.run}: ${r.errors.slice(0, 2).join(' | ')}`);
  const dir = join(ROOT, 'test/bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = result.date.replace(/[:.]/g, '-');
  writeFileSync(join(dir, `ttff-${stamp}.json`), JSON.stringify(result, null, 1));
  writeFileSync(join(dir, 'latest.json'), JSON.stringify(result, null, 1));
  writeFileSync(join(dir, 'latest.md'), `${md}\n\n\`\`\`\n${result.medianWaterfalls.map(waterfallText).join('\n\n')}\n\`\`\`\n`);
  console.log(`bench: load average ${result.machine.loadavgBefore[0].toFixed(1)} before, ${result.machine.loadavgAfter[0].toFixed(1)} after (other work on the machine adds noise)`);
  console.log(`bench: ${result.seconds} s; results in test/bench/results/ttff-${stamp}.json (and latest.json, latest.md)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
