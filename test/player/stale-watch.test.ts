import { expect } from '@esm-bundle/chai';
import { STALE_AFTER_TARGET_DURATIONS, StaleWatch, type WatchClock } from '../../src/player/engines/stale-watch.js';

/** A clock that only moves when told to, running due timers in deadline order. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: WatchClock & { advance(ms: number): void } = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers].filter(([, timer]) => timer.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
  };
  return clock;
}

describe('StaleWatch (a live playlist that keeps answering but stops growing)', () => {
  it(`reports stale ${STALE_AFTER_TARGET_DURATIONS} target durations after the last advance, not before, even between reloads`, () => {
    const clock = fakeClock();
    const changes: boolean[] = [];
    const watch = new StaleWatch((stale) => changes.push(stale), clock);
    watch.observe(10, 2);
    clock.advance(2000);
    watch.observe(11, 2);
    // The playlist stops at 11; reloads keep coming every 2 s with the same last segment.
    clock.advance(2000);
    watch.observe(11, 2);
    clock.advance(3999);
    expect(changes, 'not stale 5999 ms after the last advance').to.deep.equal([]);
    clock.advance(1);
    expect(changes, 'stale at 6000 ms (3 x 2 s), without waiting for the next reload').to.deep.equal([true]);
    watch.observe(11, 2);
    expect(changes, 'reported once').to.deep.equal([true]);
    watch.observe(12, 2);
    expect(changes, 'fresh again as soon as it advances').to.deep.equal([true, false]);
    watch.stop();
  });

  it('scales with the target duration and stops cleanly', () => {
    const clock = fakeClock();
    const changes: boolean[] = [];
    const watch = new StaleWatch((stale) => changes.push(stale), clock);
    watch.observe(1, 6);
    clock.advance(17_999);
    expect(changes).to.deep.equal([]);
    watch.stop();
    clock.advance(60_000);
    expect(changes, 'no report after stop()').to.deep.equal([]);
  });
});
