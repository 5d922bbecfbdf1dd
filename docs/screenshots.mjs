// Screenshots of the demo for README.md and docs/phone.md, remade by a script so they can be refreshed:
//   npm run build && npm run screenshots
// Serves demo/ and dist/ with the simulated live server on loopback and opens each page in headless Chromium.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startLiveServer } from '../demo/server/live-server.mjs';
import { demoRoots } from '../demo/server/demo-roots.mjs';
import { findChromium, CHROMIUM_ARGS } from '../test/chromium.mjs';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Each shot: the page, its viewport, the language, and the file it writes under docs/img/. */
const SHOTS = [
  { page: 'index.html', viewport: DESKTOP, lang: 'en', file: 'demo-desktop-1280x800-en.jpg' },
  { page: 'index.html', viewport: PHONE, lang: 'en', file: 'demo-phone-390x844-en.jpg' },
  { page: 'vertical.html', viewport: PHONE, lang: 'en', file: 'phone-vertical-390x844-en.png' },
  { page: 'vertical.html', viewport: PHONE, lang: 'ar', file: 'phone-vertical-390x844-ar.png' },
];

const out = (name) => fileURLToPath(new URL(`./img/${name}`, import.meta.url));
const server = await startLiveServer({ port: 0, staticRoots: demoRoots() });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 2 });
    await page.goto(`${server.url}/${shot.page}`);
    await page.evaluate((lang) => {
      // As the demo's own locale picker does: the page's language and direction, the captions' language.
      document.documentElement.lang = lang;
      const picker = document.getElementById('locale-picker');
      if (picker) picker.value = lang;
      document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      document.getElementById('player').setAttribute('subtitles-lang', lang);
    }, shot.lang);
    // Playing, the presented product's card and a caption on screen, the bar hidden (nothing pointed at).
    await page.waitForFunction(() => {
      const player = document.getElementById('player');
      const root = player?.shadowRoot;
      const cards = root?.querySelector('shoplive-product-cards')?.shadowRoot;
      return player?.getAttribute('state') === 'playing' && root.querySelector('[part~=cue]') && cards?.querySelector('[part=compact-card]');
    }, null, { timeout: 30_000 });
    // Two painted frames after that moment, so the shot shows it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // JPEG for the big photographic shots keeps the repository small; PNG where the text must stay crisp.
    const jpeg = shot.file.endsWith('.jpg');
    await page.screenshot({ path: out(shot.file), ...(jpeg ? { type: 'jpeg', quality: 80 } : {}) });
    await page.close();
    console.log(`docs/img/${shot.file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
