// Simulated HLS live server: loops the demo/media/ladder as an endless live
// stream with a sliding window, serves static roots, injects faults per session
// and keeps a request log. See README.md in this directory for the URL layout.
//
//   const srv = await startLiveServer({ staticRoots: [{ prefix: '/', dir }] });
//   srv.url  // http://127.0.0.1:PORT  -> ${srv.url}/live/master.m3u8?sid=t1&seg404=3
//   await srv.close();
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FaultSessions } from './faults.mjs';
import { HostileStash, STASH_LIMIT_BYTES, hostileMaster, hostileMedia, hostileSidecar, hostileSubtitlePlaylist, hostileVtt, parseHostile } from './hostile.mjs';
import { CACHE, CONTENT_TYPES, corsHeaders, send, sendJson, sendPreflight, sendText } from './http-util.mjs';
import {
  chooseEpoch, fileIndex, loadLadder, masterPlaylist, mediaPlaylist, segmentAvailability,
} from './playlists.mjs';
import {
  DEFAULT_SUBTITLES_DIR, GARBAGE_VTT, loadShow, showMasterPlaylist, showMediaPlaylist, subtitlePlaylist, vttFileName,
} from './show.mjs';
import { normalizeRoots, serveStatic } from './static.mjs';
import { BLOCK_TIMEOUT_SEGMENTS, blockingTarget, childQuery, isLowLatency, llMediaPlaylist, partAvailability } from './ll-hls.mjs';
import {
  eventMasterPlaylist, eventMediaPlaylist, parseEndAfter, replayMasterPlaylist, replayMediaPlaylist, replaySegments,
} from './replay.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_MEDIA_DIR = resolve(HERE, '../media/ladder');
export const DEFAULT_VERTICAL_DIR = resolve(HERE, '../media/ladder-vertical');
export const DEFAULT_CLOCK_DIR = resolve(HERE, '../media/ladder-clock');
const GARBAGE_PLAYLIST = '<html>not a playlist</html>';

/**
 * A segment that still parses as MPEG-TS (sync bytes, PIDs, PES headers intact) but whose video payload is noise: what
 * a broken encoder or a flipped cache block delivers. Only packets that continue a PES of the busiest PID change.
 */
function scrambleVideo(segment) {
  const body = Buffer.from(segment);
  const counts = new Map();
  for (let at = 0; at + 188 <= body.length; at += 188) {
    const pid = ((body[at + 1] & 0x1f) << 8) | body[at + 2];
    counts.set(pid, (counts.get(pid) ?? 0) + 1);
  }
  const video = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (let at = 0; at + 188 <= body.length; at += 188) {
    const pid = ((body[at + 1] & 0x1f) << 8) | body[at + 2];
    const unitStart = body[at + 1] & 0x40;
    if (pid !== video || unitStart) continue;
    const adaptation = (body[at + 3] >> 4) & 0x3;
    const payload = at + 4 + (adaptation === 3 ? body[at + 4] + 1 : 0);
    for (let i = payload; i < at + 188; i++) body[i] = (body[i] * 31 + 17) & 0xff;
  }
  return body;
}

/** The 9:16 ladder (and the clock ladder): it must loop with the main one (segment length and count), so one clock serves both. */
function loadVerticalLadder(dir, main) {
  const vertical = loadLadder(dir);
  if (vertical.segmentMs !== main.segmentMs || vertical.segmentCount !== main.segmentCount) {
    throw new Error(`${dir}/ladder.json: its loop differs from the main ladder's (${vertical.segmentCount} x ${vertical.segmentMs} ms)`);
  }
  const clash = vertical.renditions.find((r) => main.renditions.some((m) => m.name === r.name));
  if (clash) throw new Error(`${dir}/ladder.json: rendition ${clash.name} is also in the main ladder`);
  return vertical;
}

/** Origin-form request targets ('/a//b?x') parsed literally; null if unparseable. */
function parseUrl(target = '/') {
  try {
    return target.startsWith('/') ? new URL(`http://localhost${target}`) : new URL(target, 'http://localhost/');
  } catch {
    return null;
  }
}

/** Longest shortfall of a timer against the server's clock that is waited out again (see sleepUntil). */
const RE_WAIT_MAX_MS = 20;

