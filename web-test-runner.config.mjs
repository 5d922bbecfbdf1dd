// Browser tests run in the system Chromium (see test/chromium.mjs), against the simulated live stream server that
// this config starts on loopback for the length of the run.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, ensureChromium } from './test/chromium.mjs';
import { startLiveServer } from './demo/server/live-server.mjs';
import { demoRoots } from './demo/server/demo-roots.mjs';
import { reactPlugin } from './test/react/react-plugin.mjs';
import { frameworksPlugin } from './test/frameworks/frameworks-plugin.mjs';
import { shopifyTheme } from './test/shopify-theme/theme-server.mjs';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';

const executablePath = ensureChromium();
if (!executablePath) throw new Error('No Chromium found: run `node test/chromium.mjs` for instructions.');

let live;

/** Serves `/test-env.js` so tests know where the live stream server listens. */
const liveServerPlugin = {
  name: 'shoplive-live-server',
  async serverStart() {
    live = await startLiveServer({ port: 0, staticRoots: demoRoots() });
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

/**
 * `executeServerCommand('network', { offline?, downloadKbps?, uploadKbps?, latencyMs? })`: DevTools network emulation
 * of the test page (an empty payload lifts it), for the fault tests of a link that drops or slows down mid-stream.
 */
const networkPlugin = {
  name: 'shoplive-network',
  cdpSessions: new Map(),
  async executeCommand({ command, payload, session }) {
    if (command !== 'network') return undefined;
    let cdp = this.cdpSessions.get(session.id);
    if (!cdp) {
      cdp = await session.browser.getPage(session.id).createCDPSession();
      await cdp.send('Network.enable');
      this.cdpSessions.set(session.id, cdp);
    }
    const { offline = false, downloadKbps, uploadKbps, latencyMs = 0 } = payload ?? {};
    await cdp.send('Network.emulateNetworkConditions', {
      offline,
      latency: latencyMs,
      downloadThroughput: downloadKbps ? (downloadKbps * 1000) / 8 : -1,
      uploadThroughput: uploadKbps ? (uploadKbps * 1000) / 8 : -1,
    });
    return true;
  },
};

/**
 * `executeServerCommand('timezone', { timezoneId })`: the test page's time zone (DevTools
 * `Emulation.setTimezoneOverride`), as a shopper elsewhere sees it; `''` lifts it. The schedule's tests use it.
 */
const timezonePlugin = {
  name: 'shoplive-timezone',
  cdpSessions: new Map(),
  async executeCommand({ command, payload, session }) {
    if (command !== 'timezone') return undefined;
    let cdp = this.cdpSessions.get(session.id);
    if (!cdp) this.cdpSessions.set(session.id, (cdp = await session.browser.getPage(session.id).createCDPSession()));
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload?.timezoneId ?? '' });
    return true;
  },
};

/**
 * `executeServerCommand('media', { features: [{ name, value }] })`: emulated CSS media features of the test page
 * (DevTools `Emulation.setEmulatedMedia`), e.g. `prefers-reduced-data: reduce`; `{}` lifts them.
 */
const mediaPlugin = {
  name: 'shoplive-media',
  cdpSessions: new Map(),
  async executeCommand({ command, payload, session }) {
    if (command !== 'media') return undefined;
    let cdp = this.cdpSessions.get(session.id);
    if (!cdp) this.cdpSessions.set(session.id, (cdp = await session.browser.getPage(session.id).createCDPSession()));
    await cdp.send('Emulation.setEmulatedMedia', { features: payload?.features ?? [] });
    return true;
  },
};

/** Prints `faults: N passed, N failed` for the fault matrix (every suite named "fault matrix: …", docs/reliability.md). */
function faultMatrixReporter() {
  const count = (suite, inMatrix, totals) => {
    const matrix = inMatrix || suite.name.startsWith('fault matrix');
    if (matrix) for (const test of suite.tests) if (!test.skipped) totals[test.passed ? 'passed' : 'failed']++;
    for (const child of suite.suites) count(child, matrix, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) if (session.testResults) count(session.testResults, false, totals);
      console.log(`faults: ${totals.passed} passed, ${totals.failed} failed`);
    },
  };
}

/**
 * The demo under the strict CSP (/strict/, served by the live server with its header) must share its origin with the
 * stream, the products and the chart, since the policy allows only 'self'; the tests must share it too, to look inside
 * the page. So /strict/, /strict-agora/ and /live/ on the test server are the live server's, byte for byte.
 */
