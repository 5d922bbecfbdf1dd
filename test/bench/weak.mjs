// Weak networks, held: shoplive vs plain hls.js (defaults) playing the simulated live show while the network changes
// under them, in headless Chromium. See docs/performance.md, "Weak networks".
//
//   node test/bench/weak.mjs [--runs 3] [--quick] [--scenarios steps,jitter,outage] [--pages shoplive,hlsjs] [--add]
//
// The network is the link emulator of link/proxy.mjs (a TCP proxy on loopback in front of the live server: per
// connection handshake and slow start, one shared downlink), whose downlink rate follows a schedule per scenario
// (weak-network.mjs). Not DevTools throttling: changing Network.emulateNetworkConditions while a transfer runs
// lets it through unmetered (measured: 4.8 Mb/s delivered under a schedule averaging 1 Mb/s, changed every 500 ms).
// Each run plays every page once, one after the other, with the same schedule (the order
// alternates between runs). Both pages show a 1280×720 player, so that the 720p rung is the top one for both (shoplive
// caps the rendition to the player's size). --quick shortens every scenario, for iteration. --add merges the runs of
// results/weak-latest.json (same --quick or not) into this run's, so a long measurement can be taken in parts.
// Tables go to stdout and results/weak-latest.md; everything to results/weak-*.json. It does not build.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startLiveServer } from '../../demo/server/live-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { Link } from './link/proxy.mjs';
import { bytesPerMs } from './link/model.mjs';
import { openPage } from './network.mjs';
import { NoDistError, ROOT, takeSnapshot } from './snapshot.mjs';
import { OSCILLATION_SWITCHES, OSCILLATION_WINDOW_MS, analyse } from './weak-analyse.mjs';
import { RTT_MS, UP_MBPS, meanMbps, scenarios } from './weak-network.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const PROBE = readFileSync(join(HERE, 'pages/weak-probe.js'), 'utf8');
const PAGES = {
  shoplive: { template: 'ttff-shoplive.html', label: 'shoplive' },
  hlsjs: { template: 'ttff-hlsjs.html', label: 'plain hls.js (defaults)' },
};
const BIG_PLAYER = '<style>.player{width:1280px}</style>';
const TOP_HEIGHT = 720;
const HEIGHTS = [720, 360, 180];
const RESULTS = join(ROOT, 'test/bench/results');

