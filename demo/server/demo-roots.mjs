// What the demo server serves besides the live stream, shared by serve.mjs and the browser-test rig so both serve the
// same pages under the same headers.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEMO_DIR = resolve(HERE, '..');
export const REPO_DIR = resolve(DEMO_DIR, '..');

/**
 * The strictest policy a storefront could set that still runs the SDK's HLS path (docs/security.md): everything from
 * the page's own origin, no inline code, no eval, no Blob workers, and Trusted Types with Lit's policy only.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * STRICT_CSP plus what the Agora real-time path needs (docs/security.md): its access points over HTTPS and its
 * gateways' WebSockets, on their own ports, in both of Agora's domains.
 */
export const AGORA_CSP = STRICT_CSP.replace(
  "connect-src 'self'",
  "connect-src 'self' https://*.agora.io https://*.sd-rtn.com wss://*.agora.io:* wss://*.sd-rtn.com:*",
);

/**
 * demo/ at `/`, again at `/strict/` with STRICT_CSP and at `/strict-agora/` with AGORA_CSP as response headers,
 * dist/ at `/dist/`, the documentation site (dist/docs/) at `/docs/`, and msw's worker and browser bundle (for demo/shopify.html) when installed.
 */
export function demoRoots() {
  const roots = [
    { prefix: '/', dir: DEMO_DIR },
    { prefix: '/strict/', dir: DEMO_DIR, headers: { 'Content-Security-Policy': STRICT_CSP } },
    { prefix: '/strict-agora/', dir: DEMO_DIR, headers: { 'Content-Security-Policy': AGORA_CSP } },
    { prefix: '/dist/', dir: resolve(REPO_DIR, 'dist') },
    // The documentation site of `npm run docs` (its element pages load /dist/ and the demo's data).
    { prefix: '/docs/', dir: resolve(REPO_DIR, 'dist/docs') },
  ];
  const msw = resolve(REPO_DIR, 'node_modules/msw/lib/mockServiceWorker.js');
  if (existsSync(msw)) roots.push({ prefix: '/mockServiceWorker.js', file: msw });
  // msw's browser bundle (a classic script defining `MockServiceWorker`) for demo/shopify.html's mock of the Ajax Cart API.
  const mswBrowser = resolve(REPO_DIR, 'node_modules/msw/lib/iife/index.js');
  if (existsSync(mswBrowser)) roots.push({ prefix: '/vendor/msw.js', file: mswBrowser });
  return roots;
}