/**
 * @param {object} [options]
 * @param {number} [options.port=0]
 * @param {string} [options.host='127.0.0.1']
 * @param {{prefix: string, dir?: string, file?: string}[]} [options.staticRoots=[]]
 * @param {string} [options.mediaDir]        folder holding ladder.json (default demo/media/ladder)
 * @param {string|null} [options.verticalDir] folder of the 9:16 ladder for /live/vertical.m3u8 (default
 *                                           demo/media/ladder-vertical when present; null: none)
 * @param {string|null} [options.clockDir]  folder of the clock ladder (frame numbers burned in, cut in parts) for
 *                                           /live/clock.m3u8 and its LL-HLS mode (default demo/media/ladder-clock)
 * @param {string|null} [options.subtitlesDir] folder holding script.json + {lang}/seg-*.vtt for
 *                                           /live/show.m3u8 (default demo/media/subtitles; null: off)
 * @param {number} [options.windowSegments=6] segments listed in each media playlist
 * @param {number} [options.startSegment]    segments already published at start (default windowSegments);
 *                                           > N - windowSegments puts a loop wrap in the first window
 * @param {number} [options.retainMs=60000]  how long segments stay fetchable after leaving the window
 * @param {boolean} [options.quiet=true]     false: print one line per request
 * @param {() => number} [options.now=Date.now] clock (ms), for tests
 */
