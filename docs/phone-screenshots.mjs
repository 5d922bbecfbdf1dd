// Screenshots of the vertical show on a 390 x 844 phone, in English and Arabic, for docs/phone.md:
//   npm run build && node docs/phone-screenshots.mjs
// Serves demo/ and dist/ with the simulated live server on loopback, opens demo/vertical.html in Chromium.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startLiveServer } from '../demo/server/live-server.mjs';
import { demoRoots } from '../demo/server/demo-roots.mjs';
import { findChromium, CHROMIUM_ARGS } from '../test/chromium.mjs';

const out = (name) => fileURLToPath(new URL(`./img/${name}`, import.meta.url));
const server = await startLiveServer({ port: 0, staticRoots: demoRoots() });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'] });
try {
  for (const lang of ['en', 'ar']) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(`${server.url}/vertical.html`);
    await page.evaluate((lang) => {
      document.documentElement.lang = lang;
      document.getElementById('locale-picker').value = lang;
      document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      document.getElementById('player').setAttribute('subtitles-lang', lang === 'ar' ? 'ar' : 'en');
    }, lang);
    // Playing, the presented product's card and a caption on screen, the bar hidden (nothing pointed at).
    await page.waitForFunction(() => {
      const player = document.getElementById('player');
      const root = player?.shadowRoot;
      const cards = root?.querySelector('shoplive-product-cards')?.shadowRoot;
      return player?.getAttribute('state') === 'playing' && root.querySelector('[part~=cue]') && cards?.querySelector('[part=compact-card]');
    }, null, { timeout: 30_000 });
    // Two painted frames after that moment, so the shot shows it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: out(`phone-vertical-390x844-${lang}.png`) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log('docs/img/phone-vertical-390x844-{en,ar}.png written');
