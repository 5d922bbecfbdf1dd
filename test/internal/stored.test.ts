import { expect } from '@esm-bundle/chai';
import { readStored, writeStored } from '../../src/internal/stored.js';
import { estimateBandwidth, saveBandwidth } from '../../src/player/start-level.js';

const KEY = 'shoplive:test-record';
const options = { version: 1, maxAgeMs: 60_000 };
const asNumber = (fields: Record<string, unknown>) => (typeof fields['n'] === 'number' ? (fields['n'] as number) : undefined);

function quietly<T>(run: () => T): T {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return run();
  } finally {
    console.warn = warn;
  }
}

describe('stored values read back as untrusted input', () => {
  afterEach(() => {
    localStorage.removeItem(KEY);
    localStorage.removeItem('shoplive:bandwidth');
  });

  it('reads what it wrote, with its version and time', () => {
    expect(writeStored(KEY, 1, { n: 7 })).to.equal(true);
    expect(readStored(KEY, options, asNumber)).to.equal(7);
  });

  it('removes records that are too old, of another version, of the wrong shape or type', () => {
    const now = Date.now();
    for (const raw of [
      JSON.stringify({ v: 1, savedAt: now - 61_000, n: 7 }),
      JSON.stringify({ v: 2, savedAt: now, n: 7 }),
      JSON.stringify({ v: 1, n: 7 }),
      JSON.stringify({ v: 1, savedAt: now, n: '7' }),
      JSON.stringify([1]),
      '{',
    ]) {
      localStorage.setItem(KEY, raw);
      expect(quietly(() => readStored(KEY, options, asNumber)), raw).to.equal(undefined);
      expect(localStorage.getItem(KEY), raw).to.equal(null);
    }
  });

  it('clamps a time in the future to now, so the record still expires', () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, savedAt: Date.now() + 1e12, n: 7 }));
    expect(readStored(KEY, options, asNumber)).to.equal(7);
    const savedAt = (JSON.parse(localStorage.getItem(KEY)!) as { savedAt: number }).savedAt;
    expect(savedAt).to.be.at.most(Date.now());
  });

  it('uses a saved bandwidth only when it is a sane number saved in the past day', () => {
    saveBandwidth(4_000_000);
    expect(estimateBandwidth()).to.equal(4_000_000);
    const fallback = (() => {
      localStorage.removeItem('shoplive:bandwidth');
      return estimateBandwidth();
    })();
    for (const saved of [{ bps: '9e99', at: Date.now() }, { bps: 1e300, at: Date.now() }, { bps: 4e6, at: Date.now() + 1e12 }, { bps: 4e6, at: 'now' }, { bps: 4e6, at: Date.now() - 2 * 86_400_000 }]) {
      localStorage.setItem('shoplive:bandwidth', JSON.stringify(saved));
      expect(estimateBandwidth(), JSON.stringify(saved)).to.equal(fallback);
    }
  });
});
