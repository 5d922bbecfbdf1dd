import { expect } from '@esm-bundle/chai';
import { LimitError } from '../../src/internal/limits.js';
import { checkPlaylistSize } from '../../src/player/playlist-limits.js';
import { isMasterPlaylist, parseAttributes, parseMaster, parseMedia, PlaylistError } from '../../src/player/playlist.js';
import { chooseStartVariant, coldTransferSeconds, estimateRtt } from '../../src/player/start-level.js';

const MASTER = `#EXTM3U
#EXT-X-VERSION:3
#EXT-X-STREAM-INF:BANDWIDTH=1700000,RESOLUTION=1280x720,CODECS="avc1.64001f,mp4a.40.2"
720p/index.m3u8?sid=a
#EXT-X-STREAM-INF:BANDWIDTH=750000,RESOLUTION=640x360,CODECS="avc1.64001e,mp4a.40.2"
360p/index.m3u8?sid=a
#EXT-X-STREAM-INF:BANDWIDTH=280000,RESOLUTION=320x180,CODECS="avc1.64000d,mp4a.40.2"
https://other.example/180p/index.m3u8
`;

const MEDIA = `#EXTM3U
#EXT-X-TARGETDURATION:2
#EXT-X-MEDIA-SEQUENCE:120
#EXT-X-PROGRAM-DATE-TIME:2026-11-25T10:00:00.000Z
#EXTINF:2.000,
120.ts
#EXTINF:2.000,
121.ts
#EXT-X-DISCONTINUITY
#EXTINF:2.000,
122.ts
`;

describe('playlist reading', () => {
  it('reads variants with absolute URLs, bandwidth and resolution', () => {
    expect(isMasterPlaylist(MASTER)).to.equal(true);
    const variants = parseMaster(MASTER, 'https://cdn.example/live/master.m3u8?sid=a');
    expect(variants.map((variant) => variant.url)).to.deep.equal([
      'https://cdn.example/live/720p/index.m3u8?sid=a',
      'https://cdn.example/live/360p/index.m3u8?sid=a',
      'https://other.example/180p/index.m3u8',
    ]);
    expect(variants[1]).to.deep.include({ bandwidth: 750000, width: 640, height: 360 });
  });

  it('reads a live media playlist', () => {
    expect(isMasterPlaylist(MEDIA)).to.equal(false);
    const playlist = parseMedia(MEDIA, 'https://cdn.example/live/360p/index.m3u8');
    expect(playlist).to.deep.include({ targetDuration: 2, mediaSequence: 120, ended: false });
    expect(playlist.segments.map((segment) => segment.url.split('/').pop())).to.deep.equal(['120.ts', '121.ts', '122.ts']);
  });

  it('rejects what is not a playlist', () => {
    expect(() => parseMaster('<html>not a playlist</html>', 'https://x.example/')).to.throw(PlaylistError, /EXTM3U/);
    expect(() => parseMaster('#EXTM3U\n#EXT-X-VERSION:3\n', 'https://x.example/')).to.throw(PlaylistError, /no variants/);
    expect(() => parseMedia('#EXTM3U\n#EXT-X-TARGETDURATION:2\n', 'https://x.example/')).to.throw(PlaylistError, /no segments/);
  });
});

describe('chooseStartVariant', () => {
  const variants = parseMaster(MASTER, 'https://cdn.example/live/master.m3u8');
  const conditions = { width: 640, height: 360, devicePixelRatio: 1, segmentSeconds: 2 };

  it('starts small on a weak or unknown link so the first segment arrives quickly', () => {
    expect(chooseStartVariant(variants, { ...conditions, bandwidth: 1_000_000 }).height).to.equal(180);
    expect(chooseStartVariant(variants, { ...conditions, bandwidth: 4_000_000 }).height).to.equal(180);
  });

  it('starts sharper on a fast link, but never above the player size', () => {
    expect(chooseStartVariant(variants, { ...conditions, bandwidth: 10_000_000 }).height).to.equal(360);
    expect(chooseStartVariant(variants, { ...conditions, bandwidth: 100_000_000 }).height).to.equal(360);
    expect(chooseStartVariant(variants, { ...conditions, height: 720, bandwidth: 100_000_000 }).height).to.equal(720);
    expect(chooseStartVariant(variants, { ...conditions, height: 360, devicePixelRatio: 2, bandwidth: 100_000_000 }).height).to.equal(720);
  });

  it('falls back to the smallest variant when none fits', () => {
    expect(chooseStartVariant(variants, { ...conditions, bandwidth: 100_000 }).height).to.equal(180);
  });

  it('starts small on a far link even with a fast estimate: slow start makes a sharper first segment cost round trips', () => {
    // 20 Mb/s measured last visit: by bandwidth alone 360p fits (its 2 s segment takes 75 ms at that rate).
    const fast = { ...conditions, bandwidth: 20_000_000 };
    expect(chooseStartVariant(variants, fast).height).to.equal(360);
    expect(chooseStartVariant(variants, { ...fast, rttMs: 0 }).height).to.equal(360);
    expect(chooseStartVariant(variants, { ...fast, rttMs: 40 }).height).to.equal(360);
    // At 300 ms, 360p's 188 kB need a fourth round trip of slow start that 180p's 70 kB do not.
    expect(chooseStartVariant(variants, { ...fast, rttMs: 300 }).height).to.equal(180);
  });

  it('costs a download on a young connection by its slow-start rounds, then by the link rate', () => {
    // 70 kB from a 14.6 kB initial window: 14.6 + 29.2 + 58.4 kB, three round trips.
    expect(coldTransferSeconds(70_000, 100_000_000, 0.3)).to.be.closeTo(0.9, 1e-9);
    // Once the window covers the bandwidth-delay product (40 kB at 4 Mb/s and 80 ms), the rest flows at the link rate.
    expect(coldTransferSeconds(200_000, 4_000_000, 0.08)).to.be.closeTo(0.08 + 0.08 + 0.08 + (200_000 - 43_800) / 500_000, 1e-9);
  });

  it('takes a round-trip estimate from the first request to a new host: TCP, TLS and the request', () => {
    expect(estimateRtt(900)).to.be.at.least(300);
    expect(estimateRtt(100_000)).to.equal(3000);
  });
});

