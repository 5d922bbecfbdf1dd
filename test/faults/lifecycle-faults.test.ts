// The fault matrix, lifecycle row: a storefront that removes and re-adds the player (SPA navigation, a carousel) or
// changes `src` in a hurry must not leave players, timers, connections or listeners behind.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, decodedFrames, eventually, mount, nextEvent, recordRequestsStarted } from '../support/dom.js';
import { liveOrigin, liveSession } from '../support/live.js';
import { watchMediaSources } from './support.js';

/** Counts what the page holds open: listeners on window/document, intervals, MediaSource objects still open. */
function resourceCounter() {
  const listeners = new Map<EventTarget, number>([
    [window, 0],
    [document, 0],
  ]);
  const restore: Array<() => void> = [];
  for (const target of listeners.keys()) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const seen = new Set<string>();
    const key = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
      `${type}|${String(typeof options === 'boolean' ? options : !!options?.capture)}|${listenerId(listener)}`;
    target.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      const id = key(type, listener, options);
      // A listener with an abort signal goes away with the signal.
      const signal = typeof options === 'object' ? options.signal : undefined;
      if (listener && !seen.has(id) && !signal?.aborted) {
        seen.add(id);
        listeners.set(target, listeners.get(target)! + 1);
        signal?.addEventListener('abort', () => seen.delete(id) && listeners.set(target, listeners.get(target)! - 1));
      }
      return add.call(this, type, listener, options);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      if (seen.delete(key(type, listener, options))) listeners.set(target, listeners.get(target)! - 1);
      return remove.call(this, type, listener, options);
    } as typeof remove;
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const intervals = new Set<number>();
  const { setInterval: originalSet, clearInterval: originalClear } = window;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id = originalSet(handler, ms, ...rest);
    intervals.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    originalClear(id);
  }) as typeof clearInterval;
  // Timeouts the SDK (or hls.js) set that have neither fired nor been cleared; the test's own waits are not counted.
  const timeouts = new Set<number>();
  const { setTimeout: originalTimeout, clearTimeout: originalClearTimeout } = window;
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const ours = !new Error().stack?.includes('/test/');
    const id: number = originalTimeout(
      (...args: unknown[]) => {
        timeouts.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...args);
      },
      ms,
      ...rest,
    );
    if (ours) timeouts.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    originalClearTimeout(id);
  }) as typeof clearTimeout;
  const sources = watchMediaSources();
  restore.push(() => {
    window.setInterval = originalSet;
    window.clearInterval = originalClear;
    window.setTimeout = originalTimeout;
    window.clearTimeout = originalClearTimeout;
    sources.stop();
  });
  return {
    snapshot: () => ({ window: listeners.get(window)!, document: listeners.get(document)!, intervals: intervals.size }),
    openMediaSources: () => sources.open(),
    pendingTimeouts: () => timeouts.size,
    stop: () => restore.forEach((undo) => undo()),
  };
}

const ids = new WeakMap<object, number>();
let nextId = 0;
function listenerId(listener: unknown): number {
  if (typeof listener !== 'object' && typeof listener !== 'function') return -1;
  if (!ids.has(listener as object)) ids.set(listener as object, nextId++);
  return ids.get(listener as object)!;
}

/** The moment, on the live server's clock, after which a session must make no request. */
async function serverMark(sid: string): Promise<number> {
  await fetch(`${liveOrigin}/live/mark?sid=${sid}`);
  const log: Array<{ path: string; t: number }> = await (await fetch(`${liveOrigin}/__log?sid=${sid}`)).json();
  return log.filter((request) => request.path === '/live/mark').at(-1)!.t;
}

