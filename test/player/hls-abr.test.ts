import { expect } from '@esm-bundle/chai';
import Hls from 'hls.js/dist/hls.light.mjs';
import { UP_SWITCH_HOLD_MS, UP_SWITCH_MIN_BUFFER_S, heldAbrController, levelThatFits } from '../../src/player/engines/hls-abr.js';
import { TailThroughput, tailRate, type LoadSample } from '../../src/player/engines/tail-throughput.js';

/** Stands in for hls.js's AbrController: its choice, the level loading and the buffer ahead are set by the test. */
class FakeAbr {
  choice = 0;
  forced: number[] = [];
  forcedAutoLevel = -1;
  readonly hls = {
    loadLevel: 0,
    mainForwardBufferInfo: { len: 0 } as { len: number } | null,
    // The demo ladder: 180p, 360p, 720p, 2 s segments.
    levels: [0.3e6, 0.8e6, 2.5e6].map((maxBitrate) => ({ maxBitrate, details: { targetduration: 2 } })),
  };
  get nextAutoLevel(): number {
    return this.choice;
  }
  set nextAutoLevel(level: number) {
    this.forced.push(level);
  }
}

function held(linkBps: () => number | null = () => null) {
  let now = 100_000;
  const Controller = heldAbrController(FakeAbr as never, () => now, linkBps) as unknown as new (hls: Hls) => FakeAbr;
  const abr = new Controller({} as Hls);
  const at = (state: { loading: number; choice: number; bufferS: number }) => {
    abr.hls.loadLevel = state.loading;
    abr.choice = state.choice;
    abr.hls.mainForwardBufferInfo = { len: state.bufferS };
    return abr.nextAutoLevel;
  };
  return { abr, at, wait: (ms: number) => (now += ms) };
}

describe('held ABR (step-up hold on weak links)', () => {
  it('does not step up on a thin buffer, and does once the buffer is deep enough', () => {
    const { at } = held();
    expect(at({ loading: 0, choice: 2, bufferS: UP_SWITCH_MIN_BUFFER_S - 1 })).to.equal(0);
    expect(at({ loading: 0, choice: 2, bufferS: UP_SWITCH_MIN_BUFFER_S + 1 })).to.equal(2);
  });

  it('steps down at once, and holds the next step up for a while after it', () => {
    const { at, wait } = held();
    expect(at({ loading: 2, choice: 0, bufferS: 1 })).to.equal(0);
    wait(UP_SWITCH_HOLD_MS / 2);
    expect(at({ loading: 0, choice: 1, bufferS: 6 })).to.equal(0);
    wait(UP_SWITCH_HOLD_MS / 2 + 1);
    expect(at({ loading: 0, choice: 1, bufferS: 6 })).to.equal(1);
  });

  it('passes a forced level (hls.js after an error) through to the base controller', () => {
    const { abr } = held();
    abr.nextAutoLevel = 1;
    expect(abr.forced).to.deep.equal([1]);
  });

  it('does not hold a level hls.js forces after a load error (it would retry the failed level instead of failing over)', () => {
    const { abr, at } = held();
    abr.forcedAutoLevel = 2;
    expect(at({ loading: 0, choice: 2, bufferS: 0 })).to.equal(2);
    abr.forcedAutoLevel = -1;
    expect(at({ loading: 0, choice: 2, bufferS: 0 })).to.equal(0);
  });

  it('subclasses hls.js own AbrController and keeps its getter working', () => {
    const Controller = heldAbrController();
    const hls = new Hls({ abrController: Controller });
    try {
      expect((hls as unknown as { abrController: object }).abrController).to.be.instanceOf(Hls.DefaultConfig.abrController as unknown as new () => object);
      expect((hls as unknown as { abrController: object }).abrController).to.be.instanceOf(Controller as unknown as new () => object);
      expect(hls.nextAutoLevel).to.be.a('number');
    } finally {
      hls.destroy();
    }
  });

  it('sizes the next segment to arrive, at the link\'s latest rate, before the buffer runs out', () => {
    let link: number | null = 0.6e6;
    const { at, wait } = held(() => link);
    // hls.js's average says 360p after a 720p segment that straddled a drop to 600 kb/s; 1.4 s of buffer holds a 180p
    // segment (1 s at that rate), not a 360p one (2.7 s).
    expect(at({ loading: 2, choice: 1, bufferS: 1.4 })).to.equal(0);
    // Nor does a buffer the 360p segment would only just fit (2.7 s of 3.3 s): the switch's playlist comes first.
    expect(at({ loading: 2, choice: 1, bufferS: 3.3 })).to.equal(0);
    // A deep buffer carries it.
    wait(UP_SWITCH_HOLD_MS + 1);
    expect(at({ loading: 0, choice: 1, bufferS: 4 })).to.equal(1);
    // No recent rate: ABR's choice stands.
    link = null;
    expect(at({ loading: 2, choice: 1, bufferS: 1.4 })).to.equal(1);
  });

  it('keeps the lowest level when nothing fits, and never steps up', () => {
    const levels = [{ maxBitrate: 0.3e6 }, { maxBitrate: 0.8e6 }, { maxBitrate: 2.5e6 }];
    expect(levelThatFits(2, levels, { linkBps: 0.05e6, bufferAheadS: 0.5, segmentS: 2 })).to.equal(0);
    expect(levelThatFits(1, levels, { linkBps: 20e6, bufferAheadS: 4, segmentS: 2 })).to.equal(1);
    expect(levelThatFits(2, levels, { linkBps: 0.05e6, bufferAheadS: 0.5, segmentS: 2, minLevel: 1 })).to.equal(1);
  });
});

describe('tail throughput (the link now, not the segment\'s average)', () => {
  it('measures the last second of a segment from its first byte', () => {
    // 200 kB in the first 400 ms (4 Mb/s), then 75 kB/s (600 kb/s) for 2 s.
    const samples: LoadSample[] = [[0, 0], [100, 0]];
    for (let t = 200; t <= 500; t += 100) samples.push([t, ((t - 100) / 400) * 200_000]);
    for (let t = 600; t <= 2500; t += 100) samples.push([t, 200_000 + ((t - 500) / 1000) * 75_000]);
    expect(tailRate(samples)! / 1e6).to.be.closeTo(0.6, 0.01);
    // Too short to be a measurement.
    expect(tailRate([[0, 0], [50, 1000], [100, 9000]])).to.equal(null);
  });

  it('reads the stats hls.js gives the fragment after FRAG_LOADING, and forgets a stale rate', () => {
    let now = 0;
    const meter = new TailThroughput(() => now);
    const fragment = { stats: { loaded: 0, loading: { first: 0, end: 0 } } };
    meter.follow(() => fragment.stats);
    // hls.js swaps in its loader's stats once loading starts; bytes then arrive at 1 Mb/s.
    fragment.stats = { loaded: 0, loading: { first: 0, end: 0 } };
    for (let i = 1; i <= 8; i++) {
      now += 125;
      fragment.stats.loaded = now * 125;
      meter.sample();
    }
    fragment.stats.loading.end = now;
    meter.finish(fragment.stats);
    expect(meter.latest()! / 1e6).to.be.within(0.5, 1.5);
    now += 60_000;
    expect(meter.latest()).to.equal(null);
  });
});
