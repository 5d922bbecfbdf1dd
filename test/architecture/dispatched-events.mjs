// Which shoplive-* events each module of src/ dispatches, and which modules each element's code can reach (static and
// dynamic imports), read with the TypeScript parser: the per-element half of the manifest check. A module dispatches
// an event when it calls `emit(…)` (or a local method that passes its own parameter on to `emit`) with the event's
// name: a literal 'shoplive-…', `EVENTS.key`, or a key of a `…_EVENTS` table built from EVENTS.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** name tables: `EVENTS` from src/internal/events.ts, and every `export const X_EVENTS = { key: EVENTS.y | 'shoplive-…' }`. */
function eventTables(parsed, eventNames) {
  const tables = new Map([['EVENTS', eventNames]]);
  for (const { source } of parsed.values()) {
    source.forEachChild(function visit(node) {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && /_EVENTS$/.test(node.name.text)) {
        let init = node.initializer;
        while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression?.(init))) init = init.expression;
        if (init && ts.isObjectLiteralExpression(init)) {
          const table = new Map();
          for (const property of init.properties) {
            if (ts.isPropertyAssignment(property)) {
              const name = literalName(property.initializer, new Map([['EVENTS', eventNames]]));
              if (name) table.set(property.name.getText(), name);
            }
          }
          tables.set(node.name.text, table);
        }
      }
      // `export { EVENTS as SCHEDULE_EVENTS }`: the whole registry under another name.
      if (ts.isExportSpecifier(node) && node.propertyName?.text === 'EVENTS') tables.set(node.name.text, eventNames);
      node.forEachChild(visit);
    });
  }
  return tables;
}

function literalName(node, tables) {
  if (!node) return null;
  if (ts.isStringLiteralLike(node)) return /^shoplive-[a-z-]+$/.test(node.text) ? node.text : null;
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) return tables.get(node.expression.text)?.get(node.name.text) ?? null;
  return null;
}

const calleeName = (call) => (ts.isIdentifier(call.expression) ? call.expression.text : ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : null);

/**
 * @param {string[]} files  the .ts modules of src/ (no tests)
 * @param {Map<string,string>} eventNames  EVENTS key → 'shoplive-…' name
 * @returns {{ dispatched: Map<string, Set<string>>, reach: (file: string) => Set<string> }}
 */
export function dispatchedEvents(files, eventNames) {
  const parsed = new Map(files.map((file) => [file, { source: ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true) }]));
  const tables = eventTables(parsed, eventNames);
  const dispatched = new Map();
  const imports = new Map();
  for (const [file, { source }] of parsed) {
    const names = new Set();
    const targets = new Set();
    // Local senders: methods or functions that hand one of their parameters to emit() as the name.
    const senders = new Map();
    source.forEachChild(function findSenders(node) {
      if ((ts.isMethodDeclaration(node) || ts.isFunctionDeclaration(node)) && node.name && node.body) {
        const params = node.parameters.map((each) => each.name.getText());
        node.body.forEachChild(function inBody(inner) {
          if (ts.isCallExpression(inner) && calleeName(inner) === 'emit') {
            // The name is the first argument of `this.emit(name, …)` and the second of `emit(target, name, …)`.
            const name = inner.arguments[ts.isPropertyAccessExpression(inner.expression) ? 0 : 1];
            if (name && ts.isIdentifier(name) && params.includes(name.text)) senders.set(node.name.getText(), params.indexOf(name.text));
          }
          inner.forEachChild(inBody);
        });
      }
      node.forEachChild(findSenders);
    });
    source.forEachChild(function visit(node) {
      if (ts.isCallExpression(node)) {
        const callee = calleeName(node);
        if (callee === 'emit') {
          for (const arg of node.arguments.slice(0, 2)) {
            const name = literalName(arg, tables);
            if (name) names.add(name);
          }
        } else if (callee && senders.has(callee)) {
          const name = literalName(node.arguments[senders.get(callee)], tables);
          if (name) names.add(name);
        }
        if (node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) targets.add(node.arguments[0].text);
      }
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteralLike(node.moduleSpecifier) && !(node.importClause?.isTypeOnly || node.isTypeOnly)) targets.add(node.moduleSpecifier.text);
      node.forEachChild(visit);
    });
    dispatched.set(file, names);
    imports.set(file, [...targets].filter((each) => each.startsWith('.')).map((each) => resolve(dirname(file), each.replace(/\.js$/, '.ts'))).filter((each) => parsed.has(each)));
  }
  const reach = (start) => {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length) for (const next of imports.get(queue.pop()) ?? []) if (!seen.has(next)) seen.add(next), queue.push(next);
    return seen;
  };
  return { dispatched, reach };
}
