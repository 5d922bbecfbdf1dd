// The manifest check must catch drift in each direction: the real custom-elements.json passes, and each one-line
// change below (what a missing or stale JSDoc line, or a hand edit, would do) is reported. Needs `npm run build`.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestProblems } from './manifest.check.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const original = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const element = (manifest, tag) => manifest.modules.flatMap((module) => module.declarations ?? []).find((each) => each.tagName === tag);
const drop = (list, name) => list.splice(list.findIndex((each) => each.name === name), 1);

const cases = {
  'a part without its @csspart line': [(m) => drop(element(m, 'shoplive-fit-check').cssParts, 'note'), /part "note" is rendered/],
  'a documented part no template renders': [(m) => element(m, 'shoplive-schedule').cssParts.push({ name: 'gone' }), /part "gone" is in the manifest/],
  'a custom property without its line': [(m) => drop(element(m, 'shoplive-player').cssProperties, '--shoplive-accent'), /custom property "--shoplive-accent" exists in code/],
  'an observed attribute missing': [(m) => drop(element(m, 'shoplive-player').attributes, 'video-title'), /attribute "video-title" exists in code/],
  'an attribute the element does not observe': [(m) => element(m, 'shoplive-buy-button').attributes.push({ name: 'colour' }), /attribute "colour" is in the manifest/],
  'a public property missing': [(m) => drop(element(m, 'shoplive-size-helper').members, 'chartSrc'), /property or method "chartSrc" exists in code/],
  'a method that does not exist': [(m) => element(m, 'shoplive-player').members.push({ kind: 'method', name: 'rewind' }), /"rewind" is in the manifest/],
  'an event on no element': [(m) => { for (const tag of ['shoplive-fit-check']) drop(element(m, tag).events, 'shoplive-feedback'); }, /shoplive-feedback is in EVENTS but on no element/],
  'an event missing on the element that sends it': [(m) => drop(element(m, 'shoplive-player').events, 'shoplive-share'), /<shoplive-player>: its code sends shoplive-share but the manifest does not list it/],
  'an event on an element that never sends it': [(m) => element(m, 'shoplive-schedule').events.push({ name: 'shoplive-checkout', type: { text: 'CustomEvent<CheckoutDetail>' } }), /<shoplive-schedule>: event shoplive-checkout is in the manifest but no code of this element sends it/],
  'an event detail type the registry does not give': [(m) => { element(m, 'shoplive-player').events.find((event) => event.name === 'shoplive-stall').type.text = 'CustomEvent<ReadyDetail>'; }, /shoplive-stall carries ReadyDetail/],
  'an event not in the registry': [(m) => element(m, 'shoplive-player').events.push({ name: 'shoplive-rewind', type: { text: 'CustomEvent<ReadyDetail>' } }), /shoplive-rewind is in the manifest but not in EVENTS/],
  'a slot missing': [(m) => (element(m, 'shoplive-product-details').slots = []), /slot "actions" exists in code/],
  'an element missing': [(m) => { for (const module of m.modules) module.declarations = (module.declarations ?? []).filter((each) => each.tagName !== 'shoplive-schedule'); }, /<shoplive-schedule> is registered but not in the manifest/],
};

const failures = [];
const clean = manifestProblems(structuredClone(original));
if (clean.length) failures.push(`the real manifest: ${clean.join('; ')}`);
for (const [name, [mutate, expected]] of Object.entries(cases)) {
  const manifest = structuredClone(original);
  mutate(manifest);
  const problems = manifestProblems(manifest);
  if (!problems.some((problem) => expected.test(problem))) failures.push(`${name}: not reported (${problems.join('; ') || 'no problem'})`);
}
if (failures.length) {
  console.error(`manifest self-test failed:\n${failures.map((each) => `  - ${each}`).join('\n')}`);
  process.exit(1);
}
console.log(`manifest self-test: the real manifest passes, ${Object.keys(cases).length} kinds of drift are reported`);
