// Offline answerer latency in a real browser on a phone-class CPU: headless Chromium with DevTools CPU throttling
// (Emulation.setCPUThrottlingRate, 4x by default), the built shoplive/assistant (dist/assistant.js and its chunks).
// See docs/assistant.md.
//
//   node test/bench/assistant.mjs [--runs 7] [--rate 4]
//
// First question: each run opens a fresh page (nothing cached in memory), imports the module, then times its very
// first answerQuestion call: cold (indexes, the browser's Intl data and the locale's templates included), and after
// prepareAnswerer(locale) (what the widget runs while the page is idle). Steady state: one page asks every question
// of the evaluation sets (test/assistant/eval) and reports p50/p95. It does not build.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { NoDistError, takeSnapshot } from './snapshot.mjs';
import { FAQS, PRODUCTS } from '../assistant/eval/products.mjs';

const args = { runs: 7, rate: 4 };
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--runs') args.runs = Number(process.argv[++i]);
  else if (process.argv[i] === '--rate') args.rate = Number(process.argv[++i]);
}

/** First questions: one per script family (Latin with a country name, Japanese with one, Arabic, Chinese, Korean). */
const FIRST = [
  ['en', 'linen-shirt', 'Does it ship to Canada?'],
  ['en', 'linen-shirt', 'Is it machine washable?'],
  ['ja', 'linen-shirt', 'カナダに送れますか？'],
  ['ar', 'anc-headphones', 'كم وزن السماعة؟'],
  ['zh-CN', 'oak-lamp', '台灯有多高？'],
  ['ko', 'rose-serum', '한국으로 배송되나요?'],
];

const sets = [];
for (const [file, name] of [['tuning', 'TUNING'], ['heldout', 'HELDOUT'], ['blind', 'BLIND'], ['blind2', 'BLIND2']]) {
  const module = await import(`../assistant/eval/questions-${file}.mjs`);
  for (const [locale, list] of Object.entries(module[name])) for (const [product, question] of list) sets.push([locale, product, question]);
}

const TYPES = { '.js': 'text/javascript', '.html': 'text/html' };
let snapshot;
try {
  snapshot = await takeSnapshot();
} catch (error) {
  if (error instanceof NoDistError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const PAGE = `<!doctype html><html lang="en"><body><script type="module">
  const started = performance.now();
  const assistant = await import('/dist/assistant.js');
  window.assistantModule = assistant;
  window.importMs = performance.now() - started;
</script></body></html>`;
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  try {
    const body = readFileSync(join(snapshot.dir, normalize(path).replace(/^(\.\.[/\\])+/, '')));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: args.rate });
  await page.goto(origin);
  await page.waitForFunction(() => window.assistantModule);
  return { context, page };
}

/** Runs questions in the page, each timed there: [ms, ok] per question. */
function ask(page, questions) {
  return page.evaluate(async ({ questions, products, faqs }) => {
    const out = [];
    for (const [locale, product, question] of questions) {
      const start = performance.now();
      const result = await window.assistantModule.answerQuestion(question, { product: products[product], faq: faqs[product], locale });
      out.push([performance.now() - start, result.ok]);
    }
    return out;
  }, { questions, products: PRODUCTS, faqs: FAQS });
}

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const ms = (value) => `${value.toFixed(1)} ms`;

try {
  console.log(`CPU throttling ${args.rate}x, ${args.runs} fresh pages per first question\n`);
  console.log('| first question | locale | cold: min | cold: median | after prepareAnswerer: min | median | module import (median) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [locale, product, question] of FIRST) {
    const cold = [];
    const warm = [];
    const imports = [];
    for (let run = 0; run < args.runs; run++) {
      for (const prepared of [false, true]) {
        const { context, page } = await openPage();
        imports.push(await page.evaluate(() => window.importMs));
        if (prepared) await page.evaluate((locale) => window.assistantModule.prepareAnswerer(locale), locale);
        (prepared ? warm : cold).push((await ask(page, [[locale, product, question]]))[0][0]);
        await context.close();
      }
    }
    const row = [Math.min(...cold), percentile(cold, 50), Math.min(...warm), percentile(warm, 50), percentile(imports, 50)].map(ms);
    console.log(`| ${question} | ${locale} | ${row.join(' | ')} |`);
  }
  const { context, page } = await openPage();
  const times = (await ask(page, sets)).map(([time]) => time);
  await context.close();
  console.log(`\nAll ${times.length} evaluation questions in one page (the first included): p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}`);
} finally {
  await browser.close();
  server.close();
  snapshot.dispose();
}
