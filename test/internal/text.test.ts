import { expect } from '@esm-bundle/chai';
import { cleanText, isolate, stripInvisible } from '../../src/internal/text.js';

describe('cleanText', () => {
  it('removes every bidi control: embeddings, overrides, isolates and marks', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    for (const control of controls) expect(cleanText(`M${control}L`, 100), `U+${control.charCodeAt(0).toString(16)}`).to.equal('ML');
    expect(cleanText('\u202Egnirts desrever', 100)).to.equal('gnirts desrever');
  });

  it('removes zero-width and control characters, keeping tabs, line breaks and joiners inside words', () => {
    expect(cleanText('X\u200BL', 10)).to.equal('XL');
    expect(cleanText('\uFEFFM\u2060', 10)).to.equal('M');
    expect(cleanText('a\u0000b\u0007c\u009Bd', 10)).to.equal('abcd');
    expect(cleanText('line one\nline\ttwo', 100)).to.equal('line one\nline\ttwo');
    // Emoji sequences and Persian words need their joiners; a joiner next to nothing visible joins nothing.
    expect(cleanText('👩\u200D👩\u200D👧', 20)).to.equal('👩\u200D👩\u200D👧');
    expect(cleanText('می\u200Cخواهم', 20)).to.equal('می\u200Cخواهم');
    expect(cleanText('\u200DM \u200C\u200DL\u200D', 20)).to.equal('M L');
  });

  it('clamps to the limit without cutting a surrogate pair', () => {
    expect(cleanText('abcdef', 3)).to.equal('abc');
    expect(cleanText('ab😀', 3)).to.equal('ab');
    expect(cleanText('ab😀', 4)).to.equal('ab😀');
    expect(cleanText('abc', 0)).to.equal('');
  });

  it('is linear on crafted input (a 300 k-character run of joiners takes milliseconds, not seconds)', () => {
    const crafted = `a${'\u200D'.repeat(150_000)}${'\u202E'.repeat(150_000)}`;
    const started = performance.now();
    const clean = stripInvisible(crafted);
    // A generous ceiling: a quadratic pass takes tens of seconds here.
    expect(performance.now() - started).to.be.below(1000);
    expect(clean).to.equal('a');
  });
});

describe('isolate', () => {
  it('wraps a value in FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE', () => {
    expect(isolate('M')).to.equal('\u2068M\u2069');
    expect(isolate(3)).to.equal('\u20683\u2069');
  });
});
