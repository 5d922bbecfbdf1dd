import { expect } from '@esm-bundle/chai';
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
