// Runs the TypeScript assistant from Node: bundles src/assistant/index.ts with esbuild into a temporary ES module.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** @returns {Promise<typeof import('../../../src/assistant/index.ts')>} */
export async function loadAssistant() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shoplive-assistant-'));
  const outfile = path.join(dir, 'assistant.mjs');
  try {
    await build({ entryPoints: [path.join(repoRoot, 'src/assistant/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
