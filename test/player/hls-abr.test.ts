import { expect } from '@esm-bundle/chai';
import Hls from 'hls.js/dist/hls.light.mjs';
import { UP_SWITCH_HOLD_MS, UP_SWITCH_MIN_BUFFER_S, heldAbrController } from '../../src/player/engines/hls-abr.js';

/** Stands in for hls.js's AbrController: its choice, the level loading and the buffer ahead are set by the test. */
class FakeAbr {
  choice = 0;
  forced: number[] = [];
  forcedAutoLevel = -1;
  readonly hls = { loadLevel: 0, mainForwardBufferInfo: { len: 0 } as { len: number } | null };
  get nextAutoLevel(): number {
    return this.choice;
  }
  set nextAutoLevel(level: number) {
    this.forced.push(level);
  }
}

function held() {
  let now = 100_000;
  const Controller = heldAbrController(FakeAbr as never, () => now) as unknown as new (hls: Hls) => FakeAbr;
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
});