export async function startLiveServer(options = {}) {
  const {
    port = 0,
    host = '127.0.0.1',
    staticRoots = [],
    mediaDir = DEFAULT_MEDIA_DIR,
    subtitlesDir = DEFAULT_SUBTITLES_DIR,
    verticalDir = existsSync(join(DEFAULT_VERTICAL_DIR, 'ladder.json')) ? DEFAULT_VERTICAL_DIR : null,
    clockDir = existsSync(join(DEFAULT_CLOCK_DIR, 'ladder.json')) ? DEFAULT_CLOCK_DIR : null,
    windowSegments = 6,
    quiet = true,
    now = Date.now,
    retainMs = 60_000,
  } = options;
  const startSegment = options.startSegment ?? windowSegments;
  const ladder = loadLadder(mediaDir);
  const { segmentMs, segmentCount } = ladder;
  const startMs = now();
  const epochMs = chooseEpoch(startMs, segmentMs, startSegment);
  const clock = { nowMs: 0, epochMs, segmentMs, windowSegments, retainMs };
  const faults = new FaultSessions();
  const stash = new HostileStash();
  const roots = normalizeRoots(staticRoots);
  // The vertical show is a second ladder on the same clock (same loop and segment length): its renditions have names
  // of their own (640v, 320v), so every media URL below serves either ladder.
  const vertical = verticalDir ? loadVerticalLadder(verticalDir, ladder) : null;
  const clockLadder = clockDir ? loadVerticalLadder(clockDir, ladder) : null;
  const renditions = new Map([
    ...ladder.renditions.map((r) => [r.name, { ...r, dir: mediaDir }]),
    ...(vertical?.renditions ?? []).map((r) => [r.name, { ...r, dir: verticalDir }]),
    ...(clockLadder?.renditions ?? []).map((r) => [r.name, { ...r, dir: clockDir, partMs: clockLadder.partMs }]),
  ]);
  const show = loadShow(subtitlesDir, ladder);
  const languages = new Map(show.ok ? show.languages.map((l) => [l.code, l]) : []);
  const segmentCache = new Map();
  const log = [];
  const inFlight = new Set(); // requests not yet answered (a held or delayed one), for GET /__log?open=1
  const pending = new Set(); // delay timers, released on close()

  const sleep = (ms) =>
    ms > 0
      ? new Promise((done) => {
          const p = { done, timer: setTimeout(() => (pending.delete(p), done()), ms) };
          pending.add(p);
        })
      : undefined;
  // Node's timers may fire a millisecond before Date.now() reaches the deadline: a part or a blocking playlist asked
  // for at its publication time must not be answered as if it did not exist yet.
  // (Only a short shortfall is waited again, so a test's frozen clock cannot hold a request for ever.)
  const sleepUntil = async (deadlineMs) => {
    await sleep(deadlineMs - now());
    for (let retry = 0; retry < 5 && now() < deadlineMs && deadlineMs - now() <= RE_WAIT_MAX_MS; retry++) await sleep(deadlineMs - now());
  };

  async function cachedFile(file) {
    let body = segmentCache.get(file);
    if (!body) segmentCache.set(file, (body = await readFile(file)));
    return body;
  }

  /** A segment's bytes; a segment cut in parts (the clock ladder) is its parts one after the other. */
  async function segmentBody(rendition, seq) {
    const segment = rendition.segments[fileIndex(seq, segmentCount)];
    if (!segment.parts) return cachedFile(join(rendition.dir, rendition.name, segment.file));
    const key = `${rendition.dir}/${rendition.name}/#${fileIndex(seq, segmentCount)}`;
    let body = segmentCache.get(key);
    if (!body) segmentCache.set(key, (body = Buffer.concat(await Promise.all(segment.parts.map((p) => cachedFile(join(rendition.dir, rendition.name, p.file)))))));
    return body;
  }

  /**
   * LL-HLS (`ll=1` on a rendition cut in parts): a media playlist answered once the part asked for with
   * _HLS_msn/_HLS_part exists (at most BLOCK_TIMEOUT_SEGMENTS segments later), or a part, held while it is the one
   * being recorded (the preload hint's). Faults other than `delay`, `blackout` and `stale` do not apply to parts.
   */
  async function handleLowLatency(req, res, rendition, url, f, partRef) {
    const clockOf = (nowMs) => ({ ...clock, nowMs, partMs: rendition.partMs, windowSegments: f.window ?? windowSegments });
    if (partRef) {
      const [seq, part] = partRef;
      let availability = partAvailability(seq, part, clockOf(now()));
      if (availability === 'next') {
        await sleepUntil(epochMs + seq * segmentMs + (part + 1) * rendition.partMs);
        availability = partAvailability(seq, part, clockOf(now()));
      }
      if (availability !== 'ok') return sendText(req, res, 404, `part ${seq}.${part} ${availability}\n`);
      const file = join(rendition.dir, rendition.name, rendition.segments[fileIndex(seq, segmentCount)].parts[part].file);
      const body = await cachedFile(file);
      return res.destroyed ? undefined : send(req, res, 200, { body, type: CONTENT_TYPES.ts, cache: CACHE.media });
    }
    const target = blockingTarget(url.searchParams, clockOf(now()));
    if (target?.bad) return sendText(req, res, 400, `${target.bad}\n`);
    if (target) await sleepUntil(Math.min(target.untilMs, now() + BLOCK_TIMEOUT_SEGMENTS * segmentMs));
    if (res.destroyed) return;
    const nowMs = faults.onMediaPlaylist(f, now());
    const body = llMediaPlaylist({ rendition, segmentCount, ...clockOf(nowMs), epochMs, query: childQuery(url.searchParams) });
    return send(req, res, 200, { body, type: CONTENT_TYPES.m3u8, cache: CACHE.playlist });
  }

  async function vttBody(lang, seq) {
    const file = join(show.dir, lang.code, vttFileName(fileIndex(seq, segmentCount)));
    let body = segmentCache.get(file);
    if (!body) segmentCache.set(file, (body = await readFile(file)));
    return body;
  }

  /** /live/subs/{lang}/index.m3u8 and /live/subs/{lang}/{seq}.vtt */
  async function handleSubtitles(req, res, lang, isPlaylist, seq, f, query, hostile) {
    if (isPlaylist) {
      const nowMs = faults.onMediaPlaylist(f, now()); // same stale clock as the media playlists
      const plain = subtitlePlaylist({ rendition: ladder.renditions[0], segmentCount, segmentMs, epochMs, nowMs, windowSegments: f.window ?? windowSegments, query });
      const body = hostileSubtitlePlaylist(plain, hostile);
      return send(req, res, 200, { body, type: CONTENT_TYPES.m3u8, cache: CACHE.playlist });
    }
    const fault = faults.onSubtitleSegment(f, seq);
    if (fault.status) return sendText(req, res, fault.status, `subtitle fault ${fault.fault}\n`);
    const availability = segmentAvailability(seq, { ...clock, nowMs: now() });
    if (availability !== 'ok') return sendText(req, res, 404, `segment ${seq} ${availability}\n`);
    if (fault.garbage) return send(req, res, 200, { body: GARBAGE_VTT, type: CONTENT_TYPES.vtt, cache: CACHE.error });
    const body = await vttBody(lang, seq);
    if (res.destroyed) return;
    if (hostile.size) return send(req, res, 200, { body: hostileVtt(body, hostile, stash.get(f.sid), seq), type: CONTENT_TYPES.vtt, cache: CACHE.error });
    send(req, res, 200, { body, type: CONTENT_TYPES.vtt, cache: CACHE.media });
  }

  /** First EVENT playlist request of each session (its DVR starts there); the oldest forgotten past 1000. */
  const eventStarts = new Map();
  function eventStart(sid) {
    let first = eventStarts.get(sid);
    if (first === undefined) {
      eventStarts.set(sid, (first = now()));
      if (eventStarts.size > 1000) eventStarts.delete(eventStarts.keys().next().value);
    }
    return first;
  }

  async function sendSegment(req, res, body) {
    if (res.destroyed) return;
    send(req, res, 200, { body, type: CONTENT_TYPES.ts, cache: CACHE.media });
  }

  /** /live/replay…, /live/event…: the recorded show (VOD) and the show in progress (EVENT), see replay.mjs. */
  async function handleRecorded(req, res, rest, url, query) {
    const playlist = (body) => send(req, res, 200, { body, type: CONTENT_TYPES.m3u8, cache: CACHE.playlist });
    if (rest === 'replay.m3u8') return show.ok ? playlist(replayMasterPlaylist(ladder, show, query)) : sendText(req, res, 404, `no replay: ${show.reason}\n`);
    if (rest === 'event.m3u8') return playlist(eventMasterPlaylist(ladder, query));
    const total = replaySegments(ladder);
    const sub = /^replay\/subs\/([^/]+)\/(?:(index)\.m3u8|(\d{1,6})\.vtt)$/.exec(rest);
    if (sub) {
      const lang = show.ok && languages.get(sub[1]);
      if (!lang) return sendText(req, res, 404, 'no such subtitle language\n');
      if (sub[2]) return playlist(replayMediaPlaylist({ rendition: ladder.renditions[0], ladder, show, query, ext: 'vtt' }));
      const seq = Number(sub[3]);
      if (seq >= total) return sendText(req, res, 404, `segment ${seq} is past the end of the replay\n`);
      const body = await vttBody(lang, seq);
      return res.destroyed ? undefined : send(req, res, 200, { body, type: CONTENT_TYPES.vtt, cache: CACHE.media });
    }
    const m = /^(replay|event)\/([^/]+)\/(?:(index)\.m3u8|(\d{1,15})\.ts)$/.exec(rest);
    const rendition = m && renditions.get(m[2]);
    if (!rendition || (m[1] === 'replay' && !show.ok)) return sendText(req, res, 404, 'no such stream\n');
    const isReplay = m[1] === 'replay';
    const sid = url.searchParams.get('sid') || 'default';
    if (m[3]) {
      if (isReplay) return playlist(replayMediaPlaylist({ rendition, ladder, show, query }));
      const firstMs = eventStart(sid);
      return playlist(eventMediaPlaylist({ rendition, ladder, show, epochMs, firstMs, nowMs: now(), endAfterS: parseEndAfter(url.searchParams), query }));
    }
    const seq = Number(m[4]);
    const available = isReplay ? seq < total : segmentAvailability(seq, { ...clock, nowMs: now(), retainMs: Infinity }) === 'ok';
    if (!available) return sendText(req, res, 404, `segment ${seq} not available\n`);
    return sendSegment(req, res, await segmentBody(rendition, seq));
  }

  async function handleLive(req, res, rest, f, query, hostile, url) {
    if (/^(replay|event)[./]/.test(rest)) return handleRecorded(req, res, rest, url, query);
    const sidecar = /^hostile\/([a-z-]+)\.vtt$/.exec(rest);
    if (sidecar) {
      const body = hostileSidecar(sidecar[1]);
      if (body === null) return sendText(req, res, 404, 'no such hostile file\n');
      return send(req, res, 200, { body, type: CONTENT_TYPES.vtt, cache: CACHE.error });
    }
    const masters = { 'master.m3u8': ladder, 'show.m3u8': ladder, 'vertical.m3u8': vertical, 'vertical-show.m3u8': vertical, 'clock.m3u8': clockLadder };
    if (Object.hasOwn(masters, rest)) {
      const isShow = rest.endsWith('show.m3u8');
      const source = masters[rest];
      if (!source) return sendText(req, res, 404, `no ${rest.startsWith('clock') ? 'clock' : 'vertical'} ladder\n`);
      if (isShow && !show.ok) return sendText(req, res, 404, `no show stream: ${show.reason}\n`);
      const fault = faults.onMaster(f, now());
      if (fault?.status) return sendText(req, res, fault.status, `master fault ${fault.status}\n`);
      if (fault?.garbage) {
        return send(req, res, 200, { body: GARBAGE_PLAYLIST, type: CONTENT_TYPES.html, cache: CACHE.playlist });
      }
      const body = hostileMaster(isShow ? showMasterPlaylist(source, show, query) : masterPlaylist(source, query), hostile, { isShow });
      return send(req, res, 200, { body, type: CONTENT_TYPES.m3u8, cache: CACHE.playlist });
    }
    if (show.ok) {
      const sub = /^subs\/([^/]+)\/(?:(index)\.m3u8|(\d{1,15})\.vtt)$/.exec(rest);
      if (sub) {
        const lang = languages.get(sub[1]);
        if (!lang) return sendText(req, res, 404, 'no such subtitle language\n');
        return handleSubtitles(req, res, lang, !!sub[2], Number(sub[3]), f, query, hostile);
      }
    }
    // /live/{rendition}/… (plain) or /live/show/{rendition}/… (with product DATERANGE tags); {seq}.{part}.ts: LL-HLS
    const m = /^(show\/)?([^/]+)\/(?:(index)\.m3u8|(\d{1,15})\.ts|(\d{1,15})\.(\d{1,2})\.ts)$/.exec(rest);
    const isShow = !!m?.[1];
    const rendition = m && (!isShow || show.ok) && renditions.get(m[2]);
    if (!rendition) return sendText(req, res, 404, 'no such stream\n');
    const lowLatency = rendition.partMs && !isShow && isLowLatency(url.searchParams);
    if (m[5] && !lowLatency) return sendText(req, res, 404, 'parts are served in the LL-HLS mode only (ll=1 on the clock ladder)\n');
    if (lowLatency && (m[3] || m[5])) return handleLowLatency(req, res, rendition, url, f, m[5] ? [Number(m[5]), Number(m[6])] : null);
    if (m[3]) {
      const nowMs = faults.onMediaPlaylist(f, now());
      const o = { rendition, segmentCount, segmentMs, epochMs, nowMs, windowSegments: f.window ?? windowSegments, query };
      const body = hostileMedia(isShow ? showMediaPlaylist(o, show) : mediaPlaylist(o), hostile, stash.get(f.sid));
      return send(req, res, 200, { body, type: CONTENT_TYPES.m3u8, cache: CACHE.playlist });
    }
    const seq = Number(m[4]);
    const fault = faults.onSegment(f, seq, rendition.name);
    await sleep(fault.delayMs);
    if (fault.status) return sendText(req, res, fault.status, `segment fault ${fault.fault}\n`);
    const availability = segmentAvailability(seq, { ...clock, nowMs: now() });
    if (availability !== 'ok') return sendText(req, res, 404, `segment ${seq} ${availability}\n`);
    const stored = await segmentBody(rendition, seq);
    if (res.destroyed) return;
    const body = fault.corrupt ? scrambleVideo(stored) : stored;
    send(req, res, 200, { body, type: CONTENT_TYPES.ts, cache: fault.corrupt ? CACHE.error : CACHE.media });
    faults.segmentServed(f);
  }

  /** Requests held by `file=hold`, per sid: woken when the session's faults change (or the server closes). */
  const held = new Map();
  const faultsChanged = (sid) =>
    new Promise((wake) => {
      if (!held.has(sid)) held.set(sid, new Set());
      held.get(sid).add(wake);
    });
  function wakeHeld(sid) {
    for (const wake of held.get(sid) ?? []) wake();
    held.delete(sid);
  }

  /**
   * `file=…` on a static file of the session (products, size charts): answered with a fault instead. Returns false
   * when the file is to be served after all (a hold that was lifted).
   */
  async function fileFault(req, res, url, f) {
    while (f.file === 'hold') {
      await faultsChanged(f.sid);
      if (res.destroyed) return true;
      f = faults.effective(url.search);
    }
    if (!f.file) return false;
    if (f.file === 'malformed') return send(req, res, 200, { body: '{"products": [{"id": "silk-wrap-dress", "title": "Mulb', type: CONTENT_TYPES.json, cache: CACHE.error }), true;
    if (f.file === 'huge') return void streamEndlessJson(req, res), true;
    return sendText(req, res, Number(f.file), `file fault ${f.file}\n`), true;
  }

  /** An endless JSON body (an array that never closes), written as fast as the client reads it, until it leaves. */
  function streamEndlessJson(req, res) {
    res.writeHead(200, { ...corsHeaders(req), 'Content-Type': CONTENT_TYPES.json, 'Cache-Control': CACHE.error });
    const chunk = Buffer.from(`${'{"id": "padding", "title": "x", "price": 1, "currency": "USD", "variants": []},'.repeat(800)}\n`);
    res.sentBytes = 0;
    const write = () => {
      while (!res.destroyed) {
        res.sentBytes += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', write);
      }
    };
    res.write('{"products": [');
    write();
  }

  /** Beacons the SDK's `shoplive-qoe` summary would be sent with (navigator.sendBeacon): kept per sid, bounded. */
  const beacons = [];
  const BEACON_LIMIT = { bytes: 64 * 1024, count: 200 };

  function readBody(req, limit) {
    return new Promise((resolve) => {
      const chunks = [];
      let size = 0;
      req.on('data', (chunk) => {
        size += chunk.length;
        if (size <= limit) chunks.push(chunk);
      });
      req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks).toString('utf8') : null));
      req.on('error', () => resolve(null));
    });
  }

  async function handleBeacon(req, res, url) {
    const sid = url.searchParams.get('sid') || 'default';
    if (req.method === 'GET') return sendJson(req, res, 200, beacons.filter((b) => b.sid === sid));
    if (req.method !== 'POST') return sendText(req, res, 405, 'use POST or GET\n');
    const body = await readBody(req, BEACON_LIMIT.bytes);
    if (body === null) return sendText(req, res, 413, `beacon over ${BEACON_LIMIT.bytes} bytes\n`);
    beacons.push({ t: now() - startMs, sid, type: req.headers['content-type'] ?? '', body });
    if (beacons.length > BEACON_LIMIT.count) beacons.shift();
    return send(req, res, 204, { cache: CACHE.api });
  }

  /** PUT /__hostile?sid=X, body `{ cues?: string[], productIds?: string[] }`: what `vtt-stash` / `daterange-stash` serve. */
  async function handleStash(req, res, url) {
    if (req.method !== 'PUT') return sendText(req, res, 405, 'use PUT\n');
    const body = await readBody(req, STASH_LIMIT_BYTES);
    if (body === null) return sendText(req, res, 413, `stash over ${STASH_LIMIT_BYTES} bytes\n`);
    if (!stash.put(url.searchParams.get('sid') || 'default', body)) return sendText(req, res, 400, 'expected { cues?: string[], productIds?: string[] }\n');
    return send(req, res, 204, { cache: CACHE.api });
  }

  /**
   * PUT (or POST) /__faults?sid=X&slow=3000: the faults of a running session from now on, laid key by key over each
   * request's own (an empty value removes a key); DELETE (or no keys) clears them.
   */
  function handleFaultControl(req, res, url) {
    const sid = url.searchParams.get('sid') || 'default';
    if (!['PUT', 'POST', 'DELETE'].includes(req.method)) return sendText(req, res, 405, 'use PUT, POST or DELETE\n');
    const query = new URLSearchParams(req.method === 'DELETE' ? '' : url.search);
    query.delete('sid');
    const applied = faults.override(sid, query);
    wakeHeld(sid);
    if (applied.invalid.length) {
      faults.override(sid, '');
      return sendText(req, res, 400, `malformed fault: ${applied.invalid.join(', ')}\n`);
    }
    if (!quiet) console.log(`faults for ${sid}: ${applied.active.length ? query.toString() : 'none'}`);
    return sendJson(req, res, 200, { sid, active: applied.active });
  }

  function handleLogApi(req, res, url) {
    if (url.pathname === '/__log') {
      if (req.method === 'DELETE') {
        log.length = 0;
        return send(req, res, 204, { cache: CACHE.api });
      }
      const sid = url.searchParams.get('sid');
      const records = url.searchParams.get('open') === '1' ? [...inFlight] : log;
      return sendJson(req, res, 200, sid ? records.filter((r) => r.sid === sid) : records);
    }
    // DELETE /__sessions[?sid=X] resets fault counters (all sessions without sid)
    if (req.method !== 'DELETE') return sendText(req, res, 405, 'use DELETE\n');
    faults.reset(url.searchParams.get('sid') ?? undefined);
    return send(req, res, 204, { cache: CACHE.api });
  }

  async function handle(req, res, url) {
    if (!url) return sendText(req, res, 400, 'bad url\n');
    const isApi = url.pathname === '/__log' || url.pathname === '/__sessions' || url.pathname === '/__faults';
    if (req.method === 'OPTIONS') return sendPreflight(req, res);
    // The stream's clock, for measuring latency from the burned-in frame numbers of the clock ladder.
    if (url.pathname === '/__clock') return sendJson(req, res, 200, { epochMs, nowMs: now(), segmentMs, partMs: clockLadder?.partMs ?? null });
    if (url.pathname === '/__faults') return handleFaultControl(req, res, url);
    if (isApi && (req.method === 'GET' || req.method === 'DELETE')) return handleLogApi(req, res, url);
    if (url.pathname === '/__beacon') return handleBeacon(req, res, url);
    if (url.pathname === '/__hostile') return handleStash(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(req, res, 405, { body: 'method not allowed\n', type: CONTENT_TYPES.txt, headers: { Allow: 'GET, HEAD, OPTIONS' } });
    }
    const query = url.search.slice(1);
    const f = faults.effective(url.search);
    // The shopper's link is down: the request never gets an answer.
    if (f.blackout && !isApi) {
      res.cutOff = true;
      return void req.socket.destroy();
    }
    await sleep(faults.baseDelay(f));
    if (res.destroyed) return;
    if (url.pathname.startsWith('/live/')) return handleLive(req, res, url.pathname.slice(6), f, query, parseHostile(url.searchParams).modes, url);
    if (f.file && (await fileFault(req, res, url, f))) return;
    if (await serveStatic(req, res, roots, url.pathname, url.search)) return;
    sendText(req, res, 404, 'not found\n');
  }

  const server = createServer((req, res) => {
    const t0 = now();
    const url = parseUrl(req.url);
    const rec = {
      t: t0 - startMs,
      method: req.method,
      path: url?.pathname ?? req.url,
      query: url?.search.slice(1) ?? '',
      status: 0,
      bytes: 0,
      sid: url?.searchParams.get('sid') || 'default',
    };
    if (!rec.path.startsWith('/__')) inFlight.add(rec);
    res.on('close', () => {
      inFlight.delete(rec);
      rec.status = res.cutOff ? 0 : res.statusCode;
      rec.bytes = res.sentBytes ?? 0;
      rec.ms = now() - t0;
      if (!res.writableFinished) rec.aborted = true;
      if (!rec.path.startsWith('/__')) log.push(rec);
      if (!quiet) {
        console.log(`${rec.status} ${rec.method} ${rec.path}${rec.query ? '?' + rec.query : ''} ${rec.bytes}B ${rec.ms}ms${rec.aborted ? ' (aborted)' : ''}`);
      }
    });
    res.on('error', () => {}); // EPIPE / ECONNRESET from clients that went away
    handle(req, res, url).catch((err) => {
      if (!quiet) console.error('live-server:', err);
      if (!res.headersSent) sendText(req, res, 500, 'internal error\n');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 35_000;
  server.on('clientError', (err, socket) => {
    if (socket.writable && err.code !== 'ECONNRESET') socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => (server.off('error', fail), ok()));
  });
  const actualPort = server.address().port;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    log,
    /** now() when the server started: the origin of the log's `t`. */
    startMs,
    epochMs,
    ladder,
    show,
    resetSessions: (sid) => faults.reset(sid),
    /** Same as POST /__faults?sid=…&…: faults for a running session from now on ('' clears). */
    setFaults: (sid, query) => faults.override(sid, query),
    beacons,
    close() {
      for (const p of pending) (clearTimeout(p.timer), p.done());
      pending.clear();
      for (const sid of [...held.keys()]) wakeHeld(sid);
      return new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    },
  };
}
