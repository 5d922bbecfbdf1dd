import { expect } from '@esm-bundle/chai';
import { checkUrl } from '../../src/internal/url-guard.js';

describe('checkUrl', () => {
  const base = 'https://shop.example/products/dress';

  it('accepts absolute and relative http(s) URLs, resolved against the page', () => {
    const absolute = checkUrl('https://cdn.example/live/master.m3u8', base);
    expect(absolute.ok && absolute.url.href).to.equal('https://cdn.example/live/master.m3u8');
    const relative = checkUrl('/live/master.m3u8', base);
    expect(relative.ok && relative.url.href).to.equal('https://shop.example/live/master.m3u8');
  });

  it('refuses empty, malformed and non-http schemes with a reason', () => {
    expect(checkUrl('', base)).to.deep.include({ ok: false, problem: 'missing' });
    expect(checkUrl(null, base)).to.deep.include({ ok: false, problem: 'missing' });
    expect(checkUrl('not a url', base)).to.deep.include({ ok: false, problem: 'malformed' });
    expect(checkUrl('http://[::1', base)).to.deep.include({ ok: false, problem: 'malformed' });
    expect(checkUrl('javascript:alert(1)', base)).to.deep.include({ ok: false, problem: 'unsafe-scheme' });
    expect(checkUrl('  JavaScript:alert(1)', base)).to.deep.include({ ok: false, problem: 'unsafe-scheme' });
    expect(checkUrl('data:text/html,<script>1</script>', base)).to.deep.include({ ok: false, problem: 'unsafe-scheme' });
  });
});

describe('checkUrl: URLs that read as one place and go to another', () => {
  const base = 'https://shop.example/products/dress';

  it('refuses credentials, which make "shop.example" a user name on evil.test', () => {
    expect(checkUrl('https://shop.example@evil.test/', base)).to.deep.include({ ok: false, problem: 'credentials' });
    expect(checkUrl('https://user:pass@cdn.example/a.jpg', base)).to.deep.include({ ok: false, problem: 'credentials' });
    expect(checkUrl('//shop.example:x@evil.test/a.jpg', base)).to.deep.include({ ok: false, problem: 'credentials' });
    expect(checkUrl('https://cdn.example/a@b.jpg', base).ok, 'an @ in the path is no credential').to.equal(true);
  });

  it('with an origin, refuses whatever resolves elsewhere: protocol-relative, backslashes, other hosts', () => {
    const origin = { origin: 'https://shop.example' };
    expect(checkUrl('/cart/add.js', base, origin).ok).to.equal(true);
    expect(checkUrl('cart.js', 'https://shop.example/fr/', origin).ok).to.equal(true);
    for (const bad of ['//evil.test/cart/add.js', '/\\evil.test/cart', '\\\\evil.test/cart', 'https://evil.test/', 'http://shop.example/']) {
      expect(checkUrl(bad, base, origin), bad).to.deep.include({ ok: false, problem: 'cross-origin' });
    }
  });

  it('refuses non-strings and absurdly long input without parsing it', () => {
    expect(checkUrl(42 as unknown as string, base)).to.deep.include({ ok: false, problem: 'missing' });
    const long = checkUrl(`https://cdn.example/${'a'.repeat(300_000)}`, base);
    expect(long).to.deep.include({ ok: false, problem: 'malformed' });
    expect(!long.ok && long.input.length).to.be.below(100);
  });
});
