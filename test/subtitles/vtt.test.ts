import { expect } from '@esm-bundle/chai';
import { LimitError } from '../../src/internal/limits.js';
import { cueText, parseTimestamp, parseVtt, VttError } from '../../src/subtitles/vtt.js';

describe('WebVTT reader', () => {
  it('reads cues, ids, multi-line text and the HLS timestamp map', () => {
    const doc = parseVtt(
      'WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:133200,LOCAL:00:00:00.000\n\nintro\n00:00:00.500 --> 00:00:02.000 align:center\nWelcome back!\n\n00:01.000 --> 00:03.250\n<v Mei>This silk</v>\n<i>is 22-momme</i>\n',
    );
    expect(doc.timestampMap).to.deep.equal({ mpegts: 133200, local: 0 });
    expect(doc.cues).to.have.length(2);
    expect(doc.cues[0]).to.deep.include({ id: 'intro', start: 0.5, end: 2, text: 'Welcome back!' });
    expect(doc.cues[1]).to.deep.include({ start: 1, end: 3.25, text: 'This silk\nis 22-momme' });
  });

  it('turns markup into plain text, never HTML', () => {
    expect(cueText('<b>Big</b> &amp; <script>alert(1)</script>bold &lt;3 &#x4E2D;&#25991;')).to.equal('Big & alert(1)bold <3 中文');
    expect(cueText('<img src=x onerror=alert(1)>')).to.equal('');
  });

  it('skips broken cues with a warning and keeps the rest', () => {
    const doc = parseVtt('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nbackwards\n\nnonsense line\nmore nonsense\n\n00:00:01.000 --> 00:00:02.000\nfine\n');
    expect(doc.cues.map((cue) => cue.text)).to.deep.equal(['fine']);
    expect(doc.warnings).to.have.length(2);
  });

  it('rejects what is not WebVTT', () => {
    expect(() => parseVtt('not a vtt file <b>x</b>')).to.throw(VttError, /WEBVTT/);
    expect(() => parseVtt('')).to.throw(VttError);
  });

  it('parses timestamps with and without hours', () => {
    expect(parseTimestamp('01:02:03.004')).to.equal(3723.004);
    expect(parseTimestamp('02:03.500')).to.equal(123.5);
    expect(parseTimestamp('2:3.5')).to.equal(null);
  });
});

describe('ptsDelta', () => {
  it('subtracts on the 33-bit MPEG-TS clock', async () => {
    const { ptsDelta, PTS_WRAP_S } = await import('../../src/subtitles/pts.js');
    expect(ptsDelta(21.48, 11.4)).to.be.closeTo(10.08, 1e-9);
    // A looped stream restarts its timestamps: hls.js stores the new origin as a value just below 2^33.
    expect(ptsDelta(1.48, PTS_WRAP_S - 8.62)).to.be.closeTo(10.1, 1e-6);
    expect(ptsDelta(PTS_WRAP_S - 1, 2)).to.be.closeTo(-3, 1e-6);
    expect(ptsDelta(5, 5)).to.equal(0);
  });
});

/** Milliseconds `run` kept the main thread. The ceiling asserted is generous: the quadratic reader took tens of seconds. */
function busyMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('WebVTT reader on hostile input', () => {
  it('strips tags from a 300,000-character payload in linear time', () => {
    let text = '';
    expect(busyMs(() => (text = cueText('<'.repeat(300_000))))).to.be.below(1000);
    expect(text).to.have.length(300_000);
    expect(busyMs(() => (text = cueText('<b'.repeat(150_000) + '>ok')))).to.be.below(1000);
    expect(text).to.equal('ok');
    expect(busyMs(() => cueText('&#1'.repeat(100_000)))).to.be.below(1000);
    expect(cueText('a < b and c > d <i>e</i>')).to.equal('a  d e');
  });

  it('skips a cue with a line over the limit, quickly, and keeps the rest', () => {
    const input = `WEBVTT\n\n00:00.000 --> 00:05.000\n${'<'.repeat(300_000)}\n\n00:01.000 --> 00:02.000\nfine\n`;
    let doc: ReturnType<typeof parseVtt> | undefined;
    expect(busyMs(() => (doc = parseVtt(input)))).to.be.below(1000);
    expect(doc!.cues.map((cue) => cue.text)).to.deep.equal(['fine']);
    expect(doc!.limits).to.deep.equal(['1 cue(s) with a line over 4096 characters were skipped']);
  });

  it('refuses a file over the size limit and reads at most the cue limit', () => {
    expect(() => parseVtt(`WEBVTT\n\n${'x'.repeat(1024 * 1024)}`)).to.throw(LimitError, /larger than 1048576/);
    const many = `WEBVTT\n\n${Array.from({ length: 30 }, (_, i) => `00:00:${String(i).padStart(2, '0')}.000 --> 00:00:${String(i + 1).padStart(2, '0')}.000\nCue ${i}`).join('\n\n')}`;
    const doc = parseVtt(many, { maxCues: 10 });
    expect(doc.cues).to.have.length(10);
    expect(doc.limits).to.deep.equal(['only the first 10 cues were read']);
  });

  it('removes bidi controls and zero-width characters from cue text and ids', () => {
    const doc = parseVtt('WEBVTT\n\n\u202Eevil\u200B-id\n00:00.000 --> 00:02.000\nPrice \u202E0.99\u202C EUR &rlm;\u2066x\u2069\uFEFF\n');
    expect(doc.cues[0]).to.deep.include({ id: 'evil-id', text: 'Price 0.99 EUR x' });
  });

  it('keeps the console quiet on a file of nothing but broken blocks', () => {
    const doc = parseVtt(`WEBVTT\n\n${'junk\n\n'.repeat(5000)}`);
    expect(doc.warnings).to.have.length(11);
    expect(doc.warnings.at(-1)).to.equal('4990 more broken blocks skipped');
  });
});