describe('fault matrix: element lifecycle', () => {
  let counter: ReturnType<typeof resourceCounter> | undefined;
  afterEach(() => {
    cleanup();
    counter?.stop();
  });

  it('src changed 20 times quickly: only the last stream loads on; no player, interval, MediaSource or listener is left', async () => {
    counter = resourceCounter();
    const baseline = counter.snapshot();
    const sessions = Array.from({ length: 20 }, () => liveSession());
    const player = mount<ShoplivePlayer>(`<shoplive-player loading="eager" autoplay muted></shoplive-player>`);
    for (const session of sessions) {
      player.src = session.master;
      // One rendering step between changes: each change is seen (and restarts the stream), none waits for the last.
      await new Promise(requestAnimationFrame);
    }
    const last = sessions.at(-1)!;
    await nextEvent(player, 'shoplive-first-frame', 30_000);
    const marks = await Promise.all(sessions.slice(0, -1).map((session) => serverMark(session.sid)));
    // By the time the last stream has reloaded its playlist three more times, a leaked player would have too.
    const reloads = async () => (await last.requests()).filter((request) => request.path.endsWith('/index.m3u8')).length;
    const atMark = await reloads();
    await eventually(async () => (await reloads()) >= atMark + 3, 'three playlist reloads of the last stream', 30_000);
    for (const [i, session] of sessions.slice(0, -1).entries()) {
      const late = (await session.requests()).filter((request) => request.t > marks[i]! && request.path !== '/live/mark');
      expect(late.map((request) => request.path), `session ${i} after it was replaced`).to.deep.equal([]);
    }
    expect(counter.openMediaSources(), 'one MediaSource open').to.equal(1);
    // What plays is the last stream: its segments were fetched and its frames are on screen.
    const video = player.shadowRoot!.querySelector('video')!;
    await decodedFrames(video, 5, 30_000);
    expect((await last.requests()).some((request) => request.path.endsWith('.ts') && request.status === 200), 'segments of the last stream').to.equal(true);
    // A replaced stream got at most its warm-up (master, one media playlist, one segment: warmup.ts), never a player.
    const earlier = await Promise.all(sessions.slice(0, -1).map(async (session) => (await session.requests()).filter((request) => request.path !== '/live/mark')));
    for (const [i, requests] of earlier.entries()) {
      const names = requests.map((request) => request.path.split('/').pop()!);
      expect(names.length <= 3 && names.filter((name) => name.endsWith('.ts')).length <= 1, `stream ${i} fetched only its warm-up: ${names.join(', ')}`).to.equal(true);
    }
    player.remove();
    await eventually(async () => counter!.openMediaSources() === 0, 'the MediaSource to close', 5000);
    expect(counter.snapshot(), 'listeners and intervals back to where they were').to.deep.equal(baseline);
    // Timeouts already set may still fire once (and do nothing); a leaked loop would keep setting new ones.
    await eventually(async () => counter!.pendingTimeouts() === 0, 'no SDK timeout pending', 15_000);
  }).timeout(120_000);

  it('a src replaced while its warm-up waits on a slow origin: the waiting request is called off, not left open', async () => {
    // The server holds every answer of this session for two minutes: only an abort ends the master request sooner.
    const slow = liveSession({ delay: 120_000 });
    const player = mount<ShoplivePlayer>(`<shoplive-player loading="eager" src="${slow.master}" autoplay muted></shoplive-player>`);
    await eventually(async () => (await slow.openRequests()).some((request) => request.path === '/live/master.m3u8'), 'the slow master to reach the server', 15_000);
    const next = liveSession();
    player.src = next.master;
    await nextEvent(player, 'shoplive-first-frame', 30_000);
    // The server logs a request when its connection closes: one closed by the client before its answer is marked so.
    let log: Array<{ path: string; aborted?: boolean }> = [];
    await eventually(
      async () => (log = await slow.requests()).some((request) => request.path === '/live/master.m3u8' && request.aborted),
      () => `the slow master to be aborted; still open: ${log.length === 0}, log: ${JSON.stringify(log)}`,
      20_000,
    );
  }).timeout(60_000);

  it('removed and re-added: plays again on one stream; removed for good, nothing is left', async () => {
    counter = resourceCounter();
    const baseline = counter.snapshot();
    const session = liveSession();
    const player = mount<ShoplivePlayer>(`<shoplive-player src="${session.master}" autoplay muted></shoplive-player>`);
    await nextEvent(player, 'shoplive-first-frame', 30_000);
    const parent = player.parentElement!;
    for (let round = 0; round < 3; round++) {
      player.remove();
      const again = nextEvent(player, 'shoplive-first-frame', 30_000);
      parent.append(player);
      await again;
    }
    expect(counter.openMediaSources(), 'one MediaSource open after three re-adds').to.equal(1);
    // Requests as the page starts them: one sent a moment before removal may reach the server after any later marker.
    const started = recordRequestsStarted();
    player.remove();
    const witness = liveSession();
    const control = mount<ShoplivePlayer>(`<shoplive-player src="${witness.master}" autoplay muted></shoplive-player>`);
    await nextEvent(control, 'shoplive-first-frame', 30_000);
    const reloads = async () => (await witness.requests()).filter((request) => request.path.endsWith('/index.m3u8')).length;
    await eventually(async () => (await reloads()) >= 3, 'three playlist loads of a player still on the page', 30_000);
    control.remove();
    started.stop();
    expect(started.urls.some((url) => url.includes(`sid=${witness.sid}`)), 'the witness is seen by the recorder').to.equal(true);
    expect(started.urls.filter((url) => url.includes(`sid=${session.sid}`)), 'requests started after removal').to.deep.equal([]);
    await eventually(async () => counter!.openMediaSources() === 0, 'every MediaSource closed', 5000);
    expect(counter.snapshot(), 'listeners and intervals back to where they were').to.deep.equal(baseline);
    await eventually(async () => counter!.pendingTimeouts() === 0, 'no SDK timeout pending', 15_000);
  }).timeout(120_000);
});
