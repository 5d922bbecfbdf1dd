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
