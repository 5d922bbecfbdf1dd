#!/usr/bin/env node
// shoplive demo server.
//   node demo/server/serve.mjs [--port 8080] [--host 127.0.0.1] [--window 6] [--verbose]
// Serves demo/ at / (and at /strict/ under the strict Content-Security-Policy of demo-roots.mjs), dist/ at /dist/, the docs site at /docs/,
// msw's mockServiceWorker.js at /mockServiceWorker.js and its browser bundle at /vendor/msw.js (when installed) and the
// simulated live stream at /live/master.m3u8 (fault injection via query string, see faults.mjs).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoRoots, REPO_DIR as ROOT } from './demo-roots.mjs';
import { startLiveServer } from './live-server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    window: { type: 'string', default: '6' },
    verbose: { type: 'boolean', short: 'v', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('usage: node demo/server/serve.mjs [--port 8080] [--host 127.0.0.1] [--window 6] [--verbose]');
  process.exit(0);
}

const staticRoots = demoRoots();

const server = await startLiveServer({
  port: Number(values.port),
  host: values.host,
  windowSegments: Number(values.window),
  staticRoots,
  quiet: !values.verbose,
}).catch((err) => {
  console.error(`shoplive demo: cannot listen on ${values.host}:${values.port}: ${err.message}`);
  process.exit(1);
});

const shown = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(values.host) ? 'localhost' : values.host;
console.log(`shoplive demo: http://${shown}:${server.port}/`);
console.log(`  the same page under a strict CSP with Trusted Types: http://${shown}:${server.port}/strict/`);
console.log(`  live stream: http://${shown}:${server.port}/live/master.m3u8`);
console.log(`  documentation (npm run docs): http://${shown}:${server.port}/docs/`);
if (server.show.ok) console.log(`  with subtitles + products: http://${shown}:${server.port}/live/show.m3u8`);
if (!existsSync(resolve(ROOT, 'dist'))) console.log('  (dist/ missing: run `npm run build` first)');

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    await server.close();
    process.exit(0);
  });
}
