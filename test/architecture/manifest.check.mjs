// custom-elements.json against the code, both ways (`npm run test:manifest`, after `npm run build` wrote both): every
// element, observed attribute, public property and method, event, part, slot and custom property that exists is in
// the manifest, and the manifest names nothing else. "Exists" is read from the code, not from the JSDoc the manifest
// is made of: the tags and observed attributes of the built elements as Lit registers them (imported in Node, where
// Lit's DOM shim keeps a registry), public members from the TypeScript source, events and detail types from the
// registry in src/internal/events.ts, which element sends which event from the emit() calls its modules make
// (dispatched-events.mjs), parts, slots and custom properties from templates and styles (css-api.mjs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { LitElement } from 'lit';
import { elementsInCode } from './css-api.mjs';
import { dispatchedEvents } from './dispatched-events.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// ---- the built elements, registered by their own entry points --------------------------------------------------
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const exported = new Map();
for (const [key, target] of Object.entries(pkg.exports)) {
  if (key === './package.json' || key === './react') continue;
  const module = await import(pathToFileURL(join(root, target.default)).href);
  for (const [name, value] of Object.entries(module)) if (typeof value === 'function') exported.set(value, name);
}
const registry = globalThis.customElements?.__definitions;
if (!(registry instanceof Map)) throw new Error("manifest: Lit's Node DOM shim no longer exposes its registry; read the tags another way");
const registered = [...registry].filter(([tag]) => tag.startsWith('shoplive-')).map(([tag, { ctor }]) => ({ tag, ctor, name: exported.get(ctor) }));

// ---- public members in the source ----------------------------------------------------------------------------------
const sources = new Map(elementsInCode(root, files(join(root, 'src'))).map((element) => [element.name, element]));
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}
/** Own public methods, accessors and fields of the class: no private/protected/static, not @internal, not Lit's. */
function publicMembers(file, className) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names = new Set();
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === className) {
      for (const member of node.members) {
        if (!member.name || ts.isPrivateIdentifier(member.name) || ts.isConstructorDeclaration(member)) continue;
        const modifiers = ts.getCombinedModifierFlags(member);
        if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static)) continue;
        if (ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) continue;
        const name = member.name.getText();
        if (!(name in LitElement.prototype)) names.add(name);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

// ---- the event registry ------------------------------------------------------------------------------------------
const events = readFileSync(join(root, 'src/internal/events.ts'), 'utf8');
const eventNames = new Map([...events.matchAll(/^\s+(\w+): '(shoplive-[a-z-]+)',$/gm)].map((match) => [match[1], match[2]]));
const detailOf = new Map([...events.matchAll(/^\s+\[EVENTS\.(\w+)\]: (\w+);$/gm)].map((match) => [eventNames.get(match[1]), match[2]]));
const { dispatched, reach } = dispatchedEvents(files(join(root, 'src')), eventNames);
/**
 * The events an element's code can send (`allowed`: every module its imports reach) and those it must document
 * (`required`: the same without the modules of the elements it renders, which document their own; they still bubble
 * out of it, so it may list them too).
 */
function eventsOf(file) {
  const own = reach(file);
  const nested = new Set();
  for (const other of sources.values()) if (other.file !== file && own.has(other.file)) for (const module of reach(other.file)) nested.add(module);
  const allowed = new Set();
  const required = new Set();
  for (const module of own) {
    for (const name of dispatched.get(module) ?? []) {
      allowed.add(name);
      if (!nested.has(module)) required.add(name);
    }
  }
  return { allowed, required };
}
/** A detail type and, for a union alias (`ShopliveErrorDetail = A | B | C`), its members. */
const expand = (type) => {
  const alias = new RegExp(`^export type ${type} = ([\\w\\s|]+);$`, 'm').exec(events);
  return alias ? alias[1].split('|').map((each) => each.trim()) : [type];
};

