import { expect } from '@esm-bundle/chai';
import { isMasterPlaylist, parseMaster, parseMedia, PlaylistError } from '../../src/player/playlist.js';
import { chooseStartVariant } from '../../src/player/start-level.js';

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
});
