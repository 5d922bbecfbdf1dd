// Glass-to-glass latency benchmark: how far behind the "camera" each page's picture is, read from the frames it
// presents (the clock ladder's burned-in frame numbers, test/bench/latency/), never from a player's own report.
// See docs/performance.md, "Latency to live".
//
//   node test/bench/latency.mjs [--profiles crossborder,loopback] [--pages shoplive,hlsjs,native] [--streams ll,seg]
//                               [--seconds 30] [--runs 1] [--media DIR]
//
// Streams: `ll` = LL-HLS (0.5 s parts, blocking reloads: /live/clock.m3u8?ll=1), `seg` = the same ladder as plain
// 2 s segments. The ladder (c720p/c360p/c180p) is encoded by ffmpeg into a temp directory at start (about 1 min on
// 2 cores); without ffmpeg the committed 180p-only demo/media/ladder-clock is used and the report says so.
// Networks are emulated by DevTools (network.mjs). It serves a snapshot of dist/; it does not build.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DEFAULT_CLOCK_DIR, startLiveServer } from '../../demo/server/live-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { CLOCK, hasFfmpeg, makeClockMedia } from './latency/clock-media.mjs';
import { latencyMs } from './latency/clock-reader.js';
import { PROFILES, openPage } from './network.mjs';
import { NoDistError, ROOT, takeSnapshot } from './snapshot.mjs';

const STREAMS = { ll: { label: 'LL-HLS, 0.5 s parts', query: 'll=1&' }, seg: { label: '2 s segments', query: '' } };
const PAGES = {
  shoplive: {
    label: 'shoplive',
    body: (src) => `<script type="module" src="/dist/shoplive.js"></script>
      <shoplive-player class="player" src="${src}" autoplay muted qoe-interval="2"></shoplive-player>`,
  },
  hlsjs: {
    label: 'plain hls.js (defaults)',
    body: (src) => `<video class="player" autoplay muted playsinline></video>
      <script type="module">
        import Hls from '/vendor/hls.min.mjs';
        const hls = new Hls();
        hls.loadSource('${src}');
        hls.attachMedia(document.querySelector('video'));
      </script>`,
  },
  native: {
    label: 'native <video>',
    body: (src) => `<video class="player" src="${src}" autoplay muted playsinline></video>`,
    plays: () => document.createElement('video').canPlayType('application/vnd.apple.mpegurl') !== '',
  },
};
const FIRST_FRAME_TIMEOUT_MS = 25_000;

/** In the page: finds the <video> (document or the player's shadow root), reads its clock, counts stalls. */
const PROBE = `
import { watchClock } from '/latency/clock-reader.js';
const lat = (window.__lat = { firstFrameMs: null, stalls: [], qoe: [], rates: [], reader: null, longTasks: [] });
// Main-thread gaps over 50 ms: a stall that lines up with one is the page's, not the network's.
new PerformanceObserver((list) => list.getEntries().forEach((e) => lat.longTasks.push([performance.timeOrigin + e.startTime, e.duration]))).observe({ type: 'longtask' });
const start = (video) => {
  lat.reader = watchClock(video);
  video.requestVideoFrameCallback(() => (lat.firstFrameMs = Date.now()));
  let waitingSince = null;
  video.addEventListener('ratechange', () => lat.rates.push([Date.now(), video.playbackRate]));
  video.addEventListener('waiting', () => { if (lat.firstFrameMs && waitingSince === null) waitingSince = Date.now(); });
  video.addEventListener('playing', () => {
    if (waitingSince !== null) lat.stalls.push({ at: waitingSince, ms: Date.now() - waitingSince });
    waitingSince = null;
  });
  lat.waiting = () => (waitingSince === null ? null : Date.now() - waitingSince);
};
const found = document.querySelector('video');
if (found) start(found);
else customElements.whenDefined('shoplive-player').then(async () => {
  const player = document.querySelector('shoplive-player');
  await player.updateComplete;
  start(player.shadowRoot.querySelector('video'));
});
document.addEventListener('shoplive-qoe', (e) => lat.qoe.push({ at: Date.now(), ...e.detail.liveLatency }));
`;

