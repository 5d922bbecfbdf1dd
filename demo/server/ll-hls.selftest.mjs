#!/usr/bin/env node
// Self-test of the LL-HLS mode (ll-hls.mjs) on the clock ladder: node demo/server/ll-hls.selftest.mjs [--no-ffmpeg]
// Pure playlist checks on a fake clock, then a real-clock server: blocking reloads, held parts, segments = parts.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { DEFAULT_CLOCK_DIR, startLiveServer } from './live-server.mjs';
import { blockingTarget, childQuery, llMediaPlaylist, partAvailability, partEdge } from './ll-hls.mjs';
import { loadLadder } from './playlists.mjs';
import { test } from './selftest-harness.mjs';

const ladder = loadLadder(DEFAULT_CLOCK_DIR);
const rendition = ladder.renditions[0];
const D = ladder.segmentMs;
const P = ladder.partMs;
const N = ladder.segmentCount;
const parts = (text) => [...text.matchAll(/#EXT-X-PART:DURATION=([\d.]+),URI="([^"]+)",INDEPENDENT=YES/g)].map((m) => m[2]);
const hintOf = (text) => /#EXT-X-PRELOAD-HINT:TYPE=PART,URI="([^"]+)"/.exec(text)?.[1];
const segments = (text) => text.split('\n').filter((l) => l && !l.startsWith('#'));
const ffmpeg = !process.argv.includes('--no-ffmpeg') && (() => {
  try {
    return execFileSync('ffmpeg', ['-version'], { stdio: 'ignore' }), true;
  } catch {
    return false;
  }
})();

await test('clock ladder: 2 s segments of four 0.5 s parts', () => {
  assert.equal(D, 2000);
  assert.equal(P, 500);
  for (const r of ladder.renditions) {
    assert.ok(r.segments.every((s) => s.parts.length === 4 && s.bytes === s.parts.reduce((sum, p) => sum + p.bytes, 0)), r.name);
  }
});

await test('LL playlist (fake clock): tags, parts of the last three segments and of the one in progress, hint', () => {
  // 13 segments and 2 parts published: segment 13 in progress with parts 0 and 1; wrap (discontinuity) before 10.
  const nowMs = 13 * D + 2 * P + 10;
  const text = llMediaPlaylist({ rendition, segmentCount: N, segmentMs: D, partMs: P, epochMs: 0, nowMs, windowSegments: 6, query: 'll=1&sid=a' });
  assert.match(text, /^#EXT-X-VERSION:9$/m);
  assert.match(text, /^#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK=1\.500,HOLD-BACK=6\.000$/m);
  assert.match(text, /^#EXT-X-PART-INF:PART-TARGET=0\.500$/m);
  assert.match(text, /^#EXT-X-MEDIA-SEQUENCE:7$/m);
  assert.deepEqual(segments(text), [7, 8, 9, 10, 11, 12].map((s) => `${s}.ts?ll=1&sid=a`));
  const expected = [10, 11, 12].flatMap((s) => [0, 1, 2, 3].map((j) => `${s}.${j}.ts?ll=1&sid=a`));
  assert.deepEqual(parts(text), [...expected, '13.0.ts?ll=1&sid=a', '13.1.ts?ll=1&sid=a']);
  assert.equal(hintOf(text), '13.2.ts?ll=1&sid=a');
  assert.ok(text.trimEnd().endsWith(`#EXT-X-PRELOAD-HINT:TYPE=PART,URI="13.2.ts?ll=1&sid=a"`), 'hint last');
  // The discontinuity comes before the first part of segment 10, its PDT right after.
  assert.match(text, /#EXT-X-DISCONTINUITY\n#EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:00:20\.000Z\n#EXT-X-PART:DURATION=0\.500,URI="10\.0\.ts/);
  // At a segment boundary the segment in progress has no parts yet: the hint names its first part.
  const boundary = llMediaPlaylist({ rendition, segmentCount: N, segmentMs: D, partMs: P, epochMs: 0, nowMs: 14 * D + 5, windowSegments: 6 });
  assert.equal(hintOf(boundary), '14.0.ts');
  assert.equal(parts(boundary).at(-1), '13.3.ts');
  assert.equal(segments(boundary).at(-1), '13.ts');
});

await test('blocking directives and part availability (fake clock)', () => {
  const clock = { nowMs: 13 * D + 2 * P + 10, epochMs: 0, segmentMs: D, partMs: P, windowSegments: 6 };
  assert.deepEqual(partEdge(clock), { perSegment: 4, parts: 54, current: 13, partsInCurrent: 2 });
  const at = (q) => blockingTarget(new URLSearchParams(q), clock);
  assert.equal(at('sid=x'), null);
  assert.deepEqual(at('_HLS_msn=13&_HLS_part=2'), { untilMs: 13 * D + 3 * P });
  assert.deepEqual(at('_HLS_msn=13'), { untilMs: 14 * D }, 'no part: the whole segment');
  assert.deepEqual(at('_HLS_msn=15&_HLS_part=0'), { untilMs: 15 * D + P }, 'two segments ahead is allowed');
  assert.ok(at('_HLS_msn=16').bad, 'three ahead is not');
  assert.ok(at('_HLS_part=1').bad);
  assert.ok(at('_HLS_msn=abc').bad);
  assert.equal(childQuery(new URLSearchParams('ll=1&_HLS_msn=3&_HLS_part=1&sid=a')), 'll=1&sid=a');
  assert.equal(partAvailability(13, 1, clock), 'ok');
  assert.equal(partAvailability(13, 2, clock), 'next');
  assert.equal(partAvailability(13, 3, clock), 'future');
  assert.equal(partAvailability(13, 4, clock), 'expired', 'no fifth part');
  assert.equal(partAvailability(0, 0, { ...clock, nowMs: 200 * D }), 'expired');
});

await test('server (real clock): blocking reload, held hint, parts = segment, plain mode unchanged', async () => {
  const srv = await startLiveServer({ port: 0 });
  try {
    const get = async (path) => {
      const t = Date.now();
      const response = await fetch(srv.url + path);
      const body = Buffer.from(await response.arrayBuffer());
      return { status: response.status, ms: Date.now() - t, body, text: body.toString('utf8'), at: Date.now() };
    };
    const name = rendition.name;
    const master = await get('/live/clock.m3u8?ll=1&sid=ll');
    assert.equal(master.status, 200);
    assert.deepEqual(segments(master.text), [`${name}/index.m3u8?ll=1&sid=ll`]);
    const first = await get(`/live/${name}/index.m3u8?ll=1&sid=ll`);
    const [msn, part] = /^(\d+)\.(\d)\.ts/.exec(hintOf(first.text)).slice(1).map(Number);
    // Ask for the part after the hinted one: held until it exists, then listed.
    const nextMsn = part === 3 ? msn + 1 : msn;
    const nextPart = (part + 1) % 4;
    const blocked = await get(`/live/${name}/index.m3u8?ll=1&sid=ll&_HLS_msn=${nextMsn}&_HLS_part=${nextPart}`);
    const readyAt = srv.epochMs + nextMsn * D + (nextPart + 1) * P;
    assert.equal(blocked.status, 200);
    assert.ok(blocked.at >= readyAt, `answered ${readyAt - blocked.at} ms before the part existed`);
    assert.ok(blocked.at - readyAt < 250, `answered ${blocked.at - readyAt} ms after the part existed`);
    assert.ok(parts(blocked.text).includes(`${nextMsn}.${nextPart}.ts?ll=1&sid=ll`), 'the part asked for is listed');
    assert.ok(!blocked.text.includes('_HLS_'), 'directives are not copied onto child URIs');
    // The hinted part of that playlist: held while it is being recorded, then served whole.
    const hinted = hintOf(blocked.text);
    const [hMsn, hPart] = /^(\d+)\.(\d)/.exec(hinted).slice(1).map(Number);
    const held = await get(`/live/${name}/${hinted}`);
    assert.equal(held.status, 200);
    assert.ok(held.at >= srv.epochMs + hMsn * D + (hPart + 1) * P, 'not before it exists');
    assert.equal(held.body.length, rendition.segments[hMsn % N].parts[hPart].bytes);
    assert.equal((await get(`/live/${name}/${hMsn + 1}.${hPart}.ts?ll=1`)).status, 404, 'a part further ahead is 404 at once');
    assert.equal((await get(`/live/${name}/index.m3u8?ll=1&_HLS_msn=${hMsn + 4}`)).status, 400);
    // A whole segment is the concatenation of its four parts.
    const seq = msn - 1;
    const whole = await get(`/live/${name}/${seq}.ts?ll=1`);
    const pieces = await Promise.all([0, 1, 2, 3].map((j) => get(`/live/${name}/${seq}.${j}.ts?ll=1`)));
    assert.deepEqual(whole.body, Buffer.concat(pieces.map((p) => p.body)));
    // Without ll=1: a plain playlist of the same segments, and no parts.
    const plain = await get(`/live/${name}/index.m3u8?sid=plain`);
    assert.ok(!plain.text.includes('EXT-X-PART') && !plain.text.includes('PRELOAD-HINT'));
    assert.equal((await get(`/live/${name}/${seq}.0.ts`)).status, 404);
    const clock = JSON.parse((await get('/__clock')).text);
    assert.equal(clock.epochMs, srv.epochMs);
    assert.equal(clock.partMs, P);
    if (ffmpeg) {
      // The first frame of the segment carries its loop frame number: (seq mod 10) * 48.
      const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', 'pipe:0', '-frames:v', '1', '-vf', 'format=gray', '-f', 'rawvideo', '-'], { input: whole.body });
      const { width, height } = rendition;
      assert.equal(raw.length, width * height);
      const block = (64 * width) / 1280;
      const bit = (i) => (raw[Math.floor(block / 2) * width + Math.floor(i * block + block / 2)] > 128 ? 1 : 0);
      let n = 0;
      for (let i = 0; i < 10; i++) {
        assert.notEqual(bit(i), bit(10 + i), `block ${i} and its inverse`);
        n |= bit(i) << i;
      }
      assert.equal(n, (seq % N) * 48);
    }
  } finally {
    await srv.close();
  }
});

await test('server (a clock slower than its timers): a blocking reload and a held part are never answered early', async () => {
  // Node's timers can fire a millisecond before Date.now() reaches the deadline; a clock 1 % slower than the timers
  // makes that happen on every request (a 500 ms wait ends 5 ms early), so each would be answered one part short.
  const base = Date.now();
  const srv = await startLiveServer({ port: 0, now: () => Math.floor(base + (Date.now() - base) * 0.99) });
  try {
    const name = rendition.name;
    for (let round = 0; round < 3; round++) {
      const first = await (await fetch(`${srv.url}/live/${name}/index.m3u8?ll=1&sid=lag`)).text();
      const [msn, part] = /^(\d+)\.(\d)\.ts/.exec(hintOf(first)).slice(1).map(Number);
      const blocked = await (await fetch(`${srv.url}/live/${name}/index.m3u8?ll=1&sid=lag&_HLS_msn=${msn}&_HLS_part=${part}`)).text();
      assert.ok(parts(blocked).includes(`${msn}.${part}.ts?ll=1&sid=lag`), `round ${round}: part ${msn}.${part} listed in the playlist its reload waited for`);
      const next = hintOf(blocked);
      assert.equal((await fetch(`${srv.url}/live/${name}/${next}`)).status, 200, `round ${round}: the held part ${next} is served, not 404`);
    }
  } finally {
    await srv.close();
  }
});

console.log(`ll-hls selftest: all passed${ffmpeg ? '' : ' (without the ffmpeg decode)'}`);
