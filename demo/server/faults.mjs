// Fault injection for the simulated live server, driven by the query string.
// Every playlist copies its query onto the URIs it lists, so a spec put on the
// master URL applies to the whole playback session. State is kept per `sid`.
//
//   sid=NAME            session id (default "default"); counters are per sid
//   delay=MS            delay every response of the session by MS
//   seg404=K[xN]        the K-th segment request (1-based, all renditions) and
//                       every later request for that sequence number (and the
//                       N-1 after it: a hole of N segments) -> 404
//   seg500=COUNT@AFTER  once AFTER segment requests have succeeded, the next
//                       COUNT segment requests -> 500 ("seg500=2" = 2@0)
//   slow=MS@AFTER       after AFTER segment requests, delay each segment by MS
//                       ("slow=800" = 800@0)
//   slowseg=MS@K        only the K-th segment request is delayed by MS
//   corrupt=K[xN]       the K-th segment request (and the N-1 after it, in that
//                       rendition only: a damaged file) gets its video payload
//                       scrambled (TS packet headers intact)
//   stale=SECONDS       SECONDS after the session's first playlist request the
//                       media playlists freeze (segments still served)
//   stalefor=SECONDS    with stale: the freeze ends after SECONDS and the
//                       playlists catch up with the clock (default: forever)
//   blackout=1          every request of the session is cut off (socket destroyed,
//                       as when the shopper's link drops); meant for PUT /__faults
//   master=404|500      the master playlist fails with that status
//   badplaylist=1       the master returns "<html>not a playlist</html>" (200, text/html)
//   window=SEGMENTS     not a fault: the live media and subtitle playlists of the session list the last
//                       SEGMENTS published segments (1-30) instead of the server's window (a DVR window)
//   notyet=SECONDS      the stream is not up yet: the master answers 404 for the first SECONDS
//                       after the session's first playlist request (a seller a little late)
//   vtt404=K            the K-th subtitle (.vtt) segment request (1-based, all languages)
//                       and every later request for that sequence number -> 404
//   badvtt=1            subtitle segments answer "not a vtt file <b>x</b>" (200, text/vtt)
//   file=500|404|malformed|huge|hold
//                       static files of the session (products, size charts: anything
//                       outside /live/) answer that status, a truncated JSON body (200),
//                       an endless JSON body (200, chunked, until the client goes away),
//                       or are held unanswered until the session's faults change
//                       (PUT /__faults), then answered by the faults in force
// seg404/seg500/slow count media (.ts) segment requests only and vtt404 counts .vtt
// requests only, so loading subtitles does not shift the media fault schedule.
// master/badplaylist apply to both masters (master.m3u8, show.m3u8); stale freezes
// media and subtitle playlists at the same moment; delay applies to everything.
//
// A running session can also be given faults without a new URL (POST /__faults?sid=X&slow=3000,
// see live-server.mjs): `override(sid, spec)` lays a spec over the one in the request URLs (key by
// key) and restarts the session's counters, so counts and `stale` run from that moment.

const int = (v, min = 0) => {
  if (v == null || v === '' || !/^\d+$/.test(String(v).trim())) return undefined;
  const n = Number(v);
  return n >= min ? n : undefined;
};

/** The longest live window a session may ask for (`window=`): segments stay fetchable 60 s past the server's own. */
export const MAX_WINDOW_SEGMENTS = 30;

/** What a static file of a faulty session can do instead of being served (`file=`). */
export const FILE_FAULTS = ['500', '404', 'malformed', 'huge', 'hold'];

/** "A@B" -> { a, b }; "A" -> { a, b: 0 } */
function pair(v, min = 0) {
  if (v == null || v === '') return undefined;
  const [a, b = '0'] = String(v).split('@');
  const x = int(a, min);
  const y = int(b);
  return x === undefined || y === undefined ? undefined : [x, y];
}

/**
 * Parse the fault spec from a query (URLSearchParams, string or plain object).
 * Unknown / malformed values are ignored (reported in `invalid`).
 */