/** Milliseconds `run` kept the main thread. The ceiling asserted is generous: the quadratic readers took tens of seconds. */
function busyMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const LONG = 300_000;

describe('playlist reading on hostile input', () => {
  it('reads a 300,000-character attribute list in linear time, whatever it is made of', () => {
    for (const crafted of ['A'.repeat(LONG), 'A='.repeat(LONG / 2), `X="${'a'.repeat(LONG)}`, ','.repeat(LONG), '"'.repeat(LONG)]) {
      expect(busyMs(() => parseAttributes(crafted)), `${crafted.slice(0, 6)}…`).to.be.below(1000);
    }
    expect([...parseAttributes('BANDWIDTH=1,CODECS="a,b",RESOLUTION=2x3,junk,X-Y=')]).to.deep.equal([
      ['BANDWIDTH', '1'],
      ['CODECS', 'a,b'],
      ['RESOLUTION', '2x3'],
      ['X-Y', ''],
    ]);
  });

  it('reads a master with a 300,000-character EXT-X-STREAM-INF line in well under a second', () => {
    const crafted = MASTER.replace('#EXT-X-VERSION:3', `#EXT-X-VERSION:3\n#EXT-X-STREAM-INF:${'A'.repeat(LONG)}\nhuge/index.m3u8`);
    let variants: ReturnType<typeof parseMaster> = [];
    expect(busyMs(() => (variants = parseMaster(crafted, 'https://cdn.example/live/master.m3u8')))).to.be.below(1000);
    expect(variants).to.have.length(4);
  });

  it('refuses, in one pass, a playlist too large or with a line too long for any parser (hls.js\'s too)', () => {
    const longTag = `${MEDIA}#EXT-X-DATERANGE:${'A'.repeat(LONG)}\n`;
    expect(busyMs(() => expect(() => checkPlaylistSize(longTag)).to.throw(LimitError, /line 12 is 300017 characters long \(limit 4096\)/))).to.be.below(1000);
    expect(() => checkPlaylistSize(`${MEDIA}${'x'.repeat(5000)}.ts\n`)).to.throw(LimitError, /line 12 is 5003 characters long/);
    expect(() => checkPlaylistSize(`#EXTM3U\r#EXT-X-KEY:${'A'.repeat(5000)}\r`)).to.throw(LimitError, /line 2 /);
    expect(() => checkPlaylistSize(`#EXTM3U\n${'#EXTINF:2,\nseg.ts\n'.repeat(200_000)}`)).to.throw(LimitError, /larger than 2097152/);
    expect(() => checkPlaylistSize(`${MEDIA}#EXT-X-DATERANGE:${'A'.repeat(4000)}\n${'x'.repeat(4000)}.ts\n`)).to.not.throw();
  });

  it('leaves out every URI the URL guard refuses, keeping the sequence numbers of the rest', () => {
    const master = `${MASTER}#EXT-X-STREAM-INF:BANDWIDTH=1\njavascript:alert(1)\n#EXT-X-STREAM-INF:BANDWIDTH=2\ndata:application/x-mpegurl,#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=3\nftp://cdn.example/x.m3u8\n`;
    expect(parseMaster(master, 'https://cdn.example/live/master.m3u8').map((variant) => variant.bandwidth)).to.deep.equal([1700000, 750000, 280000]);
    expect(() => parseMaster('#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\njavascript:alert(1)\n', 'https://x.example/')).to.throw(PlaylistError, /every variant URI .* was refused/);

    const media = MEDIA.replace('121.ts', 'javascript:alert(document.domain)//121.ts').replace('120.ts', 'data:video/mp2t;base64,AAAA');
    const playlist = parseMedia(media, 'https://cdn.example/live/360p/index.m3u8');
    expect(playlist.segments.map((segment) => [segment.sequence, segment.url])).to.deep.equal([[122, 'https://cdn.example/live/360p/122.ts']]);
    expect(playlist.refused.map((refused) => refused.problem)).to.deep.equal(['unsafe-scheme', 'unsafe-scheme']);
  });
});
