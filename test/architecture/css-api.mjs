// The styling API of each element, checked against its class comment: every part its templates render (or re-export
// with `exportparts`) has one `@csspart name - description` line, every `--shoplive-*` property its styles read has
// one `@cssproperty --name - description` line, and neither list names anything the code no longer has. A Custom
// Elements Manifest analyzer reads those lines, so they are the published API.
//
// An element is a module that declares `class … extends ShopliveElement` (or LitElement); what it renders is every
// module it reaches through static and lazy imports, stopping at another element (that one documents its own).
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ELEMENT_CLASS = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export class (\w+) extends (?:ShopliveElement|LitElement)\b/;

function resolveSpecifier(file, specifier) {
  const path = resolve(dirname(file), specifier).replace(/\.js$/, '.ts');
  return path.endsWith('.ts') || path.endsWith('.mjs') ? path : `${path}.ts`;
}

/** Imports that can bring templates or styles: static value imports and lazy `import()` (not `import type`). */
function renderingImports(file, text) {
  const found = [];
  for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm)) found.push(match[1]);
  for (const match of text.matchAll(/(?<!typeof\s)\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)) found.push(match[1]);
  return found.map((specifier) => resolveSpecifier(file, specifier));
}

/** The text of `${…}` starting at `open` (the index of `${`), braces balanced. */
function interpolation(text, open) {
  let depth = 0;
  for (let index = open + 1; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return { body: text.slice(open + 2, index), end: index + 1 };
  }
  return { body: '', end: text.length };
}

const literals = (code) => [...code.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((match) => match[1] ?? match[2]);

/**
 * Part names of one attribute value (`part="size${checked ? ' size-checked' : ''}"`, `part=${interim ? 'cue a' : 'cue'}`):
 * literal words are names; the string literals inside an interpolation are names too; a word glued to an
 * interpolation of a variable (`${id}-button`) is a pattern, `*-button`.
 */
function partNames(value) {
  const names = [];
  let text = '';
  for (let index = 0; index < value.length; ) {
    if (value.startsWith('${', index)) {
      const { body, end } = interpolation(value, index);
      const strings = literals(body);
      if (strings.length) {
        for (const string of strings) names.push(...string.split(/\s+/).filter(Boolean));
        text += ' ';
      } else {
        text += '*';
      }
      index = end;
    } else {
      text += value[index++];
    }
  }
  return [...names, ...text.split(/\s+/).filter(Boolean)];
}

/** Every `part` and `exportparts` attribute value in a module's templates (not `[part=…]` selectors). */
function renderedParts(text) {
  const parts = [];
  for (const match of text.matchAll(/(?<=\s)(exportparts|part)=(?:"([^"]*)"|\$\{)/g)) {
    const value = match[2] ?? `\${${interpolation(text, match.index + match[0].length - 2).body}}`;
    if (match[1] === 'exportparts') {
      // "inner: outer, same": the element's own names are the outer ones.
      for (const entry of value.split(',')) parts.push((entry.split(':')[1] ?? entry).trim());
    } else {
      parts.push(...partNames(value));
    }
  }
  return parts.filter(Boolean);
}

function tagLines(comment, tag) {
  const lines = [];
  for (const match of comment.matchAll(new RegExp(`@${tag}\\s+(\\S+)(?:\\s+-\\s+(\\S.*))?`, 'g'))) lines.push({ name: match[1], description: match[2] });
  return lines;
}

/** Slot names a module's templates render (`''` for the default slot). */
function renderedSlots(text) {
  return [...text.matchAll(/<slot(?:\s[^>]*?)?>/g)].map((match) => /\bname="([^"]+)"/.exec(match[0])?.[1] ?? '');
}

/**
 * What each element found among `files` (absolute paths under `root`) has in code, from its templates and styles:
 * rendered parts (`*` in a pattern), slots, `--shoplive-*` properties read, and the strings a pattern can take.
 * Also read by test/manifest/manifest.check.mjs, which compares the same facts with custom-elements.json.
 */