export function parseFaults(query) {
  const q = query instanceof URLSearchParams ? query : new URLSearchParams(query ?? '');
  const f = { sid: q.get('sid') || 'default', invalid: [] };
  const take = (key, parse) => {
    if (!q.has(key)) return;
    const v = parse(q.get(key));
    if (v === undefined) f.invalid.push(key);
    return v;
  };
  f.delay = take('delay', (v) => int(v));
  const hole = take('seg404', (v) => {
    const [k, n = '1'] = String(v).split('x');
    const a = int(k, 1);
    const b = int(n, 1);
    return a === undefined || b === undefined ? undefined : [a, b];
  });
  f.seg404 = hole?.[0];
  if (hole && hole[1] > 1) f.seg404Run = hole[1];
  const s500 = take('seg500', (v) => pair(v, 1));
  if (s500) f.seg500 = { count: s500[0], after: s500[1] };
  const slow = take('slow', (v) => pair(v));
  if (slow) f.slow = { ms: slow[0], after: slow[1] };
  const seconds = (v) => (/^\d+(\.\d+)?$/.test(v) ? Number(v) : undefined);
  const stale = take('stale', seconds);
  if (stale !== undefined) f.stale = stale;
  const staleFor = take('stalefor', seconds);
  if (staleFor !== undefined) f.staleFor = staleFor;
  const slowSeg = take('slowseg', (v) => pair(v, 1));
  if (slowSeg) f.slowSeg = { ms: slowSeg[0], at: slowSeg[1] };
  const corrupt = take('corrupt', (v) => {
    const [k, n = '1'] = String(v).split('x');
    const a = int(k, 1);
    const b = int(n, 1);
    return a === undefined || b === undefined ? undefined : { at: a, count: b };
  });
  if (corrupt) f.corrupt = corrupt;
  if (take('blackout', (v) => (v === '1' || v === 'true' ? true : undefined))) f.blackout = true;
  f.master = take('master', (v) => (v === '404' || v === '500' ? Number(v) : undefined));
  const window = take('window', (v) => {
    const n = int(v, 1);
    return n !== undefined && n <= MAX_WINDOW_SEGMENTS ? n : undefined;
  });
  if (window !== undefined) f.window = window;
  const notYet = take('notyet', seconds);
  if (notYet !== undefined) f.notYet = notYet;
  f.badplaylist = take('badplaylist', (v) => (v === '1' || v === 'true' ? true : undefined)) ?? false;
  // subtitle faults: keys only present when given (keeps the parse of older specs unchanged)
  const vtt404 = take('vtt404', (v) => int(v, 1));
  if (vtt404 !== undefined) f.vtt404 = vtt404;
  if (take('badvtt', (v) => (v === '1' || v === 'true' ? true : undefined))) f.badvtt = true;
  const file = take('file', (v) => (FILE_FAULTS.includes(v) ? v : undefined));
  if (file) f.file = file;
  return f;
}

function newSession() {
  return {
    overrides: '', // query string set with PUT /__faults, applied on top of each request's own
    overridesAt: 0, // segment requests served when they were set
    corruptSeqs: new Set(),
    firstPlaylistAt: undefined, // ms
    segmentRequests: 0,
    segmentSuccesses: 0,
    failed500: 0,
    blockedSeqs: new Set(), // seg404 targets
    vttRequests: 0,
    blockedVttSeqs: new Set(), // vtt404 targets
  };
}

/** Per-sid fault state machine. All decisions are pure given (spec, now, counters). */
export class FaultSessions {
  #sessions = new Map();

  get(sid) {
    let s = this.#sessions.get(sid);
    if (!s) this.#sessions.set(sid, (s = newSession()));
    return s;
  }

  /**
   * The spec a request runs under: its own query, then the session's overrides (PUT /__faults?sid=…&key=value; an
   * empty value removes that key), so a test can change the faults of a session that is already playing.
   */
  effective(query) {
    const own = new URLSearchParams(query);
    const session = this.#sessions.get(own.get('sid') || 'default');
    if (!session?.overrides) return parseFaults(own);
    const overridden = new URLSearchParams(session.overrides);
    for (const [key, value] of overridden) {
      if (value === '') own.delete(key);
      else own.set(key, value);
    }
    const f = parseFaults(own);
    // "the K-th segment request" of a fault set while playing counts from the moment it was set
    f.countFrom = session.overridesAt;
    f.setLater = new Set(overridden.keys());
    return f;
  }

