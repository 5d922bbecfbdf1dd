// Chapters from ID3 product cues: the replay feature fed the timed-metadata signals an HLS engine sends for a
// recording whose product cues travel as ID3 (TXXX:X-PRODUCT-ID) instead of EXT-X-DATERANGE.
import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { PlayerFeatureContext } from '../../src/player/features/player-feature.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import type { PlayerRequest } from '../../src/player/session/player-request.js';
import { IDLE_SNAPSHOT, type MediaSnapshot } from '../../src/player/session/media-snapshot.js';
import { ReplayFeature } from '../../src/replay/replay-feature.js';
import { cleanup, mount } from '../support/dom.js';
import { id3, productTag, utf8 } from '../support/id3.js';

function replayOf(host: ShoplivePlayer, snapshot: MediaSnapshot) {
  const requests: PlayerRequest[] = [];
  const context = {
    host,
    video: () => null,
    snapshot: () => snapshot,
    liveLatency: () => null,
    locale: () => 'en',
    t: (key: string, params?: Record<string, unknown>) => `${key}:${params?.title ?? ''}`,
    report: () => undefined,
    request: (request: PlayerRequest) => requests.push(request),
    use: () => undefined,
    adoptStyles: () => undefined,
  } as unknown as PlayerFeatureContext;
  return { feature: new ReplayFeature(context), requests };
}

const id3Cue = (data: Uint8Array, pts: number) => ({ type: 'timed-metadata', metadata: { kind: 'id3', data, pts } }) as const;

describe('replay chapters from ID3 product cues', () => {
  afterEach(cleanup);
  const recording: MediaSnapshot = { ...IDLE_SNAPSHOT, timeline: 'vod', seekStart: 0, seekEnd: 20 };

  it('each TXXX / PRIV product cue becomes a chapter at its PTS, in order; repeats and other tags add nothing', () => {
    const host = mount<ShoplivePlayer>('<shoplive-player lang="en"></shoplive-player>');
    const { feature, requests } = replayOf(host, recording);
    feature.onSignal(id3Cue(productTag('silk-scarf'), 10.25));
    feature.onSignal(id3Cue(productTag('silk-scarf'), 12)); // the same product again: the chapter goes on
    feature.onSignal(id3Cue(id3(4, [['PRIV', [...utf8('com.shoplive.product'), 0, ...utf8('silk-wrap-dress')]]]), 1.5));
    feature.onSignal(id3Cue(id3(4, [['TXXX', [3, ...utf8('OTHER'), 0, ...utf8('x')]]]), 5));
    expect(feature.chapters.map(({ productId, start }) => [productId, start])).to.deep.equal([
      ['silk-wrap-dress', 1.5],
      ['silk-scarf', 10.25],
    ]);
    expect(feature.seekMarks().map((mark) => mark.time)).to.deep.equal([1.5, 10.25]);
    // Choosing the scarf plays from 3 s before its cue.
    feature.choose(feature.chapters[1]!);
    expect(requests).to.deep.equal([{ type: 'seek', time: 7.25 }]);
    feature.dispose();
  });

  it('a start-product deep link waits for that product\'s ID3 chapter, then seeks to it', () => {
    const host = mount<ShoplivePlayer>('<shoplive-player lang="en" start-product="silk-scarf"></shoplive-player>');
    host.startProduct = 'silk-scarf';
    const { feature, requests } = replayOf(host, recording);
    feature.onSignal(id3Cue(productTag('silk-wrap-dress'), 0));
    expect(requests, 'not the dress').to.deep.equal([]);
    feature.onSignal(id3Cue(productTag('silk-scarf'), 10));
    expect(requests).to.deep.equal([{ type: 'seek', time: 7 }]);
    feature.dispose();
  });
});