export function elementsInCode(root, files) {
  const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
  const elements = new Map();
  for (const [file, text] of texts) {
    const match = ELEMENT_CLASS.exec(text);
    if (match && !/\bclass ShopliveElement\b/.test(text)) elements.set(file, { comment: match[1], name: match[2] });
  }
  return [...elements].map(([file, { comment, name }]) => {
    // Breadth-first over rendering imports, not into other elements.
    const order = [file];
    const seen = new Set(order);
    for (let index = 0; index < order.length; index++) {
      const current = order[index];
      for (const next of renderingImports(current, texts.get(current) ?? '')) {
        if (seen.has(next) || !texts.has(next) || (elements.has(next) && next !== file) || importsElement(next, texts, elements, file)) continue;
        seen.add(next);
        order.push(next);
      }
    }
    const rendered = new Set();
    const properties = new Set();
    const strings = new Set();
    const slots = new Set();
    for (const module of order) {
      const text = texts.get(module);
      for (const part of renderedParts(text)) rendered.add(part);
      for (const slot of renderedSlots(text)) slots.add(slot);
      for (const match of text.matchAll(/var\((--shoplive-[a-z0-9-]+)/g)) properties.add(match[1]);
      for (const string of literals(text)) strings.add(string);
    }
    const patterns = [...rendered].filter((part) => part.includes('*'));
    // A pattern (`*-button`) is the documented names it can produce from a string the element's modules contain.
    const produces = (pattern, part) => {
      const [before, after] = pattern.split('*');
      return part.length > before.length + after.length && part.startsWith(before) && part.endsWith(after) && strings.has(part.slice(before.length, part.length - after.length));
    };
    const fromPattern = (part) => patterns.some((pattern) => produces(pattern, part));
    return { file, name, comment, rendered, properties, slots, produces, fromPattern };
  });
}

/** Problems of every element found among `files` (absolute paths under `root`). */
export function cssApiProblems(root, files) {
  const elements = elementsInCode(root, files);
  const problems = [];
  for (const { file, name, comment, rendered, properties, produces, fromPattern } of elements) {
    const where = `${relative(root, file)} (${name})`;
    const parts = tagLines(comment, 'csspart');
    const props = tagLines(comment, 'cssproperty');
    for (const line of [...parts, ...props]) {
      if (!line.description) problems.push(`${where}: "${line.name}" needs a description ("name - description", one item a line)`);
    }
    const documentedParts = new Set(parts.map((line) => line.name));
    for (const part of rendered) {
      if (part.includes('*')) {
        if (![...documentedParts].some((documented) => produces(part, documented))) problems.push(`${where}: parts named like "${part}" are rendered but none has a @csspart line`);
      } else if (!documentedParts.has(part)) problems.push(`${where}: part "${part}" is rendered but has no @csspart line`);
    }
    for (const part of documentedParts) if (!rendered.has(part) && !fromPattern(part)) problems.push(`${where}: @csspart ${part} is documented but not rendered`);
    const documentedProps = new Set(props.map((line) => line.name));
    for (const property of properties) if (!documentedProps.has(property)) problems.push(`${where}: ${property} is read but has no @cssproperty line`);
    for (const property of documentedProps) if (!properties.has(property)) problems.push(`${where}: @cssproperty ${property} is documented but not read`);
    for (const list of [parts, props]) {
      const names = list.map((line) => line.name);
      for (const duplicate of new Set(names.filter((each, index) => names.indexOf(each) !== index))) problems.push(`${where}: "${duplicate}" is documented twice`);
    }
  }
  return { elements: elements.length, problems };
}

/** A module that registers another element (imports its class file) belongs to that element, not to `owner`. */
function importsElement(module, texts, elements, owner) {
  return renderingImports(module, texts.get(module) ?? '').some((next) => elements.has(next) && next !== owner);
}
