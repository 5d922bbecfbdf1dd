// The packed-tarball test: `npm pack`, install the tarball into a fresh project the way a storefront developer would,
// then (a) import every entry point in Node, (b) bundle an app with esbuild and play it in Chromium against the local
// stream, (c) type-check a consumer file, (d) server-render the React wrappers. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startLiveServer } from '../../demo/server/live-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { checkManifest, checkTarball } from './package-checks.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const started = Date.now();
const step = (name) => console.log(`pack test: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const work = mkdtempSync(join(tmpdir(), 'shoplive-pack-'));
let server;
let browser;
try {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  checkManifest(manifest);

  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT));
  checkTarball(manifest, packed);
  step(`packed ${packed.filename}: ${(packed.size / 1024).toFixed(1)} kB, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.entryCount} files`);

  const app = join(work, 'app');
  cpSync(join(HERE, 'fixture'), app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }));
  const devVersions = manifest.devDependencies;
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, packed.filename),
    `react@${devVersions.react}`, `react-dom@${devVersions['react-dom']}`, `@types/react@${devVersions['@types/react']}`], app);
  step('installed into a fresh project');

  // (a) Every entry point imports in plain Node (no DOM): nothing touches window/document/customElements on load.
  const entries = Object.keys(manifest.exports).filter((key) => key !== './package.json').map((key) => key.replace(/^\./, 'shoplive'));
  const importAll = entries.map((entry) => `await import(${JSON.stringify(entry)});`).join('\n');
  run(process.execPath, ['--input-type=module', '-e', `${importAll}\nfor (const name of ['window', 'document']) if (name in globalThis) throw new Error(name + ' appeared');`], app);
  step(`imported ${entries.length} entry points in Node`);

  // (d) React wrappers render on the server.
  const html = run(process.execPath, ['ssr.mjs'], app);
  // Element properties (src, product) are set on the client by @lit/react; plain attributes render on the server.
  if (!/<shoplive-player[^>]*id="live"/.test(html)) throw new Error(`server render lost the player's attributes: ${html}`);
  step('react-dom/server rendered the wrappers');

  // (c) The consumer's TypeScript compiles against the installed types.
  run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  step('consumer.ts type-checks');

  // (b) A bundled app plays the local stream and shows its buy button.
  const bundle = await build({
    absWorkingDir: app, entryPoints: ['app.js'], bundle: true, format: 'esm', splitting: true, outdir: 'out',
    minify: true, metafile: true, logLevel: 'error',
  });
  const bundled = Object.keys(bundle.metafile.inputs);
  for (const library of ['node_modules/lit-html/', 'node_modules/hls.js/']) {
    if (!bundled.some((input) => input.startsWith(library))) throw new Error(`the app's bundle did not resolve ${library} from the consumer's node_modules`);
  }
  if (bundled.some((input) => input.includes('node_modules/shoplive/node_modules/'))) throw new Error('the package brought its own nested copies');
  server = await startLiveServer({ port: 0, staticRoots: [{ prefix: '/app/', dir: app }] });
  browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.url}/app/index.html?stream=${encodeURIComponent(`${server.url}/live/master.m3u8?sid=pack`)}`);
  await page.waitForFunction(() => {
    const label = document.querySelector('shoplive-buy-button')?.shadowRoot?.querySelector('[part~="button"]')?.textContent ?? '';
    return /add to cart/i.test(label);
  }, undefined, { timeout: 60_000 });
  const frames = await page.evaluate(() => new Promise((resolveFrames, reject) => {
    const find = () => document.querySelector('shoplive-player')?.shadowRoot?.querySelector('video');
    const waitForVideo = () => {
      const video = find();
      if (!video) return void setTimeout(waitForVideo, 50);
      let count = 0;
      const onFrame = (_now, metadata) => {
        count += 1;
        if (count >= 3) resolveFrames({ count, mediaTime: metadata.mediaTime, currentTime: video.currentTime });
        else video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
      video.addEventListener('error', () => reject(new Error(`video error ${video.error?.code}`)));
    };
    waitForVideo();
    setTimeout(() => reject(new Error('no frame within 60 s')), 60_000);
  }));
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  step(`the bundled app played ${frames.count} frames (media time ${frames.mediaTime.toFixed(2)} s) and shows its buy button`);
  console.log(`pack test: passed in ${((Date.now() - started) / 1000).toFixed(1)} s; tarball ${(packed.size / 1024).toFixed(1)} kB`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
}
