// Every budget in .size-limit.json counts the whole of what its first file loads before it can run: the files it
// imports statically, and theirs. A chunk that joins that closure without being named in the budget (rollup moved a
// module, or a manual chunk took in a dependency) fails here, with the chunk that pulled it in, instead of leaving
// the budget green while shoppers download more. Lit and the shared core are named by the budgets that say "without".
//
//   node test/package/static-closure.mjs      (after `npm run build`; part of `npm run size`)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
/** Chunks a budget may leave out when its name says so ("without lit", "without the shared core"). */
const SHARED = [/^dist\/chunks\/lit-[\w-]+\.js$/, /^dist\/chunks\/core-[\w-]+\.js$/];

const globToRegExp = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);

/** The chunks a built file imports statically (`import … from "./x.js"`, `export … from`), not `import()`. */
function staticImports(file) {
  const text = readFileSync(file, 'utf8');
  const found = new Set();
  for (const match of text.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    found.add(join(dirname(file), match[1]));
  }
  return [...found];
}

function closure(entry) {
  const seen = new Map([[entry, null]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift();
    for (const dependency of staticImports(file)) {
      if (seen.has(dependency)) continue;
      seen.set(dependency, file);
      queue.push(dependency);
    }
  }
  return seen;
}

/**
 * What a budget may take as already loaded, by the start of the names of the budgets it builds on: a lazy feature of
 * the player arrives after the player element, the size panel after its trigger, the assistant's widget, phrases and
 * place names after its core. Their closures are not counted again.
 */
const BUILDS_ON = [
  [/^(hls engine|subtitle layer|mini-player|replay|real-time race|player "Ask")/, ['player element']],
  [/^size helper panel/, ['size helper element']],
  [/^assistant (widget|answer templates|place names)/, ['product assistant core']],
];
/** Reported only, never a budget to hold: the vendor SDK. */
const REPORTED = /\(reported;/;

const entriesOf = (budget) => {
  const first = [budget.path].flat()[0];
  if (!first.includes('*')) return [first];
  const dir = dirname(first);
  return readdirSync(join(root, dir)).map((name) => join(dir, name)).filter((path) => globToRegExp(first).test(path));
};
const closureFiles = (budget) => new Set(entriesOf(budget).flatMap((entry) => [...closure(join(root, entry)).keys()].map((file) => relative(root, file))));

const problems = [];
let checked = 0;
for (const budget of budgets) {
  if (REPORTED.test(budget.name)) continue;
  const patterns = [budget.path].flat().map(globToRegExp);
  const entries = entriesOf(budget);
  if (!entries.length || !entries.every((entry) => existsSync(join(root, entry)))) {
    problems.push(`${budget.name}: ${[budget.path].flat()[0]} was not built`);
    continue;
  }
  const assumed = new Set();
  for (const [pattern, bases] of BUILDS_ON) {
    if (!pattern.test(budget.name)) continue;
    for (const base of bases) for (const file of closureFiles(budgets.find((other) => other.name.startsWith(base)))) assumed.add(file);
  }
  const leavesOutShared = /without (lit|the shared core)/.test(budget.name);
  for (const entry of entries) {
    checked++;
    for (const [file, importer] of closure(join(root, entry))) {
      const path = relative(root, file);
      if (patterns.some((pattern) => pattern.test(path)) || assumed.has(path)) continue;
      if (leavesOutShared && SHARED.some((pattern) => pattern.test(path))) continue;
      problems.push(`${budget.name.slice(0, 60)}…: ${entry} loads ${path} (imported by ${relative(root, importer)}), which the budget does not count`);
    }
  }
}
if (problems.length) {
  console.error(`static closure: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`static closure: ${checked} budgeted files; everything they load statically is counted`);
