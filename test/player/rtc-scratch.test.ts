import { expect } from '@esm-bundle/chai';

describe('scratch real sdk', () => {
  it('joins offline', async function () {
    this.timeout(120_000);
    const urls: string[] = [];
    const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) urls.push(`perf ${e.name}`); });
    po.observe({ type: 'resource', buffered: true });
    const OrigWS = window.WebSocket;
    (window as any).WebSocket = function (url: string, p?: any) { urls.push(`ws ${url}`); return new OrigWS(url, p); };
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, m: string, u: string | URL, ...rest: any[]) { urls.push(`xhr ${m} ${u}`); return (open as any).call(this, m, u, ...rest); } as any;
    const of = window.fetch; window.fetch = (i: any, init?: any) => { urls.push(`fetch ${String(i)}`); return of(i, init); };
    const t0 = performance.now();
    const mod: any = await import('agora-rtc-sdk-ng');
    const t1 = performance.now();
    const sdk = mod.default ?? (globalThis as any).AgoraRTC;
    console.log('import ms', t1 - t0, 'default?', !!mod.default, 'global?', !!(globalThis as any).AgoraRTC, Object.keys(mod));
    sdk.setLogLevel(2);
    sdk.disableLogUpload();
    sdk.setParameter('ENABLE_EVENT_REPORT', false);
    const client = sdk.createClient({ mode: 'live', codec: 'vp8', ...(location.search.includes('x') ? {} : {}) });
    client.on('connection-state-change', (c: string, p: string, r: string) => console.log('state', Math.round(performance.now() - t1), p, '->', c, r));
    await client.setClientRole('audience', { level: 2 });
    const t2 = performance.now();
    let err: any;
    try { await Promise.race([client.join('0123456789abcdef0123456789abcdef', 'test', null, null), new Promise((_, rej) => setTimeout(() => rej(new Error('still pending at 90s')), 90_000))]); } catch (e) { err = e; }
    const tl = performance.now(); await client.leave(); console.log('leave ms', Math.round(performance.now() - tl)); urls.push('--- after leave'); await new Promise((r) => setTimeout(r, 5000));
    const t3 = performance.now();
    console.log('join failed after ms', Math.round(t3 - t2), String(err?.code), String(err?.message).slice(0, 200));
    await new Promise((r) => setTimeout(r, 1000));
    console.log(urls.join('\n'));
    expect(err).to.exist;
  });
});
