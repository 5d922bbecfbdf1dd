// The demo's replay page (demo/replay.html) under the strict policy (/strict/, see test/security/strict-csp.test.ts):
// the replay plays with its chapters, the show in progress has its seek bar, the schedule lists the next shows, and
// nothing is blocked.
import { expect } from '@esm-bundle/chai';
import { cleanup, decodedFrames, mount, waitFor } from '../support/dom.js';

type DemoWindow = Window & typeof globalThis & { shopliveCspViolations?: unknown[] };

describe('the demo replay page under a strict CSP with Trusted Types', () => {
  afterEach(cleanup);

  it('plays the replay with its chapters and lists the schedule without a violation', async function () {
    this.timeout(60_000);
    const frame = mount<HTMLIFrameElement>(`<iframe title="replay demo" style="width: 1000px; height: 1400px; border: 0"></iframe>`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/strict/replay.html';
    await loaded;
    const win = frame.contentWindow as DemoWindow;
    const replay = win.document.getElementById('replay')!;
    const bar = await waitFor(() => replay.shadowRoot?.querySelector<HTMLElement>('[role=slider]'), 'the replay seek bar', 30_000);
    await waitFor(() => replay.shadowRoot!.querySelectorAll('[part=seek-mark]').length === 2, 'two chapter marks');
    expect(bar.getAttribute('aria-valuemax')).to.equal('20');
    const video = replay.shadowRoot!.querySelector('video')!;
    void video.play();
    await decodedFrames(video, 3);
    const schedule = win.document.getElementById('schedule')!;
    // The loader brings the schedule's code in as it nears the viewport.
    schedule.scrollIntoView();
    await waitFor(() => schedule.shadowRoot?.querySelector('[data-show=silk-live] [part=countdown]'), 'the schedule countdown');
    const ending = win.document.getElementById('ending')!;
    ending.setAttribute('loading', 'eager');
    await waitFor(() => ending.shadowRoot?.querySelector('[role=slider]'), 'the show in progress has a seek bar', 30_000);
    expect(win.shopliveCspViolations, JSON.stringify(win.shopliveCspViolations)).to.deep.equal([]);
  });
});