function parseArgs(argv) {
  const args = { runs: 3, variant: 'full', scenarios: ['steps', 'jitter', 'outage'], pages: Object.keys(PAGES), add: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') args.variant = 'quick';
    else if (arg === '--runs') args.runs = Number(argv[++i]);
    else if (arg === '--scenarios') args.scenarios = argv[++i].split(',');
    else if (arg === '--pages') args.pages = argv[++i].split(',');
    else if (arg === '--add') args.add = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('node test/bench/weak.mjs [--runs N=3] [--quick] [--scenarios steps,jitter,outage] [--pages shoplive,hlsjs] [--add]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  const known = Object.keys(scenarios('quick', 1));
  for (const s of args.scenarios) if (!known.includes(s)) throw new Error(`unknown scenario ${s} (${known})`);
  for (const p of args.pages) if (!PAGES[p]) throw new Error(`unknown page ${p} (${Object.keys(PAGES)})`);
  if (!(args.runs >= 0)) throw new Error('--runs must be >= 0');
  return args;
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
let runCounter = 0;
const newSid = (tag) => `w${Date.now().toString(36)}${(runCounter++).toString(36)}-${tag}`;
const sleepUntil = (t0, at) => new Promise((done) => setTimeout(done, Math.max(0, t0 + at - Date.now())));

/**
 * One page plays one scenario through a link of its own (fresh connections, fresh pipes): the downlink follows the
 * schedule from navigation on; the log is read at the end.
 */
async function runPage(browser, server, snapshot, scenarioName, scenario, pageName, index) {
  const sid = newSid(`${scenarioName}-${pageName}-${index}`);
  const path = snapshot.page(PAGES[pageName].template, sid, { sid, head: BIG_PLAYER });
  const [first, ...later] = scenario.schedule;
  const link = new Link({ rttMs: RTT_MS, downMbps: first.downMbps, upMbps: UP_MBPS });
  const { port } = new URL(server.url);
  const route = await link.listen({ upstream: { host: '127.0.0.1', port: Number(port) } });
  const { context, page } = await openPage(browser, { conditions: null });
  try {
    await page.addInitScript(PROBE);
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${route.port}${path}`, { waitUntil: 'commit' });
    for (const step of later) {
      await sleepUntil(t0, step.at);
      // Segments the pipe already started keep their pace (at most one packet); the next ones take the new rate.
      link.model.down.rate = bytesPerMs(step.downMbps);
    }
    await sleepUntil(t0, scenario.durationMs);
    // The page's clock starts at navigation, a little after t0: end the analysis at the same wall moment.
    const log = await page.evaluate(() => ({ ...window.__weak, now: performance.now() }));
    const figures = analyse(log, { durationMs: Math.round(log.now), returnAt: scenario.returnAt, top: TOP_HEIGHT });
    return { scenario: scenarioName, page: pageName, run: index, sid, ...figures, log };
  } finally {
    await context.close();
    await link.close();
  }
}

function summarize(runs, scenarioNames, pages) {
  const rows = [];
  for (const scenario of scenarioNames) {
    for (const page of pages) {
      const mine = runs.filter((r) => r.scenario === scenario && r.page === page);
      const ok = mine.filter((r) => r.started);
      const pick = (f) => median(ok.map(f));
      rows.push({
        scenario,
        page,
        runs: mine.length,
        started: ok.length,
        rebuffers: pick((r) => r.rebuffers),
        rebufferMs: pick((r) => r.rebufferMs),
        frozenMs: pick((r) => r.frozenMs),
        timeAt: Object.fromEntries(HEIGHTS.map((h) => [h, pick((r) => r.timeAt[h] ?? 0)])),
        switches: pick((r) => r.switches),
        worstWindow: ok.length ? Math.max(...ok.map((r) => r.worstWindow)) : null,
        oscillatingRuns: ok.filter((r) => r.oscillates).length,
        backToTopMs: pick((r) => r.backToTopMs),
        neverBack: ok.filter((r) => r.backToTopMs === null).length,
        perRun: ok.map((r) => `${r.rebuffers}/${(r.rebufferMs / 1000).toFixed(1)}s`).join(' '),
      });
    }
  }
  return rows;
}

const s1 = (ms) => (ms === null ? '' : (ms / 1000).toFixed(1));

function markdown(result) {
  const out = [];
  for (const name of result.scenarioNames) {
    const scenario = scenarios(result.variant, 1)[name];
    const mean = meanMbps(scenario.schedule, scenario.durationMs);
    out.push(`#### ${scenario.label} (link emulator, RTT ${RTT_MS} ms${name === 'jitter' ? `, mean ${mean.toFixed(2)} Mb/s in run 1's trace` : ''})`, '');
    out.push('| page | runs | rebuffers | rebuffer s | frozen s (samples) | s at 720p | s at 360p | s at 180p | switches | max switches in 10 s | back to 720p s | per run (count/time) |');
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const r of result.summary.filter((x) => x.scenario === name)) {
      const back = scenario.returnAt === null ? '—' : r.neverBack > r.started / 2 || r.backToTopMs === null ? `not in ${s1(scenario.durationMs - scenario.returnAt)}` : s1(r.backToTopMs);
      out.push(
        `| ${PAGES[r.page].label} | ${r.started}/${r.runs} | ${r.rebuffers ?? ''} | ${s1(r.rebufferMs)} | ${s1(r.frozenMs)} | ` +
          `${HEIGHTS.map((h) => s1(r.timeAt[h])).join(' | ')} | ${r.switches ?? ''} | ${r.worstWindow ?? ''}${r.oscillatingRuns ? ` (oscillates in ${r.oscillatingRuns})` : ''} | ${back} | ${r.perRun} |`,
      );
    }
    out.push('');
  }
  out.push(`Medians of the runs per cell; oscillation is more than ${OSCILLATION_SWITCHES} rendition switches within ${OSCILLATION_WINDOW_MS / 1000} s (the max column is the worst window of any run).`);
  return out.join('\n');
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
    if (!(error instanceof NoDistError)) throw error;
    console.error(`bench: ${error.message}`);
    process.exit(1);
  }
  const previous = args.add && existsSync(join(RESULTS, 'weak-latest.json')) ? JSON.parse(readFileSync(join(RESULTS, 'weak-latest.json'), 'utf8')) : null;
  if (previous && previous.variant !== args.variant) throw new Error(`--add: weak-latest.json is a ${previous.variant} run, this one is ${args.variant}`);
  const started = Date.now();
  const server = await startLiveServer({ port: 0, staticRoots: [{ prefix: '/', dir: snapshot.dir }] });
  const result = {
    date: new Date().toISOString(),
    variant: args.variant,
    args,
    machine: { cpus: cpus().length, node: process.version, chromium: null, loadavgBefore: loadavg() },
    runs: previous?.runs ?? [],
  };
  const firstIndex = (scenario) => result.runs.filter((r) => r.scenario === scenario && r.page === args.pages[0]).length;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  result.machine.chromium = browser.version();
  console.log(`weak: ${args.runs} runs × ${args.pages.join('/')} × ${args.scenarios.join('/')} (${args.variant}), Chromium ${result.machine.chromium}`);
  try {
    for (const name of args.scenarios) {
      for (let k = 0, i = firstIndex(name); k < args.runs; k++, i++) {
        // Same jitter trace for every page of run i; alternate which page goes first.
        const scenario = scenarios(args.variant, 1 + i)[name];
        const order = i % 2 ? [...args.pages].reverse() : args.pages;
        const line = [];
        for (const page of order) {
          const run = await runPage(browser, server, snapshot, name, scenario, page, i);
          result.runs.push(run);
          line.push(run.started ? `${page} ${run.rebuffers} rebuffers ${s1(run.rebufferMs)} s, ${run.switches} switches` : `${page} no frame`);
        }
        console.log(`  ${name} #${i + 1}: ${line.join(' · ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    snapshot.dispose();
  }
  result.scenarioNames = ['steps', 'jitter', 'outage'].filter((s) => result.runs.some((r) => r.scenario === s));
  const pages = Object.keys(PAGES).filter((p) => result.runs.some((r) => r.page === p));
  result.summary = summarize(result.runs, result.scenarioNames, pages);
  result.seconds = Math.round((Date.now() - started) / 1000);
  result.machine.loadavgAfter = loadavg();
  const md = markdown(result);
  console.log(`\n${md}`);
  mkdirSync(RESULTS, { recursive: true });
  const stamp = result.date.replace(/[:.]/g, '-');
  writeFileSync(join(RESULTS, `weak-${stamp}.json`), JSON.stringify(result, null, 1));
  writeFileSync(join(RESULTS, 'weak-latest.json'), JSON.stringify(result, null, 1));
  writeFileSync(join(RESULTS, 'weak-latest.md'), `${md}\n`);
  console.log(`weak: load average ${result.machine.loadavgBefore[0].toFixed(1)} before, ${result.machine.loadavgAfter[0].toFixed(1)} after; ${result.seconds} s; results in test/bench/results/weak-${stamp}.json (and weak-latest.json, weak-latest.md)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