const SAME_ORIGIN_PREFIXES = ['/strict/', '/strict-agora/', '/live/'];
async function sameOriginDemo(ctx, next) {
  if (!SAME_ORIGIN_PREFIXES.some((prefix) => ctx.path.startsWith(prefix))) return next();
  const upstream = await new Promise((resolve, reject) => {
    // No accept-encoding: the live server then sends plain bytes, which the test server passes on untouched.
    const forwarded = request(`${live.url}${ctx.url}`, { method: ctx.method, headers: { accept: ctx.get('accept') || '*/*' } }, resolve);
    forwarded.on('error', reject);
    forwarded.end();
  });
  ctx.status = upstream.statusCode;
  // The test runner marks every response whose path has an extension cacheable for a year once the middleware
  // chain returns; a live playlist cached that way freezes (the player reloads it and sees no new segment). The live
  // server's own cache-control (no-cache for playlists) must reach the browser unchanged.
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) => (typeof field === 'string' && field.toLowerCase() === 'cache-control' && ctx.response.has('cache-control') ? undefined : set(field, value));
  for (const [name, value] of Object.entries(upstream.headers)) {
    if (!['connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name)) ctx.set(name, value);
  }
  ctx.body = upstream; // koa destroys it (closing the upstream request) if the browser goes away
}

/**
 * A tab that a test opens (window.open, a target=_blank link) comes to the front and hides the test page, and a hidden
 * page starts no player: every stream test after it would wait in vain. Such a tab is closed at once, the test page is
 * brought back, and the test file that opened it fails (it should record window.open instead: stubWindowOpen in
 * test/commerce/support.ts).
 */
const testPages = new Set();
const strayTabs = []; // { sessionId, url }
let creatingTestPage = 0;
async function createTestPage({ context }) {
  creatingTestPage++;
  try {
    const page = await context.newPage();
    testPages.add(page);
    page.once('close', () => testPages.delete(page));
    return page;
  } finally {
    creatingTestPage--;
  }
}
function closeStrayTabs({ browser }) {
  const context = browser.defaultBrowserContext();
  context.on('targetcreated', async (target) => {
    if (target.type() !== 'page' || creatingTestPage > 0) return;
    const stray = await target.page();
    if (!stray || testPages.has(stray)) return;
    // A Document Picture-in-Picture window is a page target too, but it floats beside the test page, not over it.
    // On a loaded machine it may not say so yet when its target appears: ask it (and the test pages) for a while.
    if (await isPipWindow(stray)) return;
    const url = target.url();
    await stray.close().catch(() => {});
    for (const page of testPages) {
      if (page.isClosed()) continue;
      const sessionId = new URL(page.url(), 'http://localhost/').searchParams.get('wtr-session-id');
      if (sessionId) strayTabs.push({ sessionId, url });
      await page.bringToFront().catch(() => {});
    }
  });
  return context;
}

/**
 * True when `page` is a Document Picture-in-Picture window: it says so (display-mode), or a test page holds an open
 * PiP window while this about:blank page exists. Polled up to 10 s: the window answers once it has loaded.
 */
async function isPipWindow(page) {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (page.isClosed()) return true;
    const says = await page.evaluate(() => matchMedia('(display-mode: picture-in-picture)').matches).catch(() => false);
    if (says) return true;
    for (const testPage of testPages) {
      if (testPage.isClosed()) continue;
      const holds = await testPage.evaluate(() => Boolean(globalThis.documentPictureInPicture?.window)).catch(() => false);
      if (holds && page.url() === 'about:blank') return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** Fails the test files that opened a tab (see closeStrayTabs), naming the tab. */
function strayTabReporter() {
  return {
    onTestRunFinished({ sessions }) {
      for (const { sessionId, url } of strayTabs) {
        const session = sessions.find((candidate) => candidate.id === sessionId);
        const message = `${session?.testFile ?? 'a test file'} opened a browser tab (${url}): record window.open instead`;
        console.error(`\n❌ ${message}`);
        if (!session) continue;
        session.passed = false;
        session.errors = [...(session.errors ?? []), { message }];
      }
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60_000,
  middleware: [sameOriginDemo, shopifyTheme],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), liveServerPlugin, mswWorkerPlugin, networkPlugin, timezonePlugin, mediaPlugin, reactPlugin, frameworksPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      createBrowserContext: closeStrayTabs,
      createPage: createTestPage,
    }),
  ],
  testFramework: { config: { timeout: 30_000 } },
  reporters: [defaultReporter(), faultMatrixReporter(), strayTabReporter()],
};
