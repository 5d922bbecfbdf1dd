// Real-time start-race timings: what the browser tests only order (first frame before or after RTC is given up, the
// fallback no sooner than its budget), this measures in ms, median of N runs, in headless Chromium against the
// simulated Agora channel and the local live HLS stream. See docs/rtc.md ("Timings").
//
//   node test/bench/rtc.mjs [--runs 5] [--delay 100]
//
// --delay puts the HLS origin that many ms away (every response of the stream is held that long).
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startLiveServer } from '../../demo/server/live-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { runs: 5, delay: 100 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--delay') args.delay = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]} (use --runs N, --delay MS)`);
  }
  return args;
}

const SCENARIOS = [
  { name: 'Agora unreachable, HLS plays while RTC is tried (default)', scenario: { kind: 'unreachable', mode: 'play', rtcTimeoutMs: 3000 }, report: ['firstFrame', 'givenUp'] },
  { name: 'Agora unreachable, HLS warmed only', scenario: { kind: 'unreachable', mode: 'warm', rtcTimeoutMs: 3000 }, report: ['firstFrame', 'givenUp'] },
  { name: 'Agora unreachable, sequential fallback', scenario: { kind: 'unreachable', mode: 'none', rtcTimeoutMs: 3000 }, report: ['firstFrame', 'givenUp'] },
  { name: 'joined, nobody publishes (rtc-timeout 1000 ms)', scenario: { kind: 'no-publisher', rtcTimeoutMs: 1000 }, report: ['firstFrame', 'givenUp'] },
  { name: 'RTC drops, no reconnect (budget 1500 ms)', scenario: { kind: 'drop', reconnectBudgetMs: 1500 }, report: ['fallbackAfterDrop', 'hlsFrameAfterDrop', 'stalls'] },
  { name: 'RTC joins 1500 ms late: HLS -> RTC switch', scenario: { kind: 'late-rtc', joinDelayMs: 1500 }, report: ['firstFrame', 'switchGap', 'stalls'] },
];

const LABELS = {
  firstFrame: 'first frame',
  givenUp: 'RTC given up',
  fallbackAfterDrop: 'drop -> HLS engine',
  hlsFrameAfterDrop: 'drop -> first HLS frame',
  switchGap: 'last HLS -> first RTC frame',
  stalls: 'stalls',
};

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (node test/chromium.mjs)');
  const dir = mkdtempSync(join(tmpdir(), 'shoplive-rtc-bench-'));
  await build({ entryPoints: [join(here, 'rtc-harness.ts')], bundle: true, format: 'esm', outfile: join(dir, 'harness.js'), logLevel: 'warning', target: 'es2022' });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/harness.js"></script>');
  const server = await startLiveServer({ port: 0, quiet: true, staticRoots: [{ prefix: '/', dir }] });
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
  const rows = [];
  try {
    for (const { name, scenario, report } of SCENARIOS) {
      const runs = [];
      for (let i = 0; i < args.runs; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}/index.html`);
        await page.waitForFunction(() => '__rtcBench' in window);
        const src = `${server.url}/live/master.m3u8?sid=rtcbench-${Date.now().toString(36)}-${i}&delay=${args.delay}`;
        runs.push(await page.evaluate(([s, u]) => window.__rtcBench(s, u), [scenario, src]));
        await context.close();
      }
      const row = { name, scenario, runs, median: Object.fromEntries(report.map((key) => [key, median(runs.map((run) => run[key]))])) };
      rows.push(row);
      console.log(`${name}: ${report.map((key) => `${LABELS[key]} ${Math.round(row.median[key] ?? NaN)}${key === 'stalls' ? '' : ' ms'}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const table = [
    `Real-time start race, median of ${args.runs} runs, HLS origin ${args.delay} ms away (Chromium, ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)})`,
    '',
    '| scenario | ' + Object.values(LABELS).join(' | ') + ' |',
    '|---|' + Object.keys(LABELS).map(() => '---:').join('|') + '|',
    ...rows.map((row) => `| ${row.name} | ${Object.keys(LABELS).map((key) => (row.median[key] == null ? '' : Math.round(row.median[key]))).join(' | ')} |`),
  ].join('\n');
  console.log(`\n${table}`);
  const results = join(here, 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'rtc-latest.md'), `${table}\n`);
  writeFileSync(join(results, 'rtc-latest.json'), JSON.stringify({ args, rows }, null, 2));
}

await main();
