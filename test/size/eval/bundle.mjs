// Runs the TypeScript engine from Node: bundles src/size/index.ts with esbuild into a temporary ES module.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** @returns {Promise<typeof import('../../../src/size/index.ts')>} */
export async function loadSizeEngine() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shoplive-size-'));
  const outfile = path.join(dir, 'size.mjs');
  try {
    await build({ entryPoints: [path.join(repoRoot, 'src/size/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