  /**
   * Replaces the session's run-time faults (keys other than sid; an empty query clears them) and returns the parsed
   * spec, so a caller can refuse a malformed one. What they count runs from now: "the K-th segment request", the
   * `stale` delay and the `seg500` schedule.
   */
  override(sid, query) {
    const params = new URLSearchParams(query);
    params.delete('sid');
    // An empty value removes that key: only the others are faults to check.
    const parsed = parseFaults([...params].filter(([, value]) => value !== ''));
    const session = this.get(sid);
    session.overrides = params.toString();
    session.overridesAt = session.segmentRequests;
    if (params.has('stale')) session.firstPlaylistAt = undefined;
    if (params.has('seg500')) session.failed500 = session.segmentSuccesses = 0;
    return { ...parsed, active: [...params.keys()] };
  }

  reset(sid) {
    if (sid === undefined) this.#sessions.clear();
    else this.#sessions.delete(sid);
  }

  /** Delay (ms) to apply before answering any request of the session. */
  baseDelay(f) {
    return f.delay ?? 0;
  }

  /** Master playlist: { status } override or { garbage: true } or null. */
  onMaster(f, nowMs) {
    const s = this.#notePlaylist(f, nowMs);
    if (f.master) return { status: f.master };
    if (f.notYet !== undefined && nowMs < s.firstPlaylistAt + f.notYet * 1000) return { status: 404, fault: 'notyet' };
    if (f.badplaylist) return { garbage: true };
    return null;
  }

  /** Media playlist: returns the clock value to build the playlist with (frozen when stale). */
  onMediaPlaylist(f, nowMs) {
    const s = this.#notePlaylist(f, nowMs);
    if (f.stale === undefined) return nowMs;
    const frozenAt = s.firstPlaylistAt + f.stale * 1000;
    if (f.staleFor !== undefined && nowMs >= frozenAt + f.staleFor * 1000) return nowMs;
    return Math.min(nowMs, frozenAt);
  }

  /**
   * Segment request for sequence `seq`. Returns { status?: 404|500, delayMs }.
   * Call `segmentServed(f)` afterwards if it was answered with 200.
   */
  onSegment(f, seq, rendition = '') {
    const s = this.get(f.sid);
    s.segmentRequests += 1;
    const total = s.segmentRequests;
    const nth = (key) => (f.setLater?.has(key) ? total - f.countFrom : total);
    const n = nth('seg404');
    const delayMs = (f.slow && nth('slow') > f.slow.after ? f.slow.ms : 0) + (f.slowSeg && nth('slowseg') === f.slowSeg.at ? f.slowSeg.ms : 0);
    if (f.seg404 !== undefined && n === f.seg404) for (let i = 0; i < (f.seg404Run ?? 1); i++) s.blockedSeqs.add(seq + i);
    if (s.blockedSeqs.has(seq)) return { status: 404, delayMs, fault: 'seg404' };
    if (f.corrupt && nth('corrupt') === f.corrupt.at) for (let i = 0; i < f.corrupt.count; i++) s.corruptSeqs.add(`${rendition}/${seq + i}`);
    if (s.corruptSeqs.has(`${rendition}/${seq}`)) return { delayMs, corrupt: true, fault: 'corrupt' };
    if (f.seg500 && s.segmentSuccesses >= f.seg500.after && s.failed500 < f.seg500.count) {
      s.failed500 += 1;
      return { status: 500, delayMs, fault: 'seg500' };
    }
    return { delayMs };
  }

  /**
   * Subtitle segment request for sequence `seq`: { status: 404, fault } (vtt404),
   * { garbage: true } (badvtt; the caller still answers 404 for unpublished/expired
   * segments first) or {}.
   */
  onSubtitleSegment(f, seq) {
    const s = this.get(f.sid);
    s.vttRequests += 1;
    if (f.vtt404 !== undefined && s.vttRequests === f.vtt404) s.blockedVttSeqs.add(seq);
    if (s.blockedVttSeqs.has(seq)) return { status: 404, fault: 'vtt404' };
    return f.badvtt ? { garbage: true } : {};
  }

  segmentServed(f) {
    this.get(f.sid).segmentSuccesses += 1;
  }

  #notePlaylist(f, nowMs) {
    const s = this.get(f.sid);
    if (s.firstPlaylistAt === undefined) s.firstPlaylistAt = nowMs;
    return s;
  }
}
