// The documentation site's test (`npm run test:docs`, after `npm run docs`): serves it the way `npm start` does (the
// demo server, /docs/ beside /dist/, the demo's data and the simulated live stream), crawls every page from the index
// in Chromium and fails on a broken internal link or anchor, an element of custom-elements.json without a page, a
// live example that does not show a video frame (players) or render its element, a CSP violation or a page error.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { demoRoots } from '../../demo/server/demo-roots.mjs';
import { startLiveServer } from '../../demo/server/live-server.mjs';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((each) => each.tagName).map((each) => each.tagName);

const problems = [];
const server = await startLiveServer({ port: 0, staticRoots: demoRoots(), quiet: true });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext();
  // Collected before any page script runs; Playwright's own injection is outside the page's CSP.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));

  const origin = server.url;
  const queue = [`${origin}/docs/index.html`];
  const visited = new Set(queue);
  /** page URL → ids on it; link → the pages that hold it. */
  const ids = new Map();
  const links = new Map();
  const resources = new Set();
  const examples = [];
  while (queue.length) {
    const url = queue.shift();
    const response = await page.goto(url);
    if (!response?.ok()) {
      problems.push(`${url}: HTTP ${response?.status()}`);
      continue;
    }
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
      links: [...document.querySelectorAll('a[href]')].map((anchor) => anchor.href),
      resources: [...document.querySelectorAll('img[src], script[src], link[href]')].map((element) => element.src || element.href),
      examples: [...document.querySelectorAll('.example')].map((example) => ({ tag: example.dataset.tag, expect: example.dataset.expect })),
    }));
    ids.set(url, new Set(found.ids));
    for (const resource of found.resources) if (resource.startsWith(origin)) resources.add(resource);
    for (const link of found.links) {
      if (!link.startsWith(origin)) continue;
      const target = link.split('#')[0];
      links.set(link, [...(links.get(link) ?? []), url]);
      if (target.startsWith(`${origin}/docs/`) && target.endsWith('.html') && !visited.has(target)) {
        visited.add(target);
        queue.push(target);
      }
    }
    for (const example of found.examples) {
      const shown = await page.evaluate(async ({ tag, expect }) => {
        await customElements.whenDefined(tag);
        const element = document.querySelector(`.example ${tag}`);
        if (expect === 'frame') {
          // A decoded frame, or the player's fatal error (else give up after 30 s: a failure, not a wait).
          return new Promise((resolveShown) => {
            element.addEventListener('shoplive-error', (event) => event.detail.fatal && resolveShown({ ok: false, what: `fatal ${event.detail.code}` }));
            setTimeout(() => resolveShown({ ok: false, what: 'no frame within 30 s' }), 30_000);
            const watch = () => {
              const video = element.shadowRoot?.querySelector('video');
              if (!video) return void requestAnimationFrame(watch);
              video.requestVideoFrameCallback((_now, frame) => resolveShown({ ok: frame.presentedFrames > 0, what: `a frame at media time ${frame.mediaTime.toFixed(2)} s` }));
            };
            watch();
          });
        }
        // Rendered: the element has a box and its shadow tree shows text (not only styles).
        const text = () => [...(element.shadowRoot?.querySelectorAll('*:not(style)') ?? [])].some((node) => node.textContent.trim() && node.getClientRects().length > 0);
        for (let tries = 0; tries < 300 && !(element.getBoundingClientRect().height > 0 && text()); tries++) await new Promise((next) => setTimeout(next, 50));
        return { ok: element.getBoundingClientRect().height > 0 && text(), what: `rendered ${Math.round(element.getBoundingClientRect().height)} px high` };
      }, example);
      if (!shown.ok) problems.push(`${url}: the live <${example.tag}> did not show (${shown.what})`);
      examples.push(`${example.tag}: ${shown.what}`);
    }
    const violations = await page.evaluate(() => window.__violations);
    for (const violation of violations) problems.push(`${url}: CSP violation ${violation}`);
  }

  for (const [link, from] of links) {
    const [target, fragment] = link.split('#');
    if (target.startsWith(`${origin}/docs/`) && target.endsWith('.html')) {
      if (!ids.has(target)) problems.push(`${from[0]}: broken link ${link}`);
      else if (fragment && !ids.get(target).has(decodeURIComponent(fragment))) problems.push(`${from[0]}: no #${fragment} on ${target}`);
    } else {
      resources.add(target);
    }
  }
  for (const resource of resources) {
    const response = await page.request.get(resource);
    if (!response.ok()) problems.push(`broken resource or link ${resource}: HTTP ${response.status()}`);
  }
  for (const tag of tags) if (!ids.has(`${origin}/docs/elements/${tag}.html`)) problems.push(`<${tag}> has no page reachable from the index`);
  problems.push(...errors.map((error) => `page error: ${error}`));

  if (problems.length) {
    console.error(`docs crawl: ${problems.length} problem(s)\n${problems.map((each) => `  - ${each}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`docs crawl: ${visited.size} pages, ${links.size} internal links and ${resources.size} resources resolve, ${tags.length} element pages; live examples: ${examples.join('; ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
  await server.close();
}
