#!/usr/bin/env node
// Self-test for the recorded flavours of the simulated show (replay.mjs): the VOD replay and the EVENT playlist.
//   node demo/server/replay.selftest.mjs      (~1 s, fake clock, no ffmpeg)
import assert from 'node:assert/strict';
import { startLiveServer } from './live-server.mjs';
import { EVENT_BACK_SEGMENTS, REPLAY_EPOCH_MS } from './replay.mjs';
import { test } from './selftest-harness.mjs';

let clockMs = Date.parse('2026-12-01T10:00:00.000Z');
const srv = await startLiveServer({ now: () => clockMs });
const get = async (path) => {
  const response = await fetch(srv.url + path);
  return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
};
const text = async (path) => (await get(path)).body.toString();
const uris = (playlist) => playlist.split('\n').filter((line) => line && !line.startsWith('#'));
const N = srv.ladder.segmentCount;

await test('replay master: the show variants under replay/ and its subtitle renditions under replay/subs/', async () => {
  const master = await text('/live/replay.m3u8?sid=r1');
  assert.deepEqual(uris(master), ['replay/720p/index.m3u8?sid=r1', 'replay/360p/index.m3u8?sid=r1', 'replay/180p/index.m3u8?sid=r1']);
  const subs = [...master.matchAll(/URI="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(subs, ['zh', 'en', 'es', 'ar'].map((lang) => `replay/subs/${lang}/index.m3u8?sid=r1`));
  assert.match(master, /SUBTITLES="subs"/);
});

await test('replay media playlist: VOD, every segment of the show from 0, product DATERANGEs at their PDTs, ENDLIST', async () => {
  const before = await text('/live/replay/360p/index.m3u8');
  clockMs += 3_600_000; // a VOD does not change with the clock
  const playlist = await text('/live/replay/360p/index.m3u8');
  assert.equal(playlist, before);
  assert.match(playlist, /^#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-PLAYLIST-TYPE:VOD\n/);
  assert.match(playlist, /#EXT-X-MEDIA-SEQUENCE:0\n/);
  assert.ok(playlist.trimEnd().endsWith('#EXT-X-ENDLIST'));
  assert.deepEqual(uris(playlist), Array.from({ length: N }, (_, i) => `${i}.ts`));
  const ranges = [...playlist.matchAll(/#EXT-X-DATERANGE:.*START-DATE="([^"]+)".*X-PRODUCT-ID="([^"]+)"/g)].map((m) => [m[2], Date.parse(m[1]) - REPLAY_EPOCH_MS]);
  assert.deepEqual(ranges, [['silk-wrap-dress', 0], ['silk-scarf', 10_000]]);
  assert.match(playlist, /#EXT-X-PROGRAM-DATE-TIME:2026-11-20T06:00:00.000Z\n#EXTINF:2.000,\n0.ts/);
});

await test('replay segments: the live bytes, always available; past the end 404', async () => {
  const replay = await get('/live/replay/180p/7.ts');
  assert.equal(replay.status, 200);
  assert.equal(replay.type, 'video/mp2t');
  const file = await get(`/live/180p/${Math.floor((clockMs - srv.epochMs) / 2000) - 3}.ts`);
  assert.equal(file.status, 200);
  assert.equal((await get(`/live/replay/180p/${N}.ts`)).status, 404);
  assert.equal((await get('/live/replay/999p/1.ts')).status, 404);
});

await test('replay subtitles: VOD playlist of N vtt segments in step with the media, files served', async () => {
  const playlist = await text('/live/replay/subs/en/index.m3u8?sid=r2');
  assert.match(playlist, /#EXT-X-PLAYLIST-TYPE:VOD/);
  assert.ok(playlist.trimEnd().endsWith('#EXT-X-ENDLIST'));
  assert.deepEqual(uris(playlist), Array.from({ length: N }, (_, i) => `${i}.vtt?sid=r2`));
  const vtt = await get('/live/replay/subs/en/5.vtt');
  assert.equal(vtt.status, 200);
  assert.match(vtt.body.toString(), /^WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:\d+,LOCAL:00:00:10.000/);
  assert.match(vtt.body.toString(), /silk scarf/);
  assert.equal((await get(`/live/replay/subs/en/${N}.vtt`)).status, 404);
  assert.equal((await get('/live/replay/subs/xx/1.vtt')).status, 404);
});

await test('event playlist: EVENT, starts a few segments before the first request, grows with the clock and keeps its start', async () => {
  const first = await text('/live/event/360p/index.m3u8?sid=e1');
  assert.match(first, /#EXT-X-PLAYLIST-TYPE:EVENT/);
  assert.doesNotMatch(first, /ENDLIST/);
  assert.equal(uris(first).length, EVENT_BACK_SEGMENTS);
  const start = Number(/#EXT-X-MEDIA-SEQUENCE:(\d+)/.exec(first)[1]);
  clockMs += 10_000;
  const later = await text('/live/event/360p/index.m3u8?sid=e1');
  assert.equal(Number(/#EXT-X-MEDIA-SEQUENCE:(\d+)/.exec(later)[1]), start, 'the DVR window keeps its start');
  assert.equal(uris(later).length, EVENT_BACK_SEGMENTS + 5);
  assert.match(later, /X-PRODUCT-ID="silk-(wrap-dress|scarf)"/);
  // Another session has its own start.
  assert.equal(uris(await text('/live/event/360p/index.m3u8?sid=e2')).length, EVENT_BACK_SEGMENTS);
  // The oldest segment of the window is still served long after a live window would have dropped it.
  clockMs += 120_000;
  assert.equal((await get(`/live/event/360p/${start}.ts`)).status, 200);
  assert.equal((await get(`/live/event/360p/${start + 1000}.ts`)).status, 404, 'not yet recorded');
});

await test('event playlist with endafter: stops growing and gains ENDLIST', async () => {
  const first = await text('/live/event/180p/index.m3u8?sid=e3&endafter=4');
  assert.doesNotMatch(first, /ENDLIST/);
  clockMs += 4_000;
  const ended = await text('/live/event/180p/index.m3u8?sid=e3&endafter=4');
  assert.ok(ended.trimEnd().endsWith('#EXT-X-ENDLIST'));
  clockMs += 20_000;
  assert.equal(await text('/live/event/180p/index.m3u8?sid=e3&endafter=4'), ended, 'an ended event no longer changes');
  assert.equal(uris(ended).length, EVENT_BACK_SEGMENTS + 2);
  const master = await text('/live/event.m3u8?sid=e3&endafter=4');
  assert.deepEqual(uris(master).map((uri) => uri.split('?')[0]), ['event/720p/index.m3u8', 'event/360p/index.m3u8', 'event/180p/index.m3u8']);
});

await test('live window=SEGMENTS: a session with a longer sliding window (DVR), every listed segment served', async () => {
  clockMs += 120_000;
  assert.equal(uris(await text('/live/360p/index.m3u8?sid=w1')).length, 6);
  const long = await text('/live/show/360p/index.m3u8?sid=w1&window=20');
  assert.equal(uris(long).length, 20);
  assert.doesNotMatch(long, /PLAYLIST-TYPE|ENDLIST/, 'still a live window');
  for (const uri of [uris(long)[0], uris(long).at(-1)]) assert.equal((await get(`/live/show/360p/${uri}`)).status, 200, uri);
  assert.equal(uris(await text('/live/subs/en/index.m3u8?sid=w1&window=20')).length, 20);
  assert.equal(uris(await text('/live/360p/index.m3u8?sid=w2&window=99')).length, 6, 'at most 30: refused');
});

await srv.close();
