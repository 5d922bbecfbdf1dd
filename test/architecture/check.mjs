// The shape docs/architecture.md promises, checked on every `npm test` (`npm run test:architecture`, before the
// browser tests): no import cycles in src/ (static or type imports; lazy `import()` is how capabilities stay apart, so
// it does not count), no hand-written file over 450 lines, the player element under 300, and every CSS custom
// property documented in docs/theming.md.
//
//   node test/architecture/check.mjs [--report]   (--report prints the largest files and the import graph's size)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cssApiProblems } from './css-api.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');
const MAX_LINES = 450;
const LIMITS = { 'src/player/player.ts': 299 };
/** Generated files, known by name (`*.generated.ts`, written by a script next to them): the only ones without a limit. */
const EXEMPT = [/\.generated\.[cm]?[jt]s$/];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

/**
 * Static and type imports/re-exports of a module, and module types (`typeof import('./x.js')`); `import(...)`
 * expressions are lazy edges, not counted.
 */
function importsOf(file, text) {
  const specifiers = [];
  const pattern = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) specifiers.push(match[1]);
  for (const match of text.matchAll(/\btypeof\s+import\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mjs'))
    .map((path) => (path.endsWith('.ts') || path.endsWith('.mjs') ? path : `${path}.ts`));
}

/** Tarjan's strongly connected components: every component of more than one module (or a self-import) is a cycle. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const found = [];
  const visit = (node) => {
    meta.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!meta.has(next)) {
        visit(next);
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).low);
      } else if (meta.get(next).onStack) {
        meta.get(node).low = Math.min(meta.get(node).low, meta.get(next).index);
      }
    }
    if (meta.get(node).low === meta.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        meta.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!meta.has(node)) visit(node);
  return found;
}

const all = files(src);
const graph = new Map();
const problems = [];
const sizes = [];
for (const file of all) {
  const text = readFileSync(file, 'utf8');
  graph.set(file, importsOf(file, text));
  const name = relative(root, file);
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  sizes.push([lines, name]);
  const limit = LIMITS[name] ?? (EXEMPT.some((pattern) => pattern.test(name)) ? Infinity : MAX_LINES);
  if (lines > limit) problems.push(`${name}: ${lines} lines (at most ${limit})`);
}
for (const component of cycles(graph)) problems.push(`import cycle: ${component.map((file) => relative(root, file)).sort().join(' <-> ')}`);

// Every CSS custom property the code reads is documented in docs/theming.md, and nothing documented there is gone.
const used = new Set();
for (const file of all) for (const match of readFileSync(file, 'utf8').matchAll(/var\((--shoplive-[a-z0-9-]+)/g)) used.add(match[1]);
const documented = new Set([...readFileSync(join(root, 'docs/theming.md'), 'utf8').matchAll(/^\| `(--shoplive-[a-z0-9-]+)`/gm)].map((match) => match[1]));
for (const name of used) if (!documented.has(name)) problems.push(`${name} is used in src/ but not documented in docs/theming.md`);
for (const name of documented) if (!used.has(name)) problems.push(`${name} is documented in docs/theming.md but no longer used`);

// Every element's class comment lists its parts and the custom properties it reads, one line each (css-api.mjs).
const cssApi = cssApiProblems(root, all);
problems.push(...cssApi.problems);

// The event contract (docs/architecture.md, "Events"): events are created only by emit() in internal/events.ts, and
// every name in its EVENTS has an `@event name - description {DetailType}` line on the class comment of an element.
const contract = readFileSync(join(src, 'internal/events.ts'), 'utf8');
const eventNames = [...contract.matchAll(/^\s+\w+: '(shoplive-[a-z-]+)',$/gm)].map((match) => match[1]);
const documentedEvents = new Set();
for (const file of all) {
  const text = readFileSync(file, 'utf8');
  for (const [line, name] of text.matchAll(/^ \* @event (\S+).*$/gm)) {
    if (/ - .+ \{[^}]+\}$/.test(line)) documentedEvents.add(name);
    else problems.push(`${relative(root, file)}: "${line.trim()}" is not \`@event name - description {DetailType}\``);
  }
  if (file !== join(src, 'internal/events.ts') && /new CustomEvent\(\s*(?:['"`]shoplive-|[A-Z_]*EVENTS\.)/.test(text)) {
    problems.push(`${relative(root, file)} creates a shoplive-* event by hand: use emit() from src/internal/events.ts`);
  }
}
for (const name of eventNames) if (!documentedEvents.has(name)) problems.push(`${name} has no \`@event ${name} - … {DetailType}\` line on an element`);

if (process.argv.includes('--report')) {
  sizes.sort((a, b) => b[0] - a[0]);
  console.log(sizes.slice(0, 15).map(([lines, name]) => `${String(lines).padStart(5)}  ${name}`).join('\n'));
  console.log(`${all.length} modules, ${[...graph.values()].reduce((sum, edges) => sum + edges.length, 0)} static imports`);
}
if (problems.length) {
  console.error(`architecture: ${problems.length} problem(s)\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`architecture: ${all.length} modules, no import cycle, no file over its line limit, ${cssApi.elements} elements' parts and custom properties documented`);
