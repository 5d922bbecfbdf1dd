// Checks the theme app extension's block schemas the way Shopify's upload does, so a block that would be refused by
// `shopify app deploy` fails `npm test` instead: JSON in `{% schema %}`, a name of at most 25 characters, a valid
// target, unique setting ids, select defaults among their options, and every setting the Liquid reads declared.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../integrations/shopify/', import.meta.url).pathname;
const snippet = readFileSync(join(root, 'snippets/shoplive-player.liquid'), 'utf8');
const problems = [];
/** Setting ids declared by the blocks that render the player snippet (it reads some only for one kind). */
const playerBlockIds = new Set();

/** Setting ids a Liquid source reads through `prefix.settings.<id>` (`block.settings.x`, or `settings.x` in snippets). */
function settingsRead(source, prefix) {
  const pattern = new RegExp(`(?<![\\w.])${prefix.replace('.', '\\.')}settings\\.(\\w+)`, 'g');
  return new Set([...source.matchAll(pattern)].map((match) => match[1]));
}

for (const file of readdirSync(join(root, 'blocks')).filter((name) => name.endsWith('.liquid'))) {
  const source = readFileSync(join(root, 'blocks', file), 'utf8');
  const report = (problem) => problems.push(`${file}: ${problem}`);
  const found = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/.exec(source);
  if (!found) { report('no {% schema %}'); continue; }
  let schema;
  try { schema = JSON.parse(found[1]); } catch (error) { report(`schema is not JSON (${error.message})`); continue; }
  if (typeof schema.name !== 'string' || !schema.name.trim()) report('schema has no name');
  else if (schema.name.length > 25) report(`name "${schema.name}" is ${schema.name.length} characters (Shopify allows 25)`);
  if (!['section', 'head', 'body'].includes(schema.target)) report(`target "${schema.target}" is not section, head or body`);
  const settings = Array.isArray(schema.settings) ? schema.settings : [];
  if (settings.length > 25) report(`${settings.length} settings (Shopify allows 25 per block)`);
  const ids = new Set();
  for (const setting of settings) {
    if (['header', 'paragraph'].includes(setting.type)) {
      if (!setting.content) report(`a ${setting.type} without content`);
      continue;
    }
    if (!setting.id || !setting.label) { report(`a ${setting.type} setting without id or label`); continue; }
    if (ids.has(setting.id)) report(`setting id "${setting.id}" is declared twice`);
    ids.add(setting.id);
    if (setting.type === 'select' || setting.type === 'radio') {
      const values = (setting.options ?? []).map((option) => option.value);
      if (!values.length) report(`${setting.type} "${setting.id}" has no options`);
      if ('default' in setting && !values.includes(setting.default)) report(`"${setting.id}" default "${setting.default}" is not one of its options`);
    }
  }
  for (const id of settingsRead(source, 'block.')) if (!ids.has(id)) report(`reads setting "${id}" that the schema does not declare`);
  if (source.includes("render 'shoplive-player'")) for (const id of ids) playerBlockIds.add(id);
}
// The snippet reads the settings its blocks hand it; each must be declared by at least one of them (a typo reads nil).
for (const id of settingsRead(snippet, '')) {
  if (!playerBlockIds.has(id)) problems.push(`snippets/shoplive-player.liquid: reads setting "${id}" that no player block declares`);
}

if (problems.length) {
  console.error(`shopify schema: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('shopify schema: every block schema is valid and declares what its Liquid reads');
