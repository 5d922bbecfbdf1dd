// The CDN build (`npm run build`): every file but the loader is named by its content, so a CDN may cache it for good;
// dist/sri.json holds the Subresource Integrity of each file (the build prints the loader's), and a page that pins
// the loader with `<script type="module" integrity crossorigin>` plays, while a page pinning other bytes runs nothing.
// The files come from the live server's /dist/, another origin (as a CDN is) that serves them byte for byte (the test
// server rewrites the modules it serves, which no integrity would match).
import { expect } from '@esm-bundle/chai';
import { cleanup, mount, waitFor } from './support/dom.js';
import { liveOrigin, liveSession } from './support/live.js';

const CDN = `${liveOrigin}/dist/`;

async function sha384(path: string): Promise<string> {
  const bytes = await (await fetch(path, { cache: 'no-store' })).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A page whose only script is the documented tag: the loader pinned by `integrity`. */
async function pinnedPage(integrity: string, src: string): Promise<Window & typeof globalThis> {
  const frame = mount<HTMLIFrameElement>('<iframe style="width: 640px; height: 400px; border: 0"></iframe>');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc =
    `<!doctype html><script type="module" src="${CDN}shoplive.js" integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"></script>` +
    `<shoplive-player src="${escapeAttribute(src)}" autoplay muted></shoplive-player>`;
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

const loaderRan = (win: Window) => (win as unknown as Record<symbol, unknown>)[Symbol.for('shoplive.loader')] === true;

describe('CDN build: hashed names and Subresource Integrity', () => {
  let sri: Record<string, string>;
  before(async () => {
    sri = await (await fetch(`${CDN}sri.json`, { cache: 'no-store' })).json();
  });
  afterEach(cleanup);

  it('dist/sri.json holds the sha384 of the loader and of every file it lists', async () => {
    expect(sri['shoplive.js']).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    const files = Object.keys(sri);
    expect(files.length).to.be.greaterThan(20);
    for (const file of files) expect(await sha384(`${CDN}${file}`), file).to.equal(sri[file]);
    // Only the loader has a stable name: everything it may import is named by its content.
    expect(files.filter((file) => file !== 'shoplive.js' && !/[.-][\w-]{8}\.js$/.test(file))).to.deep.equal([]);
  });

  it('a page pinning the loader with its integrity plays the stream, loading hashed files only', async () => {
    const session = liveSession();
    const win = await pinnedPage(sri['shoplive.js']!, session.master);
    expect(loaderRan(win), 'the pinned loader ran').to.equal(true);
    const player = win.document.querySelector('shoplive-player')!;
    await waitFor(() => (player as unknown as { metrics?: { firstFrameAt: number } }).metrics?.firstFrameAt, 'a frame of the stream', 30_000);
    const loaded = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/'));
    expect(loaded.filter((path) => path !== '/dist/shoplive.js' && !sri[path.slice('/dist/'.length)]), 'every file the loader fetched is listed').to.deep.equal([]);
    expect(loaded.some((path) => /^\/dist\/player\.[\w-]{8}\.js$/.test(path)), 'the player entry by its hashed name').to.equal(true);
  });

  it('a page pinning other bytes does not run the loader', async () => {
    const session = liveSession();
    const wrong = `sha384-${btoa(String.fromCharCode(...new Uint8Array(48)))}`;
    const win = await pinnedPage(wrong, session.master);
    expect(loaderRan(win)).to.equal(false);
    expect(win.customElements.get('shoplive-player')).to.equal(undefined);
    expect(await session.requests(), 'no stream request').to.deep.equal([]);
  });
});
