// These tests load the built script-tag bundle (`dist/shoplive.js`) into real pages, as a storefront would,
// under a strict Content-Security-Policy (no inline script or style, no eval).
import { expect } from '@esm-bundle/chai';
import { cleanup, intersectionDecided, mount, nextEvent, waitFor } from './support/dom.js';
import { liveSession } from './support/live.js';

async function openFixture(name: string, src: string): Promise<Window & typeof globalThis> {
  const frame = mount<HTMLIFrameElement>(`<iframe style="width: 640px; height: 400px; border: 0"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/${name}?src=${encodeURIComponent(src)}`;
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const errors: unknown[] = [];
  win.addEventListener('error', (event) => errors.push(event.message));
  win.addEventListener('securitypolicyviolation', (event) => errors.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
  (win as unknown as { __errors: unknown[] }).__errors = errors;
  return win;
}

const scripts = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'));

describe('script-tag loader (dist/shoplive.js)', () => {
  afterEach(cleanup);

  it('loads nothing but itself for a player far below the fold, then plays it when scrolled to', async () => {
    const session = liveSession();
    const win = await openFixture('loader-lazy.html', session.master);
    const player = win.document.querySelector('shoplive-player')!;
    await intersectionDecided(player);
    expect(scripts(win).map((path) => path.replace(/\?.*/, ''))).to.deep.equal(['/dist/shoplive.js']);
    expect(await session.requests(), 'no stream request').to.deep.equal([]);
    expect(win.customElements.get('shoplive-player'), 'element code not loaded yet').to.equal(undefined);

    const firstFrame = nextEvent<{ ttffMs: number }>(player, 'shoplive-first-frame', 20_000);
    player.scrollIntoView();
    await firstFrame;
    const loaded = scripts(win);
    expect(loaded.some((path) => path.includes('/chunks/hls-engine-'))).to.equal(true);
    expect(loaded.some((path) => path.includes('/chunks/lit-'))).to.equal(true);
    // An HLS-only player never downloads the real-time path, the Agora SDK, subtitles or shopping code.
    expect(loaded.filter((path) => /\/chunks\/(agora|start-race|subtitle-feature|shopping-feature|commerce-controller|product-cards)-/.test(path))).to.deep.equal([]);
    const requests = await session.requests();
    expect(requests.filter((request) => request.path.endsWith('master.m3u8'))).to.have.length(1);
    expect((win as unknown as { __errors: unknown[] }).__errors).to.deep.equal([]);
  });

  it('does no harm when the script tag is on the page twice', async () => {
    const session = liveSession();
    const warnings: unknown[] = [];
    const win = await openFixture('loader-twice.html', session.master);
    const original = win.console.warn;
    win.console.warn = (...args: unknown[]) => warnings.push(args);
    const player = win.document.querySelector('shoplive-player')!;
    if (!(player as unknown as { metrics?: { firstFrameAt: number } }).metrics?.firstFrameAt) {
      await nextEvent(player, 'shoplive-first-frame', 20_000);
    }
    await waitFor(() => (player as unknown as { state: string }).state === 'playing', 'playing');
    win.console.warn = original;
    expect((win as unknown as { __errors: unknown[] }).__errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    const requests = await session.requests();
    expect(requests.filter((request) => request.path.endsWith('master.m3u8')), 'one stream start').to.have.length(1);
    expect(win.document.querySelectorAll('shoplive-player')).to.have.length(1);
  });

  it('plays the full show with subtitles under default-src \'none\' without a single CSP violation', async () => {
    const session = liveSession();
    const win = await openFixture('strict-csp.html', session.show);
    const player = win.document.querySelector('shoplive-player')!;
    await waitFor(() => player.shadowRoot?.querySelector('[part~=cue]')?.textContent?.trim(), 'a subtitle on screen', 25_000);
    expect((win as unknown as { __errors: unknown[] }).__errors).to.deep.equal([]);
  });
});