function parseArgs(argv) {
  const args = { profiles: ['crossborder'], pages: Object.keys(PAGES), streams: Object.keys(STREAMS), seconds: 30, runs: 1, media: null };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i];
    const arg = argv[i];
    if (arg === '--profiles') args.profiles = value().split(',');
    else if (arg === '--pages') args.pages = value().split(',');
    else if (arg === '--streams') args.streams = value().split(',');
    else if (arg === '--seconds') args.seconds = Number(value());
    else if (arg === '--runs') args.runs = Number(value());
    else if (arg === '--media') args.media = value();
    else if (arg === '--help' || arg === '-h') {
      console.log('node test/bench/latency.mjs [--profiles crossborder] [--pages shoplive,hlsjs,native] [--streams ll,seg] [--seconds 30] [--runs 1] [--media DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  for (const p of args.profiles) if (!PROFILES[p]) throw new Error(`unknown profile ${p}`);
  for (const p of args.pages) if (!PAGES[p]) throw new Error(`unknown page ${p}`);
  for (const s of args.streams) if (!STREAMS[s]) throw new Error(`unknown stream ${s}`);
  return args;
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : null;
};
const median = (xs) => quantile(xs, 0.5);
const sec = (ms) => (ms === null || ms === undefined ? '–' : (ms / 1000).toFixed(2));

async function runOne(browser, server, dir, { profile, page: pageName, stream, run, seconds }) {
  const sid = `lat-${profile.name}-${pageName}-${stream}-${run}-${Date.now().toString(36)}`;
  const src = `/live/clock.m3u8?${STREAMS[stream].query}sid=${sid}`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>latency ${pageName}</title><link rel="icon" href="data:,">
    <style>body{margin:0}.player{display:block;width:640px;aspect-ratio:16/9;background:#000}</style>
    <script type="module">${PROBE}</script></head><body>${PAGES[pageName].body(src)}</body></html>`;
  writeFileSync(join(dir, 'run', `${sid}.html`), html);
  const { context, page } = await openPage(browser, profile);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message)));
  try {
    await page.goto(`${server.url}/run/${sid}.html`, { waitUntil: 'commit' });
    if (PAGES[pageName].plays && !(await page.evaluate(PAGES[pageName].plays))) return { profile: profile.name, page: pageName, stream, run, plays: false };
    const started = await page.waitForFunction(() => window.__lat?.firstFrameMs, null, { timeout: FIRST_FRAME_TIMEOUT_MS }).then(() => true, () => false);
    if (!started) return { profile: profile.name, page: pageName, stream, run, plays: true, firstFrame: false, errors };
    await page.waitForTimeout(seconds * 1000);
    const lat = await page.evaluate(() => ({
      firstFrameMs: window.__lat.firstFrameMs,
      samples: window.__lat.reader.samples,
      stalls: window.__lat.stalls,
      ongoingStallMs: window.__lat.waiting(),
      qoe: window.__lat.qoe,
      rates: window.__lat.rates,
      longTasks: window.__lat.longTasks,
      rate: (document.querySelector('video') ?? document.querySelector('shoplive-player').shadowRoot.querySelector('video')).playbackRate,
      height: (document.querySelector('video') ?? document.querySelector('shoplive-player').shadowRoot.querySelector('video')).videoHeight,
    }));
    const from = lat.firstFrameMs;
    const played = lat.samples.filter((s) => s.presentedMs >= from && s.presentedMs <= from + seconds * 1000);
    const latencies = played.map((s) => latencyMs(s, server.epochMs)).filter((x) => x !== null);
    const stalls = lat.stalls.filter((s) => s.at >= from);
    return {
      profile: profile.name,
      page: pageName,
      stream,
      run,
      plays: true,
      firstFrame: true,
      frames: played.length,
      read: latencies.length,
      medianMs: median(latencies),
      p90Ms: quantile(latencies, 0.9),
      minMs: latencies.length ? Math.min(...latencies) : null,
      maxMs: latencies.length ? Math.max(...latencies) : null,
      lastMs: latencies.at(-1) ?? null,
      stalls: stalls.length + (lat.ongoingStallMs !== null ? 1 : 0),
      stallMs: stalls.reduce((sum, s) => sum + s.ms, 0) + (lat.ongoingStallMs ?? 0),
      playerBehindEdgeS: median(lat.qoe.map((q) => q.behindEdgeS).filter((x) => x !== null)),
      playerPdtS: median(lat.qoe.map((q) => q.programDateTimeS).filter((x) => x !== null)),
      playerTargetS: lat.qoe.at(-1)?.targetS ?? null,
      maxRate: Math.max(1, ...lat.qoe.map((q) => q.playbackRate ?? 1), lat.rate),
      height: lat.height,
      // One point a second: [s since the first frame, glass-to-glass latency s].
      series: played.filter((_, i) => i % 25 === 0).map((s) => [Math.round((s.presentedMs - from) / 100) / 10, Math.round(latencyMs(s, server.epochMs) ?? -1) / 1000]),
      rateChanges: lat.rates.filter(([t]) => t >= from).map(([t, r]) => [Math.round((t - from) / 100) / 10, r]),
      // Each stall and each long task: [s since the first frame, ms].
      stallTimes: [...stalls.map((s) => [s.at, s.ms]), ...(lat.ongoingStallMs !== null ? [[Date.now() - lat.ongoingStallMs, lat.ongoingStallMs]] : [])].map(([t, ms]) => [Math.round((t - from) / 100) / 10, ms]),
      longTasks: lat.longTasks.filter(([t]) => t >= from).map(([t, ms]) => [Math.round((t - from) / 100) / 10, Math.round(ms)]),
      // Where the time goes at the origin: for each part loaded, when it was asked for and answered (ms after it was
      // published); for each blocking reload, how long the server held it.
      origin: originTimeline(server, sid),
      firstFrameAtOriginMs: from - server.startMs,
      errors,
    };
  } finally {
    await context.close();
  }
}

function originTimeline(server, sid) {
  const parts = [];
  const holds = [];
  for (const r of server.log.filter((x) => x.sid === sid)) {
    const part = /\/(\d+)\.(\d)\.ts$/.exec(r.path);
    if (part) {
      const published = server.epochMs + Number(part[1]) * CLOCK.segmentS * 1000 + (Number(part[2]) + 1) * CLOCK.partS * 1000 - server.startMs;
      parts.push([r.path.split('/').at(-2), `${part[1]}.${part[2]}`, Math.round(r.t - published), Math.round(r.t + r.ms - published)]);
    } else if (/_HLS_msn/.test(r.query)) holds.push(r.ms);
  }
  // Every request of the session, for reading a gap: [ms since the server started, ms it took, status, path?query].
  const requests = server.log.filter((x) => x.sid === sid).map((r) => [Math.round(r.t), Math.round(r.ms), r.status, `${r.path.split('/').slice(-2).join('/')}${r.query ? `?${r.query}` : ''}`]);
  return { requests, parts: parts.slice(-40), partsAskedAfterMs: median(parts.map((p) => p[2])), partsAnsweredAfterMs: median(parts.map((p) => p[3])), holdMs: median(holds), reloads: holds.length };
}

function table(rows) {
  const lines = [
    '| profile | stream | page | runs | frames read | median latency s | p90 s | min–max s | stalls | stall time s | player says (behind edge / PDT) s | max rate |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    if (!r.plays) lines.push(`| ${r.profile} | ${r.stream} | ${r.page} | ${r.runs} | does not play here | | | | | | | |`);
    else if (!r.read) lines.push(`| ${r.profile} | ${r.stream} | ${r.page} | ${r.runs} | no first frame / no clock read | | | | | | | |`);
    else {
      lines.push(`| ${r.profile} | ${r.stream} | ${r.page} | ${r.runs} | ${r.read}/${r.frames} | ${sec(r.medianMs)} | ${sec(r.p90Ms)} | ${sec(r.minMs)}–${sec(r.maxMs)} | ${r.stalls} | ${sec(r.stallMs)} | ${r.playerBehindEdgeS ?? '–'} / ${r.playerPdtS ?? '–'} | ${r.maxRate} |`);
    }
  }
  return lines.join('\n');
}

/** Runs of one cell pooled: latencies by median of the runs' medians, stalls summed. */
function summarize(results) {
  const cells = new Map();
  for (const r of results) {
    const key = `${r.profile}|${r.stream}|${r.page}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(r);
  }
  return [...cells.values()].map((runs) => {
    const ok = runs.filter((r) => r.read);
    const pick = (f) => median(ok.map(f).filter((x) => x !== null && x !== undefined));
    return {
      profile: runs[0].profile, stream: runs[0].stream, page: runs[0].page, runs: runs.length, plays: runs.some((r) => r.plays),
      read: ok.reduce((s, r) => s + r.read, 0), frames: ok.reduce((s, r) => s + r.frames, 0),
      medianMs: pick((r) => r.medianMs), p90Ms: pick((r) => r.p90Ms),
      minMs: ok.length ? Math.min(...ok.map((r) => r.minMs)) : null, maxMs: ok.length ? Math.max(...ok.map((r) => r.maxMs)) : null,
      stalls: ok.reduce((s, r) => s + r.stalls, 0), stallMs: ok.reduce((s, r) => s + r.stallMs, 0),
      playerBehindEdgeS: pick((r) => r.playerBehindEdgeS), playerPdtS: pick((r) => r.playerPdtS),
      maxRate: ok.length ? Math.max(...ok.map((r) => r.maxRate)) : null,
    };
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium (node test/chromium.mjs)');
  let snapshot;
  try {
    snapshot = await takeSnapshot();
  } catch (error) {
    if (error instanceof NoDistError) {
      console.error(`latency: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const work = mkdtempSync(join(tmpdir(), 'shoplive-latency-'));
  let clockDir = args.media ?? DEFAULT_CLOCK_DIR;
  let mediaNote = args.media ? `ladder from ${args.media}` : 'committed 180p-only clock ladder (no ffmpeg here)';
  if (!args.media && hasFfmpeg()) {
    const t = Date.now();
    clockDir = join(work, 'clock');
    makeClockMedia(clockDir);
    mediaNote = `clock ladder c720p/c360p/c180p encoded by ffmpeg for this run (${Math.round((Date.now() - t) / 1000)} s)`;
  }
  console.log(`latency: ${mediaNote}`);
  mkdirSync(join(snapshot.dir, 'latency'));
  copyFileSync(join(ROOT, 'test/bench/latency/clock-reader.js'), join(snapshot.dir, 'latency', 'clock-reader.js'));
  const server = await startLiveServer({ port: 0, clockDir, staticRoots: [{ prefix: '/', dir: snapshot.dir }] });
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const profileName of args.profiles) {
      for (const stream of args.streams) {
        for (const page of args.pages) {
          for (let run = 1; run <= args.runs; run++) {
            const r = await runOne(browser, server, snapshot.dir, { profile: PROFILES[profileName], page, stream, run, seconds: args.seconds });
            results.push(r);
            console.log(`  ${profileName} ${stream} ${page} #${run}: ${r.plays === false ? 'does not play' : r.read ? `median ${sec(r.medianMs)} s, p90 ${sec(r.p90Ms)} s, ${r.stalls} stalls (${sec(r.stallMs)} s), read ${r.read}/${r.frames}` : 'no frames'}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    snapshot.dispose();
    rmSync(work, { recursive: true, force: true });
  }
  const rows = summarize(results);
  const md = `${table(rows)}\n\n${mediaNote}; ${args.seconds} s of playback after the first frame per run.\n`;
  console.log(`\n${md}`);
  const out = join(ROOT, 'test/bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latency.md'), md);
  writeFileSync(join(out, 'latency.json'), JSON.stringify({ date: new Date().toISOString(), args, mediaNote, rows, results }, null, 1));
}

await main();
