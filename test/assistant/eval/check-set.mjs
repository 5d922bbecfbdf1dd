#!/usr/bin/env node
// Checks a question set's labels against the product data, without the answerer (so checking a set tells its author
// nothing about how the answerer does on it):
//   node test/assistant/eval/check-set.mjs questions-blind6.mjs BLIND6
// - every entry is [productId, question, source, value] or [productId, question, null];
// - the product exists, and the source names a field present on that product (`a.b` paths, `faq[n]` for FAQS);
// - the value (or at least one of its alternatives) occurs in that field's data after case, width and accent
//   folding; a country code in origin/shipping also counts under its name in each of the ten locales;
// - counts per locale and the share of unanswerable questions.
// Exits 1 when any label is wrong.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FAQS, PRODUCTS } from './products.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const LOCALES = ['en', 'zh-CN', 'zh-TW', 'es', 'fr', 'de', 'ja', 'ko', 'pt-BR', 'ar'];

const [fileArg, exportName] = process.argv.slice(2);
if (!fileArg || !exportName) {
  console.error('usage: node test/assistant/eval/check-set.mjs <questions-file.mjs> <EXPORT_NAME>');
  process.exit(2);
}
const file = [path.resolve(fileArg), path.resolve(here, fileArg)].find((f) => existsSync(f));
if (!file) {
  console.error(`no such file: ${fileArg}`);
  process.exit(2);
}
const set = (await import(pathToFileURL(file).href))[exportName];
if (!set || typeof set !== 'object') {
  console.error(`${path.basename(file)} has no export ${exportName}`);
  process.exit(2);
}

/** The evaluator's folding (case, width, accents, Arabic-Indic digits, no-break spaces), so both agree on a match. */
const plain = (text) => text.replace(/[\u2066-\u2069]/g, '').normalize('NFKC').normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u00a0\u202f]/g, ' ');

const regionNames = LOCALES.map((l) => new Intl.DisplayNames([l], { type: 'region' }));
const isCountryField = (source) => source === 'origin' || source.startsWith('shipping');

/** The field a source names, or undefined when the product does not have it. */
function resolve(productId, source) {
  const faq = /^faq\[(\d+)\]$/.exec(source);
  if (faq) return FAQS[productId]?.[Number(faq[1])];
  let value = PRODUCTS[productId];
  for (const key of source.split('.')) value = value == null ? undefined : value[key];
  return value;
}

/** Every text and number in a field, folded; country codes also by name. */
function texts(value, countries, out = []) {
  if (value == null) return out;
  if (typeof value === 'object') {
    for (const v of Object.values(value)) texts(v, countries, out);
    return out;
  }
  const text = String(value);
  out.push(plain(text));
  if (countries && /^[A-Z]{2}$/.test(text)) {
    for (const names of regionNames) out.push(plain(names.of(text)));
  }
  return out;
}

const errors = [];
const rows = [];
const perProduct = {};
let total = 0;
let unanswerable = 0;

for (const locale of Object.keys(set)) if (!LOCALES.includes(locale)) errors.push(`${locale}: not one of the ten locales`);
for (const locale of LOCALES) {
  const entries = set[locale];
  if (!Array.isArray(entries)) {
    errors.push(`${locale}: missing`);
    continue;
  }
  const seen = new Set();
  const products = new Set();
  let nulls = 0;
  entries.forEach((entry, i) => {
    const at = `${locale}[${i}]`;
    if (!Array.isArray(entry)) return errors.push(`${at}: not an array`);
    const [productId, question, source, value] = entry;
    const where = `${at} ${JSON.stringify(question)}`;
    if (!PRODUCTS[productId]) errors.push(`${where}: no product ${JSON.stringify(productId)}`);
    else products.add(productId);
    perProduct[productId] = (perProduct[productId] ?? 0) + 1;
    if (typeof question !== 'string' || !question.trim()) errors.push(`${at}: question is not text`);
    else if (seen.has(plain(question))) errors.push(`${where}: asked twice in ${locale}`);
    else seen.add(plain(question));
    if (source === null) {
      nulls++;
      if (entry.length !== 3) errors.push(`${where}: an unanswerable entry has 3 items, not ${entry.length}`);
      return;
    }
    if (typeof source !== 'string' || entry.length !== 4) return errors.push(`${where}: expected [id, question, source, value] or [id, question, null]`);
    const alternatives = Array.isArray(value) ? value : [value];
    if (!alternatives.length || alternatives.some((a) => typeof a !== 'string' || !a)) return errors.push(`${where}: value must be a text or a list of texts`);
    if (!PRODUCTS[productId]) return;
    const field = resolve(productId, source);
    if (field === undefined) return errors.push(`${where}: ${productId} has no field ${source}`);
    const data = texts(field, isCountryField(source));
    if (!alternatives.some((a) => data.some((t) => t.includes(plain(a))))) {
      errors.push(`${where}: none of ${JSON.stringify(alternatives)} occurs in ${productId}.${source}`);
    }
  });
  total += entries.length;
  unanswerable += nulls;
  const missing = Object.keys(PRODUCTS).filter((p) => !products.has(p));
  rows.push(`${locale.padEnd(6)} ${String(entries.length).padStart(3)} questions, ${String(nulls).padStart(2)} unanswerable` +
    (missing.length ? `, no question about ${missing.join(', ')}` : ', all products'));
}

console.log(`${path.basename(file)} ${exportName}`);
for (const row of rows) console.log(row);
console.log(`total  ${total} questions, ${unanswerable} unanswerable (${total ? ((100 * unanswerable) / total).toFixed(1) : 0}%)`);
console.log(`per product: ${Object.entries(perProduct).map(([p, n]) => `${p} ${n}`).join(', ')}`);
if (errors.length) {
  console.log(`\n${errors.length} label error(s):`);
  for (const e of errors) console.log(`  ${e}`);
  process.exit(1);
}
console.log('labels ok');
