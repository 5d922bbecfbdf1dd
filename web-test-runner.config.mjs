// Browser tests run in the system Chromium (see test/chromium.mjs), against the simulated live stream server that
// this config starts on loopback for the length of the run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, ensureChromium } from './test/chromium.mjs';
import { startLiveServer } from './demo/server/live-server.mjs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const executablePath = ensureChromium();
if (!executablePath) throw new Error('No Chromium found: run `node test/chromium.mjs` for instructions.');

let live;

/** Serves `/test-env.js` so tests know where the live stream server listens. */
const liveServerPlugin = {
  name: 'shoplive-live-server',
  async serverStart() {
    live = await startLiveServer({ port: 0 });
  },
  async serverStop() {
    await live?.close();
  },
  serve(context) {
    if (context.path === '/test-env.js') {
      return { body: `export const LIVE_ORIGIN = ${JSON.stringify(live.url)};`, type: 'js' };
    }
    return undefined;
  },
};

/** msw's service worker must be served from the root so its scope covers the test pages (commerce tests mock HTTP). */
const mswWorkerPlugin = {
  name: 'msw-service-worker',
  serve(context) {
    if (context.path !== '/mockServiceWorker.js') return undefined;
    const file = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));
    return { body: readFileSync(file, 'utf8'), type: 'js' };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), liveServerPlugin, mswWorkerPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 30_000 } },
};
