// The pure rules behind deep links, "Share this moment" and chapter seeking (src/replay/deep-link.ts, chapters.ts).
import { expect } from '@esm-bundle/chai';
import { chapterSeekTime, CHAPTER_LEAD_S, type Chapter } from '../../src/replay/chapters.js';
import { parseTime, shareLink, startPoint } from '../../src/replay/deep-link.js';

const PAGE = 'https://shop.example/replay/42';

describe('replay link rules', () => {
  it('parseTime reads seconds, "s" suffixes and clocks, and refuses anything else', () => {
    const cases: Array<[string | null | undefined, number | null]> = [
      ['90', 90], [' 90.5 ', 90.5], ['90s', 90], ['1:30', 90], ['01:30', 90], ['1:02:03', 3723], ['0:05.5', 5.5],
      ['', null], [null, null], [undefined, null], ['-5', null], ['1:3', null], ['1:60:00x', null], ['abc', null],
      ['90m', null], ['1e3', null], ['12345678901234567', null],
    ];
    for (const [input, expected] of cases) expect(parseTime(input), String(input)).to.equal(expected);
  });

  it('startPoint: start-product, then start-at, then the page link (hash before query; #shoplive-… or plain #t=)', () => {
    expect(startPoint({ startProduct: ' silk-scarf ', startAt: '30' }, `${PAGE}#shoplive-t=5`)).to.deep.equal({ product: 'silk-scarf' });
    expect(startPoint({ startProduct: 'bad id<b>', startAt: '1:30' }, PAGE)).to.deep.equal({ at: 90 });
    expect(startPoint({}, `${PAGE}#shoplive-t=75`)).to.deep.equal({ at: 75 });
    expect(startPoint({}, `${PAGE}?shoplive-t=1:05`)).to.deep.equal({ at: 65 });
    expect(startPoint({}, `${PAGE}?shoplive-t=10#shoplive-t=20`)).to.deep.equal({ at: 20 }, 'the hash wins over the query');
    expect(startPoint({}, `${PAGE}#shoplive-product=silk-scarf&shoplive-t=20`)).to.deep.equal({ product: 'silk-scarf' });
    expect(startPoint({}, `${PAGE}?shoplive-product=silk-wrap-dress`)).to.deep.equal({ product: 'silk-wrap-dress' });
    // The media-fragment spelling of a start, in the hash only.
    expect(startPoint({}, `${PAGE}#t=42`)).to.deep.equal({ at: 42 });
    expect(startPoint({}, `${PAGE}#t=npt:1:10`)).to.deep.equal({ at: 70 });
    expect(startPoint({}, `${PAGE}#t=12,30`)).to.deep.equal({ at: 12 });
    expect(startPoint({}, `${PAGE}#t=1:02&shoplive-t=5`)).to.deep.equal({ at: 5 }, '#shoplive-t= before #t=');
    expect(startPoint({}, `${PAGE}?t=42`), "a page's own ?t= is not ours").to.equal(null);
    expect(startPoint({}, `${PAGE}#t=soon`)).to.equal(null);
    expect(startPoint({}, PAGE)).to.equal(null);
    expect(startPoint({}, 'not a url')).to.equal(null);
  });

  it('shareLink fills the template with whole seconds and the URL-encoded product, else the page with #shoplive-t=', () => {
    expect(shareLink('https://shop.example/r/42?at={t}&p={product}', PAGE, 75.9, 'silk scarf&co')).to.equal('https://shop.example/r/42?at=75&p=silk%20scarf%26co');
    expect(shareLink('https://shop.example/r/42?at={t}&p={product}', PAGE, -3, null)).to.equal('https://shop.example/r/42?at=0&p=');
    expect(shareLink(undefined, `${PAGE}?ref=mail#old`, 12.4, 'silk-scarf')).to.equal(`${PAGE}?ref=mail#shoplive-t=12`);
    // What it builds, the page reads back.
    expect(startPoint({}, shareLink(undefined, PAGE, 33.3, null))).to.deep.equal({ at: 33 });
  });

  it('chapterSeekTime plays from a few seconds before the cue, never before the previous chapter or 0', () => {
    const chapters: Chapter[] = [
      { key: 'a', productId: 'silk-wrap-dress', start: 1 },
      { key: 'b', productId: 'silk-scarf', start: 10 },
      { key: 'c', productId: 'silk-belt', start: 11.5 },
    ];
    expect(chapterSeekTime(chapters, chapters[0]!)).to.equal(0);
    expect(chapterSeekTime(chapters, chapters[1]!)).to.equal(10 - CHAPTER_LEAD_S);
    expect(chapterSeekTime(chapters, chapters[2]!), 'not before the scarf chapter').to.equal(10);
  });
});