/** Problems between a manifest (the parsed custom-elements.json) and the code; empty when they agree. */
export function manifestProblems(manifest) {
  const declared = new Map();
  for (const module of manifest.modules) for (const declaration of module.declarations ?? []) if (declaration.tagName) declared.set(declaration.tagName, declaration);
  const problems = [];
  const problem = (message) => problems.push(message);
  const documentedEvents = new Set();
  for (const tag of declared.keys()) if (!registry.has(tag)) problem(`<${tag}> is in the manifest but no entry point registers it`);
  const same = (where, what, inCode, inManifest) => {
    for (const name of inCode) if (!inManifest.has(name)) problem(`${where}: ${what} "${name}" exists in code but not in the manifest`);
    for (const name of inManifest) if (!inCode.has(name)) problem(`${where}: ${what} "${name}" is in the manifest but not in the code`);
  };
  for (const { tag, ctor, name } of registered) {
    const declaration = declared.get(tag);
    if (!declaration) {
      problem(`<${tag}> is registered but not in the manifest`);
      continue;
    }
    const where = `<${tag}>`;
    if (declaration.name !== name) problem(`${where}: the manifest names class ${declaration.name}, the entry points export ${name}`);
    same(where, 'attribute', new Set(ctor.observedAttributes), new Set((declaration.attributes ?? []).map((each) => each.name)));

    const source = sources.get(declaration.name);
    if (!source) {
      problem(`${where}: no source class ${declaration.name} found under src/`);
      continue;
    }
    const reactive = [...ctor.elementProperties].filter(([, options]) => !options.state).map(([key]) => String(key));
    same(where, 'property or method', new Set([...reactive, ...publicMembers(source.file, declaration.name)]), new Set((declaration.members ?? []).map((each) => each.name)));

    same(where, 'custom property', source.properties, new Set((declaration.cssProperties ?? []).map((each) => each.name)));
    same(where, 'slot', source.slots, new Set((declaration.slots ?? []).map((each) => each.name)));
    const parts = new Set((declaration.cssParts ?? []).map((each) => each.name));
    for (const part of source.rendered) {
      if (part.includes('*') ? ![...parts].some((each) => source.produces(part, each)) : !parts.has(part)) problem(`${where}: part "${part}" is rendered but not in the manifest`);
    }
    for (const part of parts) if (!source.rendered.has(part) && !source.fromPattern(part)) problem(`${where}: part "${part}" is in the manifest but not rendered`);

    const sent = eventsOf(source.file);
    const listed = new Set((declaration.events ?? []).map((each) => each.name));
    for (const name of sent.required) if (!listed.has(name)) problem(`${where}: its code sends ${name} but the manifest does not list it on this element`);
    for (const name of listed) if (!sent.allowed.has(name)) problem(`${where}: event ${name} is in the manifest but no code of this element sends it`);
    for (const event of declaration.events ?? []) {
      documentedEvents.add(event.name);
      const registryType = detailOf.get(event.name);
      if (!registryType) {
        problem(`${where}: event ${event.name} is in the manifest but not in EVENTS (src/internal/events.ts)`);
        continue;
      }
      const type = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
      if (!type) problem(`${where}: event ${event.name} has no detail type in the manifest`);
      else {
        const allowed = new Set([registryType, ...expand(registryType)]);
        for (const member of type.split('|').map((each) => each.trim())) {
          if (!allowed.has(member)) problem(`${where}: event ${event.name} carries ${member} in the manifest, the registry says ${registryType}`);
        }
      }
    }
  }
  for (const name of eventNames.values()) if (!documentedEvents.has(name)) problem(`event ${name} is in EVENTS but on no element of the manifest`);
  for (const name of sources.keys()) if (![...declared.values()].some((each) => each.name === name)) problem(`${name} (${relative(root, sources.get(name).file)}) is an element class the manifest does not list`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  } catch {
    console.error('manifest: custom-elements.json is missing: run `npm run build` (or `npm run manifest`) first');
    process.exit(1);
  }
  const problems = manifestProblems(manifest);
  if (problems.length) {
    console.error(`manifest: ${problems.length} problem(s) between custom-elements.json and the code\n${problems.map((each) => `  - ${each}`).join('\n')}`);
    process.exit(1);
  }
  const declared = manifest.modules.flatMap((module) => module.declarations ?? []).filter((each) => each.tagName);
  const count = (key) => declared.reduce((sum, each) => sum + (each[key]?.length ?? 0), 0);
  console.log(`manifest: ${declared.length} elements, ${count('attributes')} attributes, ${count('members')} members, ${count('events')} events, ${count('cssParts')} parts, ${count('slots')} slots, ${count('cssProperties')} custom properties, all as in the code`);
}
