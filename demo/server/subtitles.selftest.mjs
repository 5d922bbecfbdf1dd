#!/usr/bin/env node
// Self-test for the show stream (WebVTT subtitles + product DATERANGE) of the simulated live server:
//   node demo/server/subtitles.selftest.mjs [--no-ffmpeg]
// Exits non-zero on the first failure. ~5 s (+ ~10 s for the ffmpeg/ffprobe part).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  LADDER_JSON, SUBTITLES_DIR, buildSubtitleFiles, loadInputs, segmentTimeline, vttTime,
} from '../media/make-subtitles.mjs';
import { parseFaults } from './faults.mjs';
import { DEFAULT_MEDIA_DIR, startLiveServer } from './live-server.mjs';
import { loadLadder, mediaPlaylist, programDateTime } from './playlists.mjs';
import { loadShow, showMediaPlaylist, subtitlePlaylist } from './show.mjs';
import { test } from './selftest-harness.mjs';


function req(url, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const r = httpRequest(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, body, text: body.toString() });
      });
    });
    r.on('error', reject);
    r.end();
  });
}
const seqOf = (text) => Number(/#EXT-X-MEDIA-SEQUENCE:(\d+)/.exec(text)[1]);
const uris = (text) => text.split('\n').filter((l) => l && !l.startsWith('#'));
const stripDateRanges = (text) => text.replace(/^#EXT-X-DATERANGE:.*\n/gm, '');
/** Cue blocks of a WebVTT body: [{ start, end, text }] (seconds). */
const secs = (t) => { const [h, m, s] = t.split(':'); return Number(h) * 3600 + Number(m) * 60 + Number(s); };
function parseVtt(body) {
  const [header, ...blocks] = body.split('\n\n').filter((b) => b !== '');
  const m = /^WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:(\d+),LOCAL:(\d\d:\d\d:\d\d\.\d{3})$/.exec(header);
  assert.ok(m, `VTT header: ${JSON.stringify(header)}`);
  const cues = blocks.map((b) => {
    const [timing, ...text] = b.split('\n');
    const t = /^(\S+) --> (\S+)$/.exec(timing);
    assert.ok(t, `cue timing: ${timing}`);
    return { start: secs(t[1]), end: secs(t[2]), text: text.join('\n') };
  });
  return { mpegts: Number(m[1]), local: secs(m[2]), localText: m[2], cues };
}

const ladder = loadLadder(DEFAULT_MEDIA_DIR);
const N = ladder.segmentCount;
const D = ladder.segmentMs;
const { script, ladderJson } = loadInputs();
const LANGS = ['zh', 'en', 'es', 'ar'];
const vttFile = (lang, i) => readFileSync(join(SUBTITLES_DIR, lang, `seg-${String(i).padStart(3, '0')}.vtt`), 'utf8');

// ------------------------------------------------------------------ media + script
await test('script.json: 4 languages, 6–8 cues of 2–4 s, boundary crossings, a two-line cue', () => {
  assert.deepEqual(script.languages.map((l) => [l.code, l.language, l.name, !!l.default]), [
    ['zh', 'zh-Hans', '中文', true], ['en', 'en', 'English', false], ['es', 'es', 'Español', false], ['ar', 'ar', 'العربية', false],
  ]);
  const cues = script.cues;
  assert.ok(cues.length >= 6 && cues.length <= 8);
  for (const c of cues) {
    assert.ok(c.end - c.start >= 2 && c.end - c.start <= 4, `${c.start}-${c.end}`);
    assert.deepEqual(Object.keys(c.text).sort(), [...LANGS].sort());
    assert.match(c.text.zh, /[\u4e00-\u9fff]/);
    assert.match(c.text.ar, /[\u0600-\u06ff]/);
    for (const l of LANGS) assert.equal(c.text[l].split('\n').length, c.text.zh.split('\n').length, `line count ${l}`);
  }
  assert.ok(cues.some((c) => c.text.en.includes('\n')), 'a two-line cue');
  assert.ok(cues.filter((c) => Math.floor(c.start / 2) !== Math.ceil(c.end / 2) - 1).length >= 3, 'cues crossing boundaries');
  const all = cues.map((c) => c.text.en).join(' ');
  for (const s of ['22-momme mulberry silk', 'Size S fits 155–160 cm', 'silk scarf goes perfectly', 'only 59 dollars']) assert.ok(all.includes(s), s);
});

await test('make-subtitles: files on disk are up to date', () => {
  const files = buildSubtitleFiles(script, ladderJson);
  assert.equal(files.size, LANGS.length * N);
  for (const [rel, text] of files) assert.equal(readFileSync(join(SUBTITLES_DIR, rel), 'utf8'), text, `${rel} stale: run node demo/media/make-subtitles.mjs`);
});

await test('X-TIMESTAMP-MAP maths: local t <-> PTS 1.48 + t, against ladder.json startPts', () => {
  const raw = JSON.parse(readFileSync(LADDER_JSON, 'utf8'));
  for (const r of raw.renditions) {
    r.segments.forEach((s, i) => assert.ok(Math.abs(s.startPts - (1.48 + 2 * i)) < 1e-9, `${r.name} seg ${i} startPts ${s.startPts}`));
  }
  const timeline = segmentTimeline(raw);
  for (const lang of LANGS) {
    for (let i = 0; i < N; i++) {
      const v = parseVtt(vttFile(lang, i));
      assert.ok(vttFile(lang, i).startsWith('WEBVTT\n'));
      assert.equal(v.mpegts, 133200 + 180000 * i); // (1.48 + 2i) s * 90 kHz
      assert.equal(v.mpegts, Math.round(raw.renditions[0].segments[i].startPts * 90000));
      assert.equal(v.mpegts, timeline[i].mpegts);
      assert.equal(v.local, 2 * i);
      assert.equal(v.localText, vttTime(2 * i));
      if (i < 5) assert.equal(v.localText, `00:00:0${2 * i}.000`);
      for (const c of v.cues) {
        // the mapping a player applies: PTS = MPEGTS/90k + (cueTime - LOCAL)
        const pts = v.mpegts / 90000 + (c.start - v.local);
        assert.ok(Math.abs(pts - (1.48 + c.start)) < 1e-9, `${lang} seg ${i}: cue ${c.start} -> PTS ${pts}`);
      }
    }
  }
  assert.equal(vttTime(10), '00:00:10.000');
  assert.equal(vttTime(3723.4567), '01:02:03.457');
});

await test('VTT segments: cues in every segment they overlap, texts escaped, identical per language layout', () => {
  for (const lang of LANGS) {
    const seen = new Map();
    for (let i = 0; i < N; i++) {
      const v = parseVtt(vttFile(lang, i));
      const want = script.cues.filter((c) => c.start < 2 * i + 2 && c.end > 2 * i);
      assert.deepEqual(v.cues.map((c) => [c.start, c.end]), want.map((c) => [c.start, c.end]), `${lang} seg ${i}`);
      v.cues.forEach((c, k) => {
        assert.equal(c.text, want[k].text[lang].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
        seen.set(c.start, (seen.get(c.start) ?? 0) + 1);
      });
    }
    assert.equal(seen.size, script.cues.length, `${lang}: every cue appears`);
    assert.ok([...seen.values()].some((n) => n >= 2), `${lang}: some cue repeated across segments`);
  }
  // edge cases of this script: cue 7.6–10.0 stops at the seg 4/5 boundary, 10.0–12.0 is exactly seg 5,
  // 16.0–19.5 starts on the seg 7/8 boundary
  const starts = (i) => parseVtt(vttFile('en', i)).cues.map((c) => c.start);
  assert.deepEqual(starts(4), [7.6]);
  assert.deepEqual(starts(5), [10]);
  assert.deepEqual(starts(7), [12.5]);
  assert.deepEqual(starts(8), [16]);
});

if (!process.argv.includes('--no-ffmpeg') && spawnSync('ffprobe', ['-version']).status === 0) {
  await test('ffprobe: real first video PTS of every 720p segment = X-TIMESTAMP-MAP MPEGTS', () => {
    for (let i = 0; i < N; i++) {
      const p = spawnSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=start_pts',
        '-of', 'csv=p=0', join(DEFAULT_MEDIA_DIR, '720p', `seg-${String(i).padStart(3, '0')}.ts`)], { encoding: 'utf8' });
      assert.equal(Number(p.stdout.trim().split(/[\s,]/)[0]), parseVtt(vttFile('zh', i)).mpegts, `seg ${i}`);
    }
  });
}

// ------------------------------------------------------------------ pure playlist builders (fake clock)
const show = loadShow(SUBTITLES_DIR, ladder);
const at = (published, windowSegments = 6, query = 'sid=a') => ({
  rendition: ladder.renditions[1], segmentCount: N, segmentMs: D, epochMs: 0, nowMs: published * D + 700, windowSegments, query,
});

await test('plain media playlist unchanged (golden)', () => {
  assert.equal(mediaPlaylist({ ...at(16), rendition: ladder.renditions[0], query: 'sid=g' }), [
    '#EXTM3U', '#EXT-X-VERSION:3', '#EXT-X-TARGETDURATION:2', '#EXT-X-MEDIA-SEQUENCE:10', '#EXT-X-DISCONTINUITY-SEQUENCE:0',
    '#EXT-X-DISCONTINUITY',
    ...[10, 11, 12, 13, 14, 15].flatMap((s) => [`#EXT-X-PROGRAM-DATE-TIME:1970-01-01T00:00:${2 * s}.000Z`, '#EXTINF:2.000,', `${s}.ts?sid=g`]),
  ].join('\n') + '\n');
});

await test('show media playlists: EXT-X-DATERANGE before segments 0 and 5 of the loop', () => {
  assert.deepEqual(show.products, [{ id: 'silk-wrap-dress', startIndex: 0, durationS: 10 }, { id: 'silk-scarf', startIndex: 5, durationS: 10 }]);
  for (const windowSegments of [6, 3, 12]) {
    for (let published = 0; published < 45; published++) {
      const o = at(published, windowSegments);
      const plain = mediaPlaylist(o);
      const text = showMediaPlaylist(o, show);
      assert.equal(stripDateRanges(text), plain, 'only DATERANGE lines added');
      const lines = text.split('\n');
      const first = seqOf(plain);
      const inWindow = uris(plain).map((u) => Number(u.split('.')[0]));
      const expected = inWindow.filter((s) => s % 10 === 0 || s % 10 === 5);
      const tags = lines.map((l, k) => [l, k]).filter(([l]) => l.startsWith('#EXT-X-DATERANGE:'));
      assert.equal(tags.length, expected.length, `published ${published} window ${windowSegments} (first ${first})`);
      tags.forEach(([l, k], j) => {
        const seq = expected[j];
        const pdt = programDateTime(0, seq, D);
        assert.equal(l, `#EXT-X-DATERANGE:ID="p-${seq}",CLASS="com.shoplive.product",START-DATE="${pdt}",DURATION=10.000,` +
          `X-PRODUCT-ID="${seq % 10 === 0 ? 'silk-wrap-dress' : 'silk-scarf'}"`);
        // placed right before that segment's PDT (after its DISCONTINUITY), START-DATE == that PDT
        assert.equal(lines[k + 1], `#EXT-X-PROGRAM-DATE-TIME:${pdt}`);
        assert.equal(lines[k + 3], `${seq}.ts?sid=a`);
      });
    }
  }
});

await test('subtitle playlists = media playlists with .vtt URIs (same window/sequence/discontinuities/PDT)', () => {
  for (const windowSegments of [6, 3, 12]) {
    for (let published = 0; published < 45; published++) {
      const o = at(published, windowSegments, 'sid=x&foo=1');
      const subs = subtitlePlaylist({ ...o, rendition: ladder.renditions[0] });
      assert.equal(subs, mediaPlaylist(o).replace(/^(\d+)\.ts\?/gm, '$1.vtt?'));
      assert.match(subs, /#EXT-X-TARGETDURATION:2\n/);
    }
  }
});

await test('faults parser: vtt404, badvtt (absent keys stay absent)', () => {
  assert.deepEqual({ ...parseFaults('vtt404=2&badvtt=1'), invalid: [] },
    { sid: 'default', invalid: [], delay: undefined, seg404: undefined, master: undefined, badplaylist: false, vtt404: 2, badvtt: true });
  assert.ok(!('vtt404' in parseFaults('seg404=3')) && !('badvtt' in parseFaults('seg404=3')));
  assert.deepEqual(parseFaults('vtt404=0&badvtt=2').invalid, ['vtt404', 'badvtt']);
});

// ------------------------------------------------------------------ HTTP, fake clock (deterministic)
await test('HTTP (fake clock): master.m3u8 golden, show.m3u8, playlists in step, stale', async () => {
  let fake = Date.UTC(2030, 0, 1, 12, 0, 0, 500);
  const fs = await startLiveServer({ now: () => fake, startSegment: 12 });
  const U = fs.url;
  const get = async (p) => (await req(`${U}${p}`)).text;

  const master = await get('/live/master.m3u8?sid=m');
  const variant = (r, prefix = '', extra = '') => [
    `#EXT-X-STREAM-INF:BANDWIDTH=${r.bandwidth},AVERAGE-BANDWIDTH=${r.averageBandwidth},RESOLUTION=${r.width}x${r.height},` +
      `CODECS="${r.codecs}",FRAME-RATE=25.000${extra}`,
    `${prefix}${r.name}/index.m3u8?sid=m`,
  ];
  const head = ['#EXTM3U', '#EXT-X-VERSION:3', '#EXT-X-INDEPENDENT-SEGMENTS'];
  assert.equal(master, [...head, ...ladder.renditions.flatMap((r) => variant(r))].join('\n') + '\n');
  assert.equal(await get('/live/master.m3u8'), master.replaceAll('?sid=m', ''));

  const showText = await get('/live/show.m3u8?sid=m');
  assert.equal(showText, [
    ...head,
    '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="中文",LANGUAGE="zh-Hans",DEFAULT=YES,AUTOSELECT=YES,FORCED=NO,URI="subs/zh/index.m3u8?sid=m"',
    '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="English",LANGUAGE="en",DEFAULT=NO,AUTOSELECT=YES,FORCED=NO,URI="subs/en/index.m3u8?sid=m"',
    '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="Español",LANGUAGE="es",DEFAULT=NO,AUTOSELECT=YES,FORCED=NO,URI="subs/es/index.m3u8?sid=m"',
    '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",NAME="العربية",LANGUAGE="ar",DEFAULT=NO,AUTOSELECT=YES,FORCED=NO,URI="subs/ar/index.m3u8?sid=m"',
    ...ladder.renditions.flatMap((r) => variant(r, 'show/', ',SUBTITLES="subs"')),
  ].join('\n') + '\n');

  // epoch = 12:00:00 - 12 segments; window 6..11 with the loop wrap before 10
  assert.equal(fs.epochMs, Date.UTC(2030, 0, 1, 11, 59, 36));
  const plain720 = await get('/live/720p/index.m3u8?sid=g');
  assert.equal(plain720, [
    '#EXTM3U', '#EXT-X-VERSION:3', '#EXT-X-TARGETDURATION:2', '#EXT-X-MEDIA-SEQUENCE:6', '#EXT-X-DISCONTINUITY-SEQUENCE:0',
    ...[6, 7, 8, 9, 10, 11].flatMap((s) => [
      ...(s === 10 ? ['#EXT-X-DISCONTINUITY'] : []),
      `#EXT-X-PROGRAM-DATE-TIME:${new Date(fs.epochMs + s * D).toISOString()}`, '#EXTINF:2.000,', `${s}.ts?sid=g`]),
  ].join('\n') + '\n', 'plain media playlist golden');
  const show720 = await get('/live/show/720p/index.m3u8?sid=g');
  assert.equal(stripDateRanges(show720), plain720);
  assert.match(show720, /\n#EXT-X-DISCONTINUITY\n#EXT-X-DATERANGE:ID="p-10",CLASS="com\.shoplive\.product",START-DATE="2030-01-01T11:59:56\.000Z",DURATION=10\.000,X-PRODUCT-ID="silk-wrap-dress"\n#EXT-X-PROGRAM-DATE-TIME:2030-01-01T11:59:56\.000Z\n/);
  assert.equal((show720.match(/#EXT-X-DATERANGE/g) || []).length, 1);

  // in step: at every instant every subtitle playlist = media playlist with .vtt, for 30 s of clock
  for (let k = 0; k < 40; k++) {
    const q = `sid=step&x=${k % 3}`;
    const media = await get(`/live/360p/index.m3u8?${q}`);
    const showMedia = await get(`/live/show/180p/index.m3u8?${q}`);
    assert.equal(stripDateRanges(showMedia), media);
    for (const lang of LANGS) {
      assert.equal(await get(`/live/subs/${lang}/index.m3u8?${q}`), media.replace(/^(\d+)\.ts\?/gm, '$1.vtt?'), `${lang} at +${k * 0.75}s`);
    }
    fake += 750;
  }

  // stale=SECONDS freezes media and subtitle playlists of the session at the same moment
  const s0 = seqOf(await get('/live/subs/en/index.m3u8?sid=st&stale=3'));
  fake += 20_000;
  assert.equal(seqOf(await get('/live/subs/en/index.m3u8?sid=st&stale=3')), s0 + 1);
  assert.equal(await get('/live/subs/zh/index.m3u8?sid=st&stale=3'), (await get('/live/show/720p/index.m3u8?sid=st&stale=3')).replace(/^#EXT-X-DATERANGE:.*\n/gm, '').replace(/^(\d+)\.ts\?/gm, '$1.vtt?'));
  assert.ok(seqOf(await get('/live/subs/en/index.m3u8?sid=other')) > s0 + 5);
  await fs.close();
});

// ------------------------------------------------------------------ HTTP, real clock
const srv = await startLiveServer({ startSegment: 12 });
const U = srv.url;

await test('show.m3u8 headers, query propagation, master faults', async () => {
  const r = await req(`${U}/live/show.m3u8?sid=p&foo=1`);
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'application/vnd.apple.mpegurl');
  assert.equal(r.headers['cache-control'], 'no-cache');
  assert.deepEqual(uris(r.text), ['720p', '360p', '180p'].map((n) => `show/${n}/index.m3u8?sid=p&foo=1`));
  assert.deepEqual([...r.text.matchAll(/URI="([^"]+)"/g)].map((m) => m[1]), LANGS.map((l) => `subs/${l}/index.m3u8?sid=p&foo=1`));
  const subs = await req(`${U}/live/subs/es/index.m3u8?sid=p&foo=1`);
  assert.ok(uris(subs.text).every((u) => /^\d+\.vtt\?sid=p&foo=1$/.test(u)));
  const media = await req(`${U}/live/show/360p/index.m3u8?sid=p&foo=1`);
  assert.ok(uris(media.text).every((u) => /^\d+\.ts\?sid=p&foo=1$/.test(u)));
  for (const code of [404, 500]) assert.equal((await req(`${U}/live/show.m3u8?sid=fm&master=${code}`)).status, code);
  const bad = await req(`${U}/live/show.m3u8?badplaylist=1`);
  assert.equal(bad.status, 200);
  assert.equal(bad.text, '<html>not a playlist</html>');
  assert.equal((await req(`${U}/live/subs/fr/index.m3u8`)).status, 404);
  assert.equal((await req(`${U}/live/subs/zh/1.ts`)).status, 404);
  assert.equal((await req(`${U}/live/show/999p/index.m3u8`)).status, 404);
});

await test('subtitle and media playlists in step as the clock runs (fake clock, 700 ms steps)', async () => {
  let fake = Date.UTC(2030, 0, 1, 12, 0, 0, 100);
  const clocked = await startLiveServer({ now: () => fake });
  const V = clocked.url;
  for (let k = 0; k < 8; k++, fake += 700) {
    const [a, b, c] = await Promise.all([
      req(`${V}/live/720p/index.m3u8`), req(`${V}/live/subs/ar/index.m3u8`), req(`${V}/live/show/720p/index.m3u8`)]);
    assert.equal(seqOf(a.text), seqOf(b.text));
    assert.equal(seqOf(a.text), seqOf(c.text));
    assert.equal(b.text, a.text.replace(/^(\d+)\.ts$/gm, '$1.vtt'));
    assert.equal(stripDateRanges(c.text), a.text);
  }
  await clocked.close();
});

await test('VTT segments over HTTP: seq mod 10, type, cache, gzip, availability', async () => {
  const p = await req(`${U}/live/subs/zh/index.m3u8`);
  const last = seqOf(p.text) + 5;
  for (const lang of LANGS) {
    const r = await req(`${U}/live/subs/${lang}/${last}.vtt`);
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'text/vtt; charset=utf-8');
    assert.equal(r.headers['cache-control'], 'public, max-age=3600');
    assert.equal(r.text, vttFile(lang, last % N));
  }
  const gz = await req(`${U}/live/subs/ar/${last}.vtt`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(gz.body).toString(), vttFile('ar', last % N));
  assert.equal((await req(`${U}/live/subs/zh/${last + 2}.vtt`)).status, 404); // future
  const ts = await req(`${U}/live/show/720p/${last}.ts`);
  assert.equal(ts.status, 200);
  assert.equal(ts.body.length, ladder.renditions[0].segments[last % N].bytes);
});

const vttReq = (sid, q, lang, seq) => req(`${U}/live/subs/${lang}/${seq}.vtt?sid=${sid}${q ? '&' + q : ''}`);
const tsReq = (sid, q, seq) => req(`${U}/live/show/360p/${seq}.ts?sid=${sid}${q ? '&' + q : ''}`);
const windowStart = async () => seqOf((await req(`${U}/live/360p/index.m3u8`)).text);

await test('fault badvtt=1', async () => {
  const s = await windowStart();
  const r = await vttReq('bv', 'badvtt=1', 'en', s + 1);
  assert.equal(r.status, 200);
  assert.equal(r.text, 'not a vtt file <b>x</b>');
  assert.equal(r.headers['content-type'], 'text/vtt; charset=utf-8');
  assert.equal(r.headers['cache-control'], 'no-store');
  assert.equal((await vttReq('bv', 'badvtt=1', 'en', s + 9)).status, 404); // unpublished stays 404
  assert.equal((await tsReq('bv', 'badvtt=1', s + 1)).status, 200); // media untouched
  const pl = await req(`${U}/live/subs/en/index.m3u8?sid=bv&badvtt=1`);
  assert.match(pl.text, /^#EXTM3U\n/); // playlists untouched
});

await test('fault vtt404=K (sticky per seq, all languages; independent of seg404 counters)', async () => {
  const s = await windowStart();
  const q = 'vtt404=2&seg404=2';
  const st = [];
  st.push((await vttReq('v4', q, 'zh', s)).status); // vtt #1
  st.push((await tsReq('v4', q, s)).status); // ts #1
  st.push((await vttReq('v4', q, 'zh', s + 1)).status); // vtt #2 -> 404
  st.push((await vttReq('v4', q, 'en', s + 1)).status); // same seq, other language -> 404
  st.push((await vttReq('v4', q, 'zh', s + 2)).status);
  st.push((await tsReq('v4', q, s + 1)).status); // ts #2 -> 404 (seg404 counts .ts only)
  st.push((await tsReq('v4', q, s + 2)).status);
  assert.deepEqual(st, [200, 200, 404, 404, 200, 404, 200]);
  assert.match((await vttReq('v4', q, 'zh', s + 1)).text, /vtt404/);
  const log = srv.log.filter((r) => r.sid === 'v4');
  assert.deepEqual(log.map((r) => r.status), [...st, 404]);
});

await test('delay=MS applies to subtitle playlists and segments', async () => {
  const s = await windowStart();
  let t = Date.now();
  assert.equal((await req(`${U}/live/subs/ar/index.m3u8?sid=d&delay=300`)).status, 200);
  assert.ok(Date.now() - t >= 290);
  t = Date.now();
  assert.equal((await vttReq('d', 'delay=300', 'ar', s)).status, 200);
  assert.ok(Date.now() - t >= 290);
});

await test('subtitlesDir: null -> show URLs 404, master untouched', async () => {
  const off = await startLiveServer({ subtitlesDir: null });
  assert.equal((await req(`${off.url}/live/show.m3u8`)).status, 404);
  assert.equal((await req(`${off.url}/live/show/720p/index.m3u8`)).status, 404);
  assert.equal((await req(`${off.url}/live/subs/zh/index.m3u8`)).status, 404);
  assert.equal((await req(`${off.url}/live/master.m3u8`)).text, (await req(`${U}/live/master.m3u8`)).text);
  await off.close();
});
await srv.close();

// ------------------------------------------------------------------ ffmpeg
function run(cmd, args, timeoutMs = 60_000) {
  return new Promise((resolve) => {
    const p = spawn(cmd, args);
    let out = '';
    let err = '';
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => (clearTimeout(timer), resolve({ code, out, err })));
  });
}

if (!process.argv.includes('--no-ffmpeg') && spawnSync('ffmpeg', ['-version']).status === 0) {
  await test('ffmpeg plays show.m3u8 (ffmpeg <= 7 skips WebVTT renditions with a warning)', async () => {
    const live = await startLiveServer({ startSegment: 12 });
    const r = await run('ffmpeg', ['-hide_banner', '-v', 'warning', '-live_start_index', '0', '-i', `${live.url}/live/show.m3u8?sid=ff`,
      '-map', '0:v:0', '-map', '0:a:0', '-t', '6', '-f', 'null', '-']);
    const paths = live.log.map((x) => x.path);
    await live.close();
    assert.equal(r.code, 0, r.err);
    const lines = r.err.trim().split('\n').filter(Boolean);
    const skipped = lines.filter((l) => /Can't support the subtitle\(uri: subs\/(zh|en|es|ar)\/index\.m3u8\?sid=ff\)/.test(l));
    assert.ok(lines.every((l) => skipped.includes(l)), `unexpected ffmpeg output:\n${r.err}`);
    assert.ok(paths.some((p) => /^\/live\/show\/720p\/\d+\.ts$/.test(p)));
    console.log(`    ffmpeg: ${skipped.length ? `"${skipped[0].replace(/^\[hls @ \w+\] /, '')}" x${skipped.length}` : 'subtitle renditions accepted'}`);
  });

  await test('ffmpeg (hls + webvtt demuxers) parses one loop of a subtitle playlist', async () => {
    // window 10..19 = one whole loop. ffmpeg's webvtt demuxer needs EOF (it reads the whole
    // input first), so the live playlist text is closed with EXT-X-ENDLIST and URIs made absolute.
    const frozen = Date.now(); // frozen clock: the window stays 10..19 while ffmpeg runs
    const live = await startLiveServer({ windowSegments: 10, startSegment: 20, now: () => frozen });
    const dir = mkdtempSync(join(tmpdir(), 'shoplive-vtt-'));
    try {
      for (const lang of LANGS) {
        const base = `${live.url}/live/subs/${lang}/`;
        const pl = (await req(`${base}index.m3u8?sid=ffv`)).text;
        assert.equal(seqOf(pl), 10);
        writeFileSync(join(dir, `${lang}.m3u8`), pl.replace(/^(\d+\.vtt)/gm, `${base}$1`) + '#EXT-X-ENDLIST\n');
        const r = await run('ffmpeg', ['-hide_banner', '-v', 'warning', '-protocol_whitelist', 'file,http,tcp',
          '-i', join(dir, `${lang}.m3u8`), '-map', '0:s', '-c:s', 'srt', '-f', 'srt', '-']);
        assert.equal(r.code, 0, r.err);
        const dupes = script.cues.reduce((n, c) => n + Math.ceil(c.end / 2) - Math.floor(c.start / 2) - 1, 0);
        assert.equal(r.err.replace(/^\[webvtt @ \w+\] /, '').trim(), `Dropping ${dupes} duplicated subtitle events`);
        const srt = (t) => vttTime(t).replace('.', ',');
        assert.equal(r.out.replace(/\r\n/g, '\n'), script.cues.map((c, k) => `${k + 1}\n${srt(c.start)} --> ${srt(c.end)}\n${c.text[lang]}\n\n`).join(''), lang);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await live.close();
    }
  });
}

console.log('subtitles selftest: all passed');
