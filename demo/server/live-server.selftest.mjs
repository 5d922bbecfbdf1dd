#!/usr/bin/env node
// Self-test for the simulated live server: node demo/server/live-server.selftest.mjs [--no-ffmpeg]
// Exits non-zero on the first failure. Takes ~15 s (real-clock parts + ffmpeg decode).
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFaults } from './faults.mjs';
import { startLiveServer, DEFAULT_MEDIA_DIR } from './live-server.mjs';
import { discontinuitySequence, loadLadder, mediaPlaylist, segmentAvailability } from './playlists.mjs';
import { normalizeRoots, resolveStatic } from './static.mjs';
import { sleep, test } from './selftest-harness.mjs';


/** Raw HTTP request (no automatic decompression). */
function req(url, { method = 'GET', headers = {}, agent } = {}) {
  return new Promise((resolve, reject) => {
    const r = httpRequest(url, { method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, body, text: body.toString(), socket: res.socket });
      });
    });
    r.on('error', reject);
    r.end();
  });
}
const seqOf = (text) => Number(/#EXT-X-MEDIA-SEQUENCE:(\d+)/.exec(text)[1]);
const segUris = (text) => text.split('\n').filter((l) => l && !l.startsWith('#'));

const ladder = loadLadder(DEFAULT_MEDIA_DIR);
const N = ladder.segmentCount;
const D = ladder.segmentMs;

// ------------------------------------------------------------------ pure parts
await test('ladder.json', () => {
  assert.deepEqual(ladder.renditions.map((r) => r.name), ['720p', '360p', '180p']);
  for (const r of ladder.renditions) {
    assert.match(r.codecs, /^avc1\.[0-9a-f]{6},mp4a\.40\.2$/);
    assert.ok(r.segments.every((s) => s.duration === 2), `${r.name} durations`);
    assert.ok(r.bandwidth >= r.averageBandwidth);
  }
  assert.equal(D, 2000);
});

await test('playlist: wrap + discontinuity (fake clock)', () => {
  const rendition = ladder.renditions[1];
  const at = (published) => mediaPlaylist({ rendition, segmentCount: N, segmentMs: D, epochMs: 0,
    nowMs: published * D + 500, windowSegments: 6, query: 'sid=a' });
  const p0 = at(6);
  assert.equal(seqOf(p0), 0);
  assert.ok(!p0.includes('#EXT-X-DISCONTINUITY\n') && p0.includes('#EXT-X-DISCONTINUITY-SEQUENCE:0'));
  assert.ok(!p0.includes('#EXT-X-ENDLIST'));
  assert.deepEqual(segUris(p0), [0, 1, 2, 3, 4, 5].map((s) => `${s}.ts?sid=a`));
  assert.equal((p0.match(/#EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:00:\d\d\.000Z/g) || []).length, 6);
  const p1 = at(12); // window 6..11, wrap before 10
  assert.match(p1, /#EXT-X-DISCONTINUITY-SEQUENCE:0\n/);
  assert.match(p1, /9\.ts\?sid=a\n#EXT-X-DISCONTINUITY\n#EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:00:20\.000Z\n#EXTINF:2\.000,\n10\.ts/);
  const p2 = at(16); // window 10..15, first segment still tagged
  assert.match(p2, /#EXT-X-DISCONTINUITY-SEQUENCE:0\n#EXT-X-PROGRAM|#EXT-X-DISCONTINUITY-SEQUENCE:0\n#EXT-X-DISCONTINUITY\n/);
  assert.ok(p2.includes('#EXT-X-DISCONTINUITY\n'));
  const p3 = at(17); // window 11..16: tag gone, sequence bumped
  assert.match(p3, /#EXT-X-DISCONTINUITY-SEQUENCE:1\n/);
  assert.ok(!p3.includes('#EXT-X-DISCONTINUITY\n'));
  assert.match(at(26), /#EXT-X-DISCONTINUITY-SEQUENCE:1\n[^]*#EXT-X-DISCONTINUITY\n[^]*\n20\.ts/);
  assert.deepEqual([0, 1, 10, 11, 20, 21].map((s) => discontinuitySequence(s, N)), [0, 0, 0, 1, 1, 2]);
  const avail = (seq, published) => segmentAvailability(seq, { nowMs: published * D, epochMs: 0, segmentMs: D, windowSegments: 6 });
  assert.equal(avail(5, 6), 'ok');
  assert.equal(avail(6, 6), 'future');
  assert.equal(avail(64, 100), 'ok'); // window 94..99, 30 segments (60 s) retained before it
  assert.equal(avail(63, 100), 'expired');
});

await test('faults parser', () => {
  const f = parseFaults('sid=x&delay=50&seg404=3&seg500=2@4&slow=300&stale=5&master=500&badplaylist=1');
  assert.deepEqual({ ...f, invalid: undefined }, { sid: 'x', invalid: undefined, delay: 50, seg404: 3,
    seg500: { count: 2, after: 4 }, slow: { ms: 300, after: 0 }, stale: 5, master: 500, badplaylist: true });
  assert.deepEqual(parseFaults('seg404=0&master=302&delay=-1').invalid, ['delay', 'seg404', 'master']);
  assert.equal(parseFaults('').sid, 'default');
});

await test('static path resolution', () => {
  const roots = normalizeRoots([{ prefix: '/', dir: '/srv/demo' }, { prefix: '/dist/', dir: '/srv/dist' }]);
  assert.equal(resolveStatic(roots, '/dist/a.js').path, '/srv/dist/a.js');
  assert.equal(resolveStatic(roots, '/x/../../etc/passwd').path, '/srv/demo/etc/passwd');
  assert.equal(resolveStatic(roots, '/%2e%2e/%2e%2e/etc/passwd').path, '/srv/demo/etc/passwd');
  assert.equal(resolveStatic(roots, '/..%5c..%5cetc').error, 400);
  assert.equal(resolveStatic(roots, '/%E0%A4%A').error, 400);
});

// ------------------------------------------------------------------ real server
const site = mkdtempSync(join(tmpdir(), 'shoplive-static-'));
mkdirSync(join(site, 'sub'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>' + 'hello '.repeat(200));
writeFileSync(join(site, 'sub', 'index.html'), '<p>sub</p>');
writeFileSync(join(site, 'app.mjs'), 'export const x = 1;\n');
writeFileSync(join(site, 'secret.sh'), 'echo no\n');
const srv = await startLiveServer({ staticRoots: [{ prefix: '/', dir: site }] });
const U = srv.url;

await test('master playlist + CORS + query propagation', async () => {
  const r = await req(`${U}/live/master.m3u8?sid=m&foo=1`);
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'application/vnd.apple.mpegurl');
  assert.equal(r.headers['cache-control'], 'no-cache');
  assert.equal(r.headers['access-control-allow-origin'], '*');
  assert.equal(r.headers['timing-allow-origin'], '*');
  assert.match(r.headers.connection, /keep-alive/i);
  assert.match(r.text, /^#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n#EXT-X-STREAM-INF:BANDWIDTH=\d+,AVERAGE-BANDWIDTH=\d+,RESOLUTION=1280x720,CODECS="avc1\.[0-9a-f]{6},mp4a\.40\.2",FRAME-RATE=25\.000\n720p\/index\.m3u8\?sid=m&foo=1\n/);
  assert.deepEqual(segUris(r.text), ['720p', '360p', '180p'].map((n) => `${n}/index.m3u8?sid=m&foo=1`));
  const pre = await req(`${U}/live/master.m3u8`, { method: 'OPTIONS', headers: { origin: 'http://a', 'access-control-request-method': 'GET', 'access-control-request-headers': 'range' } });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers['access-control-allow-origin'], '*');
  assert.match(pre.headers['access-control-allow-headers'], /range/);
});

await test('vertical ladder: masters, playlists and segments of the 9:16 show on the same clock', async () => {
  const plain = await req(`${U}/live/vertical.m3u8?sid=v`);
  assert.equal(plain.status, 200);
  assert.deepEqual(segUris(plain.text), ['640v/index.m3u8?sid=v', '320v/index.m3u8?sid=v']);
  assert.match(plain.text, /RESOLUTION=360x640,/);
  const show = await req(`${U}/live/vertical-show.m3u8?sid=v`);
  assert.match(show.text, /TYPE=SUBTITLES/);
  assert.deepEqual(segUris(show.text), ['show/640v/index.m3u8?sid=v', 'show/320v/index.m3u8?sid=v']);
  const media = await req(`${U}/live/640v/index.m3u8?sid=v`);
  const main = await req(`${U}/live/360p/index.m3u8?sid=v`);
  assert.equal(seqOf(media.text), seqOf(main.text), 'one clock for both ladders');
  const seg = segUris(media.text).at(-1);
  const body = await req(`${U}/live/640v/${seg}`);
  assert.equal(body.status, 200);
  const vertical = loadLadder(DEFAULT_MEDIA_DIR.replace(/ladder$/, 'ladder-vertical'));
  assert.equal(body.body.length, vertical.renditions[0].segments[Number(seg.split('.')[0]) % N].bytes);
});

await test('gzip for text, identity for segments', async () => {
  const plain = await req(`${U}/live/360p/index.m3u8?sid=g`);
  const gz = await req(`${U}/live/360p/index.m3u8?sid=g`, { headers: { 'accept-encoding': 'gzip, br' } });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gz.headers.vary, 'Accept-Encoding');
  assert.equal(Number(gz.headers['content-length']), gz.body.length);
  assert.match(gunzipSync(gz.body).toString(), /^#EXTM3U\n/);
  const html = await req(`${U}/`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(html.headers['content-encoding'], 'gzip');
  assert.ok(gz.body.length < 1200 && html.body.length < 300);
  const seq = seqOf(plain.text);
  const seg = await req(`${U}/live/360p/${seq}.ts`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(seg.headers['content-encoding'], undefined);
});

await test('media playlist advances with the clock (fake clock)', async () => {
  let fake = Date.UTC(2030, 0, 1, 12, 0, 0, 500);
  const clocked = await startLiveServer({ now: () => fake });
  const a = await req(`${clocked.url}/live/720p/index.m3u8?sid=adv`);
  assert.match(a.text, /#EXT-X-TARGETDURATION:2\n/);
  assert.equal(segUris(a.text).length, 6);
  assert.equal((a.text.match(/#EXT-X-PROGRAM-DATE-TIME:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g) || []).length, 6);
  assert.equal((a.text.match(/#EXTINF:2\.000,/g) || []).length, 6);
  fake += 2000;
  const b = await req(`${clocked.url}/live/720p/index.m3u8?sid=adv`);
  assert.equal(seqOf(b.text) - seqOf(a.text), 1, 'one segment per 2 s');
  fake += 1499; // 12:00:03.999, just before the next 2 s boundary
  assert.equal(seqOf((await req(`${clocked.url}/live/720p/index.m3u8?sid=adv`)).text), seqOf(b.text), 'not before the next boundary');
  await clocked.close();
});

await test('segments: bytes, type, cache, availability', async () => {
  const p = await req(`${U}/live/180p/index.m3u8`);
  const last = seqOf(p.text) + 5;
  const r = await req(`${U}/live/180p/${last}.ts`);
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'video/mp2t');
  assert.equal(r.headers['cache-control'], 'public, max-age=3600');
  assert.equal(r.body.length, ladder.renditions[2].segments[last % N].bytes);
  assert.equal(r.body[0], 0x47); // TS sync byte
  const future = await req(`${U}/live/180p/${last + 2}.ts`);
  assert.equal(future.status, 404);
  assert.equal(future.headers['cache-control'], 'no-store');
  assert.equal((await req(`${U}/live/999p/1.ts`)).status, 404);
  assert.equal((await req(`${U}/live/180p/index.m3u9`)).status, 404);
});

const segReq = (sid, q, rendition, seq) => req(`${U}/live/${rendition}/${seq}.ts?sid=${sid}${q ? '&' + q : ''}`);
const window = async () => seqOf((await req(`${U}/live/360p/index.m3u8`)).text);

await test('fault seg404=K', async () => {
  const s = await window();
  const st = [];
  for (const [rend, seq] of [['360p', s], ['360p', s + 1], ['720p', s + 1], ['180p', s + 1], ['360p', s + 2]]) {
    st.push((await segReq('f404', 'seg404=2', rend, seq)).status);
  }
  assert.deepEqual(st, [200, 404, 404, 404, 200]);
});

await test('fault seg500=COUNT@AFTER', async () => {
  const s = await window();
  const st = [];
  for (let i = 0; i < 5; i++) st.push((await segReq('f500', 'seg500=2@1', '180p', s + i)).status);
  assert.deepEqual(st, [200, 500, 500, 200, 200]);
});

await test('fault slow=MS@AFTER and delay=MS', async () => {
  const s = await window();
  let t = Date.now();
  await segReq('fslow', 'slow=400@1', '180p', s);
  assert.ok(Date.now() - t < 300, 'first segment fast');
  t = Date.now();
  assert.equal((await segReq('fslow', 'slow=400@1', '180p', s + 1)).status, 200);
  assert.ok(Date.now() - t >= 390, 'second segment slow');
  t = Date.now();
  assert.equal((await req(`${U}/live/master.m3u8?sid=fdelay&delay=300`)).status, 200);
  assert.ok(Date.now() - t >= 290, 'master delayed');
});

await test('fault master=404|500, badplaylist=1', async () => {
  for (const code of [404, 500]) {
    const r = await req(`${U}/live/master.m3u8?sid=fm&master=${code}`);
    assert.equal(r.status, code);
    assert.equal(r.headers['cache-control'], 'no-store');
  }
  const bad = await req(`${U}/live/master.m3u8?sid=fb&badplaylist=1`);
  assert.equal(bad.status, 200);
  assert.match(bad.headers['content-type'], /^text\/html/);
  assert.equal(bad.text, '<html>not a playlist</html>');
});

await test('fault notyet=SECONDS: the master 404s until SECONDS after the session first asked', async () => {
  assert.equal((await req(`${U}/live/show.m3u8?sid=fny&notyet=0.4`)).status, 404);
  await sleep(450);
  assert.match((await req(`${U}/live/show.m3u8?sid=fny&notyet=0.4`)).text, /^#EXTM3U/);
  assert.deepEqual(parseFaults('notyet=x').invalid, ['notyet']);
});

await test('run-time faults (POST/DELETE /__faults) and the beacon sink', async () => {
  const s = await window();
  assert.equal((await segReq('frt', '', '180p', s)).status, 200);
  const set = await req(`${U}/__faults?sid=frt&seg500=2`, { method: 'POST' });
  assert.equal(set.status, 200);
  assert.deepEqual(JSON.parse(set.text), { sid: 'frt', active: ['seg500'] });
  // counters restart: the next two segment requests fail, whatever came before
  const st = [];
  for (let i = 0; i < 3; i++) st.push((await segReq('frt', '', '180p', s + i)).status);
  assert.deepEqual(st, [500, 500, 200]);
  assert.equal((await req(`${U}/__faults?sid=frt&seg500=x`, { method: 'POST' })).status, 400);
  assert.equal((await req(`${U}/__faults?sid=frt&seg404=1`, { method: 'POST' })).status, 200);
  assert.equal((await req(`${U}/__faults?sid=frt`, { method: 'DELETE' })).status, 200);
  assert.equal((await segReq('frt', '', '180p', s)).status, 200, 'cleared');
  assert.equal((await segReq('other', '', '180p', s)).status, 200, 'other sessions untouched');
  const posted = await new Promise((resolve, reject) => {
    const r = httpRequest(`${U}/__beacon?sid=frt`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' } }, resolve);
    r.on('error', reject);
    r.end('{"final":true}');
  });
  assert.equal(posted.statusCode, 204);
  const beacons = JSON.parse((await req(`${U}/__beacon?sid=frt`)).text);
  assert.deepEqual(beacons.map((b) => [b.body, b.type]), [['{"final":true}', 'text/plain;charset=UTF-8']]);
});

await test('file faults on static files (products, charts): status, malformed, endless, hold', async () => {
  const file = (sid, fault) => `${U}/index.html?sid=${sid}${fault ? `&file=${fault}` : ''}`;
  assert.equal((await req(file('ff1', '500'))).status, 500);
  const cut = await req(file('ff2', 'malformed'));
  assert.equal(cut.status, 200);
  assert.throws(() => JSON.parse(cut.text));
  // endless: read 1 MB and hang up; the server stops writing
  const huge = await new Promise((resolve, reject) => {
    const r = httpRequest(file('ff3', 'huge'), (res) => {
      let got = 0;
      res.on('data', (c) => {
        got += c.length;
        if (got > 1_000_000) (res.destroy(), resolve({ status: res.statusCode, got }));
      });
    });
    r.on('error', reject);
    r.end();
  });
  assert.equal(huge.status, 200);
  // hold: unanswered until the faults change, then served by the faults in force
  let answered = null;
  const pending = req(file('ff4', 'hold')).then((r) => (answered = r));
  await sleep(300);
  assert.equal(answered, null, 'held');
  assert.equal((await req(`${U}/__faults?sid=ff4&file=500`, { method: 'PUT' })).status, 200);
  assert.equal((await pending).status, 500, 'answered by the new fault');
  const again = req(`${U}/index.html?sid=ff5&file=hold`);
  await sleep(100);
  await req(`${U}/__faults?sid=ff5&file=`, { method: 'PUT' });
  assert.equal((await again).status, 200, 'served once the hold is lifted');
  assert.equal((await req(`${U}/__faults?sid=ff5&file=bogus`, { method: 'PUT' })).status, 400);
});

await test('static files', async () => {
  const idx = await req(`${U}/`);
  assert.equal(idx.status, 200);
  assert.match(idx.headers['content-type'], /^text\/html/);
  assert.equal(idx.headers['cache-control'], 'public, max-age=3600');
  const redir = await req(`${U}/sub`);
  assert.equal(redir.status, 301);
  assert.equal(redir.headers.location, '/sub/');
  assert.equal((await req(`${U}/sub/`)).text, '<p>sub</p>');
  assert.match((await req(`${U}/app.mjs`)).headers['content-type'], /^text\/javascript/);
  assert.equal((await req(`${U}/secret.sh`)).status, 404); // extension not served
  assert.equal((await req(`${U}/nope.js`)).status, 404);
  assert.equal((await req(`${U}/%2e%2e/%2e%2e/etc/passwd`)).status, 404);
  assert.equal((await req(`${U}/..%5cetc`)).status, 400);
  assert.equal((await req(`${U}/`, { method: 'POST' })).status, 405);
});

await test('aborted clients do not crash the server', async () => {
  const s = await window();
  for (const q of ['slow=300', '']) {
    await new Promise((resolve) => {
      const r = httpRequest(`${U}/live/720p/${s + 1}.ts?sid=abort&${q}`, (res) => {
        res.once('data', () => r.destroy()); // abort mid-body
      });
      r.on('error', () => {});
      r.on('close', resolve);
      r.end();
      if (q) setTimeout(() => r.destroy(), 50); // abort while delayed
    });
  }
  // Both requests reached the log (the server saw them close, mid-body or while delayed) and it still answers.
  const aborted = () => srv.log.filter((r) => r.sid === 'abort').length;
  for (let tries = 0; aborted() < 2 && tries < 100; tries++) await sleep(50);
  assert.equal(aborted(), 2);
  assert.equal((await req(`${U}/live/master.m3u8`)).status, 200);
});

await test('requests still waiting for their answer are listed as open', async () => {
  const open = async () => JSON.parse((await req(`${U}/__log?open=1&sid=held`)).text);
  const r = httpRequest(`${U}/live/master.m3u8?sid=held&delay=60000`);
  r.on('error', () => {});
  r.end();
  let listed = [];
  for (let tries = 0; listed.length === 0 && tries < 100; tries++) {
    listed = await open();
    if (!listed.length) await sleep(50);
  }
  assert.deepEqual(listed.map((rec) => rec.path), ['/live/master.m3u8']);
  r.destroy();
  for (let tries = 0; (await open()).length && tries < 100; tries++) await sleep(50);
  assert.deepEqual(await open(), []);
  assert.ok(srv.log.some((rec) => rec.sid === 'held' && rec.aborted));
});

await test('keep-alive reuses the connection', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const a = await req(`${U}/live/master.m3u8`, { agent });
  const b = await req(`${U}/live/360p/index.m3u8`, { agent });
  assert.equal(a.socket, b.socket);
  agent.destroy();
});

await test('request log', async () => {
  const all = JSON.parse((await req(`${U}/__log`)).text);
  assert.ok(all.length > 20);
  const f404 = JSON.parse((await req(`${U}/__log?sid=f404`)).text);
  assert.deepEqual(f404.map((r) => r.status), [200, 404, 404, 404, 200]);
  const r0 = f404[0];
  assert.deepEqual(Object.keys(r0).slice(0, 7), ['t', 'method', 'path', 'query', 'status', 'bytes', 'sid']);
  assert.equal(r0.method, 'GET');
  assert.match(r0.path, /^\/live\/360p\/\d+\.ts$/);
  assert.equal(r0.query, 'sid=f404&seg404=2');
  assert.equal(r0.bytes, ladder.renditions[1].segments[Number(/(\d+)\.ts/.exec(r0.path)[1]) % N].bytes);
  assert.ok(srv.log.some((r) => r.sid === 'abort' && r.aborted));
  assert.ok(!srv.log.some((r) => r.path.startsWith('/__')));
  assert.equal((await req(`${U}/__log`, { method: 'DELETE' })).status, 204);
  assert.equal(srv.log.length, 0);
  assert.deepEqual(JSON.parse((await req(`${U}/__log`)).text), []);
});
await srv.close();
rmSync(site, { recursive: true, force: true });

// ------------------------------------------------------------------ fake clock: stale + expiry
await test('fault stale=SECONDS, expiry (fake clock)', async () => {
  let fake = Date.UTC(2030, 0, 1, 12, 0, 0, 0);
  const fs = await startLiveServer({ now: () => fake });
  const pl = async (q) => (await req(`${fs.url}/live/360p/index.m3u8?${q}`)).text;
  const s0 = seqOf(await pl('sid=st&stale=5'));
  assert.equal(s0, 0);
  fake += 4000;
  assert.equal(seqOf(await pl('sid=st&stale=5')), 2);
  fake += 20_000;
  const frozen = await pl('sid=st&stale=5');
  assert.equal(seqOf(frozen), 2); // froze at first+5 s
  assert.equal(seqOf(await pl('sid=other')), 12); // other sessions still live
  assert.equal((await req(`${fs.url}/live/360p/${seqOf(frozen)}.ts?sid=st&stale=5`)).status, 200);
  fake += 120_000;
  assert.equal((await req(`${fs.url}/live/360p/1.ts`)).status, 404); // expired
  await fs.close();
});

await test('faults stalefor, seg404 hole, slowseg, corrupt, blackout and PUT /__faults (fake clock)', async () => {
  let fake = Date.UTC(2030, 0, 1, 12, 0, 0, 0);
  const fs = await startLiveServer({ now: () => fake });
  const V = fs.url;
  const last = async (q) => { const text = (await req(`${V}/live/360p/index.m3u8?${q}`)).text; return seqOf(text) + 5; };
  // stale for 6 s, then the playlist catches up with the clock
  const q = 'sid=sf&stale=2&stalefor=6';
  const start = await last(q);
  fake += 4000;
  assert.equal(await last(q), start + 1, 'frozen 2 s in');
  fake += 4000;
  assert.equal(await last(q), start + 4, 'caught up after the freeze');
  // a hole of three segments: the first failing request blocks the two sequence numbers after it too
  const hole = 'sid=hole&seg404=1x3';
  const at = await last(hole);
  assert.equal((await req(`${V}/live/360p/${at}.ts?${hole}`)).status, 404);
  assert.equal((await req(`${V}/live/720p/${at + 1}.ts?${hole}`)).status, 404);
  assert.equal((await req(`${V}/live/180p/${at + 2}.ts?${hole}`)).status, 404);
  assert.equal((await req(`${V}/live/360p/${at - 1}.ts?${hole}`)).status, 200);
  // corrupt: same length, TS sync bytes kept, payload changed
  const good = await req(`${V}/live/360p/${at}.ts?sid=c0`);
  const bad = await req(`${V}/live/360p/${at}.ts?sid=c1&corrupt=1`);
  assert.equal(bad.body.length, good.body.length);
  assert.ok(bad.body.every((byte, i) => i % 188 !== 0 || byte === 0x47), 'sync bytes intact');
  assert.notDeepEqual(bad.body, good.body);
  assert.deepEqual((await req(`${V}/live/720p/${at}.ts?sid=c1&corrupt=1`)).body, (await req(`${V}/live/720p/${at}.ts?sid=c0`)).body, 'other renditions intact');
  assert.deepEqual((await req(`${V}/live/360p/${at - 1}.ts?sid=c1&corrupt=1`)).body, (await req(`${V}/live/360p/${at - 1}.ts?sid=c0`)).body, 'other segments intact');
  // slowseg delays only the K-th segment request (the fake clock does not move timers: measure real time)
  const t0 = Date.now();
  await req(`${V}/live/360p/${at}.ts?sid=sl&slowseg=300@2`);
  const t1 = Date.now();
  await req(`${V}/live/360p/${at}.ts?sid=sl&slowseg=300@2`);
  const t2 = Date.now();
  assert.ok(t2 - t1 >= 300 && t1 - t0 < 300, `first ${t1 - t0} ms, second ${t2 - t1} ms`);
  // PUT /__faults changes a running session: blackout cuts every request off, removing it restores them
  assert.equal((await req(`${V}/__faults?sid=bo&blackout=1`, { method: 'PUT' })).status, 200);
  await assert.rejects(req(`${V}/live/master.m3u8?sid=bo`));
  assert.equal((await req(`${V}/live/master.m3u8?sid=other`)).status, 200, 'other sessions unaffected');
  await req(`${V}/__faults?sid=bo&blackout=`, { method: 'PUT' });
  assert.equal((await req(`${V}/live/master.m3u8?sid=bo`)).status, 200);
  assert.deepEqual(fs.log.filter((r) => r.sid === 'bo').map((r) => r.status), [0, 200]);
  await fs.close();
});

console.log('live-server selftest: all passed');
