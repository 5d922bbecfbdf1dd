#!/usr/bin/env node
// Copies the SDK build (dist/) into this theme app extension's assets/, flattened: Shopify serves an extension's
// assets from one flat folder, so `dist/chunks/x.js` becomes `assets/x.js` and the relative imports between the
// files are rewritten to match. Run after `npm run build`:
//   node integrations/shopify/copy-sdk.mjs [--dist dist] [--out integrations/shopify/assets]
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: resolve(here, '../../dist') },
    out: { type: 'string', default: resolve(here, 'assets') },
  },
});
const dist = resolve(values.dist);
const out = resolve(values.out);

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // dist/npm/ (the package, with bare imports) and dist/types/ are not the script-tag build.
    if (statSync(path).isDirectory()) return name === 'types' || name === 'npm' ? [] : jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

const files = jsFiles(dist);
if (!files.some((path) => basename(path) === 'shoplive.js')) {
  console.error(`no shoplive.js in ${dist}: run \`npm run build\` first`);
  process.exit(1);
}
const names = new Set();
for (const path of files) {
  if (names.has(basename(path))) throw new Error(`two files named ${basename(path)}: cannot flatten`);
  names.add(basename(path));
}

mkdirSync(out, { recursive: true });
// Old SDK files go; the extension's own files (shoplive-embed.css...) stay.
for (const name of readdirSync(out)) if (name.endsWith('.js')) rmSync(join(out, name));

for (const path of files) {
  // './chunks/x.js' (from entries) and '../x.js' (from chunks to entries) both become './x.js'.
  const code = readFileSync(path, 'utf8')
    .replace(/(["'`])\.\/chunks\/([\w.-]+\.js)\1/g, '$1./$2$1')
    .replace(/(["'`])\.\.\/([\w.-]+\.js)\1/g, '$1./$2$1')
    .replace(/\n\/\/# sourceMappingURL=.*$/, '\n');
  writeFileSync(join(out, basename(path)), code);
}
console.log(`copied ${files.length} files from ${dist} to ${out}`);
