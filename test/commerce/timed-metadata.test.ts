import { expect } from '@esm-bundle/chai';
import {
  parseDateRangeTag,
  productFromDataMessage,
  productFromDateRange,
  productFromId3,
  ProductTimeline,
  readId3Frames,
  refusedProductId,
} from '../../src/commerce/timed-metadata.js';
import { id3, utf8 } from '../support/id3.js';
import { liveSession } from '../support/live.js';

/** A tag exactly as demo/server/show.mjs writes it (golden line of demo/server/subtitles.selftest.mjs). */
const SERVER_LINE =
  '#EXT-X-DATERANGE:ID="p-10",CLASS="com.shoplive.product",START-DATE="2030-01-01T11:59:56.000Z",DURATION=10.000,X-PRODUCT-ID="silk-wrap-dress"';

describe('stream product metadata', () => {
  it('reads the live server\'s EXT-X-DATERANGE tag line', () => {
    expect(parseDateRangeTag(SERVER_LINE)).to.deep.equal({
      ID: 'p-10',
      CLASS: 'com.shoplive.product',
      'START-DATE': '2030-01-01T11:59:56.000Z',
      DURATION: '10.000',
      'X-PRODUCT-ID': 'silk-wrap-dress',
    });
    const cue = productFromDateRange(SERVER_LINE, 42.5)!;
    expect(cue.productId).to.equal('silk-wrap-dress');
    expect(cue.key).to.equal('daterange:p-10');
    expect(cue.start).to.equal(42.5);
    expect(cue.duration).to.equal(10);
    expect(cue.startDate!.toISOString()).to.equal('2030-01-01T11:59:56.000Z');
  });

  it('reads every DATERANGE line of a real show playlist from the test server', async () => {
    const master = liveSession().show;
    const media = new URL('show/720p/index.m3u8', master);
    media.search = new URL(master).search;
    const playlist = await (await fetch(media)).text();
    const lines = playlist.split('\n').filter((line) => line.startsWith('#EXT-X-DATERANGE:'));
    expect(lines.length, playlist).to.be.greaterThan(0);
    for (const line of lines) {
      const cue = productFromDateRange(line)!;
      expect(['silk-wrap-dress', 'silk-scarf']).to.include(cue.productId);
      expect(cue.duration).to.equal(10);
      expect(Number.isFinite(cue.startDate!.getTime())).to.equal(true);
    }
  });

  it('takes hls.js-style attribute objects and ignores other classes and bad ids', () => {
    expect(productFromDateRange({ ID: 'a', 'X-PRODUCT-ID': 'scarf' })!.productId).to.equal('scarf');
    expect(productFromDateRange({ ID: 'ad', CLASS: 'com.apple.hls.interstitial', 'X-PRODUCT-ID': 'scarf' })).to.equal(null);
    expect(productFromDateRange({ ID: 'b', CLASS: 'com.shoplive.product' })).to.equal(null);
    expect(productFromDateRange({ ID: 'c', 'X-PRODUCT-ID': 'x'.repeat(500) })).to.equal(null);
    expect(productFromDateRange('#EXT-X-PROGRAM-DATE-TIME:2030-01-01T00:00:00Z')).to.equal(null);
    expect(productFromDateRange('#EXT-X-DATERANGE:garbage')).to.equal(null);
  });

  it('reads ID3 TXXX (UTF-8, v2.4; UTF-16, v2.3) and PRIV frames', () => {
    const txxx = id3(4, [['TXXX', [3, ...utf8('X-PRODUCT-ID'), 0, ...utf8('silk-scarf')]]]);
    expect(readId3Frames(txxx)).to.deep.equal([{ key: 'TXXX', info: 'X-PRODUCT-ID', data: 'silk-scarf' }]);
    expect(productFromId3(txxx)).to.equal('silk-scarf');

    const utf16 = (text: string) => [0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0), 0])];
    const v23 = id3(3, [
      ['TIT2', [0, ...utf8('title')]],
      ['TXXX', [1, ...utf16('X-PRODUCT-ID'), 0, 0, ...utf16('dress')]],
    ]);
    expect(productFromId3(v23)).to.equal('dress');

    const priv = id3(4, [['PRIV', [...utf8('com.shoplive.product'), 0, ...utf8('silk-wrap-dress')]]]);
    expect(productFromId3(priv)).to.equal('silk-wrap-dress');
    expect(productFromId3([{ key: 'TXXX', info: 'x-product-id', data: 'parsed' }])).to.equal('parsed');

    expect(productFromId3(new Uint8Array([1, 2, 3]))).to.equal(null);
    expect(productFromId3(id3(4, [['TXXX', [3, ...utf8('OTHER'), 0, ...utf8('v')]]]))).to.equal(null);
    // A frame that claims more bytes than the tag has must not throw.
    expect(() => productFromId3(new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 20, ...utf8('TXXX'), 0x7f, 0x7f, 0x7f, 0x7f, 0, 0, 3]))).to.not.throw();
  });

  it('reads RTC data-stream product messages and ignores everything else', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(productFromDataMessage(bytes('{"type":"product","id":"silk-scarf"}'))).to.equal('silk-scarf');
    expect(productFromDataMessage('  {"type":"product","id":"dress"}')).to.equal('dress');
    expect(productFromDataMessage(bytes('{"type":"stt","text":"hi"}'))).to.equal(null);
    expect(productFromDataMessage(new Uint8Array([0x0a, 0x05, 0x08, 0x01]))).to.equal(null); // a protobuf
    expect(productFromDataMessage(bytes('{"type":"product","id":42}'))).to.equal(null);
    expect(productFromDataMessage(bytes('{not json'))).to.equal(null);
    expect(productFromDataMessage(new Uint8Array([0x7b, 0xff, 0xfe]))).to.equal(null);
  });

  it('places cues on the media timeline: the latest started cue that has not ended', () => {
    const timeline = new ProductTimeline();
    expect(timeline.add(productFromDateRange(SERVER_LINE, 100)!)).to.equal(true);
    expect(timeline.add(productFromDateRange(SERVER_LINE, 100)!), 'a range repeated by a playlist refresh counts once').to.equal(false);
    timeline.add(productFromDateRange({ ID: 'p-15', 'X-PRODUCT-ID': 'silk-scarf', DURATION: '10' }, 110)!);
    timeline.add(productFromDateRange({ ID: 'open', 'X-PRODUCT-ID': 'finale' }, 130)!);
    expect(timeline.add(productFromDateRange({ ID: 'no-time', 'X-PRODUCT-ID': 'x' })!)).to.equal(false);
    expect(timeline.at(99.9)).to.equal(null);
    expect(timeline.at(100)!.productId).to.equal('silk-wrap-dress');
    expect(timeline.at(109.99)!.productId).to.equal('silk-wrap-dress');
    expect(timeline.at(110)!.productId).to.equal('silk-scarf');
    expect(timeline.at(125)).to.equal(null);
    expect(timeline.at(1000)!.productId).to.equal('finale');
  });

  it('refuses product ids with bidi, invisible or control characters from every cue source, and says which', () => {
    const tricky = ['silk\u202Escarf', '\u200Bsilk-scarf', 'silk\u0007scarf', 'x'.repeat(201)];
    for (const id of tricky) {
      const attrs = { ID: 'p', CLASS: 'com.shoplive.product', 'X-PRODUCT-ID': id };
      expect(productFromDateRange(attrs), JSON.stringify(id)).to.equal(null);
      expect(refusedProductId(attrs)).to.equal(id);
      expect(productFromDataMessage(JSON.stringify({ type: 'product', id }))).to.equal(null);
    }
    expect(refusedProductId({ CLASS: 'com.example.other', 'X-PRODUCT-ID': 'silk\u202E' }), 'not a product cue').to.equal(null);
    expect(refusedProductId({ CLASS: 'com.shoplive.product', 'X-PRODUCT-ID': 'silk-scarf' }), 'a usable id').to.equal(null);
  });
});
