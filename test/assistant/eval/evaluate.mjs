#!/usr/bin/env node
// npm run eval:assistant — asks the offline answerer every question of the tuning, held-out and blind sets (questions-*.mjs)
// about the products in products.mjs and scores each answer:
//   answerable: correct (ok, the expected source among `sources`, every expected string in the text), declined
//               (ok: false — a miss, not an error), or wrong (ok with another source or value);
//   (an expected string may be a list of alternatives: the value in any of the data's languages)
//   unanswerable: declined (correct) or wrong (anything answered).
//   --verbose       list every miss and wrong answer
//   --write-docs    put the tables into docs/assistant.md (between the eval markers)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAssistant } from './bundle.mjs';
import { FAQS, PRODUCTS } from './products.mjs';
import { TUNING } from './questions-tuning.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.resolve(here, '../../../docs/assistant.md');
const verbose = process.argv.includes('--verbose');
const LOCALES = ['en', 'zh-CN', 'zh-TW', 'es', 'fr', 'de', 'ja', 'ko', 'pt-BR', 'ar'];
const NOW = new Date('2026-12-02T12:00:00Z');

const heldoutFile = path.join(here, 'questions-heldout.mjs');
const sets = [['tuning', TUNING]];
if (existsSync(heldoutFile)) sets.push(['held-out', (await import(heldoutFile)).HELDOUT]);
const blindFile = path.join(here, 'questions-blind.mjs');
if (existsSync(blindFile)) sets.push(['blind', (await import(blindFile)).BLIND]);
const blind2File = path.join(here, 'questions-blind2.mjs');
if (existsSync(blind2File)) sets.push(['blind2', (await import(blind2File)).BLIND2]);
const blind3File = path.join(here, 'questions-blind3.mjs');
if (existsSync(blind3File)) sets.push(['blind3', (await import(blind3File)).BLIND3]);
for (const n of [4, 5, 6, 7, 8, 9, 10, 11, 12, 13]) {
  const file = path.join(here, `questions-blind${n}.mjs`);
  if (existsSync(file)) sets.push([`blind${n}`, (await import(file))[`BLIND${n}`]]);
}

const { answerQuestion } = await loadAssistant();

/** An expected source names a field or a group of fields: `returns` is answered by `returns.days` too. */
const fieldOf = (source, expected) => source === expected || source.startsWith(`${expected}.`);

/** Text compared without bidi isolates, case or width differences, and with Western digits. */
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '').normalize('NFKC').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u00a0\u202f]/g, ' ');

// Warm-up: the first question in a locale loads its templates and Intl data; reported separately.
const firstStart = performance.now();
await answerQuestion('does it ship to Canada?', { product: PRODUCTS['linen-shirt'], locale: 'en' });
const firstMs = performance.now() - firstStart;
for (const locale of LOCALES) await answerQuestion('material?', { product: PRODUCTS['linen-shirt'], locale });

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const results = {};
const problems = [];
for (const [name, set] of sets) {
  const rows = {};
  const times = [];
  for (const locale of LOCALES) {
    const row = { answerable: 0, correct: 0, missed: 0, unanswerable: 0, declined: 0, wrong: 0 };
    for (const [productId, question, expected, ...values] of set[locale] ?? []) {
      const start = performance.now();
      const result = await answerQuestion(question, { product: PRODUCTS[productId], faq: FAQS[productId], locale }, { now: NOW });
      times.push(performance.now() - start);
      const answered = result.ok === true;
      if (expected === null) {
        row.unanswerable++;
        if (answered) row.wrong++, problems.push(`${name} ${locale} WRONG (should decline) ${productId}: ${question} -> ${result.text}`);
        else row.declined++;
        continue;
      }
      row.answerable++;
      if (!answered) {
        row.missed++;
        problems.push(`${name} ${locale} missed ${productId}: ${question} (${expected}) -> ${result.reason}`);
      } else if (result.sources.some((source) => fieldOf(source, expected)) && values.every((value) => [value].flat().some((option) => plain(result.text).includes(plain(option))))) row.correct++;
      else {
        row.wrong++;
        problems.push(`${name} ${locale} WRONG ${productId}: ${question} (${expected} ${values.join('|')}) -> [${result.sources}] ${result.text}`);
      }
    }
    rows[locale] = row;
  }
  results[name] = { rows, p95: percentile(times, 95), p50: percentile(times, 50), max: Math.max(...times), count: times.length };
}

/** The round whose tuning first used each held-out set's misses: from then on its numbers are not blind. */
const TUNED_SINCE = { 'held-out': 2, blind: 3, blind2: 4, blind3: 4, blind4: 5, blind5: 6, blind6: 7, blind7: 7, blind8: 8, blind9: 8, blind10: 9, blind11: 9, blind12: 10, blind13: 10 };
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
function table(name) {
  const { rows, p95, p50, count } = results[name];
  const lines = [
    `**${name}** (${count} questions${TUNED_SINCE[name] ? `, tuned on since round ${TUNED_SINCE[name]}` : ''}; latency per question p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms)`,
    '',
    '| locale | answerable | answered correctly | unanswerable | correctly declined | wrongly answered (all questions) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const total = { answerable: 0, correct: 0, unanswerable: 0, declined: 0, wrong: 0 };
  for (const locale of LOCALES) {
    const row = rows[locale];
    for (const key of Object.keys(total)) total[key] += row[key];
    lines.push(`| ${locale} | ${row.answerable} | ${pct(row.correct, row.answerable)} | ${row.unanswerable} | ${pct(row.declined, row.unanswerable)} | ${row.wrong} (${pct(row.wrong, row.answerable + row.unanswerable)}) |`);
  }
  lines.push(`| **all** | ${total.answerable} | **${pct(total.correct, total.answerable)}** | ${total.unanswerable} | **${pct(total.declined, total.unanswerable)}** | **${total.wrong} (${pct(total.wrong, total.answerable + total.unanswerable)})** |`);
  return lines.join('\n');
}

const report = [...sets.map(([name]) => table(name)), `First question of a page in Node (builds the keyword index and the English country names): ${firstMs.toFixed(0)} ms on this machine.`].join('\n\n');
console.log(report);
if (verbose) console.log(`\n${problems.join('\n')}`);
else if (problems.length) console.log(`\n${problems.length} misses or wrong answers (--verbose lists them)`);

if (process.argv.includes('--write-docs')) {
  const text = readFileSync(docs, 'utf8');
  const start = '<!-- eval:start -->';
  const end = '<!-- eval:end -->';
  writeFileSync(docs, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${report}\n${end}`));
}
